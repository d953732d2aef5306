import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct PhaseCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "phase", abstract: help.phase.abstract,
                                                    subcommands: [Set.self, Edit.self, Delete.self]) }

    struct Set: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.phaseSet.abstract,
            discussion: help.phaseSet.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.phaseSet.person)) var person: String
        @Argument(help: ArgumentHelp(help.phaseSet.phase)) var phase: Phase
        @Option(help: ArgumentHelp(help.phaseSet.since)) var since: String
        @Option(help: ArgumentHelp(help.phaseSet.route)) var route: StudyRoute?
        @Option(help: ArgumentHelp(help.phaseSet.institute)) var institute: String?
        @Option(help: ArgumentHelp(help.phaseSet.studyYear)) var studyYear: Int?
        @Flag(help: ArgumentHelp(help.phaseSet.force)) var force = false

        func run() throws {
            let line = try options.openDatabase().setPhase(
                person, NewPhase(phase: phase, since: try options.day(since), route: route, institute: institute, studyYear: studyYear, force: force),
                actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.phaseSet(phase.rawValue, try options.day(since)))
        }
    }
}

struct RoleCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "role", abstract: help.role.abstract,
                                                    subcommands: [Add.self, Edit.self, End.self, Delete.self]) }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.roleAdd.abstract,
            discussion: help.roleAdd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.roleAdd.person)) var person: String
        @Argument(help: ArgumentHelp(help.roleAdd.role)) var role: Role
        @Option(help: ArgumentHelp(help.roleAdd.since)) var since: String
        @Option(help: ArgumentHelp(help.roleAdd.until)) var until: String?
        @Option(help: ArgumentHelp(help.roleAdd.hoursPerWeek)) var hoursPerWeek: String?

        func run() throws {
            let line = try options.openDatabase().addRole(
                person, role: role, since: try options.day(since), until: try until.map(options.day),
                minutesPerWeek: try hoursPerWeek.map(options.minutesPerWeek), actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.roleAdded(role.rawValue))
        }
    }
}

struct EmploymentCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "employment", abstract: help.employment.abstract,
                                                    subcommands: [Add.self, Edit.self, End.self, Delete.self]) }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.employmentAdd.abstract,
            discussion: help.employmentAdd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.employmentAdd.person)) var person: String
        @Option(help: ArgumentHelp(help.employmentAdd.since)) var since: String
        @Option(help: ArgumentHelp(help.employmentAdd.until)) var until: String?
        @Option(help: ArgumentHelp(help.employmentAdd.fte)) var fte: String
        @Option(help: ArgumentHelp(help.employmentAdd.school)) var school: String?
        @Option(help: ArgumentHelp(help.employmentAdd.board)) var board: String?
        @Flag(help: ArgumentHelp(help.employmentAdd.force)) var force = false
        @Option(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpFunction)) var function: StaffFunction = .leraar
        @Flag(help: ArgumentHelp(frictionHelp.replace)) var replace = false

        func run() throws {
            let change = try options.openDatabase().recordEmployment(
                person, NewEmployment(since: try options.day(since), until: try until.map(options.day), fte: try options.fte(fte),
                                      school: school, board: board, force: force, function: function),
                replace: replace, actor: options.actorName)
            try options.emit(change, message: options.strings.employmentAdded(try options.fte(fte).description))
        }
    }
}

struct ProgressCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "progress",
        abstract: help.progress.abstract,
        discussion: help.progress.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.progress.person)) var person: String
    @Option(help: ArgumentHelp(help.progress.year)) var year: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let progress = try options.openDatabaseForReading().progress(of: person, year: try year.map(options.schoolYear), rules: profiles.rules,
                                                                 instruments: profiles.instruments, today: options.today)
        switch options.format {
        case .table: print(options.views.progress(progress), terminator: "")
        default: try options.emit(progress, table: options.views.progressTable(progress))
        }
    }
}

struct LineCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "line",
        abstract: help.line.abstract,
        discussion: help.line.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.line.person)) var person: String

    func run() throws {
        let line = try options.openDatabaseForReading().line(of: person)
        switch options.format {
        case .table: print(options.views.line(line), terminator: "")
        default: try options.emit(line, table: options.views.lineYears(line))
        }
    }
}

struct RegistrationCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "registration",
        abstract: help.registration.abstract,
        subcommands: [Show.self, Record.self], defaultSubcommand: Show.self) }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.registrationShow.abstract,
            discussion: help.registrationShow.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.registrationShow.person)) var person: String
        @Option(help: ArgumentHelp(help.registrationShow.register)) var register: String

        func run() throws {
            let profiles = try options.loadProfiles()
            let rule = try profiles.rules.registerRule(register)
            let status = try options.openDatabaseForReading().registration(of: person, register: rule, catalog: profiles.catalog, today: options.today)
            switch options.format {
            case .table: print(options.views.registration(status, catalog: profiles.catalog), terminator: "")
            default: try options.emit(status, table: options.views.criteriaTable(status, catalog: profiles.catalog))
            }
        }
    }

    struct Record: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.registrationRecord.abstract,
            discussion: help.registrationRecord.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.registrationRecord.person)) var person: String
        @Option(help: ArgumentHelp(help.registrationRecord.register)) var register: String
        @Option(help: ArgumentHelp(help.registrationRecord.since)) var since: String
        @Option(help: ArgumentHelp(registerHelp.registrationNumber)) var number: String?
        @Option(help: ArgumentHelp(registerHelp.registrationUntil)) var until: String?

        func run() throws {
            let rule = try options.loadProfiles().rules.registerRule(register)
            let line = try options.openDatabase().recordRegistration(person, register: rule, since: try options.day(since), number: number,
                                                                     until: try until.map(options.day), actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line), message: options.strings.registrationRecorded(rule.id, try options.day(since)))
        }
    }
}
