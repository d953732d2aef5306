import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct PhaseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "phase", abstract: "Phases on the line: student, starter, basisbekwaam, vakbekwaam.",
                                                    subcommands: [Set.self])

    struct Set: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set a person's phase from a day on (it lasts until the next phase).",
            discussion: """
                Phases: student, starter (startbekwaam, from the diploma or first appointment), basisbekwaam (judged by the
                manager), vakbekwaam. For students: --route voltijd|deeltijd|versneld|zij-instroom|alpo|duaal, --institute, --study-year.
                Examples:
                  leerlijn phase set emma student --since 1-9-2024 --route voltijd --institute "Hogeschool Eemvallei" --study-year 3
                  leerlijn phase set sanne starter --since 1-8-2026
                  leerlijn phase set sanne basisbekwaam --since 1-3-2027
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Argument(help: "student, starter, basisbekwaam or vakbekwaam.") var phase: Phase
        @Option(help: "The first day of the phase.") var since: String
        @Option(help: "For students: voltijd, deeltijd, versneld, zij-instroom, alpo, duaal.") var route: StudyRoute?
        @Option(help: "For students: the institute.") var institute: String?
        @Option(help: "For students: the study year.") var studyYear: Int?
        @Flag(help: "Allow a step back along the line (e.g. back to student for a second study).") var force = false

        func run() throws {
            let line = try options.openDatabase().setPhase(
                person, NewPhase(phase: phase, since: try options.day(since), route: route, institute: institute, studyYear: studyYear, force: force),
                actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.phaseSet(phase.rawValue, try options.day(since)))
        }
    }
}

struct RoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "role", abstract: "Roles beside the phase: mentor, schoolopleider, instituutsopleider, coach...",
                                                    subcommands: [Add.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a role over a period, with the facilitated hours per week.",
            discussion: """
                Roles: mentor, schoolopleider, instituutsopleider, coach, teacher-leader, onderzoekscoordinator.
                Example: leerlijn role add karin schoolopleider --since 1-8-2025 --hours-per-week 12
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Argument(help: "The role.") var role: Role
        @Option(help: "The first day.") var since: String
        @Option(help: "The last day (default: open).") var until: String?
        @Option(help: "Facilitated hours per week for the role, e.g. 12 or 7,5.") var hoursPerWeek: String?

        func run() throws {
            let line = try options.openDatabase().addRole(
                person, role: role, since: try options.day(since), until: try until.map(options.day),
                minutesPerWeek: try hoursPerWeek.map(options.minutesPerWeek), actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.roleAdded(role.rawValue))
        }
    }
}

struct EmploymentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "employment", abstract: "Employments (aanstellingen) with their werktijdfactor.",
                                                    subcommands: [Add.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an employment at a board (and school) with its werktijdfactor; several may run at once.",
            discussion: """
                The board is the school's board, else --board, else the board of the person's school on --since.
                Examples:
                  leerlijn employment add sanne --since 1-8-2026 --fte 0,8 --school 12AB
                  leerlijn employment add sanne --since 1-1-2027 --fte 0.2 --board de-brug
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Option(help: "The first day.") var since: String
        @Option(help: "The last day (default: open).") var until: String?
        @Option(help: "The werktijdfactor, e.g. 0.8 or 0,8.") var fte: String
        @Option(help: "The school's code.") var school: String?
        @Option(help: "The board's code (when no school is given).") var board: String?
        @Flag(help: "Allow a werktijdfactor above 1.5.") var force = false

        func run() throws {
            let line = try options.openDatabase().addEmployment(
                person, NewEmployment(since: try options.day(since), until: try until.map(options.day), fte: try options.fte(fte),
                                      school: school, board: board, force: force),
                actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.employmentAdded(try options.fte(fte).description))
        }
    }
}

struct ProgressCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show a person's phase, roles and per school year and budget: entitled, used, remaining, projected.",
        discussion: """
            The entitlement follows the rules in profiles/rules (docs/rules.md); used minutes are those of activities logged
            with --budget (or --cao). The projection extends the pace so far to 31 July; 'behind' means it falls short.
            Examples:
              leerlijn progress sanne
              leerlijn progress sanne --year 2026-2027 --format json
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String
    @Option(help: "One school year, e.g. 2026-2027 (default: every year on the line).") var year: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let progress = try options.openDatabase().progress(of: person, year: try year.map(options.schoolYear), rules: profiles.rules,
                                                                 instruments: profiles.instruments, today: options.today)
        switch options.format {
        case .table: print(options.views.progress(progress), terminator: "")
        default: try options.emit(progress, table: options.views.progressTable(progress))
        }
    }
}

struct LineCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "line",
        abstract: "Show a person's whole line: phases, roles, employments, schools, registrations, minutes per school year per domain.",
        discussion: "Example: leerlijn line sanne --format json")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String

    func run() throws {
        let line = try options.openDatabase().line(of: person)
        switch options.format {
        case .table: print(options.views.line(line), terminator: "")
        default: try options.emit(line, table: options.views.lineYears(line))
        }
    }
}

struct RegistrationCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registration",
        abstract: "Readiness for a register (BRLO...): each criterion met or not, with the evidence; the registration and its expiry.",
        subcommands: [Show.self, Record.self], defaultSubcommand: Show.self)

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show each criterion of a register for a person, and the registration's expiry.",
            discussion: """
                Example: leerlijn registration karin --register brlo
                Values in the register's rule file that could not be confirmed (such as BRLO's term) are listed; see docs/rules.md.
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Option(help: "The register: a register rule id such as brlo.") var register: String

        func run() throws {
            let profiles = try options.loadProfiles()
            let rule = try profiles.rules.registerRule(register)
            let status = try options.openDatabase().registration(of: person, register: rule, catalog: profiles.catalog, today: options.today)
            switch options.format {
            case .table: print(options.views.registration(status), terminator: "")
            default: try options.emit(status, table: options.views.criteriaTable(status))
            }
        }
    }

    struct Record: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Record that a person is registered in a register from a day on.",
            discussion: "Example: leerlijn registration record karin --register brlo --since 1-9-2026")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Option(help: "The register: a register rule id such as brlo.") var register: String
        @Option(help: "The day the registration starts.") var since: String

        func run() throws {
            let rule = try options.loadProfiles().rules.registerRule(register)
            let line = try options.openDatabase().recordRegistration(person, register: rule, since: try options.day(since), actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.registrationRecorded(rule.id, try options.day(since)))
        }
    }
}
