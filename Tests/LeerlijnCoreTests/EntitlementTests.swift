import Testing
@testable import LeerlijnCore

/// Rules as the shipped files define them (the Profiles tests check that the files say the same).
let starterRule = Rule(
    id: "cao-po-starter", kind: .hoursBudget, title: .init(nl: "Starters", en: "Starters"), description: nil, sectors: [.po],
    source: .init(citation: "test"), historic: false,
    versions: [RuleVersion(validFrom: Day(year: 2014, month: 10, day: 1)!, minutesPerYear: 40 * 60, appliesTo: Applicability(phases: [.starter]))],
    origin: "test", shipped: true)
let generalRule = Rule(
    id: "cao-po-professionalisering", kind: .hoursBudget, title: .init(nl: "Prof", en: "Prof"), description: nil, sectors: [.po],
    source: .init(citation: "test"), historic: false,
    versions: [RuleVersion(validFrom: Day(year: 2014, month: 7, day: 1)!, minutesPerYear: 80 * 60, carryOver: CarryOver(allowed: true))],
    origin: "test", shipped: true)
/// A made-up rule whose hours change on 1 January 2027, to check that each day takes its own version.
let changingRule = Rule(
    id: "changing", kind: .hoursBudget, title: .init(nl: "x", en: "x"), description: nil, sectors: [.po], source: .init(citation: "test"), historic: false,
    versions: [
        RuleVersion(validFrom: Day(year: 2014, month: 1, day: 1)!, validUntil: Day(year: 2026, month: 12, day: 31)!, minutesPerYear: 40 * 60),
        RuleVersion(validFrom: Day(year: 2027, month: 1, day: 1)!, minutesPerYear: 60 * 60),
    ], origin: "test", shipped: true)

func d(_ text: String) -> Day { Day(iso: text)! }
let someone = PersonID()

func phase(_ phase: Phase, _ since: String) -> PhasePeriod { PhasePeriod(personId: someone, phase: phase, since: d(since)) }
func job(_ fte: String, _ since: String, _ until: String? = nil, board: Int64 = 1) -> Employment {
    Employment(personId: someone, boardId: board, since: d(since), until: until.map(d), fte: try! FTE.parse(fte))
}

struct Scenario: CustomTestStringConvertible, Sendable {
    let name: String
    let rule: Rule
    let line: PersonLine
    let year: SchoolYear
    let expected: Int
    var testDescription: String { name }
}

let y2026 = SchoolYear(startYear: 2026)   // 1 Aug 2026 - 31 Jul 2027: 365 days
let y2027 = SchoolYear(startYear: 2027)   // 1 Aug 2027 - 31 Jul 2028: 366 days (29 Feb 2028)

/// Each expected figure is worked out by hand: minutes per year × Σ FTE over the applicable days / days in the year,
/// rounded once at the end. 40 h = 2400 min. Days: Aug 31, Sep 30, Oct 31, Nov 30, Dec 31, Jan 31, Feb 28 (29 in 2028),
/// Mar 31, Apr 30, May 31, Jun 30, Jul 31; so 1 Aug - 31 Dec is 153 days and 1 Jan - 31 Jul is 212 (213 in 2028).
let scenarios: [Scenario] = [
    // 1. Full-time starter all year: 2400 × 365 / 365 = 2400.
    Scenario(name: "full-time starter for a whole year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01")]), year: y2026, expected: 2400),
    // 2. 0.6 FTE from 1 January: 0.6 × 2400 × 212 / 365 = 305280 / 365 = 836.38 -> 836.
    Scenario(name: "0.6 FTE from 1 January", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("0,6", "2027-01-01")]), year: y2026, expected: 836),
    // 3. FTE 1.0 until 31 Dec, 0.5 from 1 Jan: 2400 × (153 × 1 + 212 × 0.5) / 365 = 2400 × 259 / 365 = 1703.01 -> 1703.
    Scenario(name: "FTE change mid-year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2025-08-01")], employments: [job("1", "2025-08-01", "2026-12-31"), job("0.5", "2027-01-01")]),
             year: y2026, expected: 1703),
    // 4. Starter until 28 Feb, basisbekwaam from 1 Mar: 153 + 31 + 28 = 212 starter days: 2400 × 212 / 365 = 1393.97 -> 1394.
    Scenario(name: "basisbekwaam reached mid-year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2025-08-01"), phase(.basisbekwaam, "2027-03-01")], employments: [job("1", "2025-08-01")]),
             year: y2026, expected: 1394),
    // 5. 2027-2028 has 366 days; a whole year is still 2400 × 366 / 366 = 2400.
    Scenario(name: "a school year with 29 February, whole year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2027-08-01")], employments: [job("1", "2027-08-01")]), year: y2027, expected: 2400),
    // 6. From 29 Feb 2028: 1 + 31 + 30 + 31 + 30 + 31 = 154 days: 2400 × 154 / 366 = 1009.84 -> 1010.
    Scenario(name: "a school year with 29 February, from 29 February", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2028-02-29")], employments: [job("1", "2027-08-01")]), year: y2027, expected: 1010),
    // 7. 0.4 at one board and 0.4 at another, all year: 0.8 × 2400 = 1920.
    Scenario(name: "two employments at once", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("0.4", "2026-08-01", board: 1), job("0.4", "2026-08-01", board: 2)]),
             year: y2026, expected: 1920),
    // 8. 0.8 at board 1 until 31 Dec (153 days), 1.0 at board 2 from 1 Jan (212):
    //    2400 × (0.8 × 153 + 212) / 365 = 2400 × 334.4 / 365 = 2198.79 -> 2199.
    Scenario(name: "a move between boards", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("0.8", "2026-08-01", "2026-12-31", board: 1), job("1", "2027-01-01", board: 2)]),
             year: y2026, expected: 2199),
    // 9. Student until 31 Oct, starter and employed from 1 Nov: 30 + 31 + 31 + 28 + 31 + 30 + 31 + 30 + 31 = 273 days:
    //    2400 × 273 / 365 = 1795.07 -> 1795.
    Scenario(name: "a student who becomes a starter", rule: starterRule,
             line: PersonLine(phases: [phase(.student, "2023-09-01"), phase(.starter, "2026-11-01")], employments: [job("1", "2026-11-01")]),
             year: y2026, expected: 1795),
    // 10. A student is never a starter: 0.
    Scenario(name: "a student gets no starter hours", rule: starterRule,
             line: PersonLine(phases: [phase(.student, "2026-08-01")], employments: [job("0.2", "2026-08-01")]), year: y2026, expected: 0),
    // 11. No employment recorded: FTE 0 every day: 0.
    Scenario(name: "a starter without an employment gets 0", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")]), year: y2026, expected: 0),
    // 12. General professional development, 80 h = 4800 min, any phase, 0.8 FTE: 4800 × 0.8 = 3840.
    Scenario(name: "general professional development at 0.8 FTE", rule: generalRule,
             line: PersonLine(phases: [phase(.vakbekwaam, "2010-08-01")], employments: [job("0.8", "2010-08-01")]), year: y2026, expected: 3840),
    // 13. Versions: 2400 min/year on the 153 days to 31 Dec, 3600 on the 212 from 1 Jan:
    //     (2400 × 153 + 3600 × 212) / 365 = (367200 + 763200) / 365 = 1130400 / 365 = 3096.99 -> 3097.
    Scenario(name: "a rule whose hours change mid-year", rule: changingRule,
             line: PersonLine(employments: [job("1", "2020-08-01")]), year: y2026, expected: 3097),
    // 14. 0.8250 FTE (four decimals) all year: 2400 × 0.825 = 1980 exactly.
    Scenario(name: "a werktijdfactor with four decimals", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("0.8250", "2026-08-01")]), year: y2026, expected: 1980),
    // 15. Employment ends on 31 July of the previous year: nothing this year.
    Scenario(name: "an employment that ended before the year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2025-08-01")], employments: [job("1", "2025-08-01", "2026-07-31")]), year: y2026, expected: 0),
]

@Suite("Entitlement arithmetic")
struct EntitlementTests {
    @Test("Entitlements match the figures computed by hand", arguments: scenarios)
    func scenario(_ scenario: Scenario) {
        let entitlement = Entitlement.compute(rule: scenario.rule, line: scenario.line, year: scenario.year, asOf: scenario.year.lastDay)
        #expect(entitlement.minutes == scenario.expected)
    }

    @Test("Used above the entitlement leaves nothing remaining and shows the excess")
    func usedAboveEntitlement() {
        let line = PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01")])
        let progress = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                        used: [y2026: ["cao-po-starter": 3000]], unbudgeted: [:], years: [y2026], today: d("2027-08-15"))
        let budget = progress.schoolYears[0].budgets[0]
        #expect(budget.entitledMinutes == 2400)
        #expect(budget.usedMinutes == 3000)
        #expect(budget.remainingMinutes == 0)
        #expect(budget.exceededMinutes == 600)
        #expect(budget.projectedMinutes == 3000)   // the year is over
        #expect(!budget.behind)
    }

    @Test("The projection extends the pace so far to 31 July and flags a shortfall")
    func projection() {
        // Full-time starter all year; on 31 January 184 of 365 days have passed (153 + 31).
        // 1000 minutes used: 1000 × 365 / 184 = 1983.70 -> 1984, short of 2400.
        let line = PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01")])
        let progress = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule, generalRule]),
                                        used: [y2026: ["cao-po-starter": 1000]], unbudgeted: [y2026: 90], years: [y2026], today: d("2027-01-31"))
        let starter = progress.schoolYears[0].budgets.first { $0.rule == "cao-po-starter" }!
        #expect(starter.projectedMinutes == 1984)
        #expect(starter.behind)
        #expect(starter.carriesOver == false)
        // 1300 minutes: 1300 × 365 / 184 = 2578.8 -> 2579: on track.
        let onTrack = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                       used: [y2026: ["cao-po-starter": 1300]], unbudgeted: [:], years: [y2026], today: d("2027-01-31"))
        #expect(onTrack.schoolYears[0].budgets[0].projectedMinutes == 2579)
        #expect(!onTrack.schoolYears[0].budgets[0].behind)
        // The general budget applies too (80 h for everyone employed), and carries over.
        let general = progress.schoolYears[0].budgets.first { $0.rule == "cao-po-professionalisering" }!
        #expect(general.entitledMinutes == 4800)
        #expect(general.carriesOver)
        #expect(progress.schoolYears[0].unbudgetedMinutes == 90)
        #expect(progress.phase == .starter && progress.fte == FTE.fullTime)
    }

    @Test("Werktijdfactoren parse with a point or a comma and at most four decimals")
    func fte() throws {
        #expect(try FTE.parse("0.8").tenThousandths == 8000)
        #expect(try FTE.parse("0,8").tenThousandths == 8000)
        #expect(try FTE.parse("1").tenThousandths == 10000)
        #expect(try FTE.parse("0.8250").description == "0.825")
        for bad in ["0", "0,0", "", "abc", "0.12345", "-0.5", "1.2.3", "100"] {
            #expect(throws: ValueError.self) { try FTE.parse(bad) }
        }
    }
}
