import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "Add, list, show and edit people; export or erase what is held about one (AVG).",
        subcommands: [Add.self, List.self, Show.self, Edit.self, Export.self, Erase.self])

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a person, optionally at a school.",
            discussion: "Example: leerlijn person add \"Sanne de Vries\" --external-id 100234 --email s.devries@school.nl --school 12AB --since 1-8-2026")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The full name.") var name: String
        @Option(name: .customLong("external-id"), help: "The personeelsnummer or student number (unique per board).") var externalID: String
        @Option(help: "The email address.") var email: String?
        @Option(help: "The school's code (BRIN, optionally with vestiging), or part of its name.") var school: String?
        @Option(help: "Since when the person belongs to the school (default today).") var since: String?

        func validate() throws {
            if since != nil && school == nil { throw options.usage(.sinceNeedsSchool) }
        }

        func run() throws {
            let database = try options.openDatabase()
            let profile = try database.addPerson(
                NewPerson(name: name, externalID: externalID, email: email, schoolCode: school, since: try since.map(options.day)),
                actor: options.actorName, today: options.today)
            try options.emit(profile, table: options.views.profile(profile), message: options.strings.personAdded(profile.person.name, profile.person.id))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "List people, optionally those at one school or board today.",
            discussion: "Example: leerlijn person list --board eemvallei --format csv")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only people at this school.") var school: String?
        @Option(help: "Only people at this board's schools.") var board: String?

        func run() throws {
            let people = try options.openDatabase().people(school: school, board: board, on: options.today)
            try options.emit(people, table: options.views.people(people), message: people.isEmpty ? options.strings.nothingFound : nil)
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show a person: ids, schools over time, minutes per school year.",
            discussion: "Example: leerlijn person show sanne --format json")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String

        func run() throws {
            let profile = try options.openDatabase().profile(of: person)
            try options.emit(profile, table: options.views.profile(profile))
        }
    }

    struct Edit: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a person's name, email or external id, or move the person to another school.",
            discussion: """
                A move (--school) ends the current school the day before --since (default today).
                Examples:
                  leerlijn person edit sanne --email sanne@kompas.nl
                  leerlijn person edit sanne --school 12AC --since 1-1-2027
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Option(help: "A new name.") var name: String?
        @Option(help: "A new email address (\"\" removes it).") var email: String?
        @Option(name: .customLong("external-id"), help: "A new external id at the person's board.") var externalID: String?
        @Option(help: "Move to this school.") var school: String?
        @Option(help: "First day at the new school (default today).") var since: String?

        func validate() throws {
            if since != nil && school == nil { throw options.usage(.sinceNeedsSchool) }
        }

        func run() throws {
            let database = try options.openDatabase()
            let profile = try database.editPerson(
                person, PersonEdit(name: name, email: email, externalID: externalID, schoolCode: school, since: try since.map(options.day)),
                actor: options.actorName, today: options.today)
            try options.emit(profile, table: options.views.profile(profile), message: options.strings.personUpdated(profile.person.name))
        }
    }

    struct Export: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write everything Leerlijn holds about a person to a folder (AVG right of access): person.json and evidence files.",
            discussion: "Example: leerlijn person export sanne --out export-sanne")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Option(help: "The folder to write to (created when missing).") var out: String

        func run() throws {
            let files = try options.openDatabase().exportPerson(person, to: out, today: options.today)
            try options.emit(files, table: TableData(headers: [options.strings.file], rows: files.map { [$0] }), message: options.strings.exported(files.count, out))
        }
    }

    struct Erase: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Remove a person's personal data everywhere (AVG right to erasure); cannot be undone.",
            discussion: """
                Removes the person, their ids, schools, phases, roles, employments, registrations, activities, evidence files no one
                else uses, and every copy in the audit trail; records that an erasure happened (without personal data). Export
                first if the person wants a copy. See docs/privacy.md.
                Example: leerlijn person erase sanne --confirm
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "External id, email, or part of the name.") var person: String
        @Flag(help: "Confirm: the erasure cannot be undone.") var confirm = false

        func validate() throws {
            guard confirm else { throw options.usage(.eraseNeedsConfirm) }
        }

        func run() throws {
            let report = try options.openDatabase().erasePerson(person, actor: options.actorName)
            try options.emit(report, table: TableData(headers: ["erasure", "activities", "evidenceFiles", "auditEntries"],
                                                      rows: [[report.erasure, String(report.activities), String(report.evidenceFiles), String(report.auditEntries)]]),
                             message: options.strings.erased(report.activities))
        }
    }
}
