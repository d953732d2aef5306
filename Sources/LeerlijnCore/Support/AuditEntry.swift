import Foundation

/// One line of the audit trail: who changed what, when, and how it looked before and after.
public struct AuditEntry: Codable, Hashable, Sendable {
    /// What happened.
    public enum Action: String, Codable, Sendable {
        case create, update, delete, restore
    }

    /// The database row id; nil before it is stored.
    public var id: Int64?
    /// When it happened.
    public var at: Date
    /// Who did it: the user name given with `--actor`, `$LEERLIJN_ACTOR`, or the login name.
    public var actor: String
    /// The kind of record: `activity` or `person`.
    public var entity: String
    /// The record's id.
    public var entityId: String
    /// What happened.
    public var action: Action
    /// The record before the change, as JSON; nil for a create.
    public var before: String?
    /// The record after the change, as JSON; nil for a delete.
    public var after: String?

    public init(id: Int64? = nil, at: Date, actor: String, entity: String, entityId: String, action: Action, before: String?, after: String?) {
        self.id = id
        self.at = at
        self.actor = actor
        self.entity = entity
        self.entityId = entityId
        self.action = action
        self.before = before
        self.after = after
    }
}
