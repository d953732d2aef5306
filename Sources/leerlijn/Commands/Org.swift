import ArgumentParser
import LeerlijnCore
import LeerlijnReports

struct Org: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.org.abstract,
        subcommands: [AddPartnership.self, EditPartnership.self, AddBoard.self, AddSchool.self, SetSector.self, List.self]) }

    struct AddPartnership: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "add-partnership", abstract: help.orgAddPartnership.abstract,
            discussion: help.orgAddPartnership.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.orgAddPartnership.name)) var name: String
        @Option(help: ArgumentHelp(help.orgAddPartnership.code)) var code: String?

        func run() throws {
            let partnership = try options.openDatabase().addPartnership(name: name, code: code)
            try options.emit(partnership, table: options.views.organisations(.init(partnerships: [partnership], boards: [], schools: [])),
                             message: options.strings.added(options.strings.subject(.partnership), partnership.code))
        }
    }

    struct EditPartnership: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "edit-partnership", abstract: HelpLanguage.current.reportStrings.editPartnership.abstract,
            discussion: HelpLanguage.current.reportStrings.editPartnership.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(HelpLanguage.current.reportStrings.editPartnership.code)) var code: String
        @Option(help: ArgumentHelp(HelpLanguage.current.reportStrings.editPartnership.expectsSignOff, valueName: "yes|no")) var expectsSignOff: SignOffSetting

        func run() throws {
            let partnership = try options.openDatabase().setExpectsSignOff(partnership: code, expectsSignOff.isYes, actor: options.actorName)
            try options.emit(partnership, table: options.views.organisations(.init(partnerships: [partnership], boards: [], schools: [])),
                             message: options.language.reportStrings.signOffSet(partnership.code, partnership.expectsSignOff))
        }
    }

    struct AddBoard: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "add-board", abstract: help.orgAddBoard.abstract,
            discussion: help.orgAddBoard.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.orgAddBoard.name)) var name: String
        @Option(help: ArgumentHelp(help.orgAddBoard.code)) var code: String?
        @Option(help: ArgumentHelp(help.orgAddBoard.partnership)) var partnership: String?
        @Option(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpBoardSector)) var sector: SchoolSector?

        func run() throws {
            let board = try options.openDatabase().addBoard(name: name, code: code, partnership: partnership, defaultSector: sector)
            try options.emit(board, table: options.views.organisations(.init(partnerships: [], boards: [board], schools: [])),
                             message: options.strings.added(options.strings.subject(.board), board.code))
        }
    }

    struct AddSchool: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "add-school", abstract: help.orgAddSchool.abstract,
            discussion: help.orgAddSchool.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.orgAddSchool.name)) var name: String
        @Option(help: ArgumentHelp(help.orgAddSchool.code)) var code: String
        @Option(help: ArgumentHelp(help.orgAddSchool.board)) var board: String
        @Option(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSchoolSector)) var sector: SchoolSector?

        func run() throws {
            let school = try options.openDatabase().addSchool(name: name, code: code, board: board, sector: sector)
            try options.emit(school, table: options.views.organisations(.init(partnerships: [], boards: [], schools: [school])),
                             message: options.strings.added(options.strings.subject(.school), school.code))
        }
    }

    /// `org set-sector CODE --sector vo` (issue 16).
    struct SetSector: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "set-sector", abstract: HelpLanguage.current.ruleStrings.helpSetSectorAbstract,
            discussion: HelpLanguage.current.ruleStrings.helpSetSectorDiscussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSetSectorSchool)) var school: String
        @Option(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSchoolSector)) var sector: SchoolSector

        func run() throws {
            let school = try options.openDatabase().setSchoolSector(school, sector: sector)
            try options.emit(school, table: options.views.organisations(.init(partnerships: [], boards: [], schools: [school])),
                             message: options.language.ruleStrings.sectorSet(school.code, school.sector.rawValue))
        }
    }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.orgList.abstract, discussion: help.orgList.discussion) }
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let organisations = try options.openDatabaseForReading().organisations()
            try options.emit(organisations, table: options.views.organisations(organisations))
        }
    }
}

/// `--expects-sign-off yes|no`.
enum SignOffSetting: String, ExpressibleByArgument, CaseIterable {
    case yes, no, ja, nee

    var isYes: Bool { self == .yes || self == .ja }
}
