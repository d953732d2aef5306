import Testing
@testable import LeerlijnCore

/// Rules as the shipped files define them (the Profiles tests check that the files say the same).
/// Since issue 16 the starter rule is for teachers at po, so and sbo schools and ends at basisbekwaam, the fourth periodiek
/// or three years after the start as a teacher (profiles/rules/cao-po-starter.yaml); no earlier scenario reaches any of these.
let starterRule = Rule(
    id: "cao-po-starter", kind: .hoursBudget, title: .init(nl: "Starters", en: "Starters"), description: nil, sectors: [.po, .so, .sbo],
    functions: [.leraar], source: .init(citation: "test"), historic: false,
    versions: [RuleVersion(validFrom: Day(year: 2014, month: 10, day: 1)!, minutesPerYear: 40 * 60, appliesTo: Applicability(phases: [.starter]),
                           ends: RightEnd(phases: [.basisbekwaam, .vakbekwaam], salaryStep: 4, yearsAsTeacher: 3))],
    origin: "test", shipped: true)
let generalRule = Rule(
    id: "cao-po-professionalisering", kind: .hoursBudget, title: .init(nl: "Prof", en: "Prof"), description: nil, sectors: [.po, .so, .sbo],
    functions: [.leraar, .oop], source: .init(citation: "test"), historic: false,
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
func job(_ fte: String, _ since: String, _ until: String? = nil, board: Int64 = 1, school: Int64? = nil, function: StaffFunction = .leraar) -> Employment {
    Employment(personId: someone, boardId: board, schoolId: school, since: d(since), until: until.map(d), fte: try! FTE.parse(fte), function: function)
}
func step(_ step: Int, _ since: String) -> SalaryStep { SalaryStep(personId: someone, scale: "LB", step: step, since: d(since)) }
/// School 10 is a po school, school 20 a vo school.
let poAndVo: [Int64: SchoolSector] = [10: .po, 20: .vo]
let y2025 = SchoolYear(startYear: 2025)   // 1 Aug 2025 - 31 Jul 2026: 365 days

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

    // Issue 16: the starter budget ends, rules follow the sector and the function.
    // 16. Full-time starter from 1 January 2023, never judged basisbekwaam: "maximaal drie jaar" (VOS/ABB) ends the budget on
    //     1 January 2026, so in 2025-2026 only 1 Aug - 31 Dec 2025 count: 2400 × 153 / 365 = 1006.03 -> 1006 (was 2400).
    Scenario(name: "a starter from 1 January 2023 without basisbekwaam, in 2025-2026", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2023-01-01")], employments: [job("1", "2023-01-01")]), year: y2025, expected: 1006),
    // 17. ... and nothing in 2026-2027.
    Scenario(name: "the same starter in 2026-2027 gets nothing", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2023-01-01")], employments: [job("1", "2023-01-01")]), year: y2026, expected: 0),
    // 18. The fourth periodiek (LB-4) recorded on 1 February 2027 ends the budget that day (AVS FAQ CAO PO):
    //     1 Aug - 31 Jan = 153 + 31 = 184 days: 2400 × 184 / 365 = 1209.86 -> 1210. An earlier step (LB-3) changes nothing.
    Scenario(name: "a starter whose fourth periodiek is recorded mid-year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2025-08-01")], employments: [job("1", "2025-08-01")],
                              salarySteps: [step(3, "2025-08-01"), step(4, "2027-02-01")]), year: y2026, expected: 1210),
    // 19. A zij-instromer placed at LB-5 from the first day has no right (PO-Raad): 0.
    Scenario(name: "a zij-instromer placed above LB-3 gets no starter budget", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01")], salarySteps: [step(5, "2026-08-01")]),
             year: y2026, expected: 0),
    // 20. Support staff (oop) at a po school: the starter budget is for teachers only (PO-Raad): 0 ...
    Scenario(name: "a support-staff member at a po school gets no starter budget", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01", school: 10, function: .oop)],
                              schoolSectors: poAndVo), year: y2026, expected: 0),
    // 21. ... but the professionalisation hours, for teaching and support staff (AVS FAQ): 4800 × 1 = 4800.
    Scenario(name: "a support-staff member at a po school gets the professionalisation hours", rule: generalRule,
             line: PersonLine(employments: [job("1", "2026-08-01", school: 10, function: .oop)], schoolSectors: poAndVo), year: y2026, expected: 4800),
    // 22. A school leader does not (AVS FAQ: "met uitzondering van schoolleiders"): 0.
    Scenario(name: "a school leader gets no professionalisation hours", rule: generalRule,
             line: PersonLine(employments: [job("1", "2026-08-01", school: 10, function: .schoolleider)], schoolSectors: poAndVo), year: y2026, expected: 0),
    // 23. A VO starter: the CAO PO says nothing about vo staff (facts.md section 2): no starter budget ...
    Scenario(name: "a VO starter gets no CAO PO starter budget", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01", school: 20)], schoolSectors: poAndVo),
             year: y2026, expected: 0),
    // 24. ... and no CAO PO professionalisation hours.
    Scenario(name: "a VO teacher gets no CAO PO professionalisation hours", rule: generalRule,
             line: PersonLine(employments: [job("1", "2026-08-01", school: 20)], schoolSectors: poAndVo), year: y2026, expected: 0),
    // 25. A starter at a po school until 31 December who moves to a vo school on 1 January: only the po days count:
    //     2400 × 153 / 365 = 1006.03 -> 1006.
    Scenario(name: "a starter who moves from a po to a vo school mid-year", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01", "2026-12-31", school: 10), job("1", "2027-01-01", school: 20)],
                              schoolSectors: poAndVo), year: y2026, expected: 1006),
    // 26. A board whose default sector is vo, and an employment naming no school: vo, so 0.
    Scenario(name: "an employment without a school takes its board's default sector", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01", board: 7)], boardSectors: [7: .vo]),
             year: y2026, expected: 0),
    // 27. sbo falls under the CAO PO (facts.md section 2): a full year, 2400.
    Scenario(name: "a starter at an sbo school gets the CAO PO starter budget", rule: starterRule,
             line: PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01", school: 30)], schoolSectors: [30: .sbo]),
             year: y2026, expected: 2400),
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

    @Test("A past year with hours left is not-met with the minutes left unused; a met year is met")
    func pastYear() {
        // Full-time starter all 2026-2027 (2400 entitled), 1000 used, seen on 15 August 2027: 1400 minutes left unused.
        let line = PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-08-01")])
        let past = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                    used: [y2026: ["cao-po-starter": 1000]], unbudgeted: [:], years: [y2026], today: d("2027-08-15"))
        let budget = past.schoolYears[0].budgets[0]
        #expect(budget.state == .notMet)
        #expect(budget.unusedMinutes == 1400)
        #expect(!budget.behind)
        let met = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                   used: [y2026: ["cao-po-starter": 2400]], unbudgeted: [:], years: [y2026], today: d("2027-08-15"))
        #expect(met.schoolYears[0].budgets[0].state == .met)
        #expect(met.schoolYears[0].budgets[0].unusedMinutes == 0)
    }

    @Test("A starter whose employment starts next month is not-started, not behind")
    func notStarted() {
        // Employed from 1 November 2026, seen on 15 October: the right has not started; 273 days × 2400 / 365 = 1795.
        let line = PersonLine(phases: [phase(.starter, "2026-08-01")], employments: [job("1", "2026-11-01")])
        let progress = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                        used: [:], unbudgeted: [:], years: [y2026], today: d("2026-10-15"))
        let budget = progress.schoolYears[0].budgets[0]
        #expect(budget.entitledMinutes == 1795)
        #expect(budget.state == .notStarted)
        #expect(!budget.behind)
        // A year that has not begun is not-started too.
        let future = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                      used: [:], unbudgeted: [:], years: [y2027], today: d("2026-10-15"))
        #expect(future.schoolYears[0].budgets[0].state == .notStarted)
    }

    @Test("The starter budget that ended after three years is lapsed, names the day and the reason, and warns without basisbekwaam")
    func lapsed() {
        // Starter from 1 January 2023: the right ends on 1 January 2026 (last day 31 December 2025). Seen on 1 March 2026.
        let line = PersonLine(phases: [phase(.starter, "2023-01-01")], employments: [job("1", "2023-01-01")])
        let progress = Progress.compute(person: "Sanne", line: line, rules: RuleCatalog(rules: [starterRule]),
                                        used: [y2025: ["cao-po-starter": 600]], unbudgeted: [:], years: [y2025], today: d("2026-03-01"))
        let budget = progress.schoolYears[0].budgets[0]
        #expect(budget.entitledMinutes == 1006)
        #expect(budget.state == .lapsed)
        #expect(budget.unusedMinutes == 406)
        #expect(budget.endsOn == d("2026-01-01"))
        #expect(budget.endReason == .yearsAsTeacher)
        #expect(!budget.behind)
        #expect(progress.warnings.contains(.budgetEndedWithoutBasisbekwaam))
        // Judged basisbekwaam on 1 December 2025: the phase ends it first, and there is no warning.
        let judged = PersonLine(phases: [phase(.starter, "2023-01-01"), phase(.basisbekwaam, "2025-12-01")], employments: [job("1", "2023-01-01")])
        let fine = Progress.compute(person: "Sanne", line: judged, rules: RuleCatalog(rules: [starterRule]),
                                    used: [:], unbudgeted: [:], years: [y2025], today: d("2026-03-01"))
        #expect(fine.schoolYears[0].budgets[0].endReason == .phase)
        #expect(fine.schoolYears[0].budgets[0].endsOn == d("2025-12-01"))
        #expect(!fine.warnings.contains(.budgetEndedWithoutBasisbekwaam))
        // An experienced teacher at LB-8, never a starter, is not warned: the budget never applied to her.
        let experienced = PersonLine(phases: [phase(.vakbekwaam, "2010-08-01")], employments: [job("1", "2010-08-01")], salarySteps: [step(8, "2020-08-01")])
        let none = Progress.compute(person: "Els", line: experienced, rules: RuleCatalog(rules: [starterRule]),
                                    used: [:], unbudgeted: [:], years: [y2025], today: d("2026-03-01"))
        #expect(!none.warnings.contains(.budgetEndedWithoutBasisbekwaam))
        // Nor is support staff in a starter phase.
        let oop = PersonLine(phases: [phase(.starter, "2023-01-01")], employments: [job("1", "2023-01-01", function: .oop)])
        #expect(!Progress.compute(person: "Olga", line: oop, rules: RuleCatalog(rules: [starterRule]), used: [:], unbudgeted: [:],
                                  years: [y2025], today: d("2026-03-01")).warnings.contains(.budgetEndedWithoutBasisbekwaam))
    }

    @Test("The CAO VO reduction: 20% of the teaching task in year one, 10% in year two, for vo teachers only, in its own unit")
    func teachingReduction() throws {
        // A made-up teaching task of 100 h (6000 min) a year, for the arithmetic only: the shipped file leaves it empty.
        var version = RuleVersion(validFrom: d("2024-08-01"))
        version.reductionPercent = [20, 10]
        version.introductionYears = 3
        version.teachingMinutesPerYear = 6000
        let rule = Rule(id: "cao-vo-starter", kind: .teachingReduction, title: .init(nl: "VO", en: "VO"), description: nil, sectors: [.vo],
                        functions: [.leraar], source: .init(citation: "test"), historic: false, versions: [version], origin: "test", shipped: true)
        // A full-time VO starter from 1 January 2027: 1 Jan - 31 Jul 2027 is year one (212 days): 6000 × 20% × 212 / 365 = 696.99 -> 697.
        let line = PersonLine(phases: [phase(.starter, "2027-01-01")], employments: [job("1", "2027-01-01", school: 20)], schoolSectors: poAndVo)
        let first = try #require(TeachingReduction.compute(rule: rule, line: line, year: y2026))
        #expect(first.periods.map(\.percent) == [20])
        #expect(first.periods.first?.from == d("2027-01-01"))
        #expect(first.releasedMinutes == 697)
        // 2027-2028 (366 days): year one to 31 Dec 2027 (153 days at 20%), year two from 1 Jan 2028 (213 days at 10%):
        // 6000 × (153 × 20 + 213 × 10) / 100 / 366 = 6000 × 51.9 / 366 = 850.82 -> 851.
        let second = try #require(TeachingReduction.compute(rule: rule, line: line, year: y2027))
        #expect(second.periods.map(\.introductionYear) == [1, 2])
        #expect(second.periods.map(\.percent) == [20, 10])
        #expect(second.releasedMinutes == 851)
        // Without a teaching task in the rule, only the percentages: no hours.
        version.teachingMinutesPerYear = nil
        let plain = Rule(id: "cao-vo-starter", kind: .teachingReduction, title: rule.title, description: nil, sectors: [.vo], functions: [.leraar],
                         source: rule.source, historic: false, versions: [version], origin: "test", shipped: true)
        #expect(TeachingReduction.compute(rule: plain, line: line, year: y2026)?.releasedMinutes == nil)
        // A po starter gets none, and the VO starter no CAO PO starter budget.
        let po = PersonLine(phases: [phase(.starter, "2027-01-01")], employments: [job("1", "2027-01-01", school: 10)], schoolSectors: poAndVo)
        #expect(TeachingReduction.compute(rule: rule, line: po, year: y2026) == nil)
        #expect(Entitlement.compute(rule: starterRule, line: line, year: y2026, asOf: y2026.lastDay).minutes == 0)
        // Progress shows the reduction beside (not among) the budgets.
        let progress = Progress.compute(person: "Vera", line: line, rules: RuleCatalog(rules: [starterRule, generalRule, rule]),
                                        used: [:], unbudgeted: [:], years: [y2026], today: d("2027-03-01"))
        #expect(progress.schoolYears[0].budgets.isEmpty)
        #expect(progress.schoolYears[0].teachingReductions.map(\.rule) == ["cao-vo-starter"])
    }

    @Test("Salary steps parse as scale and step: LB-4, LB4, L10.4, lb 4")
    func salarySteps() throws {
        #expect(try SalaryStep.parse("LB-4") == ("LB", 4) as (String, Int))
        #expect(try SalaryStep.parse("lb4").step == 4)
        #expect(try SalaryStep.parse("L10.4") == ("L10", 4) as (String, Int))
        #expect(try SalaryStep.parse("LB 12").step == 12)
        for bad in ["", "LB", "4", "LB-", "L B-x"] {
            #expect(throws: ValueError.self) { try SalaryStep.parse(bad) }
        }
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
