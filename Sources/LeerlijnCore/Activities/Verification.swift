import Foundation

/// A sign-off of an activity by a mentor, schoolopleider or coach: the minutes are then verified, not self-reported.
public struct Verification: Codable, Hashable, Sendable {
    public var activityId: ActivityID
    /// Who signed it off.
    public var verifiedBy: PersonID
    public var at: Date
    public var note: String?

    public init(activityId: ActivityID, verifiedBy: PersonID, at: Date, note: String?) {
        self.activityId = activityId
        self.verifiedBy = verifiedBy
        self.at = at
        self.note = note
    }

    /// The roles that may sign off another person's activity.
    public static let verifierRoles: Set<Role> = [.mentor, .schoolopleider, .coach]

    /// Why `signer` may not sign off `owner`'s activity of `day`, or nil when they may: they must be someone else and
    /// hold a ``verifierRoles`` role on that day. The one rule behind `verify --by` and an import's `verified_by` column.
    /// - Parameter signerRoles: the signer's roles on `day` (``PersonLine/roles(on:)``).
    public static func refusal(signer: PersonID, owner: PersonID, signerRoles: Set<Role>, on day: Day) -> SignOffRefusal? {
        if signer == owner { return .ownActivity }
        if signerRoles.isDisjoint(with: verifierRoles) { return .noVerifierRole(on: day) }
        return nil
    }
}

/// Why a sign-off is refused (``Verification/refusal(signer:owner:signerRoles:on:)``).
public enum SignOffRefusal: Sendable, Equatable {
    /// A person cannot sign off their own activity.
    case ownActivity
    /// The signer is no mentor, schoolopleider or coach on the activity's day.
    case noVerifierRole(on: Day)
}

/// A collective learning moment (a PLG meeting, an ontwerpatelier, an opleidersdag) logged once for many participants.
public struct NewSession: Sendable {
    public var date: Day
    public var minutes: Int
    public var kind: String
    public var title: String
    public var provider: String?
    /// Participants: external ids, emails or unambiguous parts of names.
    public var participants: [String]
    public var competences: [String]
    public var domains: [String]

    public init(date: Day, minutes: Int, kind: String, title: String, provider: String? = nil, participants: [String], competences: [String] = [], domains: [String] = []) {
        self.date = date
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.provider = provider
        self.participants = participants
        self.competences = competences
        self.domains = domains
    }
}

/// A logged session and the activity it gave each participant.
public struct SessionEntry: Codable, Hashable, Sendable {
    public var id: String
    public var date: Day
    public var minutes: Int
    public var kind: String
    public var title: String
    public var activities: [ActivityEntry]

    public init(id: String, date: Day, minutes: Int, kind: String, title: String, activities: [ActivityEntry]) {
        self.id = id
        self.date = date
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.activities = activities
    }
}
