import Foundation
import GRDB
import LeerlijnCore
import Testing

/// What the xAPI conformance tests share: a register copy with few attempts, what the LRS holds live, the validators.
enum XAPITesting {
    static let voided = "http://adlnet.gov/expapi/verbs/voided"

    /// A copy of exports/lrs.yaml in the test's folder with `retry: {attempts: 2}` (and short waits), as issue 18 says.
    static func registerCopy(_ cli: CLI) throws -> String {
        let exports = cli.folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let shipped = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/lrs.yaml").path, encoding: .utf8)
        let copy = shipped.replacingOccurrences(of: "retry: {attempts: 6, initialDelay: 0.5, maxDelay: 30}", with: "retry: {attempts: 2, initialDelay: 0.1, maxDelay: 0.5}")
        #expect(copy != shipped)
        try copy.write(toFile: exports + "/lrs.yaml", atomically: true, encoding: .utf8)
        return exports
    }

    /// Every current (not deleted) activity is live in the LRS exactly once, with the statement of its current
    /// revision; no other statement is live; and the export's status shows nothing pending and nothing failed.
    /// Sanne with three activities, exported to `lrs` with the register copy of ``registerCopy(_:)`` (two attempts);
    /// returns the CLI and the environment that exports there.
    static func threeExported(to lrs: RalphLRS) throws -> (CLI, [String: String]) {
        let cli = try CLI.withSanne()
        for index in 0..<3 { try cli.ok(["log", "sanne", "\(30 + index)m", "cursus", "Cursus \(index)"]) }
        var environment = lrs.environment()
        environment["LEERLIJN_EXPORTS"] = try registerCopy(cli)
        try cli.ok(["export", "--register", "lrs"], environment: environment)
        return (cli, environment)
    }

    static func expectEveryActivityLiveOnce(_ cli: CLI, _ lrs: RalphLRS, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let activities = try DatabaseQueue(path: cli.db).read { db in
            try Row.fetchAll(db, sql: "SELECT id, revision FROM activity WHERE deleted_at IS NULL")
        }
        let statements = try lrs.statements()
        // Ralph 5.1 stores voiding statements but does not apply them (docs/lrs-notes.md): apply them here.
        func isVoid(_ statement: [String: Any]) -> Bool { (statement["verb"] as? [String: Any])?["id"] as? String == Self.voided }
        let voidedIDs = Set(statements.filter(isVoid).compactMap { ($0["object"] as? [String: Any])?["id"] as? String })
        let live = statements.filter { !isVoid($0) && !voidedIDs.contains($0["id"] as? String ?? "") }
        let byObject = Dictionary(grouping: live) { (($0["object"] as? [String: Any])?["id"] as? String) ?? "" }
        for row in activities {
            let id: String = row["id"]
            let revision: Int = row["revision"]
            let copies = byObject["https://leerlijn.example/activities/\(id)"] ?? []
            let count = copies.count
            #expect(count == 1, "activity \(id) is live \(count) times", sourceLocation: sourceLocation)
            let expected: String? = ActivityID(id).map { XAPIStatement.statementID(activity: $0, revision: revision).uuidString.lowercased() }
            let liveID: String? = copies.first?["id"] as? String
            #expect(liveID == expected, "activity \(id) is live at its current revision", sourceLocation: sourceLocation)
        }
        #expect(live.count == activities.count, sourceLocation: sourceLocation)
        let status = try json(try cli.ok(["export", "status", "--format", "json"])) as! [[String: Any]]
        #expect(status.first?["failed"] as? Int == 0, "nothing failed: \(status)", sourceLocation: sourceLocation)
        #expect(status.first?["pending"] as? Int == 0, "nothing pending: \(status)", sourceLocation: sourceLocation)
    }

    /// Edits the first activity (a new revision: its old statement is to be voided) and logs a new one.
    static func editOneAndLogOne(_ cli: CLI) throws -> (edited: String, old: UUID) {
        let row = try DatabaseQueue(path: cli.db).read { db in try Row.fetchOne(db, sql: "SELECT id, revision FROM activity WHERE deleted_at IS NULL ORDER BY id LIMIT 1")! }
        let id: String = row["id"]
        try cli.ok(["activities", "edit", id, "--duration", "1u35"])
        try cli.ok(["log", "sanne", "50m", "intervisie", "Nieuwe intervisie"])
        return (id, XAPIStatement.statementID(activity: ActivityID(id)!, revision: row["revision"]))
    }

    /// Waits until the LRS holds a statement with this id (at most `seconds`).
    static func waitUntilHeld(_ lrs: RalphLRS, _ id: String, seconds: Double = 20) throws -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try lrs.get("/xAPI/statements?statementId=\(id)").0 == 200 { return true }
            Thread.sleep(forTimeInterval: 0.1)
        }
        return false
    }
}

@Suite("xAPI: no statement lost after a lost answer", .serialized, .enabled(if: RalphLRS.available, "Ralph is not installed: run scripts/lrs/install-ralph.sh"))
struct XAPILostAnswerTests {
    @Test("Issue 18's reproduction: after an edit and a new activity, an export through drop,lost×7 with 2 attempts, then a direct one, leaves every current activity live exactly once and nothing failed")
    func lostAnswers() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let (cli, environment) = try XAPITesting.threeExported(to: lrs)
        _ = try XAPITesting.editOneAndLogOne(cli)
        let proxy = try FaultyProxy(upstream: "http://127.0.0.1:\(lrs.port)", plan: ["drop", "lost", "lost", "lost", "lost", "lost", "lost", "lost"])
        defer { proxy.stop() }
        var throughProxy = environment
        throughProxy["LEERLIJN_LRS_ENDPOINT"] = "http://127.0.0.1:\(proxy.port)/xAPI"
        let faulty = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: throughProxy)) as! [String: Any]
        #expect(faulty["pending"] as? Int == 3 && faulty["failed"] as? Int == 0, "the void, the new revision and the new activity wait: \(faulty)")
        let direct = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(direct["sent"] as? Int == 3 && direct["failed"] as? Int == 0, "\(direct)")
        try XAPITesting.expectEveryActivityLiveOnce(cli, lrs)
    }

    @Test("A batch the LRS answers 409 for (it holds a void as an older Leerlijn sent it, stamped by the LRS) is resolved: the others are sent again, nothing is failed")
    func batchConflict() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let (cli, environment) = try XAPITesting.threeExported(to: lrs)
        let (_, old) = try XAPITesting.editOneAndLogOne(cli)
        // The void as Leerlijn sent it before voids had a timestamp of their own: Ralph stamps one, so the void
        // Leerlijn sends now is "different" and the whole batch that carries it is answered 409.
        let voidID = XAPIStatement.voidingID(of: old).uuidString.lowercased()
        let person = try DatabaseQueue(path: cli.db).read { db in try String.fetchOne(db, sql: "SELECT id FROM person LIMIT 1")! }
        let oldVoid = """
            {"id":"\(voidID)","actor":{"objectType":"Agent","account":{"homePage":"https://leerlijn.example","name":"\(person)"}},
             "verb":{"id":"\(XAPITesting.voided)","display":{"en-US":"voided"}},"object":{"objectType":"StatementRef","id":"\(old.uuidString.lowercased())"}}
            """
        #expect(try lrs.post(oldVoid) == 200)
        // Everything goes to the outbox (all answers lost), then one direct export sends the three in one batch.
        let proxy = try FaultyProxy(upstream: "http://127.0.0.1:\(lrs.port)", plan: Array(repeating: "lost", count: 8))
        defer { proxy.stop() }
        var throughProxy = environment
        throughProxy["LEERLIJN_LRS_ENDPOINT"] = "http://127.0.0.1:\(proxy.port)/xAPI"
        try cli.ok(["export", "--register", "lrs"], environment: throughProxy)
        let direct = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(direct["failed"] as? Int == 0, "\(direct)")
        try XAPITesting.expectEveryActivityLiveOnce(cli, lrs)
    }

    @Test("An export killed with SIGKILL after the LRS stored a batch and before its answer was recorded resumes with every current activity live exactly once and nothing failed")
    func killedBetweenSendingAndRecording() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let (cli, environment) = try XAPITesting.threeExported(to: lrs)
        _ = try XAPITesting.editOneAndLogOne(cli)
        // Lost answers first, so that the void, the new revision and the new activity wait in the outbox together.
        let lossy = try FaultyProxy(upstream: "http://127.0.0.1:\(lrs.port)", plan: ["drop", "lost", "lost", "lost", "lost", "lost", "lost", "lost"])
        var throughProxy = environment
        throughProxy["LEERLIJN_LRS_ENDPOINT"] = "http://127.0.0.1:\(lossy.port)/xAPI"
        try cli.ok(["export", "--register", "lrs"], environment: throughProxy)
        lossy.stop()
        // Then a run whose batch the LRS stores while the answer is held back: killed before it learns the answer.
        let newest = try DatabaseQueue(path: cli.db).read { db in
            try Row.fetchOne(db, sql: "SELECT id, revision FROM activity ORDER BY created_at DESC, id DESC LIMIT 1")!
        }
        let newestStatement = XAPIStatement.statementID(activity: ActivityID(newest["id"] as String)!, revision: newest["revision"]).uuidString.lowercased()
        let holding = try FaultyProxy(upstream: "http://127.0.0.1:\(lrs.port)", plan: ["hang"])
        defer { holding.stop() }
        var killed = environment
        killed["LEERLIJN_LRS_ENDPOINT"] = "http://127.0.0.1:\(holding.port)/xAPI"
        killed["PATH"] = "/usr/bin:/bin"
        killed["HOME"] = cli.folder
        killed["LEERLIJN_TODAY"] = "2026-11-23"
        let pid = try #require(RalphLRS.spawn(["/usr/bin/env"] + killed.map { "\($0.key)=\($0.value)" } + [CLI.executable.path, "export", "--register", "lrs", "--db", cli.db]))
        let held = try XAPITesting.waitUntilHeld(lrs, newestStatement)
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        #expect(held, "the LRS stored the batch before the kill")
        let resumed = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(resumed["failed"] as? Int == 0 && resumed["pending"] as? Int == 0, "\(resumed)")
        try XAPITesting.expectEveryActivityLiveOnce(cli, lrs)
    }
}

/// True when the validators of scripts/xapi are installed (CI requires them with the LRS).
private let validatorsAvailable = RalphLRS.available
    && (FileManager.default.isExecutableFile(atPath: RalphLRS.root.appendingPathComponent(".venv-xapi/bin/python").path)
        || ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_LRS"] == "1")

@Suite("xAPI: the demo's statements read right in registers", .serialized,
       .enabled(if: validatorsAvailable, "run scripts/lrs/install-ralph.sh and scripts/xapi/install-validators.sh"))
struct XAPIConformanceTests {
    /// The statements an export would send now (a dry run), parsed.
    static func payloads(_ cli: CLI, _ environment: [String: String]) throws -> [[String: Any]] {
        try cli.ok(["export", "--register", "lrs", "--dry-run"], environment: environment).split(separator: "\n").map { try json(String($0)) as! [String: Any] }
    }

    /// Runs scripts/xapi/check_statements.py with a venv's Python; its problems (empty when all pass).
    static func check(_ statements: [[String: Any]], venv: String, _ arguments: [String]) throws -> [String] {
        let file = NSTemporaryDirectory() + "leerlijn-statements-\(UUID().uuidString).json"
        try JSONSerialization.data(withJSONObject: statements).write(to: URL(fileURLWithPath: file))
        defer { try? FileManager.default.removeItem(atPath: file) }
        let output = NSTemporaryDirectory() + "leerlijn-check-\(UUID().uuidString).json"
        defer { try? FileManager.default.removeItem(atPath: output) }
        let python = RalphLRS.root.appendingPathComponent("\(venv)/bin/python").path
        let script = RalphLRS.root.appendingPathComponent("scripts/xapi/check_statements.py").path
        _ = RalphLRS.run(["/bin/bash", "-c", "\"$0\" \"$@\" >\"\(output)\" 2>&1 </dev/null", python, script, "--statements", file] + arguments)
        let text = try String(contentsOfFile: output, encoding: .utf8)
        guard let report = try? json(text) as? [String: Any], report["checked"] as? Int == statements.count else { return ["the check did not run: \(text)"] }
        return report["problems"] as? [String] ?? ["no problems list: \(text)"]
    }

    @Test("Every statement of the demo, voids included, passes Ralph's models and ADL's tincan parser, has no timestamp later than the moment of sending and matches a template of the profile, which parses as JSON-LD")
    func validators() throws {
        let lrs = try RalphLRS()
        defer { lrs.stop() }
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let environment = lrs.environment()
        let sending = XAPIStatement.timestamp(Date())
        var statements = try Self.payloads(cli, environment)
        #expect(statements.count > 300)
        let first = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(first["sent"] as? Int == statements.count && first["failed"] as? Int == 0)
        // Edits and a deletion: voids and new revisions.
        let ids = try DatabaseQueue(path: cli.db).read { db in try String.fetchAll(db, sql: "SELECT id FROM activity ORDER BY id LIMIT 2") }
        try cli.ok(["activities", "edit", ids[0], "--duration", "1u10"])
        try cli.ok(["activities", "delete", ids[1]])
        let second = try Self.payloads(cli, environment)
        // The voids are stamped when they are queued (here, by the dry run): they would be sent after it.
        let later = XAPIStatement.timestamp(Date())
        #expect(second.filter { ($0["verb"] as? [String: Any])?["id"] as? String == XAPITesting.voided }.count == 2)
        statements += second
        #expect(try Self.check(statements, venv: ".venv-lrs", ["--ralph", "--sent-at", later]) == [])
        #expect(try Self.check(Array(statements.prefix(statements.count - second.count)), venv: ".venv-lrs", ["--sent-at", sending]) == [])
        #expect(try Self.check(statements, venv: ".venv-xapi", ["--tincan", "--profile", RalphLRS.root.appendingPathComponent("exports/xapi-profile.jsonld").path]) == [])
        // The checks can fail: a statement from the future, and one Ralph's models refuse.
        var future = statements[0]
        future["timestamp"] = "2999-01-01T00:00:00Z"
        #expect(try Self.check([future], venv: ".venv-lrs", ["--sent-at", sending]).count == 1)
        var broken = statements[0]
        broken["verb"] = ["id": "not an IRI"]
        #expect(try Self.check([broken], venv: ".venv-lrs", ["--ralph"]).count == 1)
        #expect(try Self.check([broken.merging(["bogus": 1]) { $1 }], venv: ".venv-xapi", ["--tincan"]).count == 1)
        let third = try json(try cli.ok(["export", "--register", "lrs", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(third["failed"] as? Int == 0 && third["pending"] as? Int == 0)
        try Self.expectTemplates(statements)
    }

    /// Every statement matches exactly one template of exports/xapi-profile.jsonld: its verb, its object's type, its
    /// category (the kind and the profile version).
    static func expectTemplates(_ statements: [[String: Any]]) throws {
        let profile = try json(String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/xapi-profile.jsonld").path, encoding: .utf8)) as! [String: Any]
        let templates = profile["templates"] as! [[String: Any]]
        var used: Set<String> = []
        for statement in statements {
            let matching = templates.filter { XAPIProfileMatch.matches(statement, $0) }
            #expect(matching.count == 1, "statement \(statement["id"] ?? "") with verb \(String(describing: statement["verb"])) matches \(matching.count) templates")
            if let id = matching.first?["id"] as? String { used.insert(id) }
        }
        #expect(used.contains("https://leerlijn.example/xapi/profile/templates/void"))
        #expect(used.count > 5)
        // The matcher can fail: another verb, another type, a missing category.
        var wrongVerb = statements[0]
        wrongVerb["verb"] = ["id": "http://adlnet.gov/expapi/verbs/completed"]
        #expect(!templates.contains { XAPIProfileMatch.matches(wrongVerb, $0) })
        var wrongType = statements[0]
        var object = wrongType["object"] as! [String: Any]
        object["definition"] = ["type": "http://adlnet.gov/expapi/activities/meeting"]
        wrongType["object"] = object
        #expect(!templates.contains { XAPIProfileMatch.matches(wrongType, $0) })
        var noCategory = statements[0]
        var context = noCategory["context"] as! [String: Any]
        context["contextActivities"] = [:] as [String: Any]
        noCategory["context"] = context
        #expect(!templates.contains { XAPIProfileMatch.matches(noCategory, $0) })
    }

    @Test("exports/xapi-profile.jsonld is what `leerlijn export profile` writes for the placeholder base and the built-in kinds; the base is a setting, and export warns about the placeholder")
    func shippedProfile() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let written = try cli.run(["export", "profile"])
        #expect(written.status == 0)
        let shipped = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/xapi-profile.jsonld").path, encoding: .utf8)
        #expect(written.stdout == shipped)
        #expect(written.stderr.contains("placeholder https://leerlijn.example"))
        let own = try cli.run(["export", "profile"], environment: ["LEERLIJN_XAPI_BASE": "https://leerlijn.pabo-twente.nl/"])
        #expect(own.stderr.isEmpty)
        #expect(own.stdout.contains("\"https://leerlijn.pabo-twente.nl/xapi/profile/v1\"") && !own.stdout.contains("leerlijn.example"))
    }
}

/// Whether a statement matches a statement template of an xAPI Profile: the properties Leerlijn's templates use
/// (verb, objectActivityType, objectStatementRefTemplate, contextCategoryActivityType) and their rules on JSONPath
/// locations of the forms `$.a.b` and `$.a.b[*].c` (presence `included`; `any`, `all`, `none`).
enum XAPIProfileMatch {
    static func values(_ statement: Any, _ location: String) -> [Any] {
        var current: [Any] = [statement]
        for part in location.dropFirst(2).split(separator: ".") {
            let star = part.hasSuffix("[*]")
            let key = star ? String(part.dropLast(3)) : String(part)
            current = current.compactMap { ($0 as? [String: Any])?[key] }
            if star { current = current.flatMap { $0 as? [Any] ?? [] } }
        }
        return current
    }

    static func matches(_ statement: [String: Any], _ template: [String: Any]) -> Bool {
        if let verb = template["verb"] as? String, values(statement, "$.verb.id").first as? String != verb { return false }
        if let type = template["objectActivityType"] as? String, values(statement, "$.object.definition.type").first as? String != type { return false }
        if template["objectStatementRefTemplate"] != nil, values(statement, "$.object.objectType").first as? String != "StatementRef" { return false }
        if let types = template["contextCategoryActivityType"] as? [String] {
            let present = Set(values(statement, "$.context.contextActivities.category[*].definition.type").compactMap { $0 as? String })
            if !Set(types).isSubset(of: present) { return false }
        }
        for rule in template["rules"] as? [[String: Any]] ?? [] {
            let found = values(statement, rule["location"] as! String).compactMap { $0 as? String }
            if rule["presence"] as? String == "included" && found.isEmpty { return false }
            if let any = rule["any"] as? [String], rule["presence"] as? String != "recommended" || !found.isEmpty, !found.contains(where: any.contains) { return false }
            if let all = rule["all"] as? [String], !found.allSatisfy(all.contains) { return false }
            if let none = rule["none"] as? [String], found.contains(where: none.contains) { return false }
        }
        return true
    }
}

@Suite("xAPI: context of the demo's statements")
struct XAPIContextTests {
    @Test("Each statement names the school, board and partnership of the person's membership that day, the person who signed it off, and its session")
    func context() throws {
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let statements = try cli.ok(["export", "--register", "lrs", "--dry-run"]).split(separator: "\n").map { try json(String($0)) as! [String: Any] }
        let rows = try DatabaseQueue(path: cli.db).read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.session_id, v.verified_by,
                       (SELECT s.brin || IFNULL(s.vestiging, '') || ' ' || b.code || ' ' || IFNULL(p.code, '')
                        FROM membership m JOIN school s ON s.id = m.school_id JOIN board b ON b.id = s.board_id
                        LEFT JOIN partnership p ON p.id = b.partnership_id
                        WHERE m.person_id = a.person_id AND m.since <= a.date AND (m.until IS NULL OR m.until >= a.date)
                        ORDER BY m.since DESC, m.id DESC LIMIT 1) AS organisation
                FROM activity a LEFT JOIN verification v ON v.activity_id = a.id WHERE a.deleted_at IS NULL
                """)
        }
        let byObject = Dictionary(uniqueKeysWithValues: statements.map { ((($0["object"] as? [String: Any])?["id"] as? String) ?? "", $0) })
        var grouped = 0, instructed = 0, parented = 0
        for row in rows {
            let statement = try #require(byObject["https://leerlijn.example/activities/\(row["id"] as String)"])
            let context = statement["context"] as? [String: Any]
            let activities = context?["contextActivities"] as? [String: Any]
            let grouping = (activities?["grouping"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            if let organisation = row["organisation"] as String? {
                let parts = organisation.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
                var expected = ["https://leerlijn.example/schools/\(parts[0])", "https://leerlijn.example/boards/\(parts[1])"]
                if !parts[2].isEmpty { expected.append("https://leerlijn.example/partnerships/\(parts[2])") }
                #expect(grouping == expected)
                grouped += 1
            } else {
                #expect(grouping.isEmpty)
            }
            let instructor = ((context?["instructor"] as? [String: Any])?["account"] as? [String: String])?["name"]
            #expect(instructor == row["verified_by"] as String?)
            if instructor != nil { instructed += 1 }
            let parent = (activities?["parent"] as? [[String: Any]])?.first?["id"] as? String
            #expect(parent == (row["session_id"] as String?).map { "https://leerlijn.example/sessions/\($0)" })
            if parent != nil { parented += 1 }
        }
        #expect(grouped > 300 && instructed > 0 && parented > 0, "grouped \(grouped), signed off \(instructed), in a session \(parented)")
    }
}
