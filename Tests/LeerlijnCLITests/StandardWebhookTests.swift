import Foundation
import GRDB
import Testing

/// Webhook deliveries checked by a real Standard Webhooks consumer: scripts/test-servers/webhook_receiver.py verifies
/// each with the reference library (PyPI `standardwebhooks`, in .venv-webhooks; .ci/run installs it).
@Suite("Webhooks per Standard Webhooks, verified by the reference library", .serialized,
       .enabled(if: DocumentSink.standardAvailable, "run scripts/test-servers/install-webhooks.sh; CI sets LEERLIJN_REQUIRE_WEBHOOKS=1"))
struct StandardWebhookTests {
    static let current = "whsec_C2kX6ZkDw1R5pEQ9nDZcZtxb8Qv0wWJbCq3sU3q9Llk="
    static let previous = "whsec_pQ1vKVlLn8mPe3xF0o2I7W6bJvjfVf9mY4Zl0g7bG0c="

    func environment(_ sink: DocumentSink, secret: String = current) -> [String: String] {
        ["LEERLIJN_HR_WEBHOOK_ENDPOINT": sink.url + "/hooks", "LEERLIJN_HR_WEBHOOK_SECRET": secret]
    }

    /// Posts a captured delivery again, byte for byte (its body and its webhook-* headers): true when answered 2xx.
    func replay(_ receipt: DocumentSink.Receipt, to url: String, folder: String) throws -> Bool {
        let body = folder + "/replay-\(UUID().uuidString.prefix(6)).json"
        try receipt.rawBody.write(toFile: body, atomically: true, encoding: .utf8)
        var arguments = ["/usr/bin/curl", "-s", "-o", "/dev/null", "--fail", "-X", "POST", url, "--data-binary", "@" + body,
                         "-H", "Content-Type: application/json"]
        for (name, value) in receipt.headers where name.lowercased().hasPrefix("webhook-") { arguments += ["-H", "\(name): \(value)"] }
        return RalphLRS.run(arguments) == 0
    }

    @Test("Every delivery verifies with standardwebhooks: webhook-id is the event id, webhook-timestamp the attempt's time, the deprecated X-Leerlijn headers still come")
    func verified() throws {
        let sink = try DocumentSink(standardSecrets: [Self.current])
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        for index in 0..<3 { try cli.ok(["log", "sanne", "\(20 + index)m", "cursus", "Cursus \(index)", "--reflection", "Persoonlijk \(index)"]) }
        let before = Int(Date().timeIntervalSince1970)
        let report = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: environment(sink))) as! [String: Any]
        let after = Int(Date().timeIntervalSince1970)
        #expect(report["sent"] as? Int == 3 && report["failed"] as? Int == 0)
        let receipts = try sink.receipts()
        #expect(receipts.count == 3 && receipts.allSatisfy { $0.accepted && !$0.duplicate && $0.status == 200 })
        for receipt in receipts {
            #expect(receipt.id == receipt.body["id"] as? String)
            let timestamp = try #require(Int(receipt.headers["Webhook-Timestamp"] ?? receipt.headers["webhook-timestamp"] ?? ""))
            #expect((before...after).contains(timestamp))
            #expect(receipt.headers["X-Leerlijn-Id"] == receipt.id && receipt.headers["X-Leerlijn-Signature"]?.hasPrefix("sha256=") == true)
            #expect((receipt.headers["Webhook-Signature"] ?? receipt.headers["webhook-signature"])?.hasPrefix("v1,") == true)
        }
    }

    @Test("A replayed delivery is processed once (deduped on its signed id) and refused once it is older than 5 minutes")
    func replays() throws {
        let sink = try DocumentSink(standardSecrets: [Self.current])
        defer { sink.stop() }
        let later = try DocumentSink(standardSecrets: [Self.current], clockSkew: 301)
        defer { later.stop() }
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        try cli.ok(["export", "--register", "hr-webhook"], environment: environment(sink))
        let original = try #require(try sink.receipts().first)
        #expect(original.accepted)
        // The same request again now: accepted by signature, recognised by its id, not processed twice.
        #expect(try replay(original, to: sink.url + "/hooks", folder: cli.folder))
        let again = try sink.receipts()
        #expect(again.count == 2 && again[1].accepted && again[1].duplicate && again[1].id == original.id)
        // The same request 301 seconds later (a receiver whose clock runs 5 minutes and a second ahead): refused as too old.
        #expect(try !replay(original, to: later.url + "/hooks", folder: cli.folder))
        let refused = try #require(try later.receipts().first)
        #expect(!refused.accepted && refused.status == 401 && refused.reason == "Message timestamp too old")
    }

    @Test("During a key rotation two secrets are configured: each delivery carries two signatures and verifies at a receiver that knows either one")
    func rotation() throws {
        let cli = try CLI.withSanne()
        for (index, known) in [Self.previous, Self.current].enumerated() {
            let sink = try DocumentSink(standardSecrets: [known])
            defer { sink.stop() }
            try cli.ok(["log", "sanne", "\(30 + index)m", "cursus", "Rotatie \(index)"])
            let report = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"],
                                             environment: environment(sink, secret: Self.current + " " + Self.previous))) as! [String: Any]
            #expect(report["sent"] as? Int == 1)
            let receipt = try #require(try sink.receipts().first)
            #expect(receipt.accepted)
            #expect((receipt.headers["Webhook-Signature"] ?? receipt.headers["webhook-signature"])?.split(separator: " ").count == 2)
        }
        // The two secrets as a list in the 0600 config file.
        let config = cli.folder + "/registers.yaml"
        let listed = try DocumentSink(standardSecrets: [Self.previous])
        defer { listed.stop() }
        try "hr-webhook:\n  endpoint: \(listed.url)/hooks\n  secret:\n    - \(Self.current)\n    - \(Self.previous)\n".write(toFile: config, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: config)
        try cli.ok(["log", "sanne", "35m", "cursus", "Uit het bestand"])
        try cli.ok(["export", "--register", "hr-webhook"], environment: ["LEERLIJN_CONFIG": config])
        let fromFile = try #require(try listed.receipts().first)
        #expect(fromFile.accepted && (fromFile.headers["Webhook-Signature"] ?? fromFile.headers["webhook-signature"])?.split(separator: " ").count == 2)
        // A receiver that knows neither refuses: Leerlijn stops on the 401 and keeps the event pending.
        let stranger = try DocumentSink(standardSecrets: ["whsec_" + Data(repeating: 9, count: 32).base64EncodedString()])
        defer { stranger.stop() }
        try cli.ok(["log", "sanne", "40m", "cursus", "Onbekend"])
        let refused = try cli.run(["export", "--register", "hr-webhook"], environment: environment(stranger, secret: Self.current + " " + Self.previous))
        #expect(refused.status == 74 && refused.stderr.contains("401"))
        #expect(try stranger.receipts().first?.reason == "No matching signature found")
    }

    @Test("A secret shorter than 24 bytes or not in whsec_ form is refused with a message naming the variable; nothing is written, nothing sent, the secret not printed")
    func weakSecrets() throws {
        let sink = try DocumentSink(standardSecrets: [Self.current])
        defer { sink.stop() }
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        let short = "whsec_" + Data(repeating: 1, count: 16).base64EncodedString()
        for (secret, expected) in [(short, "has 16 bytes"), ("gedeeld-geheim", "is not a Standard Webhooks secret")] {
            let before = try RowCounts(cli.db)
            let result = try cli.run(["export", "--register", "hr-webhook"], environment: environment(sink, secret: secret))
            #expect(result.status == 65)
            #expect(result.stderr.contains("LEERLIJN_HR_WEBHOOK_SECRET") && result.stderr.contains(expected) && result.stderr.contains("leerlijn export secret"),
                    "\(result.stderr)")
            #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret))
            #expect(try RowCounts(cli.db) == before)
        }
        let dutch = try cli.run(["export", "--register", "hr-webhook", "--lang", "nl"], environment: environment(sink, secret: short))
        #expect(dutch.stderr.contains("heeft 16 bytes") && dutch.stderr.contains("willekeurige bytes"))
        #expect(try sink.receipts().isEmpty)
    }

    @Test("`export secret` makes a whsec_ secret of 32 random bytes (or --bytes 24 to 64) that the reference library takes")
    func makeSecret() throws {
        let cli = try CLI()
        let made = try json(try cli.run(["export", "secret", "--format", "json"], useDatabase: false).stdout) as! [String: Any]
        let secret = try #require(made["secret"] as? String)
        #expect(secret.hasPrefix("whsec_") && made["bytes"] as? Int == 32)
        #expect(Data(base64Encoded: String(secret.dropFirst(6)))?.count == 32)
        let plain = try cli.run(["export", "secret", "--bytes", "48"], useDatabase: false)
        #expect(plain.status == 0 && Data(base64Encoded: String(plain.stdout.trimmingCharacters(in: .whitespacesAndNewlines).dropFirst(6)))?.count == 48)
        let tooFew = try cli.run(["export", "secret", "--bytes", "16"], useDatabase: false)
        #expect(tooFew.status == 64 && tooFew.stderr.contains("24 to 64"))
        // A secret it made signs deliveries that the reference library verifies.
        let sink = try DocumentSink(standardSecrets: [secret])
        defer { sink.stop() }
        let sanne = try CLI.withSanne()
        try sanne.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        try sanne.ok(["export", "--register", "hr-webhook"], environment: environment(sink, secret: secret))
        #expect(try sink.receipts().first?.accepted == true)
    }

    @Test("Only 2xx is delivered: a 409 fails the event; 410 Gone disables the endpoint until `export enable`, and a disabled endpoint gets nothing queued")
    func goneAndConflict() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1u", "cursus", "Eerste"])
        let conflict = try DocumentSink(standardSecrets: [Self.current], answer: 409)
        let report = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: environment(conflict))) as! [String: Any]
        conflict.stop()
        #expect(report["sent"] as? Int == 0 && report["failed"] as? Int == 1 && (report["lastError"] as? String)?.contains("409") == true)

        try cli.ok(["log", "sanne", "2u", "cursus", "Tweede"])
        let gone = try DocumentSink(standardSecrets: [Self.current], answer: 410)
        defer { gone.stop() }
        let stopped = try cli.run(["export", "--register", "hr-webhook"], environment: environment(gone))
        #expect(stopped.status == 74 && stopped.stderr.contains("410") && stopped.stderr.contains("leerlijn export enable --register hr-webhook"), "\(stopped.stderr)")
        #expect(try gone.receipts().count == 1)
        try cli.ok(["log", "sanne", "3u", "cursus", "Derde"])
        let before = try RowCounts(cli.db)
        let disabled = try cli.run(["export", "--register", "hr-webhook"], environment: environment(gone))
        #expect(disabled.status == 65 && disabled.stderr.contains("disabled") && disabled.stderr.contains("export enable"))
        #expect(try RowCounts(cli.db) == before && (try gone.receipts().count) == 1)

        let status = try json(try cli.ok(["export", "status", "--register", "hr-webhook", "--format", "json"])) as! [[String: Any]]
        #expect(status.first?["disabledEndpoints"] as? [String] == [gone.url + "/hooks"] && status.first?["pending"] as? Int == 1)   // the 410 one; the third activity is not queued yet
        let enabled = try json(try cli.ok(["export", "enable", "--register", "hr-webhook", "--format", "json"])) as! [String: Any]
        #expect(enabled["enabled"] as? [String] == [gone.url + "/hooks"])
        // Enabled, the endpoint is tried again (it still answers 410 here, and is disabled again).
        #expect(try cli.run(["export", "--register", "hr-webhook"], environment: environment(gone)).status == 74)
        #expect(try gone.receipts().count >= 2)   // one or both waiting events (four requests go at once)
        // The receiver at a new address: the events that met the 410 are delivered there.
        let back = try DocumentSink(standardSecrets: [Self.current])
        defer { back.stop() }
        let resumed = try json(try cli.ok(["export", "--register", "hr-webhook", "--format", "json"], environment: environment(back))) as! [String: Any]
        #expect(resumed["sent"] as? Int == 2 && resumed["pending"] as? Int == 0)
        #expect(Set(try back.receipts().compactMap { ($0.body["activity"] as? [String: Any])?["title"] as? String }) == ["Tweede", "Derde"])
        #expect(try cli.ok(["export", "enable", "--register", "hr-webhook"]).contains(gone.url))
        let nothing = try cli.ok(["export", "enable", "--register", "hr-webhook"])
        #expect(nothing.contains("No endpoint of register hr-webhook was disabled"))
    }
}

/// The number of rows in every table of a database, to prove that a command wrote nothing.
struct RowCounts: Equatable, CustomStringConvertible {
    let counts: [String: Int]

    init(_ path: String) throws {
        counts = try DatabaseQueue(path: path).read { db in
            var counts: [String: Int] = [:]
            for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0
            }
            return counts
        }
    }

    var description: String { counts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ") }
}
