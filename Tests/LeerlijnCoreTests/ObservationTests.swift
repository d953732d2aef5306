import Foundation
import Testing
@testable import LeerlijnCore

/// A made-up instrument (not ICALT): three domains of two items, scale 1-4, Rasch threshold 3, readiness 3 in
/// two observations by different observers.
func testInstrument(difficulties: Bool = true) -> Instrument {
    func item(_ id: String, _ domain: String, _ b: Double, indicators: [Instrument.Indicator] = []) -> Instrument.Item {
        Instrument.Item(id: id, domain: domain, text: LocalizedText(nl: id, en: id), indicators: indicators, difficulty: difficulties ? b : nil)
    }
    return Instrument(
        id: "test", version: "1", title: LocalizedText(nl: "Test", en: "Test"), source: SourceCitation(citation: "test"),
        scale: Instrument.Scale(minimum: 1, maximum: 4),
        domains: ["klimaat", "organisatie", "instructie"].map { Instrument.Domain(id: $0, title: LocalizedText(nl: $0, en: $0)) },
        items: [item("k1", "klimaat", -1.5), item("k2", "klimaat", -1.0), item("o1", "organisatie", -0.5), item("o2", "organisatie", 0),
                item("i1", "instructie", 1.0, indicators: [Instrument.Indicator(id: "i1a", text: LocalizedText(nl: "a", en: "a"))]),
                item("i2", "instructie", 1.5)],
        rasch: difficulties ? Instrument.RaschSettings(threshold: 3) : nil,
        readiness: Instrument.ReadinessRule(level: 3, observations: 2, differentObservers: true))
}

func scores(_ values: [Int]) -> [ItemScore] {
    zip(["k1", "k2", "o1", "o2", "i1", "i2"], values).map { ItemScore(item: $0, score: $1) }
}

let observed = PersonID(), karin = PersonID(), piet = PersonID()

func entry(_ date: String, by observer: PersonID, _ values: [Int], group: String? = nil) -> ObservationEntry {
    ObservationEntry(
        observation: Observation(personId: observed, observerId: observer, date: Day(iso: date)!, instrument: "test", instrumentVersion: "1",
                                 group: group, subject: nil, remarks: nil, activityId: nil, observerActivityId: nil, createdAt: Date(timeIntervalSince1970: 0)),
        personName: "Sanne", observerName: observer == karin ? "Karin" : "Piet", scores: scores(values))
}

@Suite("Rasch estimate")
struct RaschTests {
    @Test("The ability for items of difficulty -1, 0 and 1 with the first two shown matches the hand computation: 0.803 logits")
    func handComputedExample() throws {
        // By hand. Items b = (-1, 0, 1), responses x = (1, 1, 0), so r = 2 of n = 3.
        // Start: θ0 = ln(r / (n - r)) + mean(b) = ln 2 + 0 = 0.6931.
        // Step 1 at θ0: P1 = 1 / (1 + e^-(0.6931 + 1)) = 1 / (1 + 0.5·e^-1) = 1 / 1.18394 = 0.84464
        //               P2 = 1 / (1 + e^-0.6931) = 1 / 1.5 = 0.66667
        //               P3 = 1 / (1 + e^-(0.6931 - 1)) = 1 / (1 + 0.5·e) = 1 / 2.35914 = 0.42388
        //   Σ P = 1.93519; Σ P(1 - P) = 0.13122 + 0.22222 + 0.24420 = 0.59765
        //   θ1 = 0.6931 + (2 - 1.93519) / 0.59765 = 0.6931 + 0.10845 = 0.80159
        // Step 2 at θ1: P = (0.85834, 0.69032, 0.45056); Σ P = 1.99922; Σ P(1 - P) = 0.58293
        //   θ2 = 0.80159 + (2 - 1.99922) / 0.58293 = 0.80159 + 0.00134 = 0.80293
        // Step 3 changes θ by less than 1e-6. Standard error = 1 / sqrt(0.58273) = 1.310.
        let estimate = try #require(Rasch.estimate([(-1, true), (0, true), (1, false)]))
        #expect(abs(estimate.ability - 0.80293) < 0.0005)
        #expect(abs(estimate.standardError - 1.310) < 0.001)
        #expect(estimate.shown == 2 && estimate.items == 3 && !estimate.extreme)
    }

    @Test("All items shown is an extreme score: estimated for n - 0.5 and marked extreme, not infinite")
    func extremeScore() throws {
        // Σ P(θ) = 2.5 for b = (-1, 0, 1): θ ≈ 1.824 (solved the same way).
        let estimate = try #require(Rasch.estimate([(-1, true), (0, true), (1, true)]))
        #expect(estimate.extreme)
        #expect(abs(estimate.ability - 1.824) < 0.001)
        let none = try #require(Rasch.estimate([(-1, false), (0, false), (1, false)]))
        #expect(none.extreme && abs(none.ability + 1.824) < 0.001)
        #expect(Rasch.estimate([]) == nil)
    }
}

@Suite("Agreement between observers")
struct AgreementTests {
    @Test("Cohen's kappa of two observers matches the hand computation: 5 of 6 identical, kappa 0.6")
    func handComputedKappa() throws {
        // Observer A: 4 3 3 3 3 3; observer B: 4 3 3 3 3 2.
        // p_o = 5/6. A gives 4 once and 3 five times; B gives 4 once, 3 four times, 2 once.
        // p_e = (1/6)(1/6) + (5/6)(4/6) + (0)(1/6) = 1/36 + 20/36 = 21/36 = 0.58333.
        // κ = (5/6 - 21/36) / (1 - 21/36) = (30/36 - 21/36) / (15/36) = 9/15 = 0.6.
        let agreement = try #require(Agreement.between(scores([4, 3, 3, 3, 3, 3]), scores([4, 3, 3, 3, 3, 2])))
        #expect(agreement.items == 6 && agreement.identical == 5)
        #expect(abs(agreement.share - 5.0 / 6.0) < 1e-9)
        #expect(abs(agreement.kappa! - 0.6) < 1e-9)
    }

    @Test("Kappa is undefined when both observers give one and the same score throughout; no shared item gives no agreement")
    func degenerate() {
        #expect(Agreement.between(scores([3, 3, 3, 3, 3, 3]), scores([3, 3, 3, 3, 3, 3]))?.kappa == nil)
        #expect(Agreement.between([ItemScore(item: "k1", score: 1)], [ItemScore(item: "k2", score: 1)]) == nil)
    }
}

@Suite("Observation analysis")
struct ObservationAnalysisTests {
    /// Three observations over two school years (2025-2026: October and March; 2026-2027: October).
    let entries = [entry("2025-10-01", by: karin, [2, 2, 2, 1, 1, 1]), entry("2026-03-01", by: karin, [3, 3, 3, 2, 2, 1]),
                   entry("2026-10-01", by: piet, [4, 3, 3, 3, 3, 2])]

    @Test("Domain means per observation, growth first to latest, and per school year the mean of that year's observations")
    func growth() throws {
        let summary = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(), entries: entries.reversed()))
        #expect(summary.observations.map(\.date.description) == ["2025-10-01", "2026-03-01", "2026-10-01"])
        #expect(summary.observations[0].domains.map(\.mean) == [2, 1.5, 1])
        // klimaat 2 -> 3.5, organisatie 1.5 -> 3, instructie 1 -> 2.5
        #expect(summary.growth.map(\.change) == [1.5, 1.5, 1.5])
        #expect(summary.schoolYears.map(\.schoolYear.description) == ["2025-2026", "2026-2027"])
        // 2025-2026 klimaat: (2 + 3) / 2 = 2.5; organisatie (1.5 + 2.5) / 2 = 2; instructie (1 + 1.5) / 2 = 1.25
        #expect(summary.schoolYears[0].domains.map(\.mean) == [2.5, 2, 1.25])
        #expect(summary.schoolYears[1].observations == 1)
    }

    @Test("The coaching focus is the not-yet-shown items with a success probability in 0.25...0.75 at the latest ability")
    func zoneOfProximalDevelopment() throws {
        let summary = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(), entries: entries))
        // Latest: shown k1 k2 o1 o2 i1 (score >= 3), not shown i2 (b = 1.5). Ability ≈ 1.88; P(i2) ≈ 0.59: in the zone.
        let rasch = try #require(summary.rasch)
        #expect(rasch.shown == 5 && !rasch.extreme)
        #expect(summary.focus.method == .zoneOfProximalDevelopment)
        #expect(summary.focus.items.map(\.item) == ["i2"])
        let p = try #require(summary.focus.items.first?.probability)
        #expect(p >= 0.25 && p <= 0.75)
    }

    @Test("Without difficulties the focus is the lowest-scored items below the scale maximum, lowest first")
    func weakestItems() throws {
        let summary = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(difficulties: false), entries: entries))
        #expect(summary.rasch == nil)
        #expect(summary.focus.method == .weakestItems)
        #expect(summary.focus.items.map(\.item) == ["i2", "k2", "o1", "o2", "i1"])
    }

    @Test("Readiness needs every domain at the level in two observations by different observers, and is only a flag")
    func readiness() throws {
        let sameObserver = entries + [entry("2026-11-01", by: piet, [4, 4, 3, 3, 3, 3])]
        let one = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(), entries: sameObserver))
        #expect(one.readiness?.ready == false)
        #expect(one.readiness?.observers == 1)
        let two = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(),
                                                          entries: sameObserver + [entry("2026-11-15", by: karin, [3, 3, 3, 3, 3, 3])]))
        #expect(two.readiness?.ready == true)
        #expect(two.brief?.readyForBasisbekwaamConversation == true)
    }

    @Test("Two observers of the same lesson (same day, group and subject) are paired with their agreement")
    func pairs() throws {
        let lesson = [entry("2026-10-01", by: karin, [4, 3, 3, 3, 3, 3], group: "Groep 5"), entry("2026-10-01", by: piet, [4, 3, 3, 3, 3, 2], group: "groep 5 "),
                      entry("2026-10-01", by: piet, [1, 1, 1, 1, 1, 1], group: "groep 6")]
        let summary = try #require(ObservationSummary.compute(person: "Sanne", instrument: testInstrument(), entries: lesson))
        #expect(summary.agreements.count == 1)
        #expect(summary.agreements.first?.observers == ["Karin", "Piet"])
        #expect(abs((summary.agreements.first?.agreement.kappa ?? 0) - 0.6) < 1e-9)
    }
}

@Suite("Checking scores against an instrument")
struct ObservationScoresTests {
    @Test("A score outside the scale, an unknown item, a duplicate and a foreign indicator are each rejected with file, line and item")
    func rejections() {
        func error(_ raw: [RawScore]) -> ObservationError? {
            do { _ = try ObservationScores.check(raw, instrument: testInstrument(), file: "les.csv"); return nil } catch { return error }
        }
        let outside = error([RawScore(item: "k1", score: "5", line: 2)])
        #expect(outside == ObservationError(file: "les.csv", line: 2, item: "k1", reason: .scoreOutsideScale("5", minimum: 1, maximum: 4)))
        let unknown = error([RawScore(item: "k9", score: "3", line: 3)])
        #expect(unknown?.item == "k9" && unknown?.line == 3)
        if case .unknownItem(let instrument, let suggestions)? = unknown?.reason {
            #expect(instrument == "test" && suggestions.contains("k1"))
        } else {
            Issue.record("expected unknownItem, got \(String(describing: unknown))")
        }
        #expect(error([RawScore(item: "k1", score: "3", line: 1), RawScore(item: "k1", score: "2", line: 4)])?.reason == .duplicateItem(firstLine: 1))
        #expect(error([RawScore(item: "k1", score: "2.5")])?.reason == .scoreOutsideScale("2.5", minimum: 1, maximum: 4))
        #expect(error([RawScore(item: "k1", score: "3", indicators: ["i1a"])])?.reason == .badIndicator("i1a", expected: []))
        #expect(error([])?.reason == .noScores)
        let good = try? ObservationScores.check([RawScore(item: "i1", score: "3", indicators: ["i1a=nee"])], instrument: testInstrument(), file: nil)
        #expect(good == [ItemScore(item: "i1", score: 3, indicators: ["i1a": false])])
    }

    @Test("An instrument marked complete: false cannot be used")
    func incomplete() {
        var instrument = testInstrument()
        instrument.complete = false
        #expect(throws: ObservationError(file: nil, reason: .incompleteInstrument("test"))) {
            try ObservationScores.check([RawScore(item: "k1", score: "3")], instrument: instrument, file: nil)
        }
    }
}
