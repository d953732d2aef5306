import ArgumentParser
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

struct PortfolioCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "portfolio",
        abstract: "Write a person's portfolio (bewijsportfolio) as one HTML file that opens offline and prints on A4.",
        discussion: """
            The page holds the line as a timeline, hours per school year and budget, coverage per framework, the activities
            with reflections and evidence (files linked relative to the page, with their SHA-256), and the sign-offs; every chart
            has its figures in a table beside it. --lang nl|en chooses the language (else LC_ALL, LC_MESSAGES or LANG).
            --format json prints the same data instead (see docs/html.md).
            Examples:
              leerlijn portfolio sanne --html sanne.html
              leerlijn portfolio sanne --html sanne-2026.html --from 1-8-2026 --to 31-7-2027 --lang nl
              leerlijn portfolio sanne --format json
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String
    @Option(help: ArgumentHelp("The HTML file to write.", valueName: "file")) var html: String?
    @Option(help: "Only activities on or after this day.") var from: String?
    @Option(help: "Only activities on or before this day.") var to: String?

    func validate() throws {
        if html == nil && options.format != .json { throw options.usage(.htmlOrJSON) }
    }

    func run() throws {
        let profiles = try options.loadProfiles()
        let portfolio = try options.openDatabase().portfolio(
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
