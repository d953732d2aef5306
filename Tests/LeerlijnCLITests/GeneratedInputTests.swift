import Foundation
import GRDB
import Testing
import LeerlijnCore

/// Generated bad input for every input surface (issue 21): roster CSV, activities CSV, profile YAML, scores files and
/// command lines. Each case runs the real `leerlijn` binary and asserts: no signal, no run past the time bound, an exit
/// code from the documented set (never 70, a fault), for a refusal the file and line (JSON on stdout), unchanged row
/// counts and a sound database. CI runs ``cases`` per surface; `LEERLIJN_ROBUST_CASES=N` (or
/// `LEERLIJN_FULL_RELIABILITY=1`, 1,000 each) runs more: docs/reliability.md has the command and figures.
@Suite("Generated bad input on every surface", .serialized)
struct GeneratedInputTests {
    static let cases: Int = {
        let environment = ProcessInfo.processInfo.environment
        if let text = environment["LEERLIJN_ROBUST_CASES"], let count = Int(text), count > 0 { return count }
        return environment["LEERLIJN_FULL_RELIABILITY"] == "1" ? 1000 : 200
    }()
    /// The most one case may take (a 1 MB field included) on a loaded 2-core machine.
    static let timeBound: TimeInterval = 30

    struct Outcome {
        var status: Int32
        var signal: Bool
        var stdout: String
        var stderr: String
        var seconds: TimeInterval
    }

    /// Runs `leerlijn` in `folder`, killing it past the time bound.
    static func run(_ arguments: [String], in folder: String) throws -> Outcome {
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "LEERLIJN_TODAY": "2026-11-23", "LEERLIJN_ACTOR": "fuzz", "LANG": "C.UTF-8"]
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("leerlijn-fuzz-out-\(UUID().uuidString)")
        let err = FileManager.default.temporaryDirectory.appendingPathComponent("leerlijn-fuzz-err-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: out.path, contents: nil)
        FileManager.default.createFile(atPath: err.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let started = Date()
        try process.run()
        let deadline = started.addingTimeInterval(timeBound)
        while process.isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.005) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
        return Outcome(status: process.terminationStatus, signal: process.terminationReason == .uncaughtSignal,
                       stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "", stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "",
                       seconds: Date().timeIntervalSince(started))
    }

    /// Row counts of the tables an import or command writes, and the integrity check.
    static func state(_ db: String) throws -> (counts: [Int], sound: Bool) {
        try DatabaseQueue(path: db).read { db in
            (try ["person", "external_id", "board", "school", "employment", "membership", "phase_period", "activity", "activity_item", "verification", "audit", "export_item"]
                .map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! },
             try String.fetchOne(db, sql: "PRAGMA quick_check") == "ok")
        }
    }

    // MARK: Mutations

    static let csvInserts: [[UInt8]] = [
        Array(";".utf8), Array(",".utf8), Array("\"".utf8), Array("\"\"".utf8), Array("\r".utf8), Array("\n".utf8), Array("\r\n".utf8), [0],
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xE9], [0xC3], [0xFF], Array("é".utf8), Array("€".utf8), Array("\t".utf8), Array(" ".utf8),
        Array("2026-99-99".utf8), Array("-5".utf8), Array("999999999999".utf8), Array("vandaag".utf8), Array("1,5u".utf8), Array("|".utf8),
        Array("sbl-2006:".utf8), Array("=HYPERLINK(\"x\")".utf8),
    ]

    /// `base` with 1 to 4 random edits: an insertion, a deletion, a byte changed, a line doubled or dropped, or a long run.
    static func mutate(_ base: [UInt8], _ random: inout SeededGenerator, inserts: [[UInt8]]) -> [UInt8] {
        var bytes = base
        for _ in 0..<Int.random(in: 1...4, using: &random) {
            let position = Int.random(in: 0...bytes.count, using: &random)
            switch Int.random(in: 0..<20, using: &random) {
            case 0..<8: bytes.insert(contentsOf: inserts.randomElement(using: &random)!, at: position)
            case 8..<11: if position < bytes.count { bytes.removeSubrange(position..<min(bytes.count, position + Int.random(in: 1...30, using: &random))) }
            case 11..<14: if position < bytes.count { bytes[position] = UInt8.random(in: 0...255, using: &random) }
            case 14..<16:
                // A line doubled (the same row twice) or dropped.
                let lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
                guard lines.count > 2 else { continue }
                var result = lines
                let index = Int.random(in: 0..<lines.count, using: &random)
                if Bool.random(using: &random) { result.insert(lines[index], at: index) } else { result.remove(at: index) }
                bytes = Array(result.joined(separator: [0x0A]))
            case 16: bytes.insert(contentsOf: [UInt8](repeating: UInt8(ascii: "a"), count: Int.random(in: 1_000...80_000, using: &random)), at: position)
            case 17: bytes.insert(contentsOf: Array(String(repeating: "€", count: Int.random(in: 100...30_000, using: &random)).utf8), at: position)
            case 18: bytes = Array(bytes.prefix(position))
            default: bytes.insert(contentsOf: Array("\"".utf8), at: position)
            }
        }
        return bytes
    }

    /// Checks one refused or accepted import: the documented exit codes, no signal, within the bound, JSON naming the
    /// file and line for a refusal, and for a refusal the same rows as before and a sound database.
    static func checkImport(_ outcome: Outcome, file: String, before: (counts: [Int], sound: Bool), after: (counts: [Int], sound: Bool),
                            case index: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        let label = "case \(index): \(outcome.stderr.prefix(300))"
        #expect(!outcome.signal, "a signal: \(label)", sourceLocation: sourceLocation)
        #expect(outcome.seconds < timeBound, "ran \(outcome.seconds) s: \(label)", sourceLocation: sourceLocation)
        #expect([0, 65, 66, 74].contains(outcome.status), "exit \(outcome.status): \(label)", sourceLocation: sourceLocation)
        #expect(after.sound, "the database is not sound after \(label)", sourceLocation: sourceLocation)
        guard outcome.status != 0 else { return }
        #expect(after.counts == before.counts, "a refusal wrote rows: \(label)", sourceLocation: sourceLocation)
        #expect(outcome.stderr.contains(PathName.lastComponent(of: file)), "the message names no file: \(label)", sourceLocation: sourceLocation)
        guard let object = (try? json(outcome.stdout)) as? [String: Any] else {
            Issue.record("no JSON on stdout: \(label)", sourceLocation: sourceLocation)
            return
        }
        if let error = object["error"] as? [String: Any] {
            #expect(error["file"] as? String == file, "JSON names no file: \(label)", sourceLocation: sourceLocation)
            let fileLevel = ["empty-file", "unsupported-encoding"].contains(error["code"] as? String ?? "")
            #expect(fileLevel || (error["line"] as? Int ?? 0) >= 1, "JSON names no line: \(error)", sourceLocation: sourceLocation)
        } else {
            let problems = object["problems"] as? [[String: Any]] ?? []
            #expect(object["file"] as? String == file && !problems.isEmpty, "a rejected report without problems: \(label)", sourceLocation: sourceLocation)
            #expect(problems.allSatisfy { ($0["line"] as? Int ?? 0) >= 2 && $0["code"] is String }, "a problem without line or code: \(label)", sourceLocation: sourceLocation)
        }
    }

    // MARK: Surfaces

    @Test("Generated rosters: every case imports or is refused whole with file and line; no signal, no hang, rows unchanged, database sound")
    func rosters() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        var base = "external_id;name;email;board;school;phase;phase_since;fte;employment_since\n"
        for index in 0..<12 {
            base += "\(300_000 + index);Docent Ël \(index);d\(index)@school.nl;Stichting \(index % 2);\(10 + index % 3)AB;\(index % 3 == 0 ? "starter" : "vakbekwaam");1-8-2026;0,8;1-8-2026\n"
        }
        var random = SeededGenerator(seed: 2101)
        var refused = 0
        for index in 0..<Self.cases {
            let path = cli.folder + "/rooster-\(index % 4).csv"
            try Data(Self.mutate(Array(base.utf8), &random, inserts: Self.csvInserts)).write(to: URL(fileURLWithPath: path))
            let before = try Self.state(cli.db)
            let outcome = try Self.run(["import", "people", path, "--format", "json", "--db", cli.db], in: cli.folder)
            Self.checkImport(outcome, file: path, before: before, after: try Self.state(cli.db), case: index)
            if outcome.status != 0 { refused += 1 }
        }
        #expect(refused > Self.cases / 4, "the generator makes bad rosters")
        #expect(try cli.run(["doctor"]).status == 0)
    }

    @Test("Generated activity files (with long fields among them): imported whole or refused whole with file and line; no signal, no hang")
    func activityFiles() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Marieke Mentor", "--external-id", "100300", "--school", "12AB"])
        try cli.ok(["role", "add", "100300", "mentor", "--since", "2025-08-01"])
        var base = "external_id;date;duration;kind;title;competences;domains;budget;verified_by\n"
        for index in 0..<12 {
            base += "100234;\(index + 1)-10-2026;\(["45m", "60", "1,5u", "2u"][index % 4]);\(["cursus", "intervisie", "lesbezoek"][index % 3]);Activiteit \(index);sbl-2006:pedagogisch|interpersoonlijk;primair-proces;cao-po-professionalisering;\(index % 3 == 0 ? "100300" : "")\n"
        }
        var random = SeededGenerator(seed: 2102)
        var refused = 0
        for index in 0..<Self.cases {
            let path = cli.folder + "/activiteiten-\(index % 4).csv"
            try Data(Self.mutate(Array(base.utf8), &random, inserts: Self.csvInserts)).write(to: URL(fileURLWithPath: path))
            let before = try Self.state(cli.db)
            let outcome = try Self.run(["import", "activities", path, "--format", "json", "--db", cli.db], in: cli.folder)
            Self.checkImport(outcome, file: path, before: before, after: try Self.state(cli.db), case: index)
            if outcome.status != 0 { refused += 1 }
        }
        #expect(refused > Self.cases / 4)
        #expect(try cli.run(["doctor"]).status == 0)
    }

    static let yamlInserts: [[UInt8]] = [
        ":", "-", "[", "]", "{", "}", "\"", "'", "\n", "  ", "#", "&a ", "*a", "id: x\n", "\t", "0", "null", "é", "? ", "|\n", ">-\n", "!!str ",
        "id: 123", "id: true", "retrieved: 2026-99-99", "url: javascript:x", "note: [[1]]", "\u{01}", "%YAML 1.1\n", "---\n", "...\n",
    ].map { Array($0.utf8) } + [[0xE9], [0xFF, 0xFE], Array(String(repeating: "[", count: 200).utf8), [UInt8](repeating: UInt8(ascii: "x"), count: 70_000)]

    @Test("Generated profile files: valid or refused with every issue naming the file and (but for an empty file) the line; no signal, no hang")
    func profileFiles() throws {
        let cli = try CLI()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
        let bases = try ["frameworks/sbl-2006.yaml", "rules/brlo.yaml", "crosswalks/sbl-2006--bekwaamheidseisen-2017-po.yaml", "instruments/icalt.yaml"]
            .map { try Data(contentsOf: URL(fileURLWithPath: root + "/profiles/" + $0)) }
        var random = SeededGenerator(seed: 2103)
        var refused = 0
        for index in 0..<Self.cases {
            let path = cli.folder + "/eigen-\(index % 4).yaml"
            try Data(Self.mutate(Array(bases[index % bases.count]), &random, inserts: Self.yamlInserts)).write(to: URL(fileURLWithPath: path))
            let outcome = try Self.run(["profiles", "validate", path, "--format", "json"], in: cli.folder)
            let label = "case \(index): \(outcome.stdout.prefix(400))"
            #expect(!outcome.signal, "a signal: \(label)")
            #expect(outcome.seconds < Self.timeBound, "ran \(outcome.seconds) s: \(label)")
            #expect([0, 65].contains(outcome.status), "exit \(outcome.status): \(label) \(outcome.stderr.prefix(300))")
            guard outcome.status == 65 else { continue }
            refused += 1
            let issues = ((try? json(outcome.stdout)) as? [String: Any])?["issues"] as? [[String: Any]] ?? []
            #expect(!issues.isEmpty, "refused without issues: \(label)")
            // A mutant names the file it is; what it breaks elsewhere (a shipped crosswalk that now misses an item) names that file.
            #expect(issues.allSatisfy { !($0["file"] as? String ?? "").isEmpty }, "an issue without a file: \(label)")
            #expect(issues.contains { $0["file"] as? String == path } || issues.allSatisfy { ($0["file"] as? String ?? "").hasPrefix(root + "/profiles/") },
                    "an issue names neither the file nor a shipped one: \(label)")
            #expect(issues.filter { $0["file"] as? String == path }.allSatisfy { $0["line"] is Int || ($0["message"] as? String) == "the file is empty" },
                    "an issue without a line: \(label)")
        }
        #expect(refused > Self.cases / 4)
    }

    @Test("Generated scores files (CSV and YAML): recorded or refused with the file; no signal, no hang; a refusal writes nothing")
    func scoresFiles() throws {
        let (cli, profiles) = try CLI.withObservers()
        let bases = [Array("item,score\nk1,2\nk2,2\no1,2\no2,1\ni1,1,i1a=no\ni2,1\n".utf8),
                     Array("scores:\n  - {item: k1, score: 3}\n  - {item: k2, score: 3}\n  - {item: o1, score: 3}\n  - {item: o2, score: 2}\n  - {item: i1, score: 2, indicators: {i1a: yes}}\n  - {item: i2, score: 1}\n".utf8)]
        var random = SeededGenerator(seed: 2104)
        var refused = 0
        for index in 0..<Self.cases {
            let yaml = index % 2 == 1
            let path = cli.folder + "/scores-\(index % 4)." + (yaml ? "yaml" : "csv")
            try Data(Self.mutate(bases[index % 2], &random, inserts: yaml ? Self.yamlInserts : Self.csvInserts)).write(to: URL(fileURLWithPath: path))
            let before = try Self.state(cli.db)
            let outcome = try Self.run(["observe", "sanne", "--by", "karin", "--date", "2026-10-0\(index % 9 + 1)", "--scores", path,
                                        "--instrument", "partnerschap-observatie", "--profiles", profiles, "--db", cli.db], in: cli.folder)
            let after = try Self.state(cli.db)
            let label = "case \(index): \(outcome.stderr.prefix(300))"
            #expect(!outcome.signal, "a signal: \(label)")
            #expect(outcome.seconds < Self.timeBound, "ran \(outcome.seconds) s: \(label)")
            #expect([0, 65, 66, 74].contains(outcome.status), "exit \(outcome.status): \(label)")
            #expect(after.sound)
            guard outcome.status != 0 else { continue }
            refused += 1
            #expect(after.counts == before.counts, "a refusal wrote rows: \(label)")
            #expect(outcome.stderr.contains(PathName.lastComponent(of: path)), "the message names no file: \(label)")
        }
        #expect(refused > Self.cases / 4)
    }

    static let commands: [[String]] = [
        ["init"], ["log", "sanne", "ARG", "cursus", "ARG"], ["log", "ARG", "90m", "ARG", "Titel"], ["activities", "list"], ["activities", "edit", "ARG", "--title", "ARG"],
        ["progress", "ARG"], ["coverage", "ARG"], ["report"], ["report", "--html", "ARG"], ["portfolio", "ARG", "--html", "ARG"], ["dossier", "ARG", "--out", "ARG"],
        ["verify", "ARG", "--by", "ARG"], ["import", "people", "ARG"], ["import", "activities", "ARG"], ["person", "add", "ARG", "--external-id", "ARG"],
        ["person", "show", "ARG"], ["person", "export", "ARG", "--out", "ARG"], ["phase", "set", "ARG", "starter", "--since", "ARG"],
        ["role", "add", "ARG", "mentor", "--since", "ARG"], ["employment", "add", "ARG", "--board", "ARG", "--fte", "ARG", "--since", "ARG"],
        ["org", "add-board", "ARG", "--code", "ARG"], ["org", "add-school", "ARG", "--code", "ARG", "--board", "ARG"], ["kinds"], ["profiles", "validate", "ARG"],
        ["backup", "ARG"], ["doctor"], ["line", "ARG"], ["registration", "ARG"], ["observations", "ARG"], ["session", "add", "ARG"],
    ]
    static let values = ["x", ".", "..", "/", "", " ", "é", "Zoë 's map", "-", "--", "--db", "0", "-1", "99999999999999999999", "2026-99-99", "31-2-2026",
                         "vandaag", "1,5u", "0u", "1000u", "sanne", "100234", "%s%n", "$(rm -rf /)", "../../etc/passwd", "\u{7}", "a\nb",
                         String(repeating: "x", count: 70_000), String(repeating: "€", count: 5000), "nl", "--lang", "--format", "json", "csv", "table"]

    @Test("Generated command lines: every one exits with a documented code and a message, never a signal or a fault; a failed one writes nothing")
    func commandLines() throws {
        let cli = try CLI.withSanne()
        var random = SeededGenerator(seed: 2105)
        for index in 0..<Self.cases {
            var arguments = Self.commands.randomElement(using: &random)!.map { $0 == "ARG" ? Self.values.randomElement(using: &random)! : $0 }
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                arguments.insert(Self.values.randomElement(using: &random)!, at: Int.random(in: 0...arguments.count, using: &random))
            }
            if Bool.random(using: &random) { arguments += ["--format", ["json", "csv", "table"].randomElement(using: &random)!] }
            let before = try Self.state(cli.db)
            let outcome = try Self.run(arguments + ["--db", cli.db], in: cli.folder)
            let after = try Self.state(cli.db)
            let label = "case \(index) \(arguments.map { String($0.prefix(30)) }): \(outcome.stderr.prefix(300))"
            #expect(!outcome.signal, "a signal: \(label)")
            #expect(outcome.seconds < Self.timeBound, "ran \(outcome.seconds) s: \(label)")
            #expect([0, 64, 65, 66, 74].contains(outcome.status), "exit \(outcome.status): \(label)")
            #expect(after.sound, "the database is not sound after \(label)")
            if outcome.status != 0 {
                // The message is on standard error (profiles validate and doctor print their findings on standard output).
                #expect(!(outcome.stderr.isEmpty && outcome.stdout.isEmpty), "no message: \(label)")
                #expect(after.counts == before.counts, "a failed command wrote rows: \(label)")
            }
        }
        #expect(try cli.run(["doctor"]).status == 0)
    }
}
