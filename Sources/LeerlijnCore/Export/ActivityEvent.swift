import Foundation

/// The JSON document a webhook register (a board's HR system) receives for one change of an activity, and its
/// HMAC-SHA256 signature. Event ids are name-based (UUID v5) from the activity's id and revision, so a resent
/// event carries the same id and a receiver can ignore the second copy (docs/registers.md).
public enum ActivityEvent {
    /// The value of the `schema` field.
    public static let schemaName = "leerlijn.activity-event/1"

    /// What happened to the activity.
    public enum Change: String, Codable, Sendable {
        case created, updated, deleted, restored
    }

    /// The person the event is about, as an HR system matches them.
    public struct PersonPart: Sendable {
        public var id: PersonID
        public var name: String
        public var email: String?
        /// The person's ids at school boards (personeelsnummers).
        public var externalIds: [PersonProfile.ExternalIdentifier]

        public init(id: PersonID, name: String, email: String?, externalIds: [PersonProfile.ExternalIdentifier]) {
            self.id = id
            self.name = name
            self.email = email
            self.externalIds = externalIds
        }
    }

    /// The event id of an activity's revision.
    public static func eventID(activity: ActivityID, revision: Int) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "event:\(activity):\(revision)")
    }

    /// Which change a revision is: the first event of an activity is `created`; a deleted activity gives `deleted`;
    /// one that comes back after a `deleted` event gives `restored`; anything else is `updated`.
    public static func change(deleted: Bool, previous: Change?) -> Change {
        if deleted { return .deleted }
        switch previous {
        case nil: return .created
        case .deleted?: return .restored
        default: return .updated
        }
    }

    /// Every field of an event's activity part a register definition may list (`fields:`, docs/registers.md). The
    /// activity's `id` and `revision`, the person's Leerlijn id, and for a deleted activity `deletedAt`, are always sent.
    public static let fieldNames = ["person.name", "person.email", "person.externalIds", "date", "minutes", "kind", "title", "description",
                                    "provider", "reflection", "budget", "guidedPerson", "competences", "domains", "evidence", "verification"]

    /// What a webhook definition without `fields` sends: what an HR system needs to match the person and count the
    /// hours, and nothing private (no reflection, no email, no description, no evidence, no person guided).
    public static let defaultFields = ["person.name", "person.externalIds", "date", "minutes", "kind", "title", "provider", "budget",
                                       "competences", "domains", "verification"]

    /// The event document, with only the `fields` given (``fieldNames``). A deleted activity is sent with its id,
    /// revision, person and deletion time only.
    public static func document(for entry: ActivityEntry, change: Change, person: PersonPart, fields: Set<String> = Set(defaultFields)) -> [String: Any] {
        let activity = entry.activity
        var personPart: [String: Any] = ["id": person.id.description]
        if fields.contains("person.name") { personPart["name"] = person.name }
        if fields.contains("person.externalIds") {
            personPart["externalIds"] = person.externalIds.map { identifier -> [String: Any] in
                var part: [String: Any] = ["value": identifier.value]
                if let board = identifier.board { part["board"] = board }
                return part
            }
        }
        if fields.contains("person.email"), let email = person.email { personPart["email"] = email }
        var body: [String: Any] = ["id": activity.id.description, "revision": activity.revision, "person": personPart]
        if change == .deleted {
            if let deletedAt = activity.deletedAt { body["deletedAt"] = timestamp(deletedAt) }
        } else {
            if fields.contains("date") { body["date"] = activity.date.description }
            if fields.contains("minutes") { body["minutes"] = activity.minutes }
            if fields.contains("kind") { body["kind"] = activity.kind }
            if fields.contains("title") { body["title"] = activity.title }
            for (key, value) in [("description", activity.description), ("provider", activity.provider), ("reflection", activity.reflection),
                                 ("budget", activity.budget), ("guidedPerson", activity.guidedPersonId?.description)] where fields.contains(key) {
                if let value { body[key] = value }
            }
            if fields.contains("competences") { body["competences"] = entry.mappings.filter { $0.kind == .competence }.map(\.reference.fullID).sorted() }
            if fields.contains("domains") { body["domains"] = entry.mappings.filter { $0.kind == .domain }.map(\.reference.fullID).sorted() }
            if fields.contains("evidence") {
                body["evidence"] = entry.evidence.map { evidence -> [String: Any] in
                    var part: [String: Any] = ["kind": evidence.kind.rawValue, "location": evidence.location]
                    if let sha256 = evidence.sha256 { part["sha256"] = sha256 }
                    if let bytes = evidence.byteCount { part["byteCount"] = bytes }
                    return part
                }
            }
            if fields.contains("verification"), let verification = entry.verification {
                body["verification"] = ["by": verification.verifiedBy.description, "at": timestamp(verification.at)]
            }
        }
        return [
            "schema": schemaName,
            "id": eventID(activity: activity.id, revision: activity.revision).uuidString.lowercased(),
            "type": "activity." + change.rawValue,
            "occurredAt": timestamp(activity.deletedAt ?? activity.updatedAt),
            "activity": body,
        ]
    }

    /// The deprecated `X-Leerlijn-Signature` header's value for `body` (kept one release beside the Standard Webhooks
    /// headers, ``WebhookSignature``): `sha256=` and the HMAC-SHA256 of the exact body bytes keyed with the secret's text.
    public static func signature(body: [UInt8], secret: String) -> String {
        "sha256=" + HMACSHA256.hex(key: Array(secret.utf8), message: body)
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter.string(from: date)
    }
}
