/// How people are grouped in the HR report.
public enum GroupBy: String, Codable, Sendable, CaseIterable {
    case school, board, partnership, phase, role
}

/// A signal that a person needs attention.
public enum PersonFlag: String, Codable, Sendable, CaseIterable, Comparable {
    /// An hours budget's pace projects a shortfall by 31 July.
    case behind
    /// No activity in the last N weeks (default 6).
    case idle
    /// Top-level items of the person's framework with no activity this school year.
    case gaps
    /// A registration ending within N months (default 6), or ended.
    case expiring
    /// Minutes this school year not signed off by a mentor, schoolopleider or coach; only where the person's
    /// partnership expects sign-off (``PersonFacts/expectsSignOff``).
    case unverified

    public static func < (lhs: PersonFlag, rhs: PersonFlag) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// The facts about one person that the group report needs, gathered by the store in bulk.
public struct PersonFacts: Sendable {
    public var id: PersonID
    public var name: String
    public var externalIds: [String]
    /// The group keys the person falls in for each grouping (a person with two roles is in two role groups).
    public var groups: [GroupBy: [String]]
    public var line: PersonLine
    /// This school year's activities: count, minutes, minutes per budget, per domain (full id), and signed off.
    public var activities: Int
    public var minutes: Int
    public var budgetMinutes: [String: Int]
    public var domainMinutes: [String: Int]
    public var verifiedMinutes: Int
    /// The latest activity on or before the report's reference day, in any year.
    public var lastActivity: Day?
    /// The framework the person's mapped activities use most (any year), for the gaps flag.
    public var framework: String?
    /// The items the person's activities this year are mapped to.
    public var items: [ItemReference]
    // Reports that say why (issue 17, point 8).
    /// The names beside the group keys, for the groupings whose keys are codes (school, board, partnership).
    public var groupNames: [GroupBy: [String]]
    /// Whether the person's partnership expects activities to be signed off: only then is `unverified` a signal.
    public var expectsSignOff: Bool

    public init(id: PersonID, name: String, externalIds: [String], groups: [GroupBy: [String]], line: PersonLine, activities: Int, minutes: Int,
                budgetMinutes: [String: Int], domainMinutes: [String: Int], verifiedMinutes: Int, lastActivity: Day?, framework: String?, items: [ItemReference],
                groupNames: [GroupBy: [String]] = [:], expectsSignOff: Bool = false) {
        self.id = id
        self.name = name
        self.externalIds = externalIds
        self.groups = groups
        self.line = line
        self.activities = activities
        self.minutes = minutes
        self.budgetMinutes = budgetMinutes
        self.domainMinutes = domainMinutes
        self.verifiedMinutes = verifiedMinutes
        self.lastActivity = lastActivity
        self.framework = framework
        self.items = items
        self.groupNames = groupNames
        self.expectsSignOff = expectsSignOff
    }
}

/// Settings of the group report.
public struct ReportSettings: Sendable {
    public var by: GroupBy
    public var year: SchoolYear
    /// Only people with at least one of these flags are listed (all when empty).
    public var flags: [PersonFlag]
    public var idleWeeks: Int
    public var expiringMonths: Int
    /// The framework for the gaps flag; nil: each person's most used framework.
    public var framework: String?

    public init(by: GroupBy = .school, year: SchoolYear, flags: [PersonFlag] = [], idleWeeks: Int = 6, expiringMonths: Int = 6, framework: String? = nil) {
        self.by = by
        self.year = year
        self.flags = flags
        self.idleWeeks = idleWeeks
        self.expiringMonths = expiringMonths
        self.framework = framework
    }
}

/// The HR report: per group and per person (worst first), for one school year (the `report` command's JSON).
public struct GroupReport: Codable, Hashable, Sendable {
    public struct Group: Codable, Hashable, Sendable {
        /// The group: a school code, board code, partnership code, phase or role (`-` for none).
        public var key: String
        public var people: Int
        public var minutes: Int
        /// Minutes signed off.
        public var verifiedMinutes: Int
        /// Minutes per domain (full id).
        public var domains: [String: Int]
        /// People in phase starter on the reference day, and how many of them are within budget
        /// (the budgets whose rules are aimed at starters are on pace: not behind).
        public var starters: Int
        public var startersWithinBudget: Int
        /// startersWithinBudget / starters, or nil without starters.
        public var startersWithinBudgetShare: Double?
        /// People with at least one flag.
        public var flagged: Int
        /// The school's, board's or partnership's name beside its code (nil for other groupings and `-`).
        public var name: String? = nil
    }

    public struct PersonRow: Codable, Hashable, Sendable {
        public var externalId: String
        public var name: String
        public var group: String
        public var minutes: Int
        public var verifiedMinutes: Int
        public var lastActivity: Day?
        public var flags: [PersonFlag]
        /// The budgets behind, the items without activity, the registrations expiring.
        public var details: [String]
        /// The group's name beside its code (the school's name when grouped by school).
        public var groupName: String? = nil
        /// The person's school: its code and name (nil without a school this year).
        public var school: String? = nil
        public var schoolName: String? = nil
        /// Why each flag is there, in the flags' order.
        public var reasons: [FlagReason] = []
    }

    public var schoolYear: SchoolYear
    public var by: GroupBy
    /// The day flags are judged on: today, or the year's last day for a past year.
    public var referenceDay: Day
    public var groups: [Group]
    public var people: [PersonRow]

    /// Computes the report from the people's facts.
    public static func compute(facts: [PersonFacts], settings: ReportSettings, rules: RuleCatalog, catalog: ProfileCatalog, today: Day) -> GroupReport {
        let year = settings.year
        let reference = min(today, year.lastDay)
        var groups: [String: Group] = [:]
        var rows: [PersonRow] = []
        var gapFinder = TopLevelGaps(catalog: catalog)
        var itemTitles: [String: [String: LocalizedText]] = [:]   // per framework, each item's title by full id
        // What every person asks of the rules, looked up once: each rule by id (the first, as `rules.rule(_:)`), and
        // whether its version on the reference day is aimed at a phase or role, or at starters.
        var ruleByID: [String: Rule] = [:], targeted: [String: Bool] = [:], forStarters: [String: Bool] = [:]
        for rule in rules.rules where ruleByID[rule.id] == nil {
            ruleByID[rule.id] = rule
            let applies = rule.version(on: reference)?.appliesTo
            targeted[rule.id] = applies.map { !$0.phases.isEmpty || !$0.roles.isEmpty } ?? false
            forStarters[rule.id] = applies?.phases.contains(.starter) ?? false
        }
        let horizon = Self.adding(months: settings.expiringMonths, to: today)
        let listed = FlagSet(settings.flags)
        for person in facts {
            var flags = FlagSet()
            var details: [String] = []
            var reasons: [FlagReason] = []
            // behind: any hours budget projected short of its entitlement (a year not over).
            let budgets = Progress.budgets(line: person.line, rules: rules, used: person.budgetMinutes, year: year, today: today)
            // A budget counts when the person uses it, or when its rule is aimed at a phase or role (the starters' hours):
            // general budgets that nobody logs against would otherwise flag everyone.
            for budget in budgets where budget.behind && (budget.usedMinutes > 0 || targeted[budget.rule] == true) {
                flags.insert(.behind)
                details.append("behind:\(budget.rule)")
                var expected = 0
                if let rule = ruleByID[budget.rule] {
                    let entitlement = Entitlement.compute(rule: rule, line: person.line, year: year, asOf: today)
                    if entitlement.applicableDays > 0 {
                        expected = (2 * entitlement.minutes * entitlement.elapsedApplicableDays + entitlement.applicableDays) / (2 * entitlement.applicableDays)
                    }
                }
                reasons.append(FlagReason(flag: .behind, budget: budget.rule, budgetTitle: budget.title, behindMinutes: max(0, expected - budget.usedMinutes),
                                          shortfallMinutes: max(0, budget.entitledMinutes - budget.projectedMinutes)))
            }
            // idle: no activity in the last N weeks before the reference day.
            if person.lastActivity.map({ $0.days(until: reference) > settings.idleWeeks * 7 }) ?? true {
                flags.insert(.idle)
                reasons.append(FlagReason(flag: .idle, idleWeeks: settings.idleWeeks, lastActivity: person.lastActivity))
            }
            // gaps: top-level items of the person's framework without activity this year.
            if let framework = settings.framework ?? person.framework, let empty = gapFinder.gaps(in: framework, covered: person.items), !empty.isEmpty {
                flags.insert(.gaps)
                details += empty.map { "gap:" + $0 }
                let titles = itemTitles[framework] ?? {
                    let titles = Dictionary(catalog.items(of: framework).map { ($0.reference.fullID, $0.title) }, uniquingKeysWith: { first, _ in first })
                    itemTitles[framework] = titles
                    return titles
                }()
                reasons += empty.map { FlagReason(flag: .gaps, item: $0, itemTitle: titles[$0]) }
            }
            // expiring: a registration whose term ends within N months (or has ended).
            for registration in person.line.registrations {
                guard let rule = ruleByID[registration.register], let years = (rule.version(on: registration.since) ?? rule.versions.last)?.termYears else { continue }
                let expires = Self.adding(months: 12 * years, to: registration.since).adding(days: -1)
                let renewed = person.line.registrations.contains { $0.register == registration.register && $0.since > registration.since }
                if !renewed && expires <= horizon {
                    flags.insert(.expiring)
                    details.append("expires:\(registration.register):\(expires)")
                    reasons.append(FlagReason(flag: .expiring, register: registration.register, expires: expires))
                }
            }
            if person.expectsSignOff && person.minutes > person.verifiedMinutes {
                flags.insert(.unverified)
                reasons.append(FlagReason(flag: .unverified, unverifiedMinutes: person.minutes - person.verifiedMinutes))
            }
            // In the flags' order, so each reason sits beside its flag.
            let sortedReasons = reasons.enumerated().sorted { ($0.element.flag, $0.offset) < ($1.element.flag, $1.offset) }.map(\.element)
            let school = person.groups[.school]?.first.flatMap { $0 == "-" ? nil : $0 }
            let schoolName = school == nil ? nil : person.groupNames[.school]?.first

            // Within budget: the budgets aimed at starters (rules whose appliesTo names the phase) are on pace.
            let isStarter = person.line.phase(on: reference) == .starter
            let starterBudgets = budgets.filter { forStarters[$0.rule] ?? false }
            let starterOnPace = isStarter && !starterBudgets.isEmpty && starterBudgets.allSatisfy { !$0.behind }
            let listPerson = settings.flags.isEmpty || !flags.isDisjoint(with: listed)
            let sortedFlags = listPerson ? flags.sorted : []
            let names = person.groupNames[settings.by] ?? []
            for (index, key) in (person.groups[settings.by] ?? ["-"]).enumerated() {
                let name = key == "-" || index >= names.count ? nil : names[index]
                // Updated in place: a copy of the group would copy its domains for every person.
                Self.add(person, isStarter: isStarter, starterOnPace: starterOnPace, flagged: !flags.isEmpty,
                         to: &groups[key, default: Group(key: key, people: 0, minutes: 0, verifiedMinutes: 0, domains: [:], starters: 0,
                                                         startersWithinBudget: 0, startersWithinBudgetShare: nil, flagged: 0, name: name)])
                if listPerson {
                    rows.append(PersonRow(externalId: person.externalIds.first ?? "", name: person.name, group: key, minutes: person.minutes,
                                          verifiedMinutes: person.verifiedMinutes, lastActivity: person.lastActivity, flags: sortedFlags, details: details,
                                          groupName: name, school: school, schoolName: schoolName, reasons: sortedReasons))
                }
            }
        }
        let sortedGroups = groups.values.map { group -> Group in
            var group = group
            group.startersWithinBudgetShare = group.starters == 0 ? nil : Double(group.startersWithinBudget) / Double(group.starters)
            return group
        }.sorted { $0.key < $1.key }
        // Worst first: by the weight of the flags (a shortfall or no activity at all weigh more than a gap or
        // unsigned minutes), then the fewest minutes, then the name. Each row's weight is worked out once.
        var weighted = rows.map { (weight: Self.weight($0.flags), row: $0) }
        rows = []
        weighted.sort { ($0.weight, -$0.row.minutes, $1.row.name) > ($1.weight, -$1.row.minutes, $0.row.name) }
        return GroupReport(schoolYear: year, by: settings.by, referenceDay: reference, groups: sortedGroups, people: weighted.map(\.row))
    }

    /// Adds one person's figures to a group.
    private static func add(_ person: PersonFacts, isStarter: Bool, starterOnPace: Bool, flagged: Bool, to group: inout Group) {
        group.people += 1
        group.minutes += person.minutes
        group.verifiedMinutes += person.verifiedMinutes
        for (domain, minutes) in person.domainMinutes { group.domains[domain, default: 0] += minutes }
        if isStarter { group.starters += 1 }
        if starterOnPace { group.startersWithinBudget += 1 }
        if flagged { group.flagged += 1 }
    }

    /// A set of flags as bits: a person's flags are gathered for every person, without a `Set` each.
    struct FlagSet {
        private static let all = PersonFlag.allCases.sorted()
        private var bits: UInt8 = 0

        init() {}

        init(_ flags: [PersonFlag]) { for flag in flags { insert(flag) } }

        private static func bit(_ flag: PersonFlag) -> UInt8 {
            switch flag {
            case .behind: 1
            case .idle: 2
            case .gaps: 4
            case .expiring: 8
            case .unverified: 16
            }
        }

        mutating func insert(_ flag: PersonFlag) { bits |= Self.bit(flag) }

        var isEmpty: Bool { bits == 0 }

        func isDisjoint(with other: FlagSet) -> Bool { bits & other.bits == 0 }

        /// The flags in their sort order (as `Set<PersonFlag>.sorted()`).
        var sorted: [PersonFlag] { Self.all.filter { bits & Self.bit($0) != 0 } }
    }

    /// How much a set of flags calls for attention.
    static func weight(_ flags: [PersonFlag]) -> Int {
        flags.reduce(0) { total, flag in
            switch flag {
            case .behind: total + 4
            case .idle, .expiring: total + 3
            case .gaps, .unverified: total + 1
            }
        }
    }

    /// The same day `months` months later (the last day of the month when it has fewer days).
    static func adding(months: Int, to day: Day) -> Day {
        let total = day.year * 12 + (day.month - 1) + months
        let year = total / 12, month = total % 12 + 1
        return Day(year: year, month: month, day: min(day.day, Day.daysInMonth(month, of: year)))!
    }
}

extension GroupReport.Group {
    /// Reads a group; one written before names existed has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(key: try c.decode(String.self, forKey: .key), people: try c.decode(Int.self, forKey: .people), minutes: try c.decode(Int.self, forKey: .minutes),
                  verifiedMinutes: try c.decode(Int.self, forKey: .verifiedMinutes), domains: try c.decode([String: Int].self, forKey: .domains),
                  starters: try c.decode(Int.self, forKey: .starters), startersWithinBudget: try c.decode(Int.self, forKey: .startersWithinBudget),
                  startersWithinBudgetShare: try c.decodeIfPresent(Double.self, forKey: .startersWithinBudgetShare), flagged: try c.decode(Int.self, forKey: .flagged),
                  name: try c.decodeIfPresent(String.self, forKey: .name))
    }
}

extension GroupReport.PersonRow {
    /// Reads a row; one written before names and reasons existed has none.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(externalId: try c.decode(String.self, forKey: .externalId), name: try c.decode(String.self, forKey: .name),
                  group: try c.decode(String.self, forKey: .group), minutes: try c.decode(Int.self, forKey: .minutes),
                  verifiedMinutes: try c.decode(Int.self, forKey: .verifiedMinutes), lastActivity: try c.decodeIfPresent(Day.self, forKey: .lastActivity),
                  flags: try c.decode([PersonFlag].self, forKey: .flags), details: try c.decode([String].self, forKey: .details),
                  groupName: try c.decodeIfPresent(String.self, forKey: .groupName), school: try c.decodeIfPresent(String.self, forKey: .school),
                  schoolName: try c.decodeIfPresent(String.self, forKey: .schoolName),
                  reasons: try c.decodeIfPresent([FlagReason].self, forKey: .reasons) ?? [])
    }
}
