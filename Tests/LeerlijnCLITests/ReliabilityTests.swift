import Foundation
import GRDB
import Testing
import LeerlijnCore

/// Full sizes with LEERLIJN_FULL_RELIABILITY=1 (docs/reliability.md); bounded sizes in CI.
let fullReliability = ProcessInfo.processInfo.environment["LEERLIJN_FULL_RELIABILITY"] == "1"

@Suite("Reliability and privacy", .serialized)
struct ReliabilityTests {
    @Test("After person erase, the name and email are nowhere in the database file (after a checkpoint) or the evidence folder")
    func erase() throws {
        let cli = try CLI.withSanne()
        let file = cli.folder + "/bewijs.pdf"
        try Data("Certificaat van Sanne de Vries".utf8).write(to: URL(fileURLWithPath: file))
        try cli.ok(["log", "sanne", "1u", "cursus", "Cursus voor Sanne de Vries", "--evidence", file, "--reflection", "s.devries@regenboog.nl schreef dit"])
        try cli.ok(["activities", "edit", String((try json(try cli.ok(["activities", "list", "--format", "json"])) as! [[String: Any]])[0]["id"] as! String).prefix(8).description,
                    "--title", "Cursus (Sanne de Vries)"])
        // Queue it for export (a dry run writes nothing; a real queue would be erased too).
        let queued = try cli.run(["export", "--register", "lrs", "--dry-run"], environment: ["LEERLIJN_LRS_USERNAME": "x", "LEERLIJN_LRS_PASSWORD": "y"])
        #expect(queued.status == 0)
        // Really queued: a webhook event and a BRLO dossier (she is a schoolopleider too), to endpoints that do not answer
        // (a closed port, one attempt): they stay pending in the outbox. (A run without an endpoint writes nothing.)
        try cli.ok(["role", "add", "sanne", "schoolopleider", "--since", "2025-08-01", "--hours-per-week", "4"])
        let unreachable = ["LEERLIJN_HR_WEBHOOK_SECRET": "whsec_C2kX6ZkDw1R5pEQ9nDZcZtxb8Qv0wWJbCq3sU3q9Llk=", "LEERLIJN_HR_WEBHOOK_ENDPOINT": "http://127.0.0.1:9/hooks",
                           "LEERLIJN_BRLO_TOKEN": "t", "LEERLIJN_BRLO_ENDPOINT": "http://127.0.0.1:9/dossiers", "LEERLIJN_EXPORTS": cli.folder + "/exports"]
        try FileManager.default.createDirectory(atPath: cli.folder + "/exports", withIntermediateDirectories: true)
        for name in ["hr-webhook", "brlo"] {
            let shipped = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/\(name).yaml").path, encoding: .utf8)
            try shipped.replacingOccurrences(of: "retry: {attempts: 6, initialDelay: 0.5, maxDelay: 30}", with: "retry: {attempts: 1}")
                .write(toFile: cli.folder + "/exports/\(name).yaml", atomically: true, encoding: .utf8)
            try cli.ok(["export", "--register", name], environment: unreachable)
        }
        let outbox = { try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export_item") } }
        #expect(try outbox() == 2)
        // A person export holds it all first.
        try cli.ok(["person", "export", "sanne", "--out", cli.folder + "/export"])
        let exported = try String(contentsOfFile: cli.folder + "/export/person.json", encoding: .utf8)
        #expect(exported.contains("Sanne de Vries") && exported.contains("s.devries@regenboog.nl"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.folder + "/export/evidence").count == 1)
        #expect(try cli.run(["person", "erase", "sanne"]).status == 64)   // --confirm is required
        try cli.ok(["person", "erase", "sanne", "--confirm"])
        try DatabaseQueue(path: cli.db).writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        for path in [cli.db, cli.db + "-wal"] where FileManager.default.fileExists(atPath: path) {
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
            for needle in ["Sanne de Vries", "s.devries@regenboog.nl"] {
                #expect(bytes.range(of: Data(needle.utf8)) == nil, "\(needle) in \(path)")
            }
        }
        let evidence = cli.db + "-evidence"
        let files = FileManager.default.enumerator(atPath: evidence)?.allObjects.compactMap { $0 as? String } ?? []
        for relative in files {
            let data = FileManager.default.contents(atPath: evidence + "/" + relative) ?? Data()
            #expect(data.range(of: Data("Sanne de Vries".utf8)) == nil)
        }
        let erasures = try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM erasure") }
        #expect(erasures == 1)
        #expect(try outbox() == 0)
        #expect(try cli.run(["person", "show", "sanne"]).status == 66)
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test("4 processes logging at once into one database: every row lands, no 'database is locked' reaches the user")
    func concurrentWriters() throws {
        let cli = try CLI.withSanne()
        let perProcess = fullReliability ? 1000 : 60
        let script = """
            i=0; while [ $i -lt \(perProcess) ]; do
              "\(CLI.executable.path)" log sanne 30m intervisie "Proces $1 nummer $i" --db "\(cli.db)" >/dev/null || echo "FAILED $i" >&2
              i=$((i+1))
            done
            """
        let processes = try (0..<4).map { index -> (Process, Pipe) in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", script, "sh", String(index)]
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder, "LEERLIJN_TODAY": "2026-11-23", "LEERLIJN_ACTOR": "p\(index)"]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            return (process, errors)
        }
        var stderr = ""
        for (process, errors) in processes {
            stderr += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
        }
        #expect(!stderr.contains("locked") && !stderr.contains("FAILED"), "\(stderr.prefix(500))")
        let count = try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity") }
        #expect(count == 4 * perProcess)
    }

    @Test("An import killed with SIGKILL at random moments either landed whole or left no row, and the database stays intact")
    func killedImports() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let files = try ImportCLITests.makeFiles(in: cli.folder)
        try cli.ok(["import", "people", files.people])
        let rows = fullReliability ? 20_000 : 3000
        let path = cli.folder + "/activiteiten.csv"
        try (([files.header] + files.activityLines.prefix(rows)).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        // How long a whole import takes here, to kill within it.
        let started = Date()
        let probe = cli.folder + "/probe.sqlite"
        try FileManager.default.copyItem(atPath: cli.db, toPath: probe)
        _ = try cli.run(["import", "activities", path, "--db", probe], useDatabase: false)
        let duration = Date().timeIntervalSince(started)
        var random = SeededGenerator(seed: 9)
        var landed = 0
        for _ in 0..<20 {
            let process = Process()
            process.executableURL = CLI.executable
            process.arguments = ["import", "activities", path, "--db", cli.db]
            process.environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder, "LEERLIJN_TODAY": "2026-11-23"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * Double(Int.random(in: 5...110, using: &random)) / 100)
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let (count, integrity) = try DatabaseQueue(path: cli.db).read { db in
                (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity")!, try String.fetchOne(db, sql: "PRAGMA integrity_check")!)
            }
            #expect(integrity == "ok")
            #expect(count == 0 || count == rows, "a killed import left \(count) rows")
            if count == rows { landed += 1 }
        }
        // Whatever happened, importing again completes it exactly once.
        try cli.ok(["import", "activities", path])
        let final = try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity") }
        #expect(final == rows)
        #expect(try cli.run(["doctor"]).status == 0)
    }
}
