import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

/// A partnership's own instrument (made up, not ICALT), as a user would put it in their profiles folder.
let partnershipInstrument = """
    schema: leerlijn.instrument/1
    id: partnerschap-observatie
    version: "2026"
    title: {nl: "Observatie-instrument partnerschap", en: "Partnership observation instrument"}
    source: {citation: "Made up for the tests"}
    scale:
      minimum: 1
      maximum: 4
      labels:
        - {score: 1, text: {nl: "zwak", en: "weak"}}
        - {score: 4, text: {nl: "sterk", en: "strong"}}
    rasch:
      threshold: 3
      zone: {from: 0.25, to: 0.75}
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
              - {id: i1b, text: {nl: "voorbeelden", en: "examples"}}
          - {id: i2, text: {nl: "Feedback", en: "Feedback"}, difficulty: 1.5}

    """

func loadIssues(_ files: [String: String]) throws -> [ProfileIssue] {
    let user = try folder(files)
    do {
        _ = try ProfileLoader.loadAll(shipped: shipped, user: [user])
        return []
    } catch {
        return error.issues
    }
}

@Suite("Observation instruments as data")
struct InstrumentTests {
    @Test("The shipped ICALT file loads as a structure: six domains, complete: false, every item unconfirmed, no difficulties")
    func shippedICALT() throws {
        let icalt = try #require(try ProfileLoader.loadAll(shipped: shipped).instruments.instrument("icalt"))
        #expect(icalt.domains.count == 6)
        #expect(icalt.complete == false)
        #expect(icalt.items.allSatisfy { !$0.confirmed })
        #expect(icalt.scale.confirmed == false && icalt.scale.points == 1...4)
        #expect(icalt.readiness?.confirmed == false)
        #expect(!icalt.hasDifficulties)
        #expect(icalt.shipped && icalt.source.url?.hasPrefix("https://getlin.web.rug.nl") == true)
    }

    @Test("A partnership's own instrument loads beside the shipped one; one with the id icalt replaces the shipped file")
    func ownInstrument() throws {
        let user = try folder(["instrumenten/eigen.yaml": partnershipInstrument,
                               "instrumenten/icalt.yaml": partnershipInstrument.replacingOccurrences(of: "id: partnerschap-observatie", with: "id: icalt")])
        let instruments = try ProfileLoader.loadAll(shipped: shipped, user: [user]).instruments
        let own = try #require(instruments.instrument("partnerschap-observatie"))
        #expect(own.items.map(\.id) == ["k1", "k2", "o1", "o2", "i1", "i2"])
        #expect(own.items[4].indicators.map(\.id) == ["i1a", "i1b"])
        #expect(own.hasDifficulties && own.rasch?.threshold == 3)
        #expect(own.scale.labels.map(\.score) == [1, 4])
        #expect(instruments.instrument("icalt")?.shipped == false)
        #expect(instruments.instrument("icalt")?.complete == true)
    }

    /// Each broken copy of the partnership file, with the message its issue must contain and the line it must name.
    static let broken: [(change: @Sendable (String) -> String, message: String, line: Int?)] = [
        ({ $0.replacingOccurrences(of: "version: \"2026\"", with: "versie: \"2026\"") }, "unknown field 'versie' in an instrument (did you mean version?)", 3),
        ({ $0.replacingOccurrences(of: "id: o2,", with: "id: k1,") }, "duplicate item id 'k1' (first used on line 20)", 26),
        ({ $0.replacingOccurrences(of: "maximum: 4", with: "maximum: 1") }, "a scale's minimum (1) must be below its maximum (1)", 7),
        ({ $0.replacingOccurrences(of: "threshold: 3", with: "threshold: 1") }, "'threshold' must be a score from 2 to 4", 13),
        ({ $0.replacingOccurrences(of: "{score: 4,", with: "{score: 5,") }, "label score 5 is outside the scale 1-4", 11),
        ({ $0.replacingOccurrences(of: ", difficulty: 1.5}", with: "}") }, "item 'i2' has no 'difficulty'", 36),
        ({ $0.replacingOccurrences(of: "level: 3,", with: "level: 7,") }, "'level' 7.0 is outside the scale 1-4", 15),
        ({ $0.replacingOccurrences(of: "- {id: i1b,", with: "- {id: i1a,") }, "duplicate indicator id 'i1a' (first used on line 34)", 35),
        ({ $0.replacingOccurrences(of: "zone: {from: 0.25, to: 0.75}", with: "zone: {from: 0.8, to: 0.75}") }, "'zone' needs 0 < from < to < 1", 14),
    ]

    @Test("Broken instrument files fail validation with file, line and the rule they broke; nothing loads")
    func validation() throws {
        for (index, case_) in Self.broken.enumerated() {
            let found = try loadIssues(["eigen.yaml": case_.change(partnershipInstrument)])
            // One issue, or two when a renamed field is also missing (case 0).
            #expect(found.count == (index == 0 ? 2 : 1), "case \(index): \(found)")
            #expect(found.allSatisfy { $0.file.hasSuffix("/eigen.yaml") }, "case \(index)")
            #expect(found.contains { $0.message.contains(case_.message) && $0.line == case_.line }, "case \(index): \(found)")
        }
        // A domain without items is only allowed in a structure-only file.
        let empty = partnershipInstrument.replacingOccurrences(of: """
                      - {id: i2, text: {nl: "Feedback", en: "Feedback"}, difficulty: 1.5}

            """, with: "") + "  - {id: leeg, title: {nl: Leeg, en: Empty}}\n"
        #expect(try loadIssues(["eigen.yaml": empty]).contains { $0.message.contains("domain 'leeg' has no items") })
        #expect(try loadIssues(["eigen.yaml": empty.replacingOccurrences(of: "version: \"2026\"", with: "version: \"2026\"\ncomplete: false")])
            .allSatisfy { !$0.message.contains("has no items") })
        // Two files with one id in one folder.
        #expect(try loadIssues(["a.yaml": partnershipInstrument, "b.yaml": partnershipInstrument]).contains { $0.message.contains("instrument id 'partnerschap-observatie' is already used") })
    }
}

@Suite("Scores files")
struct ScoresFileTests {
    @Test("CSV scores keep their lines; a header, blank lines and comments are skipped; indicators follow the score")
    func csv() throws {
        let raw = try ScoresFile.csv(Array("item,score\n# eerste les\nk1,3\n\ni1,2,i1a,i1b=nee\n".utf8), file: "les.csv")
        #expect(raw == [RawScore(item: "k1", score: "3", line: 3), RawScore(item: "i1", score: "2", indicators: ["i1a", "i1b=nee"], line: 5)])
        #expect(throws: ObservationError(file: "les.csv", line: 1, reason: .malformed("a line must be item,score[,indicator...], e.g. 3,4 or 3,4,3a,3b=no"))) {
            try ScoresFile.csv(Array("k1\n".utf8), file: "les.csv")
        }
    }

    @Test("YAML scores read item, score and indicators; an unknown field is named with its line")
    func yaml() throws {
        let raw = try ScoresFile.yaml("scores:\n  - {item: k1, score: 3}\n  - {item: i1, score: 2, indicators: {i1a: yes}}\n", file: "les.yaml")
        #expect(raw.map(\.item) == ["k1", "i1"])
        #expect(raw[1].indicators == ["i1a=yes"])
        #expect(raw[0].line == 2)
        do {
            _ = try ScoresFile.yaml("scores:\n  - {item: k1, scroe: 3}\n", file: "les.yaml")
            Issue.record("expected an error")
        } catch {
            #expect(error.line == 2 && error.file == "les.yaml")
        }
        #expect(throws: ObservationError.self) { try ScoresFile.read("/nonexistent/les.csv") }
    }
}

@Suite("Fuzzing the instrument parser")
struct InstrumentFuzzTests {
    @Test("5,000 mutated instrument files each load as one instrument or give issues naming the file; no crash")
    func mutatedInstruments() throws {
        let bases = [partnershipInstrument, try String(contentsOfFile: shipped + "/instruments/icalt.yaml", encoding: .utf8)]
        var random = SeededGenerator(seed: 10)
        let inserts = [":", "-", "[", "]", "{", "}", "\"", "\n", "  ", "#", "&a", "*a", "id: x\n", "0", "null", "difficulty: 99\n", "minimum: 9\n", "é"]
        var loaded = 0, rejected = 0
        for _ in 0..<5_000 {
            var text = Array(bases.randomElement(using: &random)!)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0...text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.insert(contentsOf: inserts.randomElement(using: &random)!, at: position)
                case 1: if position < text.count { text.removeSubrange(position..<min(text.count, position + Int.random(in: 1...20, using: &random))) }
                default: if position < text.count { text[position] = Character(UnicodeScalar(UInt8.random(in: 32...126, using: &random))) }
                }
            }
            let parsed = ProfileLoader.parse(text: String(text), file: "mutant.yaml", shipped: false)
            if parsed.issues.isEmpty {
                #expect([parsed.framework != nil, parsed.crosswalk != nil, parsed.rule != nil, parsed.instrument != nil].filter { $0 }.count == 1)
                if let (instrument, _) = parsed.instrument {
                    #expect(instrument.scale.minimum < instrument.scale.maximum)
                    #expect(Set(instrument.items.map(\.id)).count == instrument.items.count)
                    #expect(instrument.items.allSatisfy { item in instrument.domains.contains { $0.id == item.domain } })
                }
                loaded += 1
            } else {
                rejected += 1
                #expect(parsed.issues.allSatisfy { $0.file == "mutant.yaml" && !$0.message.isEmpty })
            }
        }
        #expect(loaded + rejected == 5_000 && rejected > 0 && loaded > 0)
    }
}
