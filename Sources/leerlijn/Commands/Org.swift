import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Org: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Partnerships, school boards and schools.",
        subcommands: [AddPartnership.self, AddBoard.self, AddSchool.self, List.self])

    struct AddPartnership: DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-partnership", abstract: "Add a partnership (partnerschap).",
            discussion: "Example: leerlijn org add-partnership \"Samen Opleiden Eemvallei\" --code eemvallei")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The name.") var name: String
        @Option(help: "A short code for the command line (default: made from the name).") var code: String?

        func run() throws {
            let partnership = try options.openDatabase().addPartnership(name: name, code: code)
            try options.emit(partnership, table: options.views.organisations(.init(partnerships: [partnership], boards: [], schools: [])),
                             message: options.strings.added(options.strings.subject(.partnership), partnership.code))
        }
    }

    struct AddBoard: DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-board", abstract: "Add a school board (bestuur).",
            discussion: "Example: leerlijn org add-board \"Stichting PO Eemvallei\" --code spo-eemvallei --partnership eemvallei")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The name.") var name: String
        @Option(help: "A short code for the command line (default: made from the name).") var code: String?
        @Option(help: "The partnership's code.") var partnership: String?

        func run() throws {
            let board = try options.openDatabase().addBoard(name: name, code: code, partnership: partnership)
            try options.emit(board, table: options.views.organisations(.init(partnerships: [], boards: [board], schools: [])),
                             message: options.strings.added(options.strings.subject(.board), board.code))
        }
    }

    struct AddSchool: DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-school", abstract: "Add a school to a board.",
            discussion: "Example: leerlijn org add-school \"OBS De Regenboog\" --code 12AB --board spo-eemvallei")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The name.") var name: String
        @Option(help: "The BRIN code, optionally followed by the 2-digit vestiging (12AB or 12AB01).") var code: String
        @Option(help: "The board's code.") var board: String

        func run() throws {
            let school = try options.openDatabase().addSchool(name: name, code: code, board: board)
            try options.emit(school, table: options.views.organisations(.init(partnerships: [], boards: [], schools: [school])),
                             message: options.strings.added(options.strings.subject(.school), school.code))
        }
    }

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List partnerships, boards and schools.", discussion: "Example: leerlijn org list --format json")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let organisations = try options.openDatabase().organisations()
            try options.emit(organisations, table: options.views.organisations(organisations))
        }
    }
}
