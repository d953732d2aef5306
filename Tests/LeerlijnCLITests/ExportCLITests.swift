import Foundation
import GRDB
import Testing
import LeerlijnCore

@Suite("Export to a real LRS (Ralph) on loopback", .serialized, .enabled(if: RalphLRS.available, "Ralph is not installed: run scripts/lrs/install-ralph.sh"))
struct ExportCLITests {
    /// The verbs exports/lrs.yaml maps the kinds onto, written out here so that a changed mapping fails the test.
    static let verbs: [String: String] = {
        let attended = "http://adlnet.gov/expapi/verbs/attended", interacted = "http://adlnet.gov/expapi/verbs/interacted"
        var verbs: [String: String] = [:]
        for kind in ["cursus", "studiedag", "conferentie", "opleidersdag", "mentorentraining", "plg", "intervisie", "ontwerpatelier", "onderzoekswerkplaats"] { verbs[kind] = attended }
        for kind in ["lesbezoek", "begeleidingsgesprek", "coaching"] { verbs[kind] = interacted }
        return verbs
    }()

    @Test("The demo exports as one statement per activity with the right actor, verb, duration and competences; again sends nothing")
    func exportDemo() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let first = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: lrs.environment())) as! [String: Any]
        let activities = try DatabaseQueue(path: cli.db).read { db in
            try Row.fetchAll(db, sql: "SELECT a.id, a.person_id, a.minutes, a.kind, p.email, group_concat(i.framework || ':' || i.item) AS items FROM activity a JOIN person p ON p.id = a.person_id LEFT JOIN activity_item i ON i.activity_id = a.id AND i.kind = 'competence' GROUP BY a.id")
        }
        #expect(first["sent"] as? Int == activities.count)
        #expect(first["pending"] as? Int == 0)
        let statements = try lrs.statements()
        #expect(statements.count == activities.count)
        #expect(Set(statements.map { $0["id"] as! String }).count == activities.count)
        let byObject = Dictionary(uniqueKeysWithValues: statements.map { (($0["object"] as! [String: Any])["id"] as! String, $0) })
        for row in activities {
            let id: String = row["id"]
            let statement = try #require(byObject["https://leerlijn.example/activities/\(id)"])
            // The person's account (base, stable id), never the email.
            let actor = statement["actor"] as? [String: Any]
            #expect(actor?["mbox"] == nil)
            #expect(actor?["account"] as? [String: String] == ["homePage": "https://leerlijn.example", "name": row["person_id"] as String])
            let minutes: Int = row["minutes"]
            let hours = minutes / 60, rest = minutes % 60
            #expect((statement["result"] as? [String: Any])?["duration"] as? String == "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : ""))
            // The verb of the kind as exports/lrs.yaml maps it (experienced for a kind it does not list), with the
            // one display of that verb; the kind itself is the object's type.
            let kind: String = row["kind"]
            let verb = statement["verb"] as? [String: Any]
            let expected = Self.verbs[kind] ?? "http://adlnet.gov/expapi/verbs/experienced"
            #expect(verb?["id"] as? String == expected, "the verb of \(kind)")
            #expect((verb?["display"] as? [String: String])?["en-US"] == expected.split(separator: "/").last.map(String.init))
            #expect(((statement["object"] as? [String: Any])?["definition"] as? [String: Any])?["type"] as? String
                    == "https://leerlijn.example/xapi/activity-types/\(kind)")
            if let items = row["items"] as String? {
                let sent = ((statement["context"] as? [String: Any])?["extensions"] as? [String: Any])?["https://leerlijn.example/xapi/extensions/competences"] as? [String]
                #expect(Set(sent ?? []) == Set(items.split(separator: ",").map(String.init)))
            }
        }
        let again = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: lrs.environment())) as! [String: Any]
        #expect(again["queued"] as? Int == 0 && again["sent"] as? Int == 0)
        #expect(try lrs.statements().count == activities.count)
    }

    @Test("Editing and then deleting activities leads to voiding statements in the LRS; dry-run prints payloads and sends nothing")
    func voiding() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let cli = try CLI.withSanne()
        let one = try json(try cli.ok(["log", "sanne", "1u", "cursus", "Eerste", "--format", "json"])) as! [String: Any]
        let two = try json(try cli.ok(["log", "sanne", "2u", "intervisie", "Tweede", "--format", "json"])) as! [String: Any]
        try cli.ok(["export", "--register", "lrs"], environment: lrs.environment())
        let before = Dictionary(uniqueKeysWithValues: try lrs.statements().map { (($0["object"] as! [String: Any])["id"] as! String, $0["id"] as! String) })
        let oneID = one["id"] as! String, twoID = two["id"] as! String
        try cli.ok(["activities", "edit", oneID, "--duration", "1u30"])
        try cli.ok(["activities", "delete", twoID])
        let dryRun = try cli.ok(["export", "--register", "lrs", "--dry-run"], environment: lrs.environment())
        #expect(dryRun.contains("http://adlnet.gov/expapi/verbs/voided") && dryRun.contains("PT1H30M"))
        #expect(try lrs.statements().count == 2)   // nothing sent by the dry run
        try cli.ok(["export", "--register", "lrs"], environment: lrs.environment())
        // Ralph 5.1.0 stores voiding statements but does not apply them (docs/lrs-notes.md), so the test reads the
        // voiding statements themselves: one per old statement, pointing at it.
        let after = try lrs.statements()
        let voided = Set(after.filter { ($0["verb"] as? [String: Any])?["id"] as? String == "http://adlnet.gov/expapi/verbs/voided" }
            .compactMap { ($0["object"] as? [String: Any])?["id"] as? String })
        for object in [oneID, twoID] {
            let old = try #require(before["https://leerlijn.example/activities/\(object)"])
            #expect(voided.contains(old), "the old statement of \(object) is voided")
        }
        #expect(voided.count == 2)
        // What is left once the voided ones are set aside: the edited activity's new statement only.
        let active = after.filter { ($0["verb"] as? [String: Any])?["id"] as? String != "http://adlnet.gov/expapi/verbs/voided" && !voided.contains($0["id"] as! String) }
        #expect(active.count == 1)
        #expect((active.first?["result"] as? [String: Any])?["duration"] as? String == "PT1H30M")
    }

    @Test("A wrong password names the register and the HTTP status, writes nothing (issue 21: a failed command writes nothing), and the next run sends the record")
    func wrongPassword() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        let result = try cli.run(["export", "--register", "lrs"], environment: lrs.environment(password: "fout"))
        #expect(result.status == 74)
        #expect(result.stderr.contains("lrs") && result.stderr.contains("401"))
        #expect(!result.stderr.contains("fout"))   // the secret is never printed
        // Nothing of the failed run stays behind (no flight, no outbox record): the statement is still unsent, so the
        // next run streams it.
        let status = try json(try cli.ok(["export", "status", "--format", "json"])) as! [[String: Any]]
        #expect(status.allSatisfy { ($0["pending"] as? Int ?? 0) == 0 && ($0["failed"] as? Int ?? 0) == 0 }, "\(status)")
        try cli.ok(["export", "--register", "lrs"], environment: lrs.environment())
        #expect(try lrs.statements().count == 1)
    }

    @Test("Through a faulty server (500s, 429 with Retry-After, dropped connections, slow answers) every activity reaches the LRS exactly once")
    func faultyServer() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let proxy = try FaultyProxy(upstream: "http://127.0.0.1:\(lrs.port)", plan: ["500", "429", "drop", "lost", "slow", "500", "drop", "500", "500", "500", "429"])
        defer { proxy.stop() }
        let cli = try CLI.withSanne()
        // A register of our own with small batches and few attempts, so that some batches give up and a second run is needed.
        let exports = cli.folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let shipped = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/lrs.yaml").path, encoding: .utf8)
        try shipped.replacingOccurrences(of: "batchSize: 50", with: "batchSize: 5")
            .replacingOccurrences(of: "retry: {attempts: 6, initialDelay: 0.5, maxDelay: 30}", with: "retry: {attempts: 3, initialDelay: 0.2, maxDelay: 2}")
            .write(toFile: exports + "/lrs.yaml", atomically: true, encoding: .utf8)
        for index in 0..<30 { try cli.ok(["log", "sanne", "\(15 + index)m", "zelfstudie", "Lezen \(index)"]) }
        var environment = lrs.environment(endpoint: "http://127.0.0.1:\(proxy.port)/xAPI")
        environment["LEERLIJN_EXPORTS"] = exports
        var runs = 0
        while runs < 5 {
            runs += 1
            let report = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
            if report["pending"] as? Int == 0 { break }
        }
        let statements = try lrs.statements()
        #expect(statements.count == 30)
        #expect(Set(statements.map { $0["id"] as! String }).count == 30)
        #expect(Set(statements.map { (($0["object"] as! [String: Any])["id"] as! String) }).count == 30)
        let status = try json(try cli.ok(["export", "status", "--format", "json"])) as! [[String: Any]]
        #expect(status.first?["sent"] as? Int == 30 && status.first?["pending"] as? Int == 0)
    }
}

@Suite("Register secrets")
struct SecretsTests {
    @Test("A config file with mode 0644 holding a token is refused; with 0600 it is read; the secret is never printed")
    func configFileMode() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Cursus"])
        let config = cli.folder + "/registers.yaml"
        try "lrs:\n  username: leerlijn\n  password: geheim-wachtwoord-123\n".write(toFile: config, atomically: true, encoding: .utf8)
        chmod(config, 0o644)
        let refused = try cli.run(["export", "--register", "lrs", "--dry-run"], environment: ["LEERLIJN_CONFIG": config])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("644") && refused.stderr.contains("chmod 600"))
        #expect(!(refused.stdout + refused.stderr).contains("geheim-wachtwoord-123"))
        chmod(config, 0o600)
        let accepted = try cli.run(["export", "--register", "lrs", "--dry-run"], environment: ["LEERLIJN_CONFIG": config])
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("\"verb\""))
        #expect(!(accepted.stdout + accepted.stderr).contains("geheim-wachtwoord-123"))
        // Nothing of it is stored in the database either.
        let bytes = try Data(contentsOf: URL(fileURLWithPath: cli.db))
        #expect(bytes.range(of: Data("geheim-wachtwoord-123".utf8)) == nil)
    }
}

@Suite("A killed export resumes", .serialized, .enabled(if: RalphLRS.available, "Ralph is not installed: run scripts/lrs/install-ralph.sh"))
struct KilledExportTests {
    @Test("An export killed with SIGKILL at random moments, then resumed, gets every activity into the LRS exactly once")
    func killedExports() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        // Small batches so that a kill lands between batches as well as inside them.
        let exports = cli.folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/lrs.yaml").path, encoding: .utf8)
            .replacingOccurrences(of: "batchSize: 50", with: "batchSize: 10")
            .write(toFile: exports + "/lrs.yaml", atomically: true, encoding: .utf8)
        var environment = lrs.environment()
        environment["LEERLIJN_EXPORTS"] = exports
        environment["PATH"] = "/usr/bin:/bin"
        environment["HOME"] = cli.folder
        environment["LEERLIJN_TODAY"] = "2026-11-23"
        var random = SeededGenerator(seed: 11)
        for round in 0..<20 {
            // Add an activity and edit another now and then, so there is always something to send or void.
            if round % 3 == 0 { try cli.ok(["log", "sanne", "\(10 + round)m", "zelfstudie", "Ronde \(round)"]) }
            let arguments = [CLI.executable.path, "export", "--register", "lrs", "--db", cli.db]
            let pid = try #require(RalphLRS.spawn(["/usr/bin/env"] + environment.map { "\($0.key)=\($0.value)" } + arguments))
            Thread.sleep(forTimeInterval: Double(Int.random(in: 0...40, using: &random)) / 100)
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            let integrity = try DatabaseQueue(path: cli.db).read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
            #expect(integrity == "ok")
        }
        // Resume until nothing is pending.
        for _ in 0..<3 {
            let report = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: ["LEERLIJN_EXPORTS": exports].merging(lrs.environment()) { $1 })) as! [String: Any]
            if report["pending"] as? Int == 0 { break }
        }
        let activities = try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity")! }
        let statements = try lrs.statements().filter { ($0["verb"] as? [String: Any])?["id"] as? String != "http://adlnet.gov/expapi/verbs/voided" }
        // Every activity exactly once: one statement per activity object, no id twice.
        #expect(Set(statements.map { $0["id"] as! String }).count == statements.count)
        #expect(Set(statements.map { (($0["object"] as! [String: Any])["id"] as! String) }).count == activities)
        #expect(statements.count == activities)
    }
}
