/// The HR dashboard: the group report with the figures its charts show (the `report --html` page, and
/// `report --dashboard --format json`).
///
/// Everyone in the report counts in the charts; `--flag` limits only the list of people.
public struct Dashboard: Codable, Hashable, Sendable {
    /// How many people are in a phase on the reference day (`phase` nil: no phase recorded).
    public struct PhaseCount: Codable, Hashable, Sendable {
        public var phase: Phase?
        public var people: Int
    }

    /// The hours budgets of the people at one school, summed: what the rules give for the year, what the
    /// pace asks by the reference day, what was used, and where the pace leads by 31 July.
    public struct BudgetPace: Codable, Hashable, Sendable {
        /// The school's code (`-` for people without a school).
        public var school: String
        /// People with at least one budget that counts (used, or aimed at their phase or role).
        public var people: Int
        public var entitledMinutes: Int
        /// entitled × the share of the budget's days passed by the reference day: the minutes an even pace
        /// would have used by now.
        public var expectedMinutes: Int
        public var usedMinutes: Int
        public var projectedMinutes: Int
        /// People with a budget projected short of its entitlement.
        public var behind: Int
    }

    /// A framework area (an item of a domain framework, such as the four domains of the teacher's work).
    public struct Area: Codable, Hashable, Sendable {
        /// The full id, `framework:item`.
        public var id: String
        public var title: LocalizedText
    }

    /// One group's minutes per area, in the order of ``Dashboard/areas``.
    public struct HeatRow: Codable, Hashable, Sendable {
        public var group: String
        public var people: Int
        public var minutes: [Int]
    }

    public var report: GroupReport
    public var peoplePerPhase: [PhaseCount]
    /// Minutes per month of the school year (August to July), everyone in the report.
    public var minutesPerMonth: [MonthMinutes]
    /// One row per school, by school code.
    public var budgetPace: [BudgetPace]
    public var areas: [Area]
    /// One row per group of the report (per school by default).
    public var heatMap: [HeatRow]

    /// Computes the dashboard's figures from the same facts as the group report.
    /// - Parameter activities: the school year's activities of everyone in `facts` (day, minutes, signed off).
    public static func compute(facts: [PersonFacts], report: GroupReport, activities: [(date: Day, minutes: Int, verified: Bool)],
                               rules: RuleCatalog, catalog: ProfileCatalog, today: Day) -> Dashboard {
        let year = report.schoolYear
        let reference = report.referenceDay
        var phases: [Phase?: Int] = [:]
        var pace: [String: BudgetPace] = [:]
        for person in facts {
            phases[person.line.phase(on: reference), default: 0] += 1
            let school = person.groups[.school]?.first ?? "-"
            var row = pace[school] ?? BudgetPace(school: school, people: 0, entitledMinutes: 0, expectedMinutes: 0, usedMinutes: 0, projectedMinutes: 0, behind: 0)
            var counted = false, behind = false
            for rule in rules.rules where rule.kind == .hoursBudget {
                let entitlement = Entitlement.compute(rule: rule, line: person.line, year: year, asOf: today)
                let used = person.budgetMinutes[rule.id] ?? 0
                // As in the group report: a budget counts when it is used or aimed at a phase or role.
                let applies = rule.version(on: reference)?.appliesTo
                let targeted = applies.map { !$0.phases.isEmpty || !$0.roles.isEmpty } ?? false
                guard entitlement.minutes > 0, used > 0 || targeted else { continue }
                counted = true
                let projected = today < year.firstDay ? used : entitlement.projected(used: used)
                let expected = entitlement.applicableDays == 0 ? 0
                    : (2 * entitlement.minutes * entitlement.elapsedApplicableDays + entitlement.applicableDays) / (2 * entitlement.applicableDays)
                row.entitledMinutes += entitlement.minutes
                row.expectedMinutes += expected
                row.usedMinutes += used
                row.projectedMinutes += projected
                if today <= year.lastDay && projected < entitlement.minutes { behind = true }
            }
            if counted { row.people += 1 }
            if behind { row.behind += 1 }
            pace[school] = row
        }
        var areas: [Area] = catalog.frameworks.filter { $0.kind == .domains }.flatMap { framework in
            catalog.items(of: framework.id).filter { $0.depth == 0 }.map { Area(id: $0.reference.fullID, title: $0.title) }
        }
        // Domains in the data that no loaded framework names still get a column.
        let known = Set(areas.map(\.id))
        for id in Set(report.groups.flatMap { $0.domains.keys }).subtracting(known).sorted() {
            let short = String(id.split(separator: ":").last ?? "")
            areas.append(Area(id: id, title: LocalizedText(nl: short, en: short)))
        }
        let heat = report.groups.map { group in
            HeatRow(group: group.key, people: group.people, minutes: areas.map { group.domains[$0.id] ?? 0 })
        }
        let order: [Phase?] = Phase.allCases.map { $0 } + [nil]
        return Dashboard(
            report: report,
            peoplePerPhase: order.compactMap { phase in phases[phase].map { PhaseCount(phase: phase, people: $0) } },
            minutesPerMonth: MonthMinutes.series(activities, from: year.firstDay, to: year.lastDay),
            budgetPace: pace.values.filter { $0.people > 0 }.sorted { $0.school < $1.school },
            areas: areas,
            heatMap: heat)
    }
}
