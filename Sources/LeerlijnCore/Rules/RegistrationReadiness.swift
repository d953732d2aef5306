/// An activity as register criteria see it.
public struct RegisterActivity: Sendable, Hashable {
    public var id: String
    public var date: Day
    public var minutes: Int
    public var hasReflection: Bool
    public var items: [ItemReference]

    public init(id: String, date: Day, minutes: Int, hasReflection: Bool, items: [ItemReference]) {
        self.id = id
        self.date = date
        self.minutes = minutes
        self.hasReflection = hasReflection
        self.items = items
    }
}

/// Whether one criterion of a register is met, with the figures and the evidence behind it.
public struct CriterionResult: Codable, Hashable, Sendable {
    public var id: String
    public var kind: Criterion.Kind
    public var title: LocalizedText?
    /// True when met, false when not, nil when Leerlijn cannot tell (the data it needs is not recorded).
    public var met: Bool?
    /// What was found (years, hours or items, per the kind).
    public var actual: Double?
    /// What is required.
    public var required: Double?
    /// For a criterion not met yet: the day it will be met if things go on as they are.
    public var metOn: Day?
    /// Items still missing (framework coverage), as full ids.
    public var missing: [String]
    /// Ids of the activities (or descriptions of the periods) behind the result.
    public var evidence: [String]
    /// Why Leerlijn cannot tell, when `met` is nil.
    public var reason: String?
}

/// A person's standing with a register: registration, expiry, and each criterion (the `registration` command's JSON).
public struct RegistrationStatus: Codable, Hashable, Sendable {
    public enum State: String, Codable, Sendable {
        case notRegistered = "not-registered", registered, expired
    }

    public var person: String
    public var register: String
    public var title: LocalizedText
    public var state: State
    public var registeredSince: Day?
    /// The registration's last day (since + term), when registered.
    public var expires: Day?
    /// Days from today to the expiry (negative once expired).
    public var daysLeft: Int?
    /// The registration criteria (for a first registration).
    public var criteria: [CriterionResult]
    /// The re-registration criteria over the current cycle, when registered.
    public var reregistration: [CriterionResult]
    /// True when every registration criterion is met.
    public var ready: Bool
    /// Fields of the rule whose values are not confirmed from a source (users can change them).
    public var unconfirmed: [String]

    /// Evaluates `rule` for a person on `today`. A criterion limited to sectors counts only for a person in one of them:
    /// `sector` when given, else the sectors of the person's employments today (else of the latest employment); a person
    /// with no employment at all is held to every criterion.
    public static func evaluate(
        person: String, rule: Rule, line: PersonLine, activities: [RegisterActivity], catalog: ProfileCatalog, sector: SchoolSector?, today: Day
    ) -> RegistrationStatus {
        var sectors: Set<SchoolSector> = sector.map { [$0] } ?? line.sectors(on: today)
        if sectors.isEmpty, let latest = line.employments.filter({ $0.since <= today }).max(by: { $0.since < $1.since }) ?? line.employments.first {
            sectors = [line.sector(of: latest)]
        }
        let applies = { (criterion: Criterion) in criterion.sectors.isEmpty || sectors.isEmpty || !sectors.isDisjoint(with: criterion.sectors) }
        let version = rule.version(on: today) ?? rule.versions.last
        let registration = line.registrations.filter { $0.register == rule.id }.max { $0.since < $1.since }
        var expires: Day? = nil
        if let registration, let years = version?.termYears {
            expires = Day(year: registration.since.year + years, month: registration.since.month, day: min(registration.since.day, Day.daysInMonth(registration.since.month, of: registration.since.year + years)))!.adding(days: -1)
        }
        let state: State = registration == nil ? .notRegistered : (expires.map { today > $0 } ?? false) ? .expired : .registered
        let criteria = (version?.registration ?? []).filter(applies)
            .map { evaluate($0, line: line, activities: activities, catalog: catalog, window: nil, today: today) }
        var reregistration: [CriterionResult] = []
        if let registration, let cycle = version?.reregistrationCycleYears ?? version?.termYears {
            let start = max(registration.since, today.adding(days: -(cycle * 365)))
            reregistration = (version?.reregistration ?? []).filter(applies)
                .map { evaluate($0, line: line, activities: activities, catalog: catalog, window: start...today, today: today) }
        }
        return RegistrationStatus(
            person: person, register: rule.id, title: rule.title, state: state, registeredSince: registration?.since, expires: expires,
            daysLeft: expires.map { today.days(until: $0) }, criteria: criteria, reregistration: reregistration,
            ready: !criteria.isEmpty && criteria.allSatisfy { $0.met == true }, unconfirmed: version?.unconfirmed ?? [])
    }

    static func evaluate(_ criterion: Criterion, line: PersonLine, activities: [RegisterActivity], catalog: ProfileCatalog,
                         window: ClosedRange<Day>?, today: Day) -> CriterionResult {
        var result = CriterionResult(id: criterion.id, kind: criterion.kind, title: criterion.title, met: nil, actual: nil, required: nil,
                                     metOn: nil, missing: [], evidence: [], reason: nil)
        let inWindow = activities.filter { activity in window.map { $0.contains(activity.date) } ?? (activity.date <= today) }
        switch criterion.kind {
        case .roleDuration:
            // The current unbroken run of the roles: periods that touch or overlap, ending today or later.
            let periods = line.roles.filter { criterion.roles.contains($0.role) && $0.since <= today }.sorted { $0.since < $1.since }
            var runStart: Day? = nil, runEnd: Day? = nil
            for period in periods {
                let end = period.until ?? Day(year: 9999, month: 12, day: 31)!
                if let currentEnd = runEnd, period.since <= currentEnd.adding(days: 1) {
                    runEnd = max(currentEnd, end)
                } else {
                    runStart = period.since
                    runEnd = end
                }
            }
            let years = criterion.consecutiveYears ?? 0
            result.required = Double(years)
            guard let start = runStart, let end = runEnd, end >= today else {
                result.met = false
                result.actual = 0
                return result
            }
            let reached = Day(year: start.year + years, month: start.month, day: min(start.day, Day.daysInMonth(start.month, of: start.year + years)))!
            result.actual = (Double(start.days(until: today) + 1) / 365.25 * 100).rounded() / 100
            result.met = today >= reached
            if !(result.met ?? false) { result.metOn = reached <= end ? reached : nil }
            result.evidence = periods.filter { $0.since >= start }.map { "\($0.role.rawValue) \($0.since)–\($0.until?.description ?? "")" }
        case .roleHoursPerYear:
            // Facilitated hours in the roles over the last 365 days, from each role's hours per week.
            let required = criterion.minimumHours ?? 0
            result.required = required
            let periods = line.roles.filter { criterion.roles.contains($0.role) }
            guard periods.contains(where: { $0.minutesPerWeek != nil }) else {
                result.reason = "no-hours-per-week"
                return result
            }
            let minutes = Double(RolePeriod.agreedMinutes(periods, from: today.adding(days: -364), through: today))
            result.actual = (minutes / 60 * 10).rounded() / 10
            result.met = minutes / 60 >= required
            if result.met == false, let perWeek = periods.filter({ $0.covers(today) }).compactMap(\.minutesPerWeek).max(), perWeek > 0 {
                // At the current weekly hours, the last 365 days reach the minimum once enough of them are in the role.
                let daysNeeded = Int((required * 60 * 7 / Double(perWeek)).rounded(.up))
                let start = periods.filter { $0.covers(today) }.map(\.since).min() ?? today
                if daysNeeded <= 365 { result.metOn = max(today.adding(days: 1), start.adding(days: daysNeeded - 1)) }
            }
            result.evidence = periods.map { "\($0.role.rawValue) \($0.since)–\($0.until?.description ?? ""): \(($0.minutesPerWeek ?? 0) / 60)h/week" }
        case .frameworkCoverage:
            let counted = inWindow.filter { criterion.requires != "reflection" || $0.hasReflection }
            guard let framework = criterion.framework,
                  let report = catalog.coverage(of: framework, by: counted.map { MappedActivity(date: $0.date, minutes: $0.minutes, evidence: 0, items: $0.items) },
                                                from: nil, to: today) else {
                result.reason = "framework-not-loaded"
                return result
            }
            let byItem = Dictionary(report.items.map { (ItemReference(fullID: $0.item)!.item, $0) }, uniquingKeysWith: { first, _ in first })
            let required = criterion.items
            let missing = required.filter { (byItem[$0]?.activities ?? 0) == 0 }
            result.required = Double(required.count)
            result.actual = Double(required.count - missing.count)
            result.missing = missing.map { "\(framework):\($0)" }
            result.met = missing.isEmpty
            let relevant = Set(required)
            result.evidence = counted.filter { activity in
                activity.items.contains { relevant.contains($0.item) || catalog.related($0, in: framework).contains { relevant.contains($0.item) } }
            }.map(\.id)
        case .totalHours, .categoryHours:
            let categories = Set(criterion.categories)
            let counted = criterion.kind == .totalHours ? inWindow : inWindow.filter { $0.items.contains { categories.contains($0.item) } }
            let minutes = counted.reduce(0) { $0 + $1.minutes }
            result.required = criterion.minimumHours
            result.actual = Double(minutes) / 60
            result.met = Double(minutes) / 60 >= (criterion.minimumHours ?? 0)
            result.evidence = counted.map(\.id)
        case .workHours:
            result.required = criterion.minimumHours
            result.reason = "work-hours-not-recorded"
        }
        return result
    }
}
