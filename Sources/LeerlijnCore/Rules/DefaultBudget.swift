/// Which activities count toward an hours budget without an explicit one (a rule file's `defaultBudget`; docs/rules.md,
/// "Default budgets"). The default is resolved when figures are shown, from the person's line on the activity's day, so it
/// never goes stale when a phase, an employment, a salary step or a rule file changes later.
public struct DefaultBudget: Codable, Hashable, Sendable {
    /// Where an activity could count toward two budgets by default, the lower priority wins (equal: the lower rule id).
    public var priority: Int
    /// The activity kinds that count by default (empty: every kind).
    public var kinds: [String]

    public init(priority: Int, kinds: [String] = []) {
        self.priority = priority
        self.kinds = kinds
    }

    /// True when an activity of `kind` counts toward the budget by default (while the rule applies).
    public func covers(kind: String) -> Bool { kinds.isEmpty || kinds.contains(kind) }
}

extension Rule {
    /// True when the hours rule applies to the person with `line` on `day`: a version in force gives minutes, the phase
    /// and roles match its `appliesTo`, the right has not ended, and an employment in one of the rule's sectors and
    /// functions covers the day (the same test as ``Entitlement``'s, day by day).
    public func applies(on day: Day, line: PersonLine) -> Bool {
        guard kind == .hoursBudget, let version = version(on: day), version.minutesPerYear != nil else { return false }
        guard version.appliesTo.holds(phase: line.phase(on: day), roles: line.roles(on: day)) else { return false }
        if let end = version.ends?.end(for: line), day >= end.day { return false }
        return line.fte(on: day, sectors: sectors, functions: functions) > 0
    }
}

extension RuleCatalog {
    /// The hours rules with a `defaultBudget`, in the order that decides: priority, then id. Worked out once, when
    /// the catalog is made (``defaultBudgetRules``), since the HR report asks for every person and kind.
    static func defaultBudgetRules(of rules: [Rule]) -> [Rule] {
        rules.filter { $0.kind == .hoursBudget && $0.defaultBudget != nil }
            .sorted { ($0.defaultBudget!.priority, $0.id) < ($1.defaultBudget!.priority, $1.id) }
    }

    /// The budget an activity of `kind` on `day` counts toward when it was given none (and was not opted out with
    /// `--budget none`): the first rule in ``defaultBudgetRules`` that covers the kind and applies to the person that day.
    public func defaultBudget(kind: String, on day: Day, line: PersonLine) -> String? {
        defaultBudget(kind: kind, on: day, line: line, among: defaultBudgetRules)
    }

    func defaultBudget(kind: String, on day: Day, line: PersonLine, among ordered: [Rule]) -> String? {
        ordered.first { $0.defaultBudget!.covers(kind: kind) && $0.applies(on: day, line: line) }?.id
    }

    /// The default budget of an activity of `kind` on every day from `first` through `last`, when it is the same on all of
    /// them (`.some(nil)`: none on any day); nil when it changes within the stretch. Only the days on which something of
    /// the line or of a rule changes are tried, so a year-long stretch costs a few look-ups.
    public func constantDefaultBudget(kind: String, from first: Day, through last: Day, line: PersonLine) -> String?? {
        let ordered = defaultBudgetRules.filter { $0.defaultBudget!.covers(kind: kind) }
        guard !ordered.isEmpty else { return .some(nil) }
        var days: Set<Day> = []
        func change(_ day: Day?, after: Bool = false) {
            guard let day else { return }
            let moved = after ? day.adding(days: 1) : day
            if moved > first && moved <= last { days.insert(moved) }
        }
        for rule in ordered {
            for version in rule.versions {
                change(version.validFrom)
                change(version.validUntil, after: true)
                change(version.ends?.end(for: line)?.day)
            }
        }
        for phase in line.phases { change(phase.since) }
        for role in line.roles { change(role.since); change(role.until, after: true) }
        for employment in line.employments { change(employment.since); change(employment.until, after: true) }
        let answer = defaultBudget(kind: kind, on: first, line: line, among: ordered)
        for day in days where defaultBudget(kind: kind, on: day, line: line, among: ordered) != answer { return nil }
        return .some(answer)
    }
}

/// What a user may type for a budget besides a rule id.
public enum BudgetChoice {
    /// `none` (or Dutch `geen`): the activity counts toward no budget, not even by default.
    public static func isNone(_ text: String) -> Bool {
        let word = text.trimmingWhitespace().lowercased()
        return word == "none" || word == "geen"
    }
}
