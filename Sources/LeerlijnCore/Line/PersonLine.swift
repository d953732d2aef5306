/// Everything dated about one person that rules need: phases, roles, employments, registrations.
/// Pure data: the store fills it, the rules read it.
public struct PersonLine: Codable, Hashable, Sendable {
    public var phases: [PhasePeriod]
    public var roles: [RolePeriod]
    public var employments: [Employment]
    public var registrations: [Registration]

    public init(phases: [PhasePeriod] = [], roles: [RolePeriod] = [], employments: [Employment] = [], registrations: [Registration] = []) {
        self.phases = phases.count > 1 ? phases.sorted { $0.since < $1.since } : phases
        self.roles = roles
        self.employments = employments
        self.registrations = registrations
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
