/// What a correction of the line expects when it refuses a value (described by the front end's strings).
public enum FrictionExpectation: Hashable, Sendable {
    /// A period that does not overlap the employment at `board` from `since` (to `until`); `replace` says whether
    /// `--replace` (end the old one the day before) would help.
    case noEmploymentOverlap(board: String, since: Day, until: Day?, replace: Bool)
    /// A start that names one period: several of `subject` start on the listed days (or none does).
    case periodChoice(subject: LinePeriodKind, starts: [Day])
    /// A day on or after `since`, when the period to end started.
    case endOnOrAfterStart(since: Day)
    /// A phase start that leaves the phases in order along the line (student, starter, basisbekwaam, vakbekwaam).
    case phaseOrder
    /// A membership that does not overlap the one at `school` from `since` (to `until`).
    case noMembershipOverlap(school: String, since: Day, until: Day?)
    /// A bare number in a duration column needs a unit: the header's (`duur_minuten`, `uren`) or `--duration-unit`.
    case durationUnit(units: [String])
}

/// The kinds of dated periods a person's line has.
public enum LinePeriodKind: String, Codable, Hashable, Sendable {
    case employment, phase, role, membership
}

/// What a change of a person's line did besides what was asked, and what looks wrong but is allowed.
public enum LineNotice: Codable, Hashable, Sendable {
    /// The employment at `board` from `since` now ends on `until` (`--replace`, or `person edit --end-employment`).
    case employmentEnded(board: String, since: Day, until: Day)
    /// On `day` the employments add up to `total`, more than a full-time job.
    case fteAboveFullTime(day: Day, total: FTE)
    /// The person now works at another board while the old board's employment goes on (`--end-employment` ends it).
    case employmentKept(board: String, since: Day)
}

/// A changed line with what else the change did or noticed.
public struct LineChange: Codable, Hashable, Sendable {
    /// The line after the change.
    public var line: PersonLine
    /// What else happened, and warnings.
    public var notices: [LineNotice]
    /// The first day of the period the change was about, as it was before the change.
    public var started: Day?

    public init(line: PersonLine, notices: [LineNotice] = [], started: Day? = nil) {
        self.line = line
        self.notices = notices
        self.started = started
    }
}

/// The invariants of a person's line that every change keeps (pure: the store applies them in its transactions).
public enum LineRules {
    /// Whether two periods (first and last day, nil for open) share at least one day.
    public static func overlap(_ aStart: Day, _ aEnd: Day?, _ bStart: Day, _ bEnd: Day?) -> Bool {
        (aEnd.map { bStart <= $0 } ?? true) && (bEnd.map { aStart <= $0 } ?? true)
    }

    /// The first of `others` at the same board and in the same function as `employment` that shares a day with it
    /// (the employment itself, by id, excluded). Two functions at one board (a teacher who is also support staff) are
    /// two employments, each counted by its own rules (docs/rules.md).
    public static func overlappingEmployment(_ employment: Employment, among others: [Employment]) -> Employment? {
        others.first {
            ($0.id == nil || $0.id != employment.id) && $0.boardId == employment.boardId && $0.function == employment.function
                && overlap($0.since, $0.until, employment.since, employment.until)
        }
    }

    /// The first day on which `employments` add up to more than a full-time job, with the total; nil when they never do.
    /// The total only rises where an employment starts, so the starts are the days to check.
    public static func firstDayAboveFullTime(_ employments: [Employment]) -> (day: Day, total: FTE)? {
        for day in Set(employments.map(\.since)).sorted() {
            let total = employments.reduce(0) { $0 + ($1.covers(day) ? $1.fte.tenThousandths : 0) }
            if total > FTE.fullTime.tenThousandths { return (day, FTE(tenThousandths: total)) }
        }
        return nil
    }

    /// Whether `phases` (any order) step forward along the line: each phase at or after the one before.
    public static func phasesInOrder(_ phases: [PhasePeriod]) -> Bool {
        let sorted = phases.sorted { $0.since < $1.since }
        return zip(sorted, sorted.dropFirst()).allSatisfy { $0.phase <= $1.phase } && Set(sorted.map(\.since)).count == sorted.count
    }
}

/// Which period of a kind a correction is about: the one that starts on `started`, or, without it, the only one
/// (or the only one that covers `today`).
public struct PeriodChoice: Sendable, Hashable {
    /// The first day of the period.
    public var started: Day?
    /// For employments and memberships: the board's or school's code, when several start on one day.
    public var organisation: String?

    public init(started: Day? = nil, organisation: String? = nil) {
        self.started = started
        self.organisation = organisation
    }
}

/// A correction of an employment: each field given replaces the stored one.
public struct EmploymentChange: Sendable, Hashable {
    public var since: Day?
    /// `.some(nil)` makes the employment open again.
    public var until: Day??
    public var fte: FTE?
    /// Allow an FTE above 1.5.
    public var force: Bool

    public init(since: Day? = nil, until: Day?? = nil, fte: FTE? = nil, force: Bool = false) {
        self.since = since
        self.until = until
        self.fte = fte
        self.force = force
    }

    public var isEmpty: Bool { since == nil && until == nil && fte == nil }
}

/// A correction of a role period.
public struct RoleChange: Sendable, Hashable {
    public var since: Day?
    public var until: Day??
    /// `.some(nil)` removes the agreed hours.
    public var minutesPerWeek: Int??

    public init(since: Day? = nil, until: Day?? = nil, minutesPerWeek: Int?? = nil) {
        self.since = since
        self.until = until
        self.minutesPerWeek = minutesPerWeek
    }

    public var isEmpty: Bool { since == nil && until == nil && minutesPerWeek == nil }
}

/// A correction of a phase.
public struct PhaseChange: Sendable, Hashable {
    public var phase: Phase?
    public var since: Day?
    /// Allow a step back along the line.
    public var force: Bool

    public init(phase: Phase? = nil, since: Day? = nil, force: Bool = false) {
        self.phase = phase
        self.since = since
        self.force = force
    }

    public var isEmpty: Bool { phase == nil && since == nil }
}

/// A correction of a school membership.
public struct MembershipChange: Sendable, Hashable {
    public var since: Day?
    public var until: Day??

    public init(since: Day? = nil, until: Day?? = nil) {
        self.since = since
        self.until = until
    }

    public var isEmpty: Bool { since == nil && until == nil }
}
