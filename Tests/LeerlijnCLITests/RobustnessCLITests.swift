import Foundation
import GRDB
import Testing
import LeerlijnCore

/// Runs `leerlijn` in a folder of its own (for relative paths such as `x`), without adding `--db`.
func leerlijn(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> CLI.Result {
    let result = try CLI.launch(arguments, home: folder, directory: folder, environment: environment)
    #expect(!result.signalled, "leerlijn \(arguments.joined(separator: " ")) died of signal \(result.status)")
    return result
}

@Suite("Robustness: paths, messages, JSON refusals, a full disk (issue 21)", .serialized)
struct RobustnessCLITests {
    @Test("One-character paths work everywhere: init --db x, LEERLIJN_DB=z init, demo --db y, report --html x, portfolio --html y, dossier --out q")
    func oneCharacterPaths() throws {
        let cli = try CLI()
        let folder = cli.folder
        #expect(try leerlijn(["init", "--db", "x"], in: folder).status == 0)
        #expect(try leerlijn(["init"], in: folder, environment: ["LEERLIJN_DB": "z"]).status == 0)
        #expect(try leerlijn(["demo", "--db", "y"], in: folder).status == 0)
        for name in ["x", "y", "z"] { #expect(FileManager.default.fileExists(atPath: folder + "/" + name)) }
        try FileManager.default.createDirectory(atPath: folder + "/pages", withIntermediateDirectories: true)
        let pages = folder + "/pages"
        #expect(try leerlijn(["report", "--html", "x", "--db", "../y"], in: pages).status == 0)
        #expect(try leerlijn(["portfolio", "sanne", "--html", "y", "--db", "../y"], in: pages).status == 0)
        #expect(try leerlijn(["dossier", "karin", "--out", "q", "--db", "../y"], in: pages).status == 0)
        for name in ["x", "y", "q"] { #expect(FileManager.default.fileExists(atPath: pages + "/" + name), "\(name) written") }
    }

    @Test("'.', '..', '/' and '' as paths give a message and an exit code, never a crash; names with spaces and accents work")
    func oddPaths() throws {
        let cli = try CLI()
        let folder = cli.folder
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        for path in [".", "..", "/"] {
            let result = try leerlijn(["init", "--db", path], in: folder + "/sub")
            #expect(result.status == 74)
            #expect(result.stderr.contains("\(path) is a folder, not a database file"))
            let page = try leerlijn(["report", "--html", path, "--db", "../d.sqlite"], in: folder + "/sub")
            #expect(page.status != 0 && !page.stderr.contains("unexpectedly"), "\(page.stderr)")
        }
        let empty = try leerlijn(["init", "--db", ""], in: folder)
        #expect(empty.status == 64)
        #expect(empty.stderr.contains("--db needs a path; an empty one is refused"))
        #expect(try leerlijn(["init", "--db", "", "--lang", "nl"], in: folder).stderr.contains("--db vraagt een pad; een leeg pad wordt geweigerd"))
        #expect(!FileManager.default.fileExists(atPath: folder + "/.local/share/leerlijn/leerlijn.sqlite"), "the default database was not used")
        let spaced = "map met spaties/Zoë's lijn.sqlite"
        try FileManager.default.createDirectory(atPath: folder + "/map met spaties", withIntermediateDirectories: true)
        #expect(try leerlijn(["demo", "--db", spaced], in: folder).status == 0)
        #expect(try leerlijn(["report", "--html", "map met spaties/overzicht é.html", "--db", spaced], in: folder).status == 0)
        #expect(FileManager.default.fileExists(atPath: folder + "/map met spaties/overzicht é.html"))
        #expect(try leerlijn(["dossier", "karin", "--out", "", "--db", spaced], in: folder).status == 65)
    }

    /// A database with Sanne (100234) at a board.
    static func roster() throws -> CLI {
        let cli = try CLI.withSanne()
        return cli
    }

    static func counts(_ db: String) throws -> [Int] {
        try DatabaseQueue(path: db).read { db in
            try ["person", "board", "school", "employment", "activity", "verification", "audit"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
    }

    @Test("Files that cannot be imported are named with what to do, in English and Dutch, and nothing is written")
    func fileMessages() throws {
        let cli = try Self.roster()
        let f = cli.folder
        func write(_ name: String, _ bytes: [UInt8]) throws -> String {
            try Data(bytes).write(to: URL(fileURLWithPath: f + "/" + name))
            return f + "/" + name
        }
        let header = "external_id;name\n100300;Piet\n"
        let cases: [(file: String, status: Int32, en: String, nl: String)] = [
            (try write("leeg.csv", []), 65, "leeg.csv is empty: there is no header line", "leeg.csv is leeg: er is geen kopregel"),
            (try write("bom.csv", [0xEF, 0xBB, 0xBF]), 65, "bom.csv is empty", "bom.csv is leeg"),
            (try write("utf16.csv", [0xFF, 0xFE] + Array(header.data(using: .utf16LittleEndian)!)), 65, "utf16.csv is UTF-16LE text", "utf16.csv is tekst in UTF-16LE"),
            (try write("utf16be.csv", [0xFE, 0xFF] + Array(header.data(using: .utf16BigEndian)!)), 65, "is UTF-16BE text", "tekst in UTF-16BE"),
            (try write("utf32.csv", [0xFF, 0xFE, 0, 0] + Array(header.data(using: .utf32LittleEndian)!)), 65, "is UTF-32LE text", "tekst in UTF-32LE"),
            (try write("quote.csv", Array("external_id;name\n100301;Jan\n100302;\"Piet\n100303;Kees\n".utf8)), 65,
             "quote.csv, line 3: a quoted field begins here and its closing \" is missing", "quote.csv, regel 3: hier begint een veld tussen aanhalingstekens"),
            (try write("lang.csv", Array(("external_id;name\n100304;" + String(repeating: "€", count: 400_000) + "\n").utf8)), 65,
             "lang.csv, line 2, column 2: a field is longer than 64 KiB", "lang.csv, regel 2, kolom 2: een veld is langer dan 64 KiB"),
        ]
        try FileManager.default.createDirectory(atPath: f + "/map.csv", withIntermediateDirectories: true)
        let before = try Self.counts(cli.db)
        for item in cases + [(f + "/map.csv", 74, "map.csv is a folder, not a file", "map.csv is een map, geen bestand"),
                             (f + "/nergens.csv", 66, "There is no file \(f)/nergens.csv", "Er is geen bestand \(f)/nergens.csv")] {
            let en = try cli.run(["import", "people", item.file])
            #expect(en.status == item.status, "\(item.file): \(en.stderr)")
            #expect(en.stderr.contains(item.en), "\(en.stderr)")
            #expect(!en.stderr.contains("could not be completed") && !en.stderr.contains("header has: ."))
            let nl = try cli.run(["import", "people", item.file, "--lang", "nl"])
            #expect(nl.stderr.contains(item.nl), "\(nl.stderr)")
            #expect(!nl.stderr.contains(" file") && !nl.stderr.contains(" line "), "English in Dutch: \(nl.stderr)")
        }
        #expect(try Self.counts(cli.db) == before)
        // CR-only line ends (old Mac Excel) import.
        let cr = try write("cr.csv", Array("external_id;name\r100305;Ank\r100306;Bas\r".utf8))
        #expect(try cli.run(["import", "people", cr]).stdout.contains("2 rows: 2 imported"))
    }

    @Test("A 1 MB value is cut in the message, not repeated in full")
    func longValuesCut() throws {
        let cli = try Self.roster()
        let path = cli.folder + "/naam.csv"
        try ("external_id;name\n100310;" + String(repeating: "x", count: 60_000) + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", "people", path])
        #expect(result.status == 65)
        #expect(result.stderr.contains("line 2, name '" + String(repeating: "x", count: 80) + "… (60000)'"))
        #expect(result.stderr.utf8.count < 1000)
    }

    @Test("A refused import with --format json prints the refusal as JSON on stdout (with its code, file and line) and exits non-zero")
    func jsonRefusals() throws {
        let cli = try Self.roster()
        let bad = cli.folder + "/slecht.csv"
        try "external_id;date;duration;kind;title\n999999;2026-10-01;60m;cursus;Onbekend\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let rejected = try cli.run(["import", "activities", bad, "--format", "json"])
        #expect(rejected.status == 65)
        let report = try json(rejected.stdout) as? [String: Any]
        #expect(report?["rejected"] as? Int == 1)
        let problems = report?["problems"] as? [[String: Any]]
        #expect(problems?.first?["code"] as? String == "unknown-external-id")
        #expect(problems?.first?["line"] as? Int == 2)
        let long = cli.folder + "/lang.csv"
        try ("external_id;date;duration;kind;title;competences\n100234;2026-10-01;60m;cursus;T;" + String(repeating: "a", count: 1 << 20) + "\n")
            .write(toFile: long, atomically: true, encoding: .utf8)
        let started = Date()
        let tooLong = try cli.run(["import", "activities", long, "--format", "json", "--lang", "nl"])
        #expect(Date().timeIntervalSince(started) < 10)
        #expect(tooLong.status == 65)
        let error = (try json(tooLong.stdout) as? [String: Any])?["error"] as? [String: Any]
        #expect(error?["code"] as? String == "field-too-long")
        #expect(error?["file"] as? String == long)
        #expect(error?["line"] as? Int == 2)
        #expect(error?["column"] as? Int == 6)
        #expect((error?["message"] as? String)?.contains("regel 2, kolom 6") == true)
        let missing = try cli.run(["import", "people", cli.folder + "/geen.csv", "--format", "json"])
        #expect(missing.status == 66)
        #expect(((try json(missing.stdout) as? [String: Any])?["error"] as? [String: Any])?["code"] as? String == "no-such-file")
    }

    @Test("import activities refuses verified_by without a mentor, schoolopleider or coach role on the day, with the words of verify --by")
    func signerRule() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Karin Mulder", "--external-id", "100500", "--school", "12AB"])
        let path = cli.folder + "/a.csv"
        try "external_id;date;duration;kind;title;verified_by\n100234;2026-10-06;60m;cursus;Cursus;100500\n".write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Self.counts(cli.db)
        let imported = try cli.run(["import", "activities", path, "--format", "json"])
        #expect(imported.status == 65)
        let problem = ((try json(imported.stdout) as? [String: Any])?["problems"] as? [[String: Any]])?.first
        #expect(problem?["code"] as? String == "signer-role")
        #expect(problem?["line"] as? Int == 2)
        #expect((problem?["reason"] as? String)?.contains("mentor, schoolopleider or coach on 2026-10-06") == true)
        #expect(try Self.counts(cli.db) == before)
        try cli.ok(["log", "sanne", "60m", "cursus", "Cursus", "--date", "2026-10-06"])
        let id = (try json(try cli.ok(["activities", "list", "--format", "json"])) as! [[String: Any]])[0]["id"] as! String
        let verify = try cli.run(["verify", id, "--by", "100500"])
        #expect(verify.status == 65)
        #expect(verify.stderr.contains("mentor, schoolopleider or coach on 2026-10-06"))
        // With the role, both accept.
        try cli.ok(["role", "add", "100500", "mentor", "--since", "2026-08-01"])
        try cli.ok(["import", "activities", path])
        try cli.ok(["verify", id, "--by", "100500"])
    }

    @Test("person export --out EXISTING says the output exists and how to go on; --force writes into a folder; an unwritable path says why")
    func exportToExisting() throws {
        let cli = try CLI.withSanne()
        let file = cli.folder + "/bestaat.txt"
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let onFile = try cli.run(["person", "export", "sanne", "--out", file])
        #expect(onFile.status == 65)
        #expect(onFile.stderr.contains("\(file) already exists and is a file; the export needs a folder. Choose another path with --out."))
        let folder = cli.folder + "/export"
        try cli.ok(["person", "export", "sanne", "--out", folder])
        let again = try cli.run(["person", "export", "sanne", "--out", folder, "--lang", "nl"])
        #expect(again.status == 65)
        #expect(again.stderr.contains("\(folder) bestaat al en is niet leeg. Voeg --force toe"))
        try cli.ok(["person", "export", "sanne", "--out", folder, "--force"])
        let blocked = try cli.run(["person", "export", "sanne", "--out", file + "/sub"])
        #expect(blocked.status == 74)
        #expect(blocked.stderr.contains("Cannot write \(file)/sub: a part of the path is a file, not a folder."))
    }

    @Test("A roster with --skip-invalid reports only the boards it wrote")
    func summaryCounts() throws {
        let cli = try CLI.withSanne()
        let path = cli.folder + "/p.csv"
        try "external_id;name;board;school\n100600;Bram;Nieuwe Stichting;12AB\n100601;Cas;Andere Stichting;\n".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try cli.run(["import", "people", path, "--skip-invalid", cli.folder + "/afgewezen.csv", "--format", "json"])
        let changes = (try json(result.stdout) as? [String: Any])?["changes"] as? [String: Int]
        #expect(changes?["boards"] == 1)
        let boards = try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM board")! }
        #expect(boards == 2)
    }

    /// Whether this machine lets a test mount a small tmpfs in a mount namespace of its own.
    static let canMountTmpfs: Bool = {
        let probe = NSTemporaryDirectory() + "leerlijn-tmpfs-probe-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: probe, withIntermediateDirectories: true)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--mount", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs '\(probe)'"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test("On a full disk (a 1 MB tmpfs) an import says the disk is full, names the file and that nothing was written; doctor reports the database sound",
          .enabled(if: canMountTmpfs, "needs unshare and mount (root or a user namespace); the store test with max_page_count covers the rest"))
    func diskFull() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let files = try ImportCLITests.makeFiles(in: cli.folder)
        try cli.ok(["import", "people", files.people])
        try DatabaseQueue(path: cli.db).writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        let disk = cli.folder + "/disk"
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let size = (try FileManager.default.attributesOfItem(atPath: cli.db)[.size] as? Int) ?? 0
        let script = """
            mount -t tmpfs -o size=\(size / 1024 + 512)k tmpfs "\(disk)" || exit 99
            cp "\(cli.db)" "\(disk)/l.sqlite"
            "\(CLI.executable.path)" import activities "\(files.activities)" --db "\(disk)/l.sqlite" > "\(cli.folder)/out.txt" 2> "\(cli.folder)/err.txt"
            echo $? > "\(cli.folder)/status.txt"
            "\(CLI.executable.path)" doctor --db "\(disk)/l.sqlite" --format json > "\(cli.folder)/doctor.json"
            echo $? >> "\(cli.folder)/status.txt"
            mkdir "\(cli.folder)/after" && cp "\(disk)"/l.sqlite* "\(cli.folder)/after/"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["--mount", "sh", "-c", script]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder, "LEERLIJN_TODAY": "2026-11-23", "LANG": "C.UTF-8"]
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let statuses = try String(contentsOfFile: cli.folder + "/status.txt", encoding: .utf8).split(separator: "\n")
        #expect(statuses == ["74", "0"])
        let stderr = try String(contentsOfFile: cli.folder + "/err.txt", encoding: .utf8)
        #expect(stderr.contains("The disk is full: Leerlijn could not write \(disk)/l.sqlite. Nothing was written"), "\(stderr)")
        #expect(!stderr.contains("unexpectedly"))
        let doctor = try json(try String(contentsOfFile: cli.folder + "/doctor.json", encoding: .utf8)) as? [String: Any]
        #expect(doctor?["healthy"] as? Bool == true)
        let activities = try DatabaseQueue(path: cli.folder + "/after/l.sqlite").read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity")! }
        #expect(activities == 0)
    }
}
