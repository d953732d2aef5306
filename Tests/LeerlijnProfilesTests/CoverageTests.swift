import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

/// A small catalog written by hand: framework A (a1 with children a1x, a1y; a2), framework B (b1, b2),
/// domains D (d1, d2), and a crosswalk A -> B mapping a1x to b1 and a2 to b1 and b2.
func smallCatalog() -> ProfileCatalog {
    func item(_ id: String, _ children: [FrameworkItem] = []) -> FrameworkItem {
        FrameworkItem(id: id, title: LocalizedText(nl: id, en: id), items: children)
    }
    let source = SourceCitation(citation: "test")
    let a = Framework(id: "a", kind: .competences, title: .init(nl: "A", en: "A"), version: "1", validFrom: nil, sectors: [.po],
                      source: source, items: [item("a1", [item("a1x"), item("a1y")]), item("a2")], origin: "a.yaml", shipped: true)
    let b = Framework(id: "b", kind: .competences, title: .init(nl: "B", en: "B"), version: "2", validFrom: nil, sectors: [.po],
                      source: source, items: [item("b1"), item("b2")], origin: "b.yaml", shipped: true)
    let d = Framework(id: "d", kind: .domains, title: .init(nl: "D", en: "D"), version: "1", validFrom: nil, sectors: [.any],
                      source: source, items: [item("d1"), item("d2")], origin: "d.yaml", shipped: true)
    let crosswalk = Crosswalk(id: "a--b", from: "a", to: "b", title: nil, source: nil,
                              mappings: [.init(from: "a1x", to: ["b1"], basis: .proposal), .init(from: "a2", to: ["b1", "b2"], basis: .proposal)],
                              origin: "cw.yaml", shipped: true)
    return ProfileCatalog(frameworks: [a, b, d], crosswalks: [crosswalk])
}

func ref(_ text: String) -> ItemReference { ItemReference(fullID: text)! }

@Suite("Coverage arithmetic")
struct CoverageTests {
    let catalog = smallCatalog()
    let day1 = Day(year: 2026, month: 9, day: 1)!, day2 = Day(year: 2026, month: 10, day: 1)!

    @Test("An activity counts for its item and that item's parents, once each")
    func rollUp() throws {
        let activities = [
            MappedActivity(date: day1, minutes: 60, evidence: 1, items: [ref("a:a1x"), ref("a:a1y")]),
            MappedActivity(date: day2, minutes: 30, evidence: 0, items: [ref("a:a1y")]),
        ]
        let report = try #require(catalog.coverage(of: "a", by: activities, from: nil, to: nil))
        let byID = Dictionary(uniqueKeysWithValues: report.items.map { ($0.item, $0) })
        // a1 holds both activities once: 60 + 30 = 90, not 60 + 60 + 30.
        #expect(byID["a:a1"]?.minutes == 90)
        #expect(byID["a:a1"]?.activities == 2)
        #expect(byID["a:a1x"]?.minutes == 60)
        #expect(byID["a:a1y"]?.minutes == 90)
        #expect(byID["a:a1y"]?.lastDate == day2)
        #expect(byID["a:a1"]?.evidence == 1)
        #expect(report.gaps == ["a:a2"])
        #expect(report.minutes == 90 && report.coveredActivities == 2)
    }

    @Test("Under B, activities mapped to A items count through the crosswalk; under A, B items count back")
    func crosswalkArithmetic() throws {
        let activities = [
            MappedActivity(date: day1, minutes: 60, evidence: 0, items: [ref("a:a1x")]),   // -> b1
            MappedActivity(date: day1, minutes: 45, evidence: 0, items: [ref("a:a2")]),    // -> b1, b2
            MappedActivity(date: day2, minutes: 15, evidence: 0, items: [ref("a:a1y")]),   // no crosswalk
            MappedActivity(date: day2, minutes: 20, evidence: 0, items: [ref("b:b2")]),    // directly b2
        ]
        let b = try #require(catalog.coverage(of: "b", by: activities, from: nil, to: nil))
        let minutes = Dictionary(uniqueKeysWithValues: b.items.map { ($0.item, $0.minutes) })
        #expect(minutes == ["b:b1": 60 + 45, "b:b2": 45 + 20])
        #expect(b.coveredActivities == 3)
        // Back from B to A: b2 relates to a2 (reverse of a2 -> b1, b2).
        let a = try #require(catalog.coverage(of: "a", by: activities, from: nil, to: nil))
        let aMinutes = Dictionary(uniqueKeysWithValues: a.items.map { ($0.item, $0.minutes) })
        #expect(aMinutes["a:a2"] == 45 + 20)
        #expect(aMinutes["a:a1"] == 60 + 15)
    }

    @Test("Coverage sums match sums computed independently over random activities")
    func randomSums() throws {
        var random = SeededGenerator(seed: 7)
        let pool = ["a:a1", "a:a1x", "a:a1y", "a:a2", "b:b1", "b:b2", "d:d1", "d:d2"].map(ref)
        let activities = (0..<500).map { _ in
            MappedActivity(date: day1, minutes: Int.random(in: 1...240, using: &random), evidence: Int.random(in: 0...2, using: &random),
                           items: (0..<Int.random(in: 0...3, using: &random)).map { _ in pool.randomElement(using: &random)! })
        }
        let report = try #require(catalog.coverage(of: "b", by: activities, from: nil, to: nil))
        // Independently: which B items does each activity reach?
        func reaches(_ activity: MappedActivity, _ item: String) -> Bool {
            activity.items.contains { r in
                switch (r.fullID, item) {
                case ("b:b1", "b:b1"), ("b:b2", "b:b2"), ("a:a1x", "b:b1"), ("a:a2", "b:b1"), ("a:a2", "b:b2"): true
                default: false
                }
            }
        }
        for item in ["b:b1", "b:b2"] {
            let expected = activities.filter { reaches($0, item) }
            let row = try #require(report.items.first { $0.item == item })
            #expect(row.minutes == expected.reduce(0) { $0 + $1.minutes })
            #expect(row.activities == expected.count)
            #expect(row.evidence == expected.reduce(0) { $0 + $1.evidence })
        }
        #expect(report.minutes == activities.reduce(0) { $0 + $1.minutes })
        // Domain balance: minutes of activities in each domain, shares of all minutes.
        for domain in ["d:d1", "d:d2"] {
            let expected = activities.filter { $0.items.contains(ref(domain)) }.reduce(0) { $0 + $1.minutes }
            let share = try #require(report.domains.first { $0.domain == domain })
            #expect(share.minutes == expected)
            #expect(abs(share.share - Double(expected) / Double(report.minutes)) < 1e-9)
        }
        let withoutDomain = activities.filter { !$0.items.contains(ref("d:d1")) && !$0.items.contains(ref("d:d2")) }.reduce(0) { $0 + $1.minutes }
        #expect(report.minutesWithoutDomain == withoutDomain)
    }

    @Test("Items resolve by full id or an unambiguous end; ambiguous and unknown ids are refused with suggestions")
    func resolution() throws {
        #expect(try catalog.resolveItem("a:a1x", kind: .competences) == ref("a:a1x"))
        #expect(try catalog.resolveItem("A1X", kind: .competences) == ref("a:a1x"))
        #expect(try catalog.resolveItem("d1", kind: .domains) == ref("d:d1"))
        // A domain is not a competence: not found, with competences as suggestions.
        #expect(throws: LookupError.notFound(.competence, query: "d1", suggestions: ["a:a1", "b:b1", "a:a1x"])) { try catalog.resolveItem("d1", kind: .competences) }
        #expect(throws: LookupError.notFound(.competence, query: "a1z", suggestions: ["a:a1", "a:a1x", "a:a1y"])) { try catalog.resolveItem("a1z", kind: .competences) }
        // "1x" is not at a boundary of "a:a1x".
        #expect(throws: LookupError.self) { try catalog.resolveItem("1x", kind: .competences) }
        #expect(try catalog.resolveFramework("b").id == "b")
        let mappings = try catalog.mappings(competences: ["a1x, b:b2", "a1x"], domains: ["d2"], for: ActivityID())
        #expect(mappings.map(\.reference.fullID) == ["a:a1x", "b:b2", "d:d2"])
        #expect(mappings.map(\.version) == ["1", "2", "1"])
    }

    @Test("Top-level gaps for many people in a row are the coverage report's top-level items without activity, through crosswalks too")
    func topLevelGapsMatchCoverage() throws {
        let references = ["a:a1", "a:a1x", "a:a1y", "a:a2", "b:b1", "b:b2", "d:d1", "d:d2", "a:nope", "x:y"].map(ref)
        var gaps = TopLevelGaps(catalog: catalog)
        var random = SeededGenerator(seed: 17)
        for _ in 0..<400 {
            let covered = references.filter { _ in Bool.random(using: &random) }
            for framework in ["a", "b", "d"] {
                let report = try #require(catalog.coverage(of: framework, by: [MappedActivity(date: day1, minutes: 1, evidence: 0, items: covered)], from: nil, to: nil))
                let expected = report.items.filter { $0.depth == 0 && $0.activities == 0 }.map(\.item)
                #expect(gaps.gaps(in: framework, covered: covered) == expected, "\(framework) \(covered)")
            }
        }
        #expect(gaps.gaps(in: "unknown", covered: references) == nil)
    }
}
