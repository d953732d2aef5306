import Foundation

/// Runs the built `leerlijn` binary as a user would, on a temporary database.
struct CLI {
    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
        /// The process died of a signal (`status` is then the signal's number).
        var signalled = false
    }

    /// The folder with this test's database and files.
    let folder: String
    var db: String { folder + "/leerlijn.sqlite" }

    init() throws {
        folder = NSTemporaryDirectory() + "leerlijn-cli-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// The `leerlijn` executable next to the test bundle (both are built by `swift test`).
    static let executable: URL = {
        var directory = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = directory.appendingPathComponent("leerlijn")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory.deleteLastPathComponent()
        }
        return URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent(".build/debug/leerlijn")
    }()

    /// Runs `leerlijn ARGS --db <this database>` with a fixed day, actor and English unless `environment` says otherwise.
    @discardableResult
    func run(_ arguments: [String], useDatabase: Bool = true, environment: [String: String] = [:]) throws -> Result {
        try Self.launch(arguments + (useDatabase ? ["--db", db] : []), home: folder, environment: environment)
    }

    /// Runs the binary with `HOME` = `home`, a fixed day, actor and English unless `environment` says otherwise; in
    /// `directory` when given (for relative paths).
    static func launch(_ arguments: [String], home: String, directory: String? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
        var env = ["PATH": "/usr/bin:/bin", "HOME": home, "LEERLIJN_TODAY": "2026-11-23", "LEERLIJN_ACTOR": "tester", "LANG": "C.UTF-8"]
        env.merge(environment) { $1 }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self),
                      signalled: process.terminationReason == .uncaughtSignal)
    }

    /// Runs and requires success, returning standard output.
    @discardableResult
    func ok(_ arguments: [String], environment: [String: String] = [:]) throws -> String {
        let result = try run(arguments, environment: environment)
        guard result.status == 0 else {
            throw Failure(description: "leerlijn \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderr)")
        }
        return result.stdout
    }

    /// A database with one board, one school and Sanne.
    static func withSanne() throws -> CLI {
        let cli = try CLI()
        try cli.ok(["init"])
        try cli.ok(["org", "add-board", "Stichting Eemvallei", "--code", "eemvallei"])
        try cli.ok(["org", "add-school", "OBS De Regenboog", "--code", "12AB", "--board", "eemvallei"])
        try cli.ok(["person", "add", "Sanne de Vries", "--external-id", "100234", "--email", "s.devries@regenboog.nl", "--school", "12AB"])
        return cli
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }
}

/// Parses JSON text into Foundation values.
func json(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8))
}
