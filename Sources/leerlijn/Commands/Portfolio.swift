import ArgumentParser
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

struct PortfolioCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "portfolio",
        abstract: help.portfolio.abstract,
        discussion: help.portfolio.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.portfolio.person)) var person: String
    @Option(help: ArgumentHelp(help.portfolio.html, valueName: "file")) var html: String?
    @Option(help: ArgumentHelp(help.portfolio.from)) var from: String?
    @Option(help: ArgumentHelp(help.portfolio.to)) var to: String?

    func validate() throws {
        if html == nil && options.format != .json { throw options.usage(.htmlOrJSON) }
    }

    func run() throws {
        let profiles = try options.loadProfiles()
        let portfolio = try options.openDatabaseForReading().portfolio(
            of: person, from: try from.map(options.day), to: try to.map(options.day), catalog: profiles.catalog, rules: profiles.rules,
            instruments: profiles.instruments, today: options.today)
        if let html {
            try PageFile.write(PortfolioPage(portfolio, language: options.language, pageFolder: PageFile.folder(of: html)).render(), to: html)
        }
        switch options.format {
        case .json: print(try JSONOutput.render(portfolio), terminator: "")
        default: print(options.strings.pageWritten(options.strings.portfolioName, html ?? ""))
        }
    }
}
