import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct PersonCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "person",
        abstract: help.person.abstract,
        subcommands: [Add.self, List.self, Show.self, Edit.self, Export.self, Erase.self]) }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personAdd.abstract,
            discussion: help.personAdd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.personAdd.name)) var name: String
        @Option(name: .customLong("external-id"), help: ArgumentHelp(help.personAdd.externalID)) var externalID: String
        @Option(help: ArgumentHelp(help.personAdd.email)) var email: String?
        @Option(help: ArgumentHelp(help.personAdd.school)) var school: String?
        @Option(help: ArgumentHelp(help.personAdd.since)) var since: String?

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
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personList.abstract,
            discussion: help.personList.discussion) }
        @OptionGroup var options: GlobalOptions
        @Option(help: ArgumentHelp(help.personList.school)) var school: String?
        @Option(help: ArgumentHelp(help.personList.board)) var board: String?

        func run() throws {
            let people = try options.openDatabaseForReading().people(school: school, board: board, on: options.today)
            try options.emit(people, table: options.views.people(people), message: people.isEmpty ? options.strings.nothingFound : nil)
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personShow.abstract,
            discussion: help.personShow.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.personShow.person)) var person: String

        func run() throws {
            let profile = try options.openDatabaseForReading().profile(of: person)
            try options.emit(profile, table: options.views.profile(profile))
        }
    }

    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personEdit.abstract,
            discussion: help.personEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.personEdit.person)) var person: String
        @Option(help: ArgumentHelp(help.personEdit.name)) var name: String?
        @Option(help: ArgumentHelp(help.personEdit.email)) var email: String?
        @Option(name: .customLong("external-id"), help: ArgumentHelp(help.personEdit.externalID)) var externalID: String?
        @Option(help: ArgumentHelp(help.personEdit.school)) var school: String?
        @Option(help: ArgumentHelp(help.personEdit.since)) var since: String?
        @Flag(help: ArgumentHelp(frictionHelp.endEmployment)) var endEmployment = false

        func validate() throws {
            if since != nil && school == nil { throw options.usage(.sinceNeedsSchool) }
        }

        func run() throws {
            let database = try options.openDatabase()
            let (profile, notices) = try database.editPersonNoticing(
                person, PersonEdit(name: name, email: email, externalID: externalID, schoolCode: school, since: try since.map(options.day),
                                   endEmployment: endEmployment),
                actor: options.actorName, today: options.today)
            try options.emit(profile, table: options.views.profile(profile), message: options.strings.personUpdated(profile.person.name))
            options.tell(notices)
        }
    }

    struct Export: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personExport.abstract,
            discussion: help.personExport.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.personExport.person)) var person: String
        @Option(help: ArgumentHelp(help.personExport.out)) var out: String
        @Flag(help: ArgumentHelp(HelpLanguage.current.inputStrings.personExportForce)) var force = false

        func run() throws {
            let files = try options.openDatabase().exportPerson(person, to: out, today: options.today, overwrite: force)
            try options.emit(files, table: TableData(headers: [options.strings.file], rows: files.map { [$0] }), message: options.strings.exported(files.count, out))
        }
    }

    struct Erase: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.personErase.abstract,
            discussion: help.personErase.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.personErase.person)) var person: String
        @Flag(help: ArgumentHelp(help.personErase.confirm)) var confirm = false

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
