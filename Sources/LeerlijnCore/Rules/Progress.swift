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
    /// True when the projection falls short of the entitlement in a year that is not over.
    public var behind: Bool
    /// Whether unused minutes carry over (they never do for `cao-po-starter`).
    public var carriesOver: Bool
}

/// One school year of a person's progress.
public struct SchoolYearProgress: Codable, Hashable, Sendable {
    /// e.g. `2026-2027`.
    public var schoolYear: SchoolYear
    public var budgets: [BudgetProgress]
    /// Minutes of activities in the year that count toward no budget.
    public var unbudgetedMinutes: Int
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
        let schoolYears = years.map { year -> SchoolYearProgress in
            SchoolYearProgress(schoolYear: year, budgets: budgets(line: line, rules: rules, used: used[year] ?? [:], year: year, today: today),
                               unbudgetedMinutes: unbudgeted[year] ?? 0)
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
        return BudgetProgress(
            rule: rule.id, title: rule.title, entitledMinutes: entitlement.minutes, usedMinutes: usedMinutes,
            remainingMinutes: max(0, entitlement.minutes - usedMinutes), exceededMinutes: max(0, usedMinutes - entitlement.minutes),
            projectedMinutes: projected, behind: today <= year.lastDay && projected < entitlement.minutes, carriesOver: carries)
    }
}

/// A gap in the data that progress figures rest on.
public enum ProgressWarning: String, Codable, Sendable {
    /// No employment (FTE) recorded: hours budgets are 0 until one is.
    case noEmployment
    /// No phase recorded: budgets for starters do not apply.
    case noPhase
}
