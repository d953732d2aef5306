import Foundation
import GRDB
import Testing

@Suite("A failing export writes nothing; a webhook sends only the fields its definition lists", .serialized)
struct ExportFailureTests {
    static let secret = "whsec_C2kX6ZkDw1R5pEQ9nDZcZtxb8Qv0wWJbCq3sU3q9Llk="

    @Test("Every failing export path (each register, each missing or bad setting, an unknown person, a 401 from the register) leaves every table's row count unchanged")
    func nothingWritten() throws {
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let sink = try DocumentSink()
        defer { sink.stop() }
        // A receiver that refuses every request without its token: the register's 401 after queueing.
        let strict = try DocumentSink(token: "juist")
        defer { strict.stop() }
        let config = cli.folder + "/registers.yaml"
        try "hr-webhook:\n  secret: \(Self.secret)\n".write(toFile: config, atomically: true, encoding: .utf8)
        let cases: [(register: String, environment: [String: String], extra: [String], status: Int32, says: String)] = [
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_SECRET": Self.secret], [], 65, "LEERLIJN_HR_WEBHOOK_ENDPOINT"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url], [], 65, "LEERLIJN_HR_WEBHOOK_SECRET"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url, "LEERLIJN_HR_WEBHOOK_SECRET": "kort"], [], 65, "whsec_"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": "ftp://127.0.0.1/x", "LEERLIJN_HR_WEBHOOK_SECRET": Self.secret], [], 65, "ENDPOINT"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url, "LEERLIJN_HR_WEBHOOK_SECRET": Self.secret], ["--person", "niemand"], 66, "niemand"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url, "LEERLIJN_CONFIG": config], [], 65, "0600"),
            ("hr-webhook", ["LEERLIJN_HR_WEBHOOK_ENDPOINT": strict.url, "LEERLIJN_HR_WEBHOOK_SECRET": Self.secret], [], 74, "401"),
            ("brlo", ["LEERLIJN_BRLO_ENDPOINT": strict.url, "LEERLIJN_BRLO_TOKEN": "fout"], [], 74, "401"),
            ("brlo", ["LEERLIJN_BRLO_ENDPOINT": sink.url], [], 65, "LEERLIJN_BRLO_TOKEN"),
            ("brlo", ["LEERLIJN_BRLO_TOKEN": "t"], [], 65, "LEERLIJN_BRLO_ENDPOINT"),
            ("brlo", ["LEERLIJN_BRLO_ENDPOINT": sink.url, "LEERLIJN_BRLO_TOKEN": "t"], ["--person", "niemand"], 66, "niemand"),
            ("brlo", ["LEERLIJN_BRLO_ENDPOINT": sink.url, "LEERLIJN_BRLO_TOKEN": "t"], ["--person", "200101"], 65, "schoolopleider"),
            ("lrs", [:], [], 65, "LEERLIJN_LRS_USERNAME"),
            ("lrs", ["LEERLIJN_LRS_USERNAME": "u"], [], 65, "LEERLIJN_LRS_PASSWORD"),
            ("lrs", ["LEERLIJN_LRS_ENDPOINT": "ftp://127.0.0.1/x", "LEERLIJN_LRS_USERNAME": "u", "LEERLIJN_LRS_PASSWORD": "p"], [], 65, "ENDPOINT"),
            ("lrs", ["LEERLIJN_LRS_USERNAME": "u", "LEERLIJN_LRS_PASSWORD": "p"], ["--person", "niemand"], 66, "niemand"),
            ("lrs", ["LEERLIJN_LRS_USERNAME": "u", "LEERLIJN_LRS_PASSWORD": "p"], ["--since", "2026-13-01"], 65, "2026-13-01"),
            // The LRS refuses the credentials after the stream handed it its first batches: no flight, no outbox record stays.
            ("lrs", ["LEERLIJN_LRS_ENDPOINT": strict.url, "LEERLIJN_LRS_USERNAME": "u", "LEERLIJN_LRS_PASSWORD": "p"], [], 74, "401"),
        ]
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: config)
        let before = try RowCounts(cli.db)
        #expect(before.counts["activity", default: 0] >= 300 && before.counts["export_item"] == 0)
        for failing in cases {
            let result = try cli.run(["export", "send", "--register", failing.register] + failing.extra, environment: failing.environment)
            #expect(result.status == failing.status, "\(failing.register) \(failing.environment.keys.sorted()): \(result.stderr)")
            #expect(result.stderr.contains(failing.says), "\(failing.register): \(result.stderr)")
            #expect(try RowCounts(cli.db) == before, "\(failing.register) \(failing.environment.keys.sorted()) \(failing.extra) wrote rows")
        }
        #expect(try sink.receipts().isEmpty)
    }

    @Test("The shipped HR webhook sends no reflection, email, description, evidence or person guided; a definition that lists them sends them; an unknown field is refused with file and line")
    func minimisedFields() throws {
        let sink = try DocumentSink(secret: Self.secret)
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste", "--reflection", "Heel persoonlijk", "--description", "Uitleg", "--evidence", "https://example.org/x"])
        let environment = ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url + "/hooks", "LEERLIJN_HR_WEBHOOK_SECRET": Self.secret]
        try cli.ok(["export", "--register", "hr-webhook"], environment: environment)
        let shipped = try #require(try sink.receipts().first?.body["activity"] as? [String: Any])
        #expect(shipped["reflection"] == nil && shipped["description"] == nil && shipped["evidence"] == nil && shipped["guidedPerson"] == nil)
        let person = try #require(shipped["person"] as? [String: Any])
        #expect(person["email"] == nil && person["name"] as? String == "Sanne de Vries" && person["id"] is String)
        #expect(shipped["minutes"] as? Int == 60 && shipped["title"] as? String == "Eerste" && shipped["competences"] is [String])
        // The outbox keeps only what was sent.
        let payloads = try DatabaseQueue(path: cli.db).read { db in try String.fetchAll(db, sql: "SELECT payload FROM export_item WHERE payload IS NOT NULL") }
        #expect(payloads.count == 1 && !payloads[0].contains("Heel persoonlijk") && !payloads[0].contains("s.devries"))

        let exports = cli.folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let definition = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/hr-webhook.yaml").path, encoding: .utf8)
        try definition.replacingOccurrences(of: "fields: [person.name,", with: "fields: [person.email, reflection, person.name,")
            .write(toFile: exports + "/hr-webhook.yaml", atomically: true, encoding: .utf8)
        try cli.ok(["activities", "edit", try #require(shipped["id"] as? String), "--duration", "2u"])
        try cli.ok(["export", "--register", "hr-webhook"], environment: environment.merging(["LEERLIJN_EXPORTS": exports]) { $1 })
        let asked = try #require(try sink.receipts().last?.body["activity"] as? [String: Any])
        #expect(asked["reflection"] as? String == "Heel persoonlijk" && (asked["person"] as? [String: Any])?["email"] as? String == "s.devries@regenboog.nl")
        #expect(asked["description"] == nil)

        try definition.replacingOccurrences(of: "fields: [person.name,", with: "fields: [wachtwoord, person.name,")
            .write(toFile: exports + "/hr-webhook.yaml", atomically: true, encoding: .utf8)
        let line = definition.components(separatedBy: "\n").firstIndex { $0.hasPrefix("fields:") }! + 1
        let refused = try cli.run(["export", "--register", "hr-webhook"], environment: environment.merging(["LEERLIJN_EXPORTS": exports]) { $1 })
        #expect(refused.status == 65 && refused.stderr.contains("hr-webhook.yaml:\(line)") && refused.stderr.contains("unknown event field 'wachtwoord'"),
                "\(refused.stderr)")
    }
}
