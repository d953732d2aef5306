/// Where a budget stands in one school year (docs/rules.md, "States").
public enum BudgetState: String, Codable, Hashable, Sendable {
    /// The right has not started yet by today (a future year, or an employment or phase that starts later).
    case notStarted = "not-started"
    /// A current year whose pace reaches the entitlement by 31 July.
    case onTrack = "on-track"
    /// A current year whose pace falls short of the entitlement.
    case behind
    /// At least the entitlement was used.
    case met
    /// A past year with minutes left unused (``BudgetProgress/unusedMinutes``).
    case notMet = "not-met"
    /// The right ended (e.g. the starter budget at basisbekwaam, the fourth periodiek or after three years).
    case lapsed
}

/// One budget in one school year: what the rule gives, what was used, what is left, and where the pace leads.
public struct BudgetProgress: Codable, Hashable, Sendable {
    /// The rule's id, e.g. `cao-po-starter`.
    public var rule: String
    public var title: LocalizedText
    public var entitledMinutes: Int
    /// Minutes of activities in the year logged against this budget.
    public var usedMinutes: Int
    /// Entitled minus used, not below 0.
    public var remainingMinutes: Int
    /// Used minus entitled, when more was used than the rule gives.
    public var exceededMinutes: Int
    /// Minutes used by 31 July at the pace so far.
    public var projectedMinutes: Int
    /// True when the state is `behind`: a current year of a right that has started, whose projection falls short.
    public var behind: Bool
    /// Whether unused minutes carry over (they never do for `cao-po-starter`).
    public var carriesOver: Bool
    /// Where the budget stands this year.
    public var state: BudgetState = .onTrack
    /// For a year that is over or a right that lapsed: the entitled minutes left unused (0 when met).
    public var unusedMinutes: Int? = nil
    /// The first day on which the right no longer applies, when the rule says it ends and it has an end for this person.
    public var endsOn: Day? = nil
    /// Why it ends on that day.
    public var endReason: RightEnd.Reason? = nil
}

/// One school year of a person's progress.
public struct SchoolYearProgress: Codable, Hashable, Sendable {
    /// e.g. `2026-2027`.
    public var schoolYear: SchoolYear
    public var budgets: [BudgetProgress]
    /// Minutes of activities in the year that count toward no budget.
    public var unbudgetedMinutes: Int
    /// Teaching time released for a starter (CAO VO), in its own unit: not a budget.
    public var teachingReductions: [TeachingReduction] = []
}

/// A person's progress: phase, roles, and per school year the budgets (the `progress` command's JSON).
public struct Progress: Codable, Hashable, Sendable {
    public var person: String
    /// The phase today.
    public var phase: Phase?
    /// Roles held today.
    public var roles: [Role]
    /// The total werktijdfactor today.
    public var fte: FTE?
    public var schoolYears: [SchoolYearProgress]
    /// Things the figures rest on that are missing (e.g. no employment recorded).
    public var warnings: [ProgressWarning]
    /// The latest lesson observation beside the budgets (absent when there is none; docs/observations.md).
    public var latestObservation: ObservationBrief? = nil

    /// Computes progress from the person's line and the minutes logged per school year and budget.
    /// - Parameters:
    ///   - used: minutes per school year per rule id (activities logged with `--budget`).
    ///   - unbudgeted: minutes per school year of activities without a budget.
    ///   - years: the school years to show, oldest first.
    public static func compute(
        person: String, line: PersonLine, rules: RuleCatalog, used: [SchoolYear: [String: Int]], unbudgeted: [SchoolYear: Int],
        years: [SchoolYear], today: Day
    ) -> Progress {
        var warnings: [ProgressWarning] = []
        if line.employments.isEmpty { warnings.append(.noEmployment) }
        if line.phases.isEmpty { warnings.append(.noPhase) }
        // A right that ends when the person is judged basisbekwaam, but ended (by today) in another way, after it applied
        // to the person on its last day (a starter employed as a teacher in one of its sectors, not someone it never reached).
        for rule in rules.rules where rule.kind == .hoursBudget {
            guard let ends = rule.versions.compactMap(\.ends).last, ends.phases.contains(.basisbekwaam),
                  let end = ends.end(for: line), end.day <= today, end.reason != .phase else { continue }
            let lastDay = end.day.adding(days: -1)
            guard let version = rule.version(on: lastDay),
                  version.appliesTo.holds(phase: line.phase(on: lastDay), roles: line.roles(on: lastDay)),
                  line.fte(on: lastDay, sectors: rule.sectors, functions: rule.functions) > 0 else { continue }
            if !warnings.contains(.budgetEndedWithoutBasisbekwaam) { warnings.append(.budgetEndedWithoutBasisbekwaam) }
        }
        let schoolYears = years.map { year -> SchoolYearProgress in
            SchoolYearProgress(schoolYear: year, budgets: budgets(line: line, rules: rules, used: used[year] ?? [:], year: year, today: today),
                               unbudgetedMinutes: unbudgeted[year] ?? 0,
                               teachingReductions: rules.rules.filter { $0.kind == .teachingReduction }
                                   .compactMap { TeachingReduction.compute(rule: $0, line: line, year: year) })
        }
        let fte = line.fte(on: today)
        return Progress(person: person, phase: line.phase(on: today), roles: line.roles(on: today).sorted { $0.rawValue < $1.rawValue },
                        fte: fte > 0 ? FTE(tenThousandths: fte) : nil, schoolYears: schoolYears, warnings: warnings)
    }
}

extension Progress {
    /// One school year's hours budgets: for every hours rule that gives the person minutes in `year` or that the
    /// person used, what it gives, what was used (`used`: minutes per rule id) and where the pace leads on `today`.
    /// ``compute(person:line:rules:used:unbudgeted:years:today:)`` shows these per year; the group report asks
    /// for them alone.
    public static func budgets(line: PersonLine, rules: RuleCatalog, used: [String: Int], year: SchoolYear, today: Day) -> [BudgetProgress] {
        var budgets: [BudgetProgress] = []
        for rule in rules.rules where rule.kind == .hoursBudget {
            if let budget = budget(rule, line: line, used: used, year: year, today: today) { budgets.append(budget) }
        }
        return budgets
    }

    /// The budget of one hours rule, or nil when it neither gives the person minutes in `year` nor was used.
    private static func budget(_ rule: Rule, line: PersonLine, used: [String: Int], year: SchoolYear, today: Day) -> BudgetProgress? {
        let entitlement = Entitlement.compute(rule: rule, line: line, year: year, asOf: today)
        let usedMinutes = used[rule.id] ?? 0
        guard entitlement.minutes > 0 || usedMinutes > 0 else { return nil }
        let projected = today < year.firstDay ? usedMinutes : entitlement.projected(used: usedMinutes)
        let carries = year.lastDay >= (rule.versions.first?.validFrom ?? year.lastDay)
            ? (rule.version(on: min(today, year.lastDay)) ?? rule.versions.last)?.carryOver.allowed ?? false : false
        let end = (rule.version(on: min(max(today, year.firstDay), year.lastDay)) ?? rule.versions.last)?.ends?.end(for: line)
        let left = max(0, entitlement.minutes - usedMinutes)
        // The state: a right not started by today (or by the year's end, for a year in the future); one that ended by
        // today; a year that is over; else the pace of the current year.
        let state: BudgetState
        if let end, end.day <= today, end.day <= year.lastDay {
            state = usedMinutes >= entitlement.minutes && entitlement.minutes > 0 ? .met : .lapsed
        } else if today < year.firstDay || (entitlement.elapsedApplicableDays == 0 && today <= year.lastDay) {
            state = .notStarted
        } else if usedMinutes >= entitlement.minutes {
            state = .met
        } else if today > year.lastDay {
            state = .notMet
        } else {
            state = projected < entitlement.minutes ? .behind : .onTrack
        }
        let over = today > year.lastDay || state == .lapsed
        return BudgetProgress(
            rule: rule.id, title: rule.title, entitledMinutes: entitlement.minutes, usedMinutes: usedMinutes,
            remainingMinutes: left, exceededMinutes: max(0, usedMinutes - entitlement.minutes),
            projectedMinutes: projected, behind: state == .behind, carriesOver: carries, state: state,
            unusedMinutes: over ? left : nil, endsOn: end.flatMap { year.contains($0.day) ? $0.day : nil },
            endReason: end.flatMap { year.contains($0.day) ? $0.reason : nil })
    }
}

/// A gap in the data that progress figures rest on.
public enum ProgressWarning: String, Codable, Sendable {
    /// No employment (FTE) recorded: hours budgets are 0 until one is.
    case noEmployment
    /// No phase recorded: budgets for starters do not apply.
    case noPhase
    /// A budget that ends at basisbekwaam ended another way (the fourth periodiek, or three years as a teacher)
    /// without a basisbekwaam judgement recorded.
    case budgetEndedWithoutBasisbekwaam = "budget-ended-without-basisbekwaam"
}

// Decoding JSON written before issue 16 (no states, no teaching reductions): the new fields take their defaults.
extension BudgetProgress {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        rule = try c.decode(String.self, forKey: .rule)
        title = try c.decode(LocalizedText.self, forKey: .title)
        entitledMinutes = try c.decode(Int.self, forKey: .entitledMinutes)
        usedMinutes = try c.decode(Int.self, forKey: .usedMinutes)
        remainingMinutes = try c.decode(Int.self, forKey: .remainingMinutes)
        exceededMinutes = try c.decode(Int.self, forKey: .exceededMinutes)
        projectedMinutes = try c.decode(Int.self, forKey: .projectedMinutes)
        behind = try c.decode(Bool.self, forKey: .behind)
        carriesOver = try c.decode(Bool.self, forKey: .carriesOver)
        state = try c.decodeIfPresent(BudgetState.self, forKey: .state) ?? (behind ? .behind : .onTrack)
        unusedMinutes = try c.decodeIfPresent(Int.self, forKey: .unusedMinutes)
        endsOn = try c.decodeIfPresent(Day.self, forKey: .endsOn)
        endReason = try c.decodeIfPresent(RightEnd.Reason.self, forKey: .endReason)
    }
}

extension SchoolYearProgress {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        schoolYear = try c.decode(SchoolYear.self, forKey: .schoolYear)
        budgets = try c.decode([BudgetProgress].self, forKey: .budgets)
        unbudgetedMinutes = try c.decode(Int.self, forKey: .unbudgetedMinutes)
        teachingReductions = try c.decodeIfPresent([TeachingReduction].self, forKey: .teachingReductions) ?? []
    }
}
