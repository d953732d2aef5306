import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Kinds: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The vocabulary of activity kinds: list it, add your own.",
        subcommands: [List.self, Add.self])

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List the kinds of activity.", discussion: "Example: leerlijn kinds list --lang nl")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let kinds = try options.openDatabase().activityKinds()
            try options.emit(kinds, table: options.views.kinds(kinds))
        }
    }

    struct Add: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a kind of activity of your own.",
            discussion: "Example: leerlijn kinds add schoolbezoek --nl \"Schoolbezoek\" --en \"School visit\"")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The id: lowercase letters, digits and dashes.") var id: String
        @Option(help: "The Dutch name.") var nl: String
        @Option(help: "The English name.") var en: String

        func run() throws {
            let kind = try options.openDatabase().addActivityKind(id: id, titleNL: nl, titleEN: en)
            try options.emit(kind, table: options.views.kinds([kind]), message: options.strings.added(options.strings.subject(.kind), kind.id))
        }
    }
}
