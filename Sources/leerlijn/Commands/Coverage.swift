import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Coverage: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.coverage.abstract,
        discussion: help.coverage.discussion) }

    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.coverage.person)) var person: String
    @Option(help: ArgumentHelp(help.coverage.framework)) var framework: String?
    @Option(help: ArgumentHelp(help.coverage.from)) var from: String?
    @Option(help: ArgumentHelp(help.coverage.to)) var to: String?

    func run() throws {
        let database = try options.openDatabaseForReading()
        let catalog = try options.loadCatalog()
        let reports = try database.coverage(of: person, framework: framework, from: try from.map(options.day), to: try to.map(options.day), catalog: catalog)
        let views = options.views
        switch options.format {
        case .json:
            if framework != nil, let report = reports.first {
                print(try JSONOutput.render(report), terminator: "")
            } else {
                print(try JSONOutput.render(reports), terminator: "")
            }
        case .csv:
            print(TableData(headers: views.coverageItems(reports.first).headers, rows: reports.flatMap { views.coverageItems($0).rows }).renderCSV(dialect: options.csv), terminator: "")
        case .table:
            if reports.isEmpty { print(options.strings.noCoverage) }
            for report in reports { print(views.coverage(report)) }
        }
    }
}
