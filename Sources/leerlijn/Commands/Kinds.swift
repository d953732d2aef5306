import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Kinds: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.kinds.abstract,
        subcommands: [List.self, Add.self]) }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.kindsList.abstract, discussion: help.kindsList.discussion) }
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let kinds = try options.openDatabaseForReading().activityKinds()
            try options.emit(kinds, table: options.views.kinds(kinds))
        }
    }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.kindsAdd.abstract,
            discussion: help.kindsAdd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.kindsAdd.id)) var id: String
        @Option(help: ArgumentHelp(help.kindsAdd.nl)) var nl: String
        @Option(help: ArgumentHelp(help.kindsAdd.en)) var en: String

        func run() throws {
            let kind = try options.openDatabase().addActivityKind(id: id, titleNL: nl, titleEN: en)
            try options.emit(kind, table: options.views.kinds([kind]), message: options.strings.added(options.strings.subject(.kind), kind.id))
        }
    }
}
