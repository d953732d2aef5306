import Foundation
import GRDB
import Testing

/// A partnership's own instrument (made up, not ICALT): three domains, six items with Rasch difficulties.
let ownInstrument = """
    schema: leerlijn.instrument/1
    id: partnerschap-observatie
    version: "2026"
    title: {nl: "Observatie-instrument partnerschap", en: "Partnership observation instrument"}
    source: {citation: "Made up for the tests"}
    scale: {minimum: 1, maximum: 4}
    rasch: {threshold: 3, zone: {from: 0.25, to: 0.75}}
    readiness: {level: 3, observations: 2, differentObservers: true}
    domains:
      - id: klimaat
        title: {nl: "Klimaat", en: "Climate"}
        items:
          - {id: k1, text: {nl: "Respect", en: "Respect"}, difficulty: -1.5}
          - {id: k2, text: {nl: "Sfeer", en: "Atmosphere"}, difficulty: -1.0}
      - id: organisatie
        title: {nl: "Organisatie", en: "Management"}
        items:
          - {id: o1, text: {nl: "Verloop", en: "Conduct"}, difficulty: -0.5}
          - {id: o2, text: {nl: "Leertijd", en: "Learning time"}, difficulty: 0.0}
      - id: instructie
        title: {nl: "Instructie", en: "Instruction"}
        items:
          - id: i1
            text: {nl: "Uitleg", en: "Explanation"}
            difficulty: 1.0
            indicators:
              - {id: i1a, text: {nl: "stap voor stap", en: "step by step"}}
          - {id: i2, text: {nl: "Feedback", en: "Feedback"}, difficulty: 1.5}

    """

extension CLI {
    /// Sanne (a starter since 1 August 2025), observers Karin and Piet, and the partnership's instrument in `<folder>/partnerschap`.
    static func withObservers() throws -> (CLI, String) {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Karin Opleider", "--external-id", "200", "--school", "12AB"])
        try cli.ok(["person", "add", "Piet Coach", "--external-id", "300", "--school", "12AB"])
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2025"])
        let profiles = cli.folder + "/partnerschap"
        try FileManager.default.createDirectory(atPath: profiles, withIntermediateDirectories: true)
        try ownInstrument.write(toFile: profiles + "/observatie.yaml", atomically: true, encoding: .utf8)
        return (cli, profiles)
    }

    /// Writes a scores file in this test's folder and returns its path.
    func scores(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// Runs with standard input that is not a terminal (as in a pipe).
    func runInPipe(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments + ["--db", db]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": folder, "LEERLIJN_TODAY": "2026-11-23", "LEERLIJN_ACTOR": "tester", "LANG": "C.UTF-8"]
        let out = Pipe(), err = Pipe()
        process.standardInput = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// Rows in the tables an observation writes to.
    func observationCounts() throws -> [String: Int] {
        let queue = try DatabaseQueue(path: db)
        return try queue.read { db in
            var counts: [String: Int] = [:]
            for table in ["observation", "observation_score", "activity", "audit"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}

@Suite("Lesson observations on the command line")
struct ObservationCLITests {
    @Test("A starter with three observations over two school years shows growth per domain and a coaching focus, in table and JSON")
    func growthAndFocus() throws {
        let (cli, profiles) = try CLI.withObservers()
        // The partnership's own instrument loads and validates.
        let validation = try json(try cli.ok(["profiles", "validate", profiles, "--format", "json"])) as! [String: Any]
        #expect(validation["valid"] as? Bool == true)
        #expect((validation["instruments"] as? [String])?.contains("partnerschap-observatie") == true)
        let first = try cli.scores("oktober-2025.csv", "item,score\nk1,2\nk2,2\no1,2\no2,1\ni1,1,i1a=no\ni2,1\n")
        let second = try cli.scores("maart-2026.yaml", "scores:\n  - {item: k1, score: 3}\n  - {item: k2, score: 3}\n  - {item: o1, score: 3}\n  - {item: o2, score: 2}\n  - {item: i1, score: 2}\n  - {item: i2, score: 1}\n")
        let third = try cli.scores("oktober-2026.csv", "k1,4\nk2,3\no1,3\no2,3\ni1,3,i1a\ni2,2\n")
        let base = ["--instrument", "partnerschap-observatie", "--profiles", profiles]
        try cli.ok(["observe", "sanne", "--by", "karin", "--date", "2025-10-01", "--scores", first, "--group", "groep 5", "--subject", "rekenen"] + base)
        try cli.ok(["observe", "sanne", "--by", "piet", "--date", "2026-03-01", "--scores", second] + base)
        let recorded = try cli.ok(["observe", "sanne", "--by", "karin", "--date", "2026-10-05", "--scores", third, "--log-for-observer", "--cao"] + base)
        #expect(recorded.contains("Recorded the observation of Sanne de Vries on 2026-10-05 by Karin Opleider"))

        let report = try json(try cli.ok(["observations", "sanne", "--format", "json", "--profiles", profiles])) as! [String: Any]
        #expect((report["observations"] as! [[String: Any]]).count == 3)
        let growth = report["growth"] as! [[String: Any]]
        // Climate 2 -> 3.5, Management 1.5 -> 3, Instruction 1 -> 2.5.
        #expect(growth.map { $0["domain"] as! String } == ["klimaat", "organisatie", "instructie"])
        #expect(growth.map { $0["change"] as! Double } == [1.5, 1.5, 1.5])
        let years = report["schoolYears"] as! [[String: Any]]
        #expect(years.map { $0["schoolYear"] as! String } == ["2025-2026", "2026-2027"])
        #expect(years.map { $0["observations"] as! Int } == [2, 1])
        let focus = report["focus"] as! [String: Any]
        #expect(focus["method"] as? String == "zoneOfProximalDevelopment")
        #expect((focus["items"] as! [[String: Any]]).map { $0["item"] as! String } == ["i2"])
        #expect((report["rasch"] as! [String: Any])["shown"] as? Int == 5)
        #expect((report["readiness"] as! [String: Any])["ready"] as? Bool == false)

        let table = try cli.ok(["observations", "sanne", "--profiles", profiles])
        #expect(table.contains("Growth per domain, first to latest observation:"))
        #expect(table.contains("Climate") && table.contains("+1.50"))
        #expect(table.contains("Coaching focus: items in the zone of proximal development"))
        #expect(table.contains("2025-2026") && table.contains("2026-2027"))
        let dutch = try cli.ok(["observations", "sanne", "--profiles", profiles, "--lang", "nl"])
        #expect(dutch.contains("Groei per domein") && dutch.contains("+1,50") && dutch.contains("zone van naaste ontwikkeling"))
        let csv = try cli.ok(["observations", "sanne", "--profiles", profiles, "--format", "csv"])
        #expect(csv.split(separator: "\r\n").count == 4)

        // progress shows the latest observation beside the budgets; the observations count as lesson visits.
        let progress = try json(try cli.ok(["progress", "sanne", "--format", "json", "--profiles", profiles])) as! [String: Any]
        let latest = progress["latestObservation"] as! [String: Any]
        #expect(latest["date"] as? String == "2026-10-05" && latest["observations"] as? Int == 3)
        #expect((latest["domains"] as! [[String: Any]]).count == 3)
        #expect(latest["focus"] as? [String] == ["i2"])
        #expect(latest["readyForBasisbekwaamConversation"] as? Bool == false)
        #expect(try cli.ok(["progress", "sanne", "--profiles", profiles]).contains("Latest lesson observation: 2026-10-05"))
        // So does the portfolio, beside the budgets.
        let page = cli.folder + "/portfolio.html"
        try cli.ok(["portfolio", "sanne", "--html", page, "--profiles", profiles, "--lang", "nl"])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("Laatste lesobservatie") && html.contains("5 oktober 2026") && html.contains("Karin Opleider"))
        let portfolio = try json(try cli.ok(["portfolio", "sanne", "--format", "json", "--profiles", profiles])) as! [String: Any]
        #expect(((portfolio["progress"] as? [String: Any])?["latestObservation"] as? [String: Any])?["focus"] as? [String] == ["i2"])
        let visits = try json(try cli.ok(["activities", "list", "sanne", "--format", "json", "--kind", "lesbezoek"])) as! [[String: Any]]
        #expect(visits.count == 3)
        #expect(try (json(try cli.ok(["activities", "list", "karin", "--format", "json"])) as! [[String: Any]]).count == 1)
    }

    @Test("A score outside the scale, an unknown item or an unknown observer is rejected with file, item and reason; nothing is stored")
    func rejections() throws {
        let (cli, profiles) = try CLI.withObservers()
        let base = ["observe", "sanne", "--instrument", "partnerschap-observatie", "--profiles", profiles]
        let before = try cli.observationCounts()

        let outside = try cli.scores("buiten.csv", "k1,3\no2,5\n")
        let result = try cli.run(base + ["--by", "karin", "--scores", outside])
        #expect(result.status == 65)
        #expect(result.stderr.contains("\(outside):2: item o2: score '5' is outside the scale"))

        let unknown = try cli.scores("onbekend.yaml", "scores:\n  - {item: k1, score: 3}\n  - {item: k3, score: 3}\n")
        let unknownResult = try cli.run(base + ["--by", "karin", "--scores", unknown])
        #expect(unknownResult.status == 65)
        #expect(unknownResult.stderr.contains("\(unknown):3: item k3: instrument partnerschap-observatie has no such item"))

        let good = try cli.scores("goed.csv", "k1,3\n")
        let missing = try cli.run(base + ["--by", "Jan Onbekend", "--scores", good])
        #expect(missing.status == 66)
        #expect(missing.stderr.contains("\(good): no person matches the observer 'Jan Onbekend'"))
        let dutch = try cli.run(base + ["--by", "Jan Onbekend", "--scores", good, "--lang", "nl"])
        #expect(dutch.stderr.contains("niemand past bij de observator 'Jan Onbekend'"))

        #expect(try cli.observationCounts() == before)
    }

    @Test("The shipped ICALT structure cannot be observed with, and without --scores a pipe gets a clear error")
    func refusals() throws {
        let (cli, profiles) = try CLI.withObservers()
        let good = try cli.scores("goed.csv", "k1,3\n")
        let icalt = try cli.run(["observe", "sanne", "--instrument", "icalt", "--by", "karin", "--scores", good])
        #expect(icalt.status == 65)
        #expect(icalt.stderr.contains("complete: false"))
        let pipe = try cli.runInPipe(["observe", "sanne", "--instrument", "partnerschap-observatie", "--by", "karin", "--profiles", profiles])
        #expect(pipe.status == 65)
        #expect(pipe.stderr.contains("give the scores with --scores FILE"))
        let unknown = try cli.run(["observe", "sanne", "--instrument", "icalt-2", "--by", "karin", "--scores", good])
        #expect(unknown.status == 66 && unknown.stderr.contains("did you mean icalt"))
        // A person without observations: a message, and JSON null.
        #expect(try cli.ok(["observations", "sanne"]).contains("has no lesson observation yet"))
        #expect(try cli.ok(["observations", "sanne", "--format", "json"]) == "null\n")
    }

    @Test("On a terminal without --scores the items are asked one by one; a score off the scale is asked again, Enter skips",
          .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script")))
    func interactive() throws {
        let (cli, profiles) = try CLI.withObservers()
        // `script` gives the command a pseudo-terminal, so standard input is a terminal as when a person types.
        let command = [CLI.executable.path, "observe", "sanne", "--instrument", "partnerschap-observatie", "--by", "karin",
                       "--date", "2026-10-05", "--profiles", profiles, "--db", cli.db].map { "'\($0)'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.environment = ["PATH": "/usr/bin:/bin", "HOME": cli.folder, "LEERLIJN_TODAY": "2026-11-23", "LEERLIJN_ACTOR": "tester", "LANG": "C.UTF-8"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        try process.run()
        // k1 3; k2 9 (off the scale, asked again) then 2; o1 skipped; o2 4; i1 1 with i1a seen; i2 2.
        input.fileHandleForWriting.write(Data("3\n9\n2\n\n4\n1\nj\n2\n".utf8))
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("Give a whole number from 1 to 4"))
        let queue = try DatabaseQueue(path: cli.db)
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT item, score, indicators FROM observation_score ORDER BY rowid") }
        #expect(rows.map { $0["item"] as String } == ["k1", "k2", "o2", "i1", "i2"])
        #expect(rows.map { $0["score"] as Int } == [3, 2, 4, 1, 2])
        #expect(rows[3]["indicators"] as String? == "{\"i1a\":true}")
    }
}
