import ArgumentParser
import LeerlijnStore

struct Init: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.initCommand.abstract,
        discussion: help.initCommand.discussion) }

    @OptionGroup var options: GlobalOptions

    struct Result: Encodable {
        let path: String
        let journalMode: String
    }

    func run() throws {
        let path = options.databasePath
        let database = try LeerlijnDatabase.open(at: path, create: true)
        let result = Result(path: path, journalMode: try database.journalMode())
        try options.emit(result, table: .init(headers: ["path", "journalMode"], rows: [[result.path, result.journalMode]]),
                         message: options.strings.databaseReady(path))
    }
}
