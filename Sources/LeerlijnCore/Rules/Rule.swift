/// A rule from `profiles/rules/`: an hours budget the CAO gives (starters' 40 hours...) or a register's
/// requirements (BRLO...). Rules are data with cited sources and valid-from dates; values that could not
/// be confirmed are listed in `unconfirmed` and can be changed by a user's own copy of the file.
public struct Rule: Codable, Hashable, Sendable {
    /// What the rule is.
    public enum Kind: String, Codable, Sendable {
        case hoursBudget = "hours-budget"
        case register
        /// Guidance agreed in a partnership: hours per student by role, students per schoolopleider.
        case facilitation
        /// Teaching time released for starters (CAO VO: a reduction of the teaching task by a share per year of the
        /// introduction), shown in its own unit, never as a professional-development budget.
        case teachingReduction = "teaching-reduction"
    }

    /// A unique id, e.g. `cao-po-starter`.
    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    public var description: LocalizedText?
    /// The sectors of the schools whose staff the rule is for (an employment's school decides, day by day).
    public var sectors: [SchoolSector]
    /// The functions the rule is for (empty: every function).
    public var functions: [StaffFunction]
    public var source: SourceCitation
    /// True for a rule no longer in force (kept as an example, e.g. the Lerarenregister).
    public var historic: Bool
    /// The versions, oldest first; on a day, the version whose period contains it applies.
    public var versions: [RuleVersion]
    public var origin: String
    public var shipped: Bool
    /// Which activities count toward this hours budget without an explicit one (``DefaultBudget``), if any.
    public var defaultBudget: DefaultBudget? = nil

    public init(id: String, kind: Kind, title: LocalizedText, description: LocalizedText?, sectors: [SchoolSector], functions: [StaffFunction] = [],
                source: SourceCitation, historic: Bool, versions: [RuleVersion], origin: String, shipped: Bool, defaultBudget: DefaultBudget? = nil) {
        self.defaultBudget = defaultBudget
        self.functions = functions
        self.id = id
        self.kind = kind
        self.title = title
        self.description = description
        self.sectors = sectors
        self.source = source
        self.historic = historic
        self.versions = versions.sorted { $0.validFrom < $1.validFrom }
        self.origin = origin
        self.shipped = shipped
    }

    /// The version in force on `day`.
    public func version(on day: Day) -> RuleVersion? {
        versions.last { $0.validFrom <= day && ($0.validUntil.map { day <= $0 } ?? true) }
    }
}

/// One version of a rule, valid from a day (until a day, or open).
public struct RuleVersion: Codable, Hashable, Sendable {
    public var validFrom: Day
    public var validUntil: Day?
    public var source: SourceCitation?
    /// Names of the fields in this version whose values are not confirmed from a source.
    public var unconfirmed: [String]
    public var note: String?

    // Hours budgets.
    /// Minutes per school year for a full-time (FTE 1.0) person (the file gives hours).
    public var minutesPerYear: Int?
    /// Scaled by the werktijdfactor.
    public var proRata: Bool
    /// When the rule applies to a person.
    public var appliesTo: Applicability
    /// Whether unused time carries over to later years.
    public var carryOver: CarryOver
    /// When the right ends for a person, if it does (the CAO PO starter budget: basisbekwaam, the fourth periodiek,
    /// three years as a teacher, whichever comes first).
    public var ends: RightEnd?

    // Teaching reductions.
    /// Percent of the teaching task released in each year of the introduction (year 1 first), e.g. [20, 10].
    public var reductionPercent: [Int] = []
    /// The years of the introduction programme, counted from the first day as a teacher (the first `starter` phase).
    public var introductionYears: Int? = nil
    /// Minutes of teaching (lesgevende taak) per school year for a full-time teacher, when the rule file gives it: with it
    /// the released time is shown in hours; without it only as a percentage.
    public var teachingMinutesPerYear: Int? = nil

    // Registers.
    public var registration: [Criterion]
    public var termYears: Int?
    public var reregistrationCycleYears: Int?
    public var reregistration: [Criterion]

    // Facilitation.
    /// Minutes of guidance per student per school year, by the role of whoever gives it.
    public var minutesPerStudent: [Role: Int]
    /// How many students one schoolopleider guides.
    public var studentsPerSchoolopleider: ClosedRange<Int>?

    public init(
        validFrom: Day, validUntil: Day? = nil, source: SourceCitation? = nil, unconfirmed: [String] = [], note: String? = nil,
        minutesPerYear: Int? = nil, proRata: Bool = true, appliesTo: Applicability = Applicability(), carryOver: CarryOver = CarryOver(),
        ends: RightEnd? = nil, registration: [Criterion] = [], termYears: Int? = nil, reregistrationCycleYears: Int? = nil, reregistration: [Criterion] = [],
        minutesPerStudent: [Role: Int] = [:], studentsPerSchoolopleider: ClosedRange<Int>? = nil
    ) {
        self.minutesPerStudent = minutesPerStudent
        self.studentsPerSchoolopleider = studentsPerSchoolopleider
        self.validFrom = validFrom
        self.validUntil = validUntil
        self.source = source
        self.unconfirmed = unconfirmed
        self.note = note
        self.minutesPerYear = minutesPerYear
        self.proRata = proRata
        self.appliesTo = appliesTo
        self.carryOver = carryOver
        self.ends = ends
        self.registration = registration
        self.termYears = termYears
        self.reregistrationCycleYears = reregistrationCycleYears
        self.reregistration = reregistration
    }
}

/// Who an hours rule applies to on a day: phases and roles (empty means any).
public struct Applicability: Codable, Hashable, Sendable {
    public var phases: [Phase]
    public var roles: [Role]
    /// Roles that exclude the person (kept as text: e.g. `school-leader`, which Leerlijn does not track yet).
    public var excludeRoles: [String]

    public init(phases: [Phase] = [], roles: [Role] = [], excludeRoles: [String] = []) {
        self.phases = phases
        self.roles = roles
        self.excludeRoles = excludeRoles
    }

    /// True when the rule applies to a person with `phase` and `roles` on a day.
    public func holds(phase: Phase?, roles held: Set<Role>) -> Bool {
        if !phases.isEmpty { guard let phase, phases.contains(phase) else { return false } }
        if !roles.isEmpty && held.isDisjoint(with: roles) { return false }
        if held.contains(where: { excludeRoles.contains($0.rawValue) }) { return false }
        return true
    }
}

/// When a right ends for a person: on the first day one of the conditions holds. Leerlijn records the facts (a phase, a
/// salary step, the day someone started as a teacher); the rule file says which of them end the right.
public struct RightEnd: Codable, Hashable, Sendable {
    /// Why a right ended.
    public enum Reason: String, Codable, Sendable {
        /// The person reached one of `phases` (e.g. judged basisbekwaam).
        case phase
        /// A salary step of at least `salaryStep` was recorded (the fourth periodiek).
        case salaryStep = "salary-step"
        /// `yearsAsTeacher` years passed since the person started as a teacher (the first `starter` phase).
        case yearsAsTeacher = "years-as-teacher"
    }

    /// Phases that end the right from their first day.
    public var phases: [Phase]
    /// A salary step (periodiek) that ends the right from the day it is reached.
    public var salaryStep: Int?
    /// Years after the first day as a teacher after which the right ends.
    public var yearsAsTeacher: Int?

    public init(phases: [Phase] = [], salaryStep: Int? = nil, yearsAsTeacher: Int? = nil) {
        self.phases = phases
        self.salaryStep = salaryStep
        self.yearsAsTeacher = yearsAsTeacher
    }

    /// The first day on which the right no longer applies for the person with `line`, and why; nil while nothing ends it.
    /// When two conditions fall on the same day, the phase comes first, then the salary step.
    public func end(for line: PersonLine) -> (day: Day, reason: Reason)? {
        var candidates: [(day: Day, reason: Reason)] = []
        if let day = line.phases.first(where: { phases.contains($0.phase) })?.since { candidates.append((day, .phase)) }
        if let step = salaryStep, let day = line.firstDay(atSalaryStep: step) { candidates.append((day, .salaryStep)) }
        if let years = yearsAsTeacher, let start = line.startedAsTeacher { candidates.append((start.addingYears(years), .yearsAsTeacher)) }
        return candidates.min { $0.day < $1.day }
    }
}

/// Whether unused budget carries over.
public struct CarryOver: Codable, Hashable, Sendable {
    public var allowed: Bool
    public var maxYears: Int?

    public init(allowed: Bool = false, maxYears: Int? = nil) {
        self.allowed = allowed
        self.maxYears = maxYears
    }
}

/// One requirement of a register.
public struct Criterion: Codable, Hashable, Sendable {
    /// How the requirement is checked.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// Held one of `roles` without a break for `consecutiveYears`.
        case roleDuration = "role-duration"
        /// At least `minimumHours` a year in one of `roles` (from the role's hours per week).
        case roleHoursPerYear = "role-hours-per-year"
        /// Every one of `items` of `framework` has an activity (with a reflection when `requires` is reflection).
        case frameworkCoverage = "framework-coverage"
        /// At least `minimumHours` of activities in the cycle.
        case totalHours = "total-hours"
        /// At least `minimumHours` of activities mapped to `categories` (item ids) in the cycle.
        case categoryHours = "category-hours"
        /// At least `minimumHours` worked as a teacher in the cycle.
        case workHours = "work-hours"
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText?
    public var roles: [Role]
    public var consecutiveYears: Int?
    public var minimumHours: Double?
    public var framework: String?
    public var items: [String]
    /// `reflection` or `activity`.
    public var requires: String?
    public var categories: [String]
    /// Sectors the criterion is limited to (empty: all).
    public var sectors: [SchoolSector]

    public init(id: String, kind: Kind, title: LocalizedText? = nil, roles: [Role] = [], consecutiveYears: Int? = nil, minimumHours: Double? = nil,
                framework: String? = nil, items: [String] = [], requires: String? = nil, categories: [String] = [], sectors: [SchoolSector] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.roles = roles
        self.consecutiveYears = consecutiveYears
        self.minimumHours = minimumHours
        self.framework = framework
        self.items = items
        self.requires = requires
        self.categories = categories
        self.sectors = sectors
    }
}

/// The loaded rules, shipped and the user's own (a user file with a shipped id replaces it).
public struct RuleCatalog: Sendable {
    public let rules: [Rule]
    /// The hours rules with a `defaultBudget`, in the order that decides: priority, then id (DefaultBudget.swift).
    public let defaultBudgetRules: [Rule]

    public static let empty = RuleCatalog(rules: [])

    public init(rules: [Rule]) {
        self.rules = rules.sorted { $0.id < $1.id }
        defaultBudgetRules = Self.defaultBudgetRules(of: self.rules)
    }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// The hours rule `text` names (its id, or `cao` for `cao-po-starter`).
    /// - Throws: ``LookupError`` with suggestions (subject `rule`).
    public func budgetRule(_ text: String) throws(LookupError) -> Rule {
        try find(text, kind: .hoursBudget)
    }

    /// The register rule `text` names.
    public func registerRule(_ text: String) throws(LookupError) -> Rule {
        try find(text, kind: .register)
    }

    /// The facilitation rule `text` names, or the only one when `text` is nil.
    public func facilitationRule(_ text: String?) throws(LookupError) -> Rule {
        if let text { return try find(text, kind: .facilitation) }
        let all = rules.filter { $0.kind == .facilitation }
        if all.count == 1 { return all[0] }
        throw all.isEmpty ? .notFound(.rule, query: "facilitation", suggestions: [])
                          : .ambiguous(.rule, query: "facilitation", candidates: all.map(\.id))
    }

    private func find(_ text: String, kind: Rule.Kind) throws(LookupError) -> Rule {
        let id = text.trimmingWhitespace().lowercased()
        if let rule = rules.first(where: { $0.id == id && $0.kind == kind }) { return rule }
        let candidates = rules.filter { $0.kind == kind }.map(\.id)
        let suffix = candidates.filter { $0.hasSuffix("-" + id) || $0.hasPrefix(id + "-") }
        if suffix.count == 1, let rule = rule(suffix[0]) { return rule }
        throw .notFound(.rule, query: text, suggestions: Suggestions.closest(to: id, among: candidates).isEmpty ? candidates : Suggestions.closest(to: id, among: candidates))
    }
}
