import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

struct Demo: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.demo.abstract,
        discussion: help.demo.discussion) }

    @OptionGroup var options: GlobalOptions

    struct Result: Encodable {
        let database: String
        let portfolio: String
        let dashboard: String
        let overview: DemoPartnership.Overview
    }

    func validate() throws {
        if let db = options.db, FileManager.default.fileExists(atPath: db) {
            throw options.usage(.demoDatabaseExists(path: db))
        }
    }

    func run() throws {
        let path = options.db ?? (NSTemporaryDirectory() + "leerlijn-demo-\(UUID().uuidString.prefix(8).lowercased())/leerlijn.sqlite")
        let database = try LeerlijnDatabase.open(at: path, create: true)
        let profiles = try options.loadProfiles()
        let overview = try DemoPartnership.build(into: database, catalog: profiles.catalog, rules: profiles.rules, today: options.today,
                                                 routes: try DossierCommand.routes(rule: "brlo"))
        let s = options.strings, views = options.views, language = options.language
        // The pages the starter and HR would show: the starter's portfolio and the dashboard, next to the database.
        let folder = PageFile.folder(of: path)
        let portfolioPath = folder + "/portfolio.html", dashboardPath = folder + "/dashboard.html"
        let portfolio = try database.portfolio(of: overview.starterProgress.person, from: nil, to: nil, catalog: profiles.catalog, rules: profiles.rules,
                                               instruments: profiles.instruments, today: options.today)
        try PageFile.write(PortfolioPage(portfolio, language: language, pageFolder: folder).render(), to: portfolioPath)
        let dashboard = try database.dashboard(ReportSettings(by: .school, year: overview.schoolYear), catalog: profiles.catalog, rules: profiles.rules,
                                               today: options.today)
        try PageFile.write(DashboardPage(dashboard, language: language).render(), to: dashboardPath)
        switch options.format {
        case .json:
            print(try JSONOutput.render(Result(database: path, portfolio: portfolioPath, dashboard: dashboardPath, overview: overview)), terminator: "")
        case .csv:
            print(views.reportPeople(overview.report).renderCSV(dialect: options.csv), terminator: "")
        case .table:
            let total = overview.starterActivities.reduce(0) { $0 + $1.activity.minutes }
            print(s.demoIntro(path))
            print("\n== \(s.demoStarterHeading(overview.starter, overview.schoolYear))")
            print(views.activities(overview.starterActivities).renderTable(), terminator: "")
            print(s.demoStarterTotal(overview.starterActivities.count, Formatting.duration(total, language)))
            print("\n" + views.progress(overview.starterProgress), terminator: "")
            if let coverage = overview.starterCoverage { print("\n" + views.coverageSummary(coverage), terminator: "") }
            print("\n== \(s.demoHRHeading(overview.schoolYear))")
            print(views.groupReport(overview.report), terminator: "")
            print("\n== \(s.demoOpleiderHeading(overview.schoolopleider, overview.school, overview.schoolYear))")
            print(views.personYears(overview.people).renderTable(), terminator: "")
            print("\n\(s.demoOpleiderOwn(overview.schoolopleider)):")
            print(views.activities(overview.schoolopleiderActivities).renderTable(), terminator: "")
            if let coverage = overview.schoolopleiderCoverage { print("\n" + views.coverageSummary(coverage), terminator: "") }
            if let registration = overview.schoolopleiderRegistration { print("\n" + views.registration(registration), terminator: "") }
            if let facilitation = overview.facilitation { print("\n" + views.facilitation(facilitation), terminator: "") }
            print("\n" + s.pageWritten(s.portfolioName, portfolioPath))
            print(s.pageWritten(s.dashboardName, dashboardPath))
            print("\n" + s.demoNext(path))
        }
    }
}
