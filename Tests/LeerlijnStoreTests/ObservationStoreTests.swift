import Foundation
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

/// A made-up instrument (not ICALT) with six items in three domains, scale 1-4, built in Swift.
let storeInstrument = Instrument(
    id: "test", version: "1", title: LocalizedText(nl: "Test", en: "Test"), source: SourceCitation(citation: "test"),
    scale: Instrument.Scale(minimum: 1, maximum: 4),
    domains: ["klimaat", "organisatie"].map { Instrument.Domain(id: $0, title: LocalizedText(nl: $0, en: $0)) },
    items: [Instrument.Item(id: "k1", domain: "klimaat", text: LocalizedText(nl: "k1", en: "k1")),
            Instrument.Item(id: "k2", domain: "klimaat", text: LocalizedText(nl: "k2", en: "k2"),
                            indicators: [Instrument.Indicator(id: "k2a", text: LocalizedText(nl: "a", en: "a"))]),
            Instrument.Item(id: "o1", domain: "organisatie", text: LocalizedText(nl: "o1", en: "o1"))])

extension Fixture {
    /// Row counts of the tables an observation writes to.
    func observationCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for table in ["observation", "observation_score", "activity", "audit"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}

@Suite("Recording lesson observations")
struct ObservationStoreTests {
    func fixture() throws -> Fixture {
        let fixture = try Fixture()
        try fixture.addPerson("Sanne de Vries", "100")
        try fixture.addPerson("Karin Opleider", "200")
        return fixture
    }

    func observation(_ scores: [ItemScore], observer: String = "karin", logForObserver: Bool = false) -> NewObservation {
        NewObservation(person: "sanne", observer: observer, date: day("2026-10-05"), scores: scores, group: "groep 5", subject: "rekenen",
                       remarks: "Rustige les", minutes: 50, logForObserver: logForObserver, file: "les.csv")
    }

    @Test("An observation is stored with its scores, instrument version, group and subject, and logged as lesbezoek for both")
    func record() throws {
        let f = try fixture()
        let entry = try f.database.recordObservation(
            observation([ItemScore(item: "k1", score: 3), ItemScore(item: "k2", score: 2, indicators: ["k2a": true]), ItemScore(item: "o1", score: 4)],
                        logForObserver: true),
            instrument: storeInstrument, actor: "test")
        #expect(entry.observerName == "Karin Opleider" && entry.personName == "Sanne de Vries")
        #expect(entry.observation.instrumentVersion == "1" && entry.observation.group == "groep 5" && entry.observation.subject == "rekenen")
        #expect(entry.scores == [ItemScore(item: "k1", score: 3), ItemScore(item: "k2", score: 2, indicators: ["k2a": true]), ItemScore(item: "o1", score: 4)])
        let own = try f.database.activities(matching: ActivityFilter(person: "sanne"))
        #expect(own.map(\.activity.kind) == ["lesbezoek"] && own.first?.activity.minutes == 50)
        let observer = try f.database.activities(matching: ActivityFilter(person: "karin"))
        #expect(observer.first?.activity.guidedPersonId == entry.observation.personId)
        #expect(try f.observationCounts() == ["observation": 1, "observation_score": 3, "activity": 2, "audit": 3 + 2])
        let summary = try #require(try f.database.observationSummary(of: "sanne", instruments: InstrumentCatalog(instruments: [storeInstrument])))
        #expect(summary.observations.first?.domains.map(\.mean) == [2.5, 4])
    }

    @Test("A score outside the scale, an unknown item or an unknown observer is rejected with file, item and reason, and nothing is stored")
    func rejections() throws {
        let f = try fixture()
        let before = try f.observationCounts()
        func failure(_ new: NewObservation) -> ObservationError? {
            do {
                _ = try f.database.recordObservation(new, instrument: storeInstrument, actor: "test")
                return nil
            } catch {
                guard case let .observation(error) = error else { Issue.record("unexpected \(error)"); return nil }
                return error
            }
        }
        let outside = failure(observation([ItemScore(item: "k1", score: 3), ItemScore(item: "o1", score: 7)]))
        #expect(outside == ObservationError(file: "les.csv", item: "o1", reason: .scoreOutsideScale("7", minimum: 1, maximum: 4)))
        let unknown = failure(observation([ItemScore(item: "x9", score: 3)]))
        #expect(unknown?.file == "les.csv" && unknown?.item == "x9")
        let observer = failure(observation([ItemScore(item: "k1", score: 3)], observer: "Niemand Bekend"))
        #expect(observer?.file == "les.csv")
        #expect(observer?.reason == .unknownObserver("Niemand Bekend", suggestions: []))
        #expect(failure(observation([ItemScore(item: "k1", score: 3)], observer: "sanne"))?.reason == .observerIsPerson("sanne"))
        #expect(try f.observationCounts() == before)
    }

    @Test("A person's export holds their observations; erasing the observer keeps the observation without the observer")
    func eraseObserver() throws {
        let f = try fixture()
        _ = try f.database.recordObservation(observation([ItemScore(item: "k1", score: 3)], logForObserver: true), instrument: storeInstrument, actor: "test")
        // The observed person's export holds the observation; the observer's names it among those made.
        let exportFolder = f.folder + "/export"
        _ = try f.database.exportPerson("sanne", to: exportFolder, today: Fixture.today)
        let exported = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exportFolder + "/person.json"))) as! [String: Any]
        #expect((exported["observations"] as! [Any]).count == 1)
        _ = try f.database.exportPerson("karin", to: exportFolder + "-karin", today: Fixture.today)
        let observerExport = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: exportFolder + "-karin/person.json"))) as! [String: Any]
        #expect((observerExport["observationsMade"] as! [String]).count == 1)
        _ = try f.database.erasePerson("karin", actor: "test")
        let kept = try f.database.observations(of: "sanne")
        #expect(kept.count == 1 && kept[0].observation.observerId == nil && kept[0].observerName == nil)
        _ = try f.database.erasePerson("sanne", actor: "test")
        #expect(try f.observationCounts()["observation"] == 0)
        #expect(try f.observationCounts()["observation_score"] == 0)
    }
}
