import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

extension GroupBy: ExpressibleByArgument {}
extension PersonFlag: ExpressibleByArgument {}

struct ReportCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "The HR report: per school, board, partnership, phase or role, and per person (worst first) the flags that apply.",
        discussion: """
            Flags: behind (an hours budget's pace falls short by 31 July), idle (no activity in --idle-weeks, default 6),
            gaps (top-level items of the person's framework with nothing this year), expiring (a registration ending within
            --expiring-months, default 6), unverified (minutes not signed off).
            Examples:
              leerlijn report --by board
              leerlijn report --by school --year 2026-2027 --flag behind --flag idle --format csv
              leerlijn report --html dashboard.html --lang nl
            With --html FILE the HR dashboard is written as one HTML file (people per phase, minutes per month, budget pace per
            school, a heat-map of framework areas per group, the flagged people); with --format json it prints the dashboard's data.
            """)
    @OptionGroup var options: GlobalOptions
    @Option(help: "Group by school, board, partnership, phase or role.") var by: GroupBy = .school
    @Option(help: "The school year, e.g. 2026-2027 (default: the current one).") var year: String?
    @Option(help: "List only people with this flag (repeatable): behind, idle, gaps, expiring, unverified.") var flag: [PersonFlag] = []
    @Option(help: "Weeks without activity that make a person idle.") var idleWeeks = 6
    @Option(help: "Months ahead in which an ending registration is flagged.") var expiringMonths = 6
    @Option(help: "The framework for the gaps flag (default: each person's most used framework).") var framework: String?
    @Option(help: ArgumentHelp("Write the HR dashboard as an HTML file.", valueName: "file")) var html: String?

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
            let dashboard = try options.openDatabase().dashboard(settings, catalog: profiles.catalog, rules: profiles.rules, today: options.today)
            try PageFile.write(DashboardPage(dashboard, language: options.language).render(), to: html)
            switch options.format {
            case .json: print(try JSONOutput.render(dashboard), terminator: "")
            default: print(options.strings.pageWritten(options.strings.dashboardName, html))
            }
            return
        }
        let report = try options.openDatabase().groupReport(settings, catalog: profiles.catalog, rules: profiles.rules, today: options.today)
        switch options.format {
        case .table: print(options.views.groupReport(report), terminator: "")
        default: try options.emit(report, table: options.views.reportPeople(report))
        }
    }
}

struct Verify: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Sign off an activity as its mentor, schoolopleider or coach: its minutes count as verified.",
        discussion: "Example: leerlijn verify 3f2c8a9e --by marieke --note \"Samen besproken\"")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The activity's id, or its first 4 or more characters.") var activity: String
    @Option(help: "Who signs off: external id, email or part of the name.") var by: String
    @Option(help: "A note with the sign-off.") var note: String?

    func run() throws {
        let entry = try options.openDatabase().verifyActivity(activity, by: by, note: note, actor: options.actorName)
        try options.emit(entry, table: options.views.activity(entry), message: options.strings.verified(entry.activity.id))
    }
}

struct SessionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "session", abstract: "Collective learning: one session logged for many participants.",
                                                    subcommands: [Add.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Log a PLG meeting, ontwerpatelier or opleidersdag once for all participants; each gets the activity.",
            discussion: """
                Participants by external id, email or part of the name, comma-separated, or from a file with one per line
                (or a CSV with an external_id or name column). Each participant can add a reflection with activities edit.
                Example: leerlijn session add plg "PLG begrijpend lezen" --duration 1u30 --date 3-10-2026 --participants 100234,100235,sanne
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The kind, e.g. plg, ontwerpatelier, opleidersdag.") var kind: String
        @Argument(help: "The title.") var title: String
        @Option(help: "How long.") var duration: String
        @Option(help: "The day (default today).") var date: String?
        @Option(help: "Participants, comma-separated (repeatable).") var participants: [String] = []
        @Option(help: "A file of participants: one per line, or a CSV with an external_id or name column.") var participantsFile: String?
        @Option(help: "Who provided it.") var provider: String?
        @Option(help: "Competences (repeatable).") var competence: [String] = []
        @Option(help: "Domains (repeatable).") var domain: [String] = []

        func run() throws {
            var names = participants.flatMap { $0.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
            if let file = participantsFile { names += try ParticipantsFile.read(file) }
            let catalog = competence.isEmpty && domain.isEmpty ? .empty : try options.loadCatalog()
            let session = try options.openDatabase().addSession(
                NewSession(date: try date.map(options.day) ?? options.today, minutes: try DurationParser.minutes(from: duration), kind: kind, title: title,
                           provider: provider, participants: names, competences: competence, domains: domain),
                catalog: catalog, actor: options.actorName)
            try options.emit(session, table: options.views.activities(session.activities), message: options.strings.sessionAdded(session.title, session.activities.count))
        }
    }
}

struct FacilitationCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "facilitation",
        abstract: "Guidance of students against the partnership's agreement, and each schoolopleider's load.",
        discussion: """
            Counts the guidance that mentors and schoolopleiders logged for students (log ... --for STUDENT), by the giver's
            role on the day, against the hours per student in a facilitation rule (profiles/rules; the shipped one holds the
            OidS Twente agreement of 40 + 40 hours and 12-15 students per schoolopleider, unconfirmed: use your own).
            Example: leerlijn facilitation --year 2026-2027
            """)
    @OptionGroup var options: GlobalOptions
    @Option(help: "The school year (default: the current one).") var year: String?
    @Option(help: "The facilitation rule (default: the only one loaded).") var rule: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let facilitation = try profiles.rules.facilitationRule(rule)
        let report = try options.openDatabase().facilitation(rule: facilitation, year: try year.map(options.schoolYear) ?? SchoolYear(containing: options.today),
                                                             today: options.today)
        switch options.format {
        case .table: print(options.views.facilitation(report), terminator: "")
        default: try options.emit(report, table: options.views.facilitationStudents(report))
        }
    }
}
