/// Everything dated about one person that rules need: phases, roles, employments, registrations.
/// Pure data: the store fills it, the rules read it.
public struct PersonLine: Codable, Hashable, Sendable {
    public var phases: [PhasePeriod]
    public var roles: [RolePeriod]
    public var employments: [Employment]
    public var registrations: [Registration]
    /// Salary-scale steps reached, oldest first (the CAO PO starter budget ends at the fourth periodiek).
    public var salarySteps: [SalaryStep]
    /// The sector of each school an employment names, by school id (``sector(of:)``).
    public var schoolSectors: [Int64: SchoolSector]
    /// The default sector of each board, for employments that name no school.
    public var boardSectors: [Int64: SchoolSector]

    public init(phases: [PhasePeriod] = [], roles: [RolePeriod] = [], employments: [Employment] = [], registrations: [Registration] = [],
                salarySteps: [SalaryStep] = [], schoolSectors: [Int64: SchoolSector] = [:], boardSectors: [Int64: SchoolSector] = [:]) {
        self.phases = phases.count > 1 ? phases.sorted { $0.since < $1.since } : phases
        self.roles = roles
        self.employments = employments
        self.registrations = registrations
        self.salarySteps = salarySteps.sorted { $0.since < $1.since }
        self.schoolSectors = schoolSectors
        self.boardSectors = boardSectors
    }

    /// The phase on `day`: the latest phase that started on or before it.
    public func phase(on day: Day) -> Phase? {
        phases.last { $0.since <= day }?.phase
    }

    /// The roles held on `day`.
    public func roles(on day: Day) -> Set<Role> {
        Set(roles.filter { $0.covers(day) }.map(\.role))
    }

    /// The sum of the FTEs of the employments that cover `day` (ten-thousandths).
    public func fte(on day: Day) -> Int {
        employments.reduce(0) { $0 + ($1.covers(day) ? $1.fte.tenThousandths : 0) }
    }
}

// Decoding JSON written before issue 16 (no salary steps or sectors).
extension PersonLine {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(phases: try c.decode([PhasePeriod].self, forKey: .phases), roles: try c.decode([RolePeriod].self, forKey: .roles),
                  employments: try c.decode([Employment].self, forKey: .employments),
                  registrations: try c.decode([Registration].self, forKey: .registrations),
                  salarySteps: try c.decodeIfPresent([SalaryStep].self, forKey: .salarySteps) ?? [],
                  schoolSectors: try c.decodeIfPresent([Int64: SchoolSector].self, forKey: .schoolSectors) ?? [:],
                  boardSectors: try c.decodeIfPresent([Int64: SchoolSector].self, forKey: .boardSectors) ?? [:])
    }
}
