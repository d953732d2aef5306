/// A new phase for `phase set`.
public struct NewPhase: Sendable {
    public var phase: Phase
    public var since: Day
    public var route: StudyRoute?
    public var institute: String?
    public var studyYear: Int?
    /// Allow a step back along the line (e.g. vakbekwaam to student for a second study).
    public var force: Bool

    public init(phase: Phase, since: Day, route: StudyRoute? = nil, institute: String? = nil, studyYear: Int? = nil, force: Bool = false) {
        self.phase = phase
        self.since = since
        self.route = route
        self.institute = institute
        self.studyYear = studyYear
        self.force = force
    }
}

/// A new employment for `employment add`.
public struct NewEmployment: Sendable {
    public var since: Day
    public var until: Day?
    public var fte: FTE
    /// The school's code; its board is the employer.
    public var school: String?
    /// The board's code, when no school is given (default: the board of the person's school on `since`).
    public var board: String?
    /// Allow an FTE above 1.5.
    public var force: Bool
    /// What the person is employed as.
    public var function: StaffFunction

    public init(since: Day, until: Day? = nil, fte: FTE, school: String? = nil, board: String? = nil, force: Bool = false,
                function: StaffFunction = .leraar) {
        self.function = function
        self.since = since
        self.until = until
        self.fte = fte
        self.school = school
        self.board = board
        self.force = force
    }
}

/// The whole line of a person: what `leerlijn line` prints.
public struct LineOverview: Codable, Hashable, Sendable {
    /// An employment with its board and school spelled out.
    public struct EmploymentPeriod: Codable, Hashable, Sendable {
        public var board: String
        public var school: String?
        public var since: Day
        public var until: Day?
        public var fte: FTE
        /// The sector of the school (or the board's default) that decides which rules apply.
        public var sector: SchoolSector = .assumed
        public var function: StaffFunction = .leraar

        public init(board: String, school: String?, since: Day, until: Day?, fte: FTE, sector: SchoolSector = .assumed, function: StaffFunction = .leraar) {
            self.sector = sector
            self.function = function
            self.board = board
            self.school = school
            self.since = since
            self.until = until
            self.fte = fte
        }
    }

    /// A school year's minutes per domain.
    public struct YearMinutes: Codable, Hashable, Sendable {
        public var schoolYear: SchoolYear
        public var activities: Int
        public var minutes: Int
        /// Minutes per domain item (full id); an activity in two domains counts in both.
        public var domains: [String: Int]
        /// Minutes of activities mapped to no domain.
        public var withoutDomain: Int

        public init(schoolYear: SchoolYear, activities: Int, minutes: Int, domains: [String: Int], withoutDomain: Int) {
            self.schoolYear = schoolYear
            self.activities = activities
            self.minutes = minutes
            self.domains = domains
            self.withoutDomain = withoutDomain
        }
    }

    public var person: String
    public var phases: [PhasePeriod]
    public var roles: [RolePeriod]
    public var employments: [EmploymentPeriod]
    public var memberships: [PersonProfile.SchoolPeriod]
    public var registrations: [Registration]
    public var schoolYears: [YearMinutes]
    /// Salary-scale steps reached, oldest first.
    public var salarySteps: [SalaryStep] = []

    public init(person: String, phases: [PhasePeriod], roles: [RolePeriod], employments: [EmploymentPeriod],
                memberships: [PersonProfile.SchoolPeriod], registrations: [Registration], schoolYears: [YearMinutes]) {
        self.person = person
        self.phases = phases
        self.roles = roles
        self.employments = employments
        self.memberships = memberships
        self.registrations = registrations
        self.schoolYears = schoolYears
    }
}

// Decoding JSON written before issue 16 (no sectors, functions or salary steps).
extension LineOverview.EmploymentPeriod {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(board: try c.decode(String.self, forKey: .board), school: try c.decodeIfPresent(String.self, forKey: .school),
                  since: try c.decode(Day.self, forKey: .since), until: try c.decodeIfPresent(Day.self, forKey: .until),
                  fte: try c.decode(FTE.self, forKey: .fte), sector: try c.decodeIfPresent(SchoolSector.self, forKey: .sector) ?? .assumed,
                  function: try c.decodeIfPresent(StaffFunction.self, forKey: .function) ?? .leraar)
    }
}

extension LineOverview {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(person: try c.decode(String.self, forKey: .person), phases: try c.decode([PhasePeriod].self, forKey: .phases),
                  roles: try c.decode([RolePeriod].self, forKey: .roles), employments: try c.decode([EmploymentPeriod].self, forKey: .employments),
                  memberships: try c.decode([PersonProfile.SchoolPeriod].self, forKey: .memberships),
                  registrations: try c.decode([Registration].self, forKey: .registrations),
                  schoolYears: try c.decode([YearMinutes].self, forKey: .schoolYears))
        salarySteps = try c.decodeIfPresent([SalaryStep].self, forKey: .salarySteps) ?? []
    }
}
