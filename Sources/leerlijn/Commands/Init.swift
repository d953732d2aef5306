import ArgumentParser
import LeerlijnStore

struct Init: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create the database (safe to repeat: an existing database is only brought up to date).",
        discussion: "Example: leerlijn init --db ~/leerlijn.sqlite")

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
