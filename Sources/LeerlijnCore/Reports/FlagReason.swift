/// Why a person has a flag in the HR report, with what a reader needs to act on it: the budget and the hours behind,
/// the framework item without activity, the registration and its last day, the minutes not signed off.
///
/// Front ends put it in words (`LeerlijnReports`' report strings); the JSON keeps the figures.
public struct FlagReason: Codable, Hashable, Sendable {
    public var flag: PersonFlag
    /// `behind`: the budget's rule id and title.
    public var budget: String?
    public var budgetTitle: LocalizedText?
    /// `behind`: minutes short of what an even pace would have used by the reference day (expected by now minus used).
    public var behindMinutes: Int?
    /// `behind`: minutes the pace so far falls short of the entitlement on 31 July (entitled minus projected).
    public var shortfallMinutes: Int?
    /// `gaps`: the top-level item's full id (`framework:item`) and title.
    public var item: String?
    public var itemTitle: LocalizedText?
    /// `expiring`: the register and the registration's last day.
    public var register: String?
    public var expires: Day?
    /// `idle`: the weeks without activity asked for, and the latest activity (nil: none at all).
    public var idleWeeks: Int?
    public var lastActivity: Day?
    /// `unverified`: minutes this school year not signed off.
    public var unverifiedMinutes: Int?

    public init(flag: PersonFlag, budget: String? = nil, budgetTitle: LocalizedText? = nil, behindMinutes: Int? = nil, shortfallMinutes: Int? = nil,
                item: String? = nil, itemTitle: LocalizedText? = nil, register: String? = nil, expires: Day? = nil, idleWeeks: Int? = nil,
                lastActivity: Day? = nil, unverifiedMinutes: Int? = nil) {
        self.flag = flag
        self.budget = budget
        self.budgetTitle = budgetTitle
        self.behindMinutes = behindMinutes
        self.shortfallMinutes = shortfallMinutes
        self.item = item
        self.itemTitle = itemTitle
        self.register = register
        self.expires = expires
        self.idleWeeks = idleWeeks
        self.lastActivity = lastActivity
        self.unverifiedMinutes = unverifiedMinutes
    }
}
