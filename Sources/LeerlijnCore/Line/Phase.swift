/// A phase of a teacher's competence on the line: student, then startbekwaam (starter), basisbekwaam,
/// vakbekwaam. The manager judges basisbekwaam (CAO PO); Leerlijn records it, never decides it.
public enum Phase: String, Codable, Sendable, CaseIterable, Comparable {
    case student, starter, basisbekwaam, vakbekwaam

    /// The order along the line.
    public var rank: Int { Phase.allCases.firstIndex(of: self)! }

    public static func < (lhs: Phase, rhs: Phase) -> Bool { lhs.rank < rhs.rank }
}

/// A student teacher's route (pabo, lerarenopleiding).
public enum StudyRoute: String, Codable, Sendable, CaseIterable {
    case voltijd, deeltijd, versneld, zijInstroom = "zij-instroom", alpo, duaal
}

/// A phase from a day on; it lasts until the person's next phase starts.
public struct PhasePeriod: Codable, Hashable, Sendable {
    public var id: Int64?
    public var personId: PersonID
    public var phase: Phase
    /// The first day.
    public var since: Day
    /// For students: the route.
    public var route: StudyRoute?
    /// For students: the institute (pabo, university).
    public var institute: String?
    /// For students: the study year (1, 2, ...).
    public var studyYear: Int?

    public init(id: Int64? = nil, personId: PersonID, phase: Phase, since: Day, route: StudyRoute? = nil, institute: String? = nil, studyYear: Int? = nil) {
        self.id = id
        self.personId = personId
        self.phase = phase
        self.since = since
        self.route = route
        self.institute = institute
        self.studyYear = studyYear
    }
}

/// A role beside the phase, over a period: mentor, schoolopleider, instituutsopleider...
public enum Role: String, Codable, Sendable, CaseIterable {
    case mentor, schoolopleider, instituutsopleider, coach
    case teacherLeader = "teacher-leader"
    case onderzoekscoordinator
}

extension Role: CodingKeyRepresentable {}

/// A role over a period, with the facilitated time for it.
public struct RolePeriod: Codable, Hashable, Sendable {
    public var id: Int64?
    public var personId: PersonID
    public var role: Role
    public var since: Day
    /// The last day, or nil while it lasts.
    public var until: Day?
    /// Facilitated minutes per week for the role, if agreed (entered as hours per week).
    public var minutesPerWeek: Int?

    public init(id: Int64? = nil, personId: PersonID, role: Role, since: Day, until: Day? = nil, minutesPerWeek: Int? = nil) {
        self.id = id
        self.personId = personId
        self.role = role
        self.since = since
        self.until = until
        self.minutesPerWeek = minutesPerWeek
    }

    public func covers(_ day: Day) -> Bool { since <= day && (until.map { day <= $0 } ?? true) }

    /// Agreed minutes in `periods` over the days `from...through`: on each day the largest minutes per week among the
    /// periods that cover it, summed over the days and divided by 7 once (rounded half up), so no rounding adds up.
    /// Overlapping periods count the larger weekly minutes, not the sum.
    public static func agreedMinutes(_ periods: [RolePeriod], from: Day, through: Day) -> Int {
        var weekMinuteDays = 0
        var day = from
        while day <= through {
            weekMinuteDays += periods.filter { $0.covers(day) }.compactMap(\.minutesPerWeek).max() ?? 0
            day = day.adding(days: 1)
        }
        return (weekMinuteDays + 3) / 7
    }
}
