import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

extension GroupBy: ExpressibleByArgument {}
extension PersonFlag: ExpressibleByArgument {}

struct ReportCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "report",
        abstract: help.report.abstract,
        discussion: help.report.discussion) }
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(help.report.by)) var by: GroupBy = .school
    @Option(help: ArgumentHelp(help.report.year)) var year: String?
    @Option(help: ArgumentHelp(help.report.flag)) var flag: [PersonFlag] = []
    @Option(help: ArgumentHelp(help.report.idleWeeks)) var idleWeeks = 6
    @Option(help: ArgumentHelp(help.report.expiringMonths)) var expiringMonths = 6
    @Option(help: ArgumentHelp(help.report.framework)) var framework: String?
    @Option(help: ArgumentHelp(help.report.html, valueName: "file")) var html: String?

    func validate() throws {
        guard (1...104).contains(idleWeeks) else { throw options.usage(.idleWeeks) }
        guard (1...60).contains(expiringMonths) else { throw options.usage(.expiringMonths) }
    }

    func run() throws {
        let profiles = try options.loadProfiles()
        let schoolYear = try year.map(options.schoolYear) ?? SchoolYear(containing: options.today)
        let framework = try self.framework.map { try profiles.catalog.resolveFramework($0).id }
        let settings = ReportSettings(by: by, year: schoolYear, flags: flag, idleWeeks: idleWeeks, expiringMonths: expiringMonths, framework: framework)
        if let html {
            let dashboard = try options.openDatabaseForReading().dashboard(settings, catalog: profiles.catalog, rules: profiles.rules, today: options.today)
            try PageFile.write(DashboardPage(dashboard, language: options.language).render(), to: html)
            switch options.format {
            case .json: print(try JSONOutput.render(dashboard), terminator: "")
            default: print(options.strings.pageWritten(options.strings.dashboardName, html))
            }
            return
        }
        let report = try options.openDatabaseForReading().groupReport(settings, catalog: profiles.catalog, rules: profiles.rules, today: options.today)
        switch options.format {
        case .table: print(options.views.groupReport(report), terminator: "")
        default: try options.emit(report, table: options.views.reportPeople(report))
        }
    }
}

struct Verify: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.verify.abstract,
        discussion: help.verify.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.verify.activity)) var activity: String
    @Option(help: ArgumentHelp(help.verify.by)) var by: String
    @Option(help: ArgumentHelp(help.verify.note)) var note: String?

    func run() throws {
        let entry = try options.openDatabase().verifyActivity(activity, by: by, note: note, actor: options.actorName)
        try options.emit(entry, table: options.views.activity(entry), message: options.strings.verified(entry.activity.id))
    }
}

struct SessionCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "session", abstract: help.session.abstract,
                                                    subcommands: [Add.self]) }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.sessionAdd.abstract,
            discussion: help.sessionAdd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.sessionAdd.kind)) var kind: String
        @Argument(help: ArgumentHelp(help.sessionAdd.title)) var title: String
        @Option(help: ArgumentHelp(help.sessionAdd.duration)) var duration: String
        @Option(help: ArgumentHelp(help.sessionAdd.date)) var date: String?
        @Option(help: ArgumentHelp(help.sessionAdd.participants)) var participants: [String] = []
        @Option(help: ArgumentHelp(help.sessionAdd.participantsFile)) var participantsFile: String?
        @Option(help: ArgumentHelp(help.sessionAdd.provider)) var provider: String?
        @Option(help: ArgumentHelp(help.sessionAdd.competence)) var competence: [String] = []
        @Option(help: ArgumentHelp(help.sessionAdd.domain)) var domain: [String] = []

        func run() throws {
            var names = participants.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
            if let file = participantsFile { names += try ParticipantsFile.read(file) }
            let catalog = competence.isEmpty && domain.isEmpty ? .empty : try options.loadCatalog()
            let database = try options.openDatabase()
            let session = try database.addSession(
                NewSession(date: try date.map(options.day) ?? options.today, minutes: try DurationParser.minutes(from: duration), kind: kind, title: title,
                           provider: provider, participants: names, competences: competence, domains: domain),
                catalog: catalog, actor: options.actorName)
            let shown = try database.withShortIds(session.activities)
            try options.emit(session, table: options.views.activities(shown), message: options.strings.sessionAdded(session.title, session.activities.count))
        }
    }
}

struct FacilitationCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "facilitation",
        abstract: help.facilitation.abstract,
        discussion: help.facilitation.discussion) }
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(help.facilitation.year)) var year: String?
    @Option(help: ArgumentHelp(help.facilitation.rule)) var rule: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let facilitation = try profiles.rules.facilitationRule(rule)
        let report = try options.openDatabaseForReading().facilitation(rule: facilitation, year: try year.map(options.schoolYear) ?? SchoolYear(containing: options.today),
                                                             today: options.today)
        switch options.format {
        case .table: print(options.views.facilitation(report), terminator: "")
        default: try options.emit(report, table: options.views.facilitationStudents(report))
        }
    }
}
