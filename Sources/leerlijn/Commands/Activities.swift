import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Activities: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.activities.abstract,
        subcommands: [List.self, Show.self, Edit.self, Delete.self, Restore.self, History.self]) }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.activitiesList.abstract,
            discussion: help.activitiesList.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesList.person)) var person: String?
        @Option(help: ArgumentHelp(help.activitiesList.from)) var from: String?
        @Option(help: ArgumentHelp(help.activitiesList.to)) var to: String?
        @Option(help: ArgumentHelp(help.activitiesList.kind)) var kind: String?
        @Flag(help: ArgumentHelp(help.activitiesList.deleted)) var deleted = false

        func run() throws {
            let database = try options.openDatabaseForReading()
            let filter = ActivityFilter(person: person, from: try from.map(options.day), to: try to.map(options.day), kind: kind, deleted: deleted)
            let entries = try database.activities(matching: filter)
            try options.emit(entries, table: options.views.activities(entries, showDeleted: deleted),
                             message: entries.isEmpty ? options.strings.nothingFound : nil)
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.activitiesShow.abstract, discussion: help.activitiesShow.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesShow.id)) var id: String

        func run() throws {
            let entry = try options.openDatabaseForReading().activity(id)
            try options.emit(entry, table: options.views.activity(entry))
        }
    }

    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.activitiesEdit.abstract,
            discussion: help.activitiesEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesEdit.id)) var id: String
        @Option(help: ArgumentHelp(help.activitiesEdit.date)) var date: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.duration)) var duration: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.kind)) var kind: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.title)) var title: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.description)) var description: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.provider)) var provider: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.reflection)) var reflection: String?
        @Option(help: ArgumentHelp(help.activitiesEdit.addEvidence)) var addEvidence: [String] = []
        @Option(help: ArgumentHelp(help.activitiesEdit.removeEvidence)) var removeEvidence: [String] = []
        @Option(help: ArgumentHelp(help.activitiesEdit.competence)) var competence: [String] = []
        @Option(help: ArgumentHelp(help.activitiesEdit.domain)) var domain: [String] = []
        @Flag(help: ArgumentHelp(help.activitiesEdit.clearCompetences)) var clearCompetences = false
        @Flag(help: ArgumentHelp(help.activitiesEdit.clearDomains)) var clearDomains = false
        @Option(help: ArgumentHelp(help.activitiesEdit.budget)) var budget: String?

        func validate() throws {
            if clearCompetences && !competence.isEmpty { throw options.usage(.notBoth("--competence", "--clear-competences")) }
            if clearDomains && !domain.isEmpty { throw options.usage(.notBoth("--domain", "--clear-domains")) }
        }

        func run() throws {
            let database = try options.openDatabase()
            let edit = ActivityEdit(
                date: try date.map(options.day), minutes: try duration.map { try DurationParser.minutes(from: $0) }, kind: kind,
                title: title, description: description, provider: provider, reflection: reflection,
                addEvidence: addEvidence, removeEvidence: removeEvidence,
                competences: clearCompetences ? [] : competence.isEmpty ? nil : competence,
                domains: clearDomains ? [] : domain.isEmpty ? nil : domain, budget: budget)
            let profiles = competence.isEmpty && domain.isEmpty && (budget ?? "").isEmpty ? LoadedProfiles(catalog: .empty, rules: .empty) : try options.loadProfiles()
            let entry = try database.editActivity(id, edit, catalog: profiles.catalog, rules: profiles.rules, actor: options.actorName)
            try options.emit(entry, table: options.views.activity(entry), message: options.strings.activityUpdated(entry.activity.id))
        }
    }

    struct Delete: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.activitiesDelete.abstract,
            discussion: help.activitiesDelete.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesDelete.id)) var id: String

        func run() throws {
            let entry = try options.openDatabase().deleteActivity(id, actor: options.actorName)
            try options.emit(entry, table: options.views.activity(entry), message: options.strings.activityDeleted(entry.activity.id))
        }
    }

    struct Restore: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.activitiesRestore.abstract, discussion: help.activitiesRestore.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesRestore.id)) var id: String

        func run() throws {
            let entry = try options.openDatabase().restoreActivity(id, actor: options.actorName)
            try options.emit(entry, table: options.views.activity(entry), message: options.strings.activityRestored(entry.activity.id))
        }
    }

    struct History: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.activitiesHistory.abstract,
            discussion: help.activitiesHistory.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.activitiesHistory.id)) var id: String

        func run() throws {
            let database = try options.openDatabaseForReading()
            let entry = try database.activity(id)
            let trail = try database.auditTrail(entity: "activity", id: entry.activity.id.description)
            try options.emit(trail, table: options.views.audit(trail))
        }
    }
}
