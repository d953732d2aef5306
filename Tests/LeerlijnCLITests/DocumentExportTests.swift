import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnExport
import LeerlijnProfiles
import LeerlijnStore

@Suite("Webhook events and BRLO dossiers to a loopback receiver", .serialized)
struct DocumentExportTests {
    /// A Standard Webhooks secret (32 bytes); document_sink.py checks the deprecated X-Leerlijn-Signature keyed with its text.
    static let secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw8BeTgSqr2ac="

    func webhookEnvironment(_ sink: DocumentSink, endpoint: String? = nil, secret: String = secret) -> [String: String] {
        ["LEERLIJN_HR_WEBHOOK_ENDPOINT": endpoint ?? sink.url + "/hooks", "LEERLIJN_HR_WEBHOOK_SECRET": secret]
    }

    @Test("Each activity change reaches the webhook once as a signed JSON document: created, updated, deleted, restored; again sends nothing")
    func webhookChanges() throws {
        let sink = try DocumentSink(secret: Self.secret)
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        let one = try json(try cli.ok(["log", "sanne", "1u", "cursus", "Eerste", "--format", "json"])) as! [String: Any]
        let two = try json(try cli.ok(["log", "sanne", "2u", "intervisie", "Tweede", "--format", "json"])) as! [String: Any]
        let oneID = one["id"] as! String, twoID = two["id"] as! String
        let first = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: webhookEnvironment(sink))) as! [String: Any]
        #expect(first["sent"] as? Int == 2 && first["pending"] as? Int == 0)
        var receipts = try sink.receipts()
        #expect(receipts.count == 2)
        #expect(receipts.allSatisfy { $0.type == "activity.created" && $0.path == "/hooks" && !$0.duplicate })
        let created = try #require(receipts.first { (($0.body["activity"] as? [String: Any])?["id"] as? String) == oneID })
        let activity = try #require(created.body["activity"] as? [String: Any])
        #expect(activity["minutes"] as? Int == 60 && activity["kind"] as? String == "cursus" && activity["title"] as? String == "Eerste")
        #expect(((activity["person"] as? [String: Any])?["externalIds"] as? [[String: Any]])?.first?["value"] as? String == "100234")
        #expect(created.body["id"] as? String == created.id)

        try cli.ok(["activities", "edit", oneID, "--duration", "1u30"])
        try cli.ok(["activities", "delete", twoID])
        let dryRun = try cli.ok(["export", "--register", "hr-webhook", "--dry-run"], environment: webhookEnvironment(sink))
        #expect(dryRun.contains("activity.updated") && dryRun.contains("activity.deleted"))
        #expect(try sink.receipts().count == 2)   // the dry run sent nothing
        try cli.ok(["export", "--register", "hr-webhook"], environment: webhookEnvironment(sink))
        try cli.ok(["activities", "restore", twoID])
        try cli.ok(["export", "--register", "hr-webhook"], environment: webhookEnvironment(sink))
        receipts = try sink.receipts()
        #expect(receipts.map { $0.type ?? "" } == ["activity.created", "activity.created", "activity.updated", "activity.deleted", "activity.restored"]
            || receipts.map { $0.type ?? "" } == ["activity.created", "activity.created", "activity.deleted", "activity.updated", "activity.restored"])
        let updated = try #require(receipts.first { $0.type == "activity.updated" }?.body["activity"] as? [String: Any])
        #expect(updated["minutes"] as? Int == 90 && updated["revision"] as? Int == 2)
        let deleted = try #require(receipts.first { $0.type == "activity.deleted" }?.body["activity"] as? [String: Any])
        #expect(deleted["id"] as? String == twoID && deleted["title"] == nil && deleted["deletedAt"] is String)
        #expect(Set(receipts.compactMap(\.id)).count == receipts.count)
        let again = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: webhookEnvironment(sink))) as! [String: Any]
        #expect(again["queued"] as? Int == 0 && again["sent"] as? Int == 0)
        #expect(try sink.receipts().count == 5)
    }

    @Test("A wrong webhook secret is refused: the message names the register and the status, the secret is not printed, nothing is written")
    func wrongSecret() throws {
        let sink = try DocumentSink(secret: Self.secret)
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        let result = try cli.run(["export", "--register", "hr-webhook"], environment: webhookEnvironment(sink, secret: "whsec_3aC5Of0xb5mXOt1jdyzyIhK2d3ZnQNO5q7ozPLvkmFo="))
        #expect(result.status == 74)
        #expect(result.stderr.contains("hr-webhook") && result.stderr.contains("401"))
        #expect(!result.stderr.contains("whsec_3aC5") && !result.stdout.contains("whsec_3aC5"))
        // The failed command wrote nothing (issue 21): the event is not queued; the next run queues and sends it.
        let status = try json(try cli.ok(["export", "status", "--register", "hr-webhook", "--format", "json"])) as! [[String: Any]]
        #expect(status.isEmpty)
        #expect(try DatabaseQueue(path: cli.db).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export_item") } == 0)
        let missing = try cli.run(["export", "--register", "hr-webhook"], environment: ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url])
        #expect(missing.status == 65 && missing.stderr.contains("LEERLIJN_HR_WEBHOOK_SECRET"))
        try cli.ok(["export", "--register", "hr-webhook"], environment: webhookEnvironment(sink))
        #expect(try sink.receipts().count == 1)
    }

    @Test("Through a faulty server (500s, 429 with Retry-After, dropped and lost connections, slow answers) every event arrives, none is lost")
    func webhookThroughFaults() throws {
        let sink = try DocumentSink(secret: Self.secret)
        defer { sink.stop() }
        let proxy = try FaultyProxy(upstream: sink.url, plan: ["500", "429", "drop", "lost", "slow", "500", "drop", "500", "500", "500", "429", "lost"])
        defer { proxy.stop() }
        let cli = try CLI.withSanne()
        let exports = cli.folder + "/exports"
        try FileManager.default.createDirectory(atPath: exports, withIntermediateDirectories: true)
        let shipped = try String(contentsOfFile: RalphLRS.root.appendingPathComponent("exports/hr-webhook.yaml").path, encoding: .utf8)
        try shipped.replacingOccurrences(of: "retry: {attempts: 6, initialDelay: 0.5, maxDelay: 30}", with: "retry: {attempts: 3, initialDelay: 0.2, maxDelay: 2}")
            .write(toFile: exports + "/hr-webhook.yaml", atomically: true, encoding: .utf8)
        for index in 0..<20 { try cli.ok(["log", "sanne", "\(15 + index)m", "zelfstudie", "Lezen \(index)"]) }
        var environment = webhookEnvironment(sink, endpoint: "http://127.0.0.1:\(proxy.port)/hooks")
        environment["LEERLIJN_EXPORTS"] = exports
        for _ in 0..<5 {
            let report = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: environment)) as! [String: Any]
            if report["pending"] as? Int == 0 { break }
        }
        let receipts = try sink.receipts()
        let unique = Set(receipts.compactMap(\.id))
        // A dropped answer after delivery makes Leerlijn send that event again with the same id: the receiver sees a
        // duplicate it can recognise, and nothing is missing.
        #expect(unique.count == 20)
        #expect(receipts.filter { !$0.duplicate }.count == 20)
        let titles = Set(receipts.compactMap { ($0.body["activity"] as? [String: Any])?["title"] as? String })
        #expect(titles == Set((0..<20).map { "Lezen \($0)" }))
        let status = try json(try cli.ok(["export", "status", "--register", "hr-webhook", "--format", "json"])) as! [[String: Any]]
        #expect(status.first?["sent"] as? Int == 20 && status.first?["pending"] as? Int == 0)
    }

    @Test("The demo's teacher educator gets one BRLO dossier with roles, hours per year, VELON areas and reflections; unchanged data sends nothing new")
    func brloDossier() throws {
        let sink = try DocumentSink(token: "brlo-token")
        defer { sink.stop() }
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let environment = ["LEERLIJN_BRLO_ENDPOINT": sink.url + "/dossiers", "LEERLIJN_BRLO_TOKEN": "brlo-token"]
        let report = try json(try cli.ok(["export", "--register", "brlo", "--format", "json"], environment: environment)) as! [String: Any]
        let educators = try DatabaseQueue(path: cli.db).read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT p.name FROM role_period r JOIN person p ON p.id = r.person_id WHERE r.role IN ('schoolopleider', 'instituutsopleider')")
        }
        #expect(educators.count >= 1)
        #expect(report["sent"] as? Int == educators.count)
        let receipts = try sink.receipts()
        #expect(receipts.count == educators.count && receipts.allSatisfy { $0.type == "brlo.dossier" && $0.path == "/dossiers" })
        let dossier = try #require(receipts.first { (($0.body["person"] as? [String: Any])?["name"] as? String) == "Karin Vos" }?.body)
        #expect(dossier["schema"] as? String == "leerlijn.brlo-dossier/1")
        #expect((dossier["roles"] as? [[String: Any]])?.first?["role"] as? String == "schoolopleider")
        // Karin: schoolopleider from 2025-06-01 at 12 h a week (720 minutes). 2025-2026 is a whole school year of 365 days:
        // 365 × 720 / 7 = 37542.86, so 37543 minutes.
        let years = try #require(dossier["hoursPerYear"] as? [[String: Any]])
        let whole = try #require(years.first { $0["schoolYear"] as? String == "2025-2026" })
        #expect(whole["minutes"] as? Int == 37543 && whole["complete"] as? Bool == true)
        let standard = try #require(dossier["standard"] as? [String: Any])
        #expect(standard["framework"] as? String == "velon-beroepsstandaard-2012")
        let areas = try #require(standard["areas"] as? [[String: Any]])
        let activities = try #require(dossier["activities"] as? [[String: Any]])
        let listed = Set(activities.map { $0["id"] as! String })
        for area in areas { #expect(Set(area["activities"] as! [String]).isSubset(of: listed)) }
        #expect((dossier["reflections"] as? [[String: Any]])?.isEmpty == false)
        #expect((dossier["registration"] as? [String: Any])?["criteria"] is [[String: Any]])

        let again = try json(try cli.ok(["export", "--register", "brlo", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(again["queued"] as? Int == 0 && again["sent"] as? Int == 0)
        try cli.ok(["log", "karin", "2u", "opleidersdag", "Opleidersdag", "--competence", "velon-beroepsstandaard-2012:agogisch",
                    "--reflection", "Wat ik leerde over begeleiden van volwassenen"])
        let changed = try json(try cli.ok(["export", "--register", "brlo", "--format", "json"], environment: environment)) as! [String: Any]
        #expect(changed["sent"] as? Int == 1)
        let latest = try #require(try sink.receipts().last)
        #expect(latest.id != receipts.first?.id)
        let agogisch = ((latest.body["standard"] as? [String: Any])?["areas"] as? [[String: Any]])?.first { $0["item"] as? String == "velon-beroepsstandaard-2012:agogisch" }
        #expect((agogisch?["activities"] as? [String])?.count == 1)

        // The same document, to a file.
        let file = cli.folder + "/karin.json"
        try cli.ok(["dossier", "karin", "--out", file])
        let written = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as! [String: Any]
        #expect((written["activities"] as? [[String: Any]])?.count == (latest.body["activities"] as? [[String: Any]])?.count)
        let notEducator = try cli.run(["dossier", "sanne"])
        #expect(notEducator.status == 65 && notEducator.stderr.contains("schoolopleider"))
    }

    @Test("An export reads the outbox a page at a time and still sends every record once")
    func pagedExport() async throws {
        let sink = try DocumentSink(secret: Self.secret)
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        for index in 0..<25 { try cli.ok(["log", "sanne", "\(10 + index)m", "zelfstudie", "Lezen \(index)"]) }
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder())
        let register = try #require(registers.first { $0.id == "hr-webhook" })
        var exporter = Exporter(register: register, credentials: Credentials(endpoint: sink.url + "/hooks", secret: Self.secret),
                                database: try LeerlijnDatabase.open(at: cli.db))
        exporter.pageSize = 4
        let report = try await exporter.run()
        #expect(report.queued == 25 && report.sent == 25 && report.pending == 0)
        let receipts = try sink.receipts()
        #expect(receipts.count == 25 && Set(receipts.compactMap(\.id)).count == 25)
    }

    @Test("Over HTTPS the certificate is verified: a private CA's certificate is refused until --ca-file names that CA",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl"), "openssl is not installed"))
    func verifiedTLS() async throws {
        let cli = try CLI.withSanne()
        // A self-signed certificate for 127.0.0.1: its own certificate authority.
        let certificate = cli.folder + "/sink.pem", key = cli.folder + "/sink.key"
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=127.0.0.1",
                             "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", certificate]
        openssl.standardOutput = FileHandle.nullDevice
        openssl.standardError = FileHandle.nullDevice
        try openssl.run()
        openssl.waitUntilExit()
        try #require(openssl.terminationStatus == 0)
        let sink = try DocumentSink(secret: Self.secret, tls: (certificate, key))
        defer { sink.stop() }
        for index in 0..<3 { try cli.ok(["log", "sanne", "\(10 + index)m", "zelfstudie", "Lezen \(index)"]) }
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder())
        var register = try #require(registers.first { $0.id == "hr-webhook" })
        register.attempts = 1
        let database = try LeerlijnDatabase.open(at: cli.db)
        let refused = try await Exporter(register: register, credentials: Credentials(endpoint: sink.url + "/hooks", secret: Self.secret),
                                         database: database).run()
        #expect(refused.sent == 0 && refused.pending == 3)
        #expect(refused.lastError?.lowercased().contains("certificate") == true, "\(refused.lastError ?? "")")
        #expect(try sink.receipts().isEmpty)
        let accepted = try await Exporter(register: register, credentials: Credentials(endpoint: sink.url + "/hooks", secret: Self.secret),
                                          database: database, caFile: certificate).run()
        #expect(accepted.sent == 3 && accepted.pending == 0)
        #expect(try sink.receipts().count == 3)
    }
}
