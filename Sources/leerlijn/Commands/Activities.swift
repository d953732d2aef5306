import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Activities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List, show, edit, delete and restore activities.",
        subcommands: [List.self, Show.self, Edit.self, Delete.self, Restore.self, History.self])

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "List activities, optionally of one person, in a period or of one kind.",
            discussion: """
                Examples:
                  leerlijn activities list sanne
                  leerlijn activities list --from 1-8-2026 --to 31-7-2027 --kind intervisie --format csv
                  leerlijn activities list --deleted
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Only this person's activities.") var person: String?
        @Option(help: "Only on or after this day.") var from: String?
        @Option(help: "Only on or before this day.") var to: String?
        @Option(help: "Only this kind.") var kind: String?
        @Flag(help: "List deleted activities instead.") var deleted = false

        func run() throws {
            let database = try options.openDatabase()
            let filter = ActivityFilter(person: person, from: try from.map(options.day), to: try to.map(options.day), kind: kind, deleted: deleted)
            let entries = try database.activities(matching: filter)
            try options.emit(entries, table: options.views.activities(entries, showDeleted: deleted),
                             message: entries.isEmpty ? options.strings.nothingFound : nil)
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Show one activity with its evidence.", discussion: "Example: leerlijn activities show 3f2c8a9e")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The activity's id, or its first 4 or more characters.") var id: String

        func run() throws {
            let entry = try options.openDatabase().activity(id)
            try options.emit(entry, table: options.views.activity(entry))
        }
    }

    struct Edit: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change an activity; the audit trail keeps how it was.",
            discussion: """
                An empty text ("") clears a description, provider or reflection.
                Examples:
                  leerlijn activities edit 3f2c8a9e --duration 2u --reflection "Achteraf: ..."
                  leerlijn activities edit 3f2c8a9e --add-evidence verslag.pdf --remove-evidence oud.pdf
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The activity's id, or its first 4 or more characters.") var id: String
        @Option(help: "A new day.") var date: String?
        @Option(help: "A new duration.") var duration: String?
        @Option(help: "A new kind.") var kind: String?
        @Option(help: "A new title.") var title: String?
        @Option(help: "A new description.") var description: String?
        @Option(help: "A new provider.") var provider: String?
        @Option(help: "A new reflection.") var reflection: String?
        @Option(help: "Evidence to add: a link or a file; repeat for more.") var addEvidence: [String] = []
        @Option(help: "Evidence to remove: its link, file name or the start of its SHA-256.") var removeEvidence: [String] = []
        @Option(help: "Competences, replacing the current ones; repeatable.") var competence: [String] = []
        @Option(help: "Domains, replacing the current ones; repeatable.") var domain: [String] = []
        @Flag(help: "Remove all competences.") var clearCompetences = false
        @Flag(help: "Remove all domains.") var clearDomains = false
        @Option(help: "The hours budget it counts toward (a rule id, or \"\" for none).") var budget: String?

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
        static let configuration = CommandConfiguration(
            abstract: "Delete an activity (it stays listable with --deleted and can be restored).",
            discussion: "Example: leerlijn activities delete 3f2c8a9e")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The activity's id, or its first 4 or more characters.") var id: String

        func run() throws {
            let entry = try options.openDatabase().deleteActivity(id, actor: options.actorName)
            try options.emit(entry, table: options.views.activity(entry), message: options.strings.activityDeleted(entry.activity.id))
        }
    }

    struct Restore: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Restore a deleted activity.", discussion: "Example: leerlijn activities restore 3f2c8a9e")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The activity's id, or its first 4 or more characters.") var id: String

        func run() throws {
            let entry = try options.openDatabase().restoreActivity(id, actor: options.actorName)
            try options.emit(entry, table: options.views.activity(entry), message: options.strings.activityRestored(entry.activity.id))
        }
    }

    struct History: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Show the audit trail of an activity: who changed what, when.",
            discussion: "Example: leerlijn activities history 3f2c8a9e --format json")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The activity's id, or its first 4 or more characters.") var id: String

        func run() throws {
            let database = try options.openDatabase()
            let entry = try database.activity(id)
            let trail = try database.auditTrail(entity: "activity", id: entry.activity.id.description)
            try options.emit(trail, table: options.views.audit(trail))
        }
    }
}
