import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Coverage: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show what a person did under each item of a competence framework, the gaps, and the balance over the domains.",
        discussion: """
            Activities count for the items they are mapped to, those items' parents, and the items a crosswalk
            relates them to (an activity mapped to SBL competences counts under the 2017 bekwaamheidseisen).
            Without --framework: every competence framework that at least one activity counts for.

            Examples:
              leerlijn coverage sanne --framework bekwaamheidseisen-2017-po
              leerlijn coverage sanne --framework sbl-2006 --from 1-8-2026 --to 31-7-2027 --format json
            """)

    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String
    @Option(help: "A framework id, or an unambiguous end of one (2017-po).") var framework: String?
    @Option(help: "Only activities on or after this day.") var from: String?
    @Option(help: "Only activities on or before this day.") var to: String?

    func run() throws {
        let database = try options.openDatabase()
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
            print(TableData(headers: views.coverageItems(reports.first).headers, rows: reports.flatMap { views.coverageItems($0).rows }).renderCSV(), terminator: "")
        case .table:
            if reports.isEmpty { print(options.strings.noCoverage) }
            for report in reports { print(views.coverage(report)) }
        }
    }
}
