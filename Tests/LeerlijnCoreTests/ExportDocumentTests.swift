import Foundation
import Testing
@testable import LeerlijnCore

@Suite("BRLO dossier hours and webhook events")
struct ExportDocumentTests {
    static let person = PersonID()

    static func day(_ text: String) -> Day { Day(iso: text)! }

    /// Hand-computed: per day the largest agreed minutes per week among the covering periods, summed, divided by 7 once
    /// (rounded half up).
    struct HoursCase: Sendable, CustomTestStringConvertible {
        let name: String
        let periods: [(Role, String, String?, Int?)]
        let asOf: String
        let expected: [(String, Int, Bool)]
        var testDescription: String { name }
    }

    static let hoursCases: [HoursCase] = [
        // 2024-2025: 1 June to 31 July 2025 = 61 days × 720 = 43920 / 7 = 6274.3 → 6274.
        // 2025-2026: 365 days × 720 = 262800 / 7 = 37542.9 → 37543.
        // 2026-2027 up to 23 November: 31 + 30 + 31 + 23 = 115 days × 720 = 82800 / 7 = 11828.6 → 11829, not complete.
        HoursCase(name: "one open role at 12 h a week over three school years", periods: [(.schoolopleider, "2025-06-01", nil, 720)], asOf: "2026-11-23",
                  expected: [("2024-2025", 6274, true), ("2025-2026", 37543, true), ("2026-2027", 11829, false)]),
        // 1 Aug to 30 Sep 2025: 61 days at 240 = 14640; 1 Oct 2025 to 31 Jul 2026: 304 days at the larger 480 = 145920.
        // 160560 / 7 = 22937.1 → 22937; complete because 31 July is the as-of day.
        HoursCase(name: "overlapping roles count the larger weekly hours, not the sum",
                  periods: [(.schoolopleider, "2025-08-01", "2025-12-31", 240), (.instituutsopleider, "2025-10-01", nil, 480)], asOf: "2026-07-31",
                  expected: [("2025-2026", 22937, true)]),
        // 2023-2024 includes 29 February 2024: 1 Aug 2023 to 31 Jul 2024 = 366 days × 70 = 25620 / 7 = 3660 exactly.
        HoursCase(name: "a leap school year has 366 days", periods: [(.schoolopleider, "2023-08-01", "2024-07-31", 70)], asOf: "2026-01-01",
                  expected: [("2023-2024", 3660, true)]),
        HoursCase(name: "a role without agreed hours gives no figures", periods: [(.schoolopleider, "2025-08-01", nil, nil)], asOf: "2026-01-01", expected: []),
    ]

    @Test("Hours in the teacher-education role per school year match the hand-computed day sums", arguments: hoursCases)
    func hoursPerYear(_ scenario: HoursCase) {
        let periods = scenario.periods.map { RolePeriod(personId: Self.person, role: $0.0, since: Self.day($0.1), until: $0.2.map(Self.day), minutesPerWeek: $0.3) }
        let result = BRLODossier.hoursPerYear(periods, asOf: Self.day(scenario.asOf))
        #expect(result.map { "\($0.schoolYear) \($0.minutes) \($0.complete)" } == scenario.expected.map { "\($0.0) \($0.1) \($0.2)" })
        for year in result { #expect(year.hours == (Double(year.minutes) / 6).rounded() / 10) }
    }

    @Test("The change of an activity revision follows what was announced before it")
    func changes() {
        #expect(ActivityEvent.change(deleted: false, previous: nil) == .created)
        #expect(ActivityEvent.change(deleted: false, previous: .created) == .updated)
        #expect(ActivityEvent.change(deleted: false, previous: .updated) == .updated)
        #expect(ActivityEvent.change(deleted: true, previous: .updated) == .deleted)
        #expect(ActivityEvent.change(deleted: false, previous: .deleted) == .restored)
        #expect(ActivityEvent.change(deleted: false, previous: .restored) == .updated)
    }

    @Test("Event ids are stable per activity revision and differ between revisions and from statement ids")
    func eventIDs() {
        let activity = ActivityID()
        #expect(ActivityEvent.eventID(activity: activity, revision: 1) == ActivityEvent.eventID(activity: activity, revision: 1))
        #expect(ActivityEvent.eventID(activity: activity, revision: 1) != ActivityEvent.eventID(activity: activity, revision: 2))
        #expect(ActivityEvent.eventID(activity: activity, revision: 1) != XAPIStatement.statementID(activity: activity, revision: 1))
    }

    @Test("The signature is sha256= and the HMAC-SHA256 of the exact body (RFC 4231 test case 2)")
    func signature() {
        #expect(ActivityEvent.signature(body: Array("what do ya want for nothing?".utf8), secret: "Jefe")
            == "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }

    @Test("A deleted activity's event carries its id, revision, person and deletion time, not its content")
    func deletedEvent() {
        let now = Date(timeIntervalSince1970: 1_790_000_000)
        var activity = Activity(personId: Self.person, date: Self.day("2026-10-03"), minutes: 90, kind: "cursus", title: "Rekenen",
                                reflection: "Iets persoonlijks", createdAt: now, updatedAt: now)
        activity.deletedAt = now
        activity.revision = 3
        let person = ActivityEvent.PersonPart(id: Self.person, name: "Sanne", email: nil, externalIds: [.init(board: "eemvallei", value: "100234")])
        let document = ActivityEvent.document(for: ActivityEntry(activity: activity, personName: "Sanne", evidence: []), change: .deleted, person: person)
        #expect(document["type"] as? String == "activity.deleted")
        let body = document["activity"] as! [String: Any]
        #expect(body["revision"] as? Int == 3 && body["deletedAt"] is String)
        #expect(body["title"] == nil && body["reflection"] == nil && body["minutes"] == nil)
        #expect(document["id"] as? String == ActivityEvent.eventID(activity: activity.id, revision: 3).uuidString.lowercased())
    }
}
