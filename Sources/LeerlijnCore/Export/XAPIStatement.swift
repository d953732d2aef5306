import Foundation

/// Builds xAPI 1.0.3 statements from activities. Statement ids are name-based (UUID version 5) from the
/// activity's id and revision, so sending the same revision twice sends the same id.
public enum XAPIStatement {
    /// The xAPI version header value.
    public static let version = "1.0.3"
    /// The ADL verb for voiding a statement.
    public static let voided = "http://adlnet.gov/expapi/verbs/voided"

    /// The statement id of an activity's revision.
    public static func statementID(activity: ActivityID, revision: Int) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "activity:\(activity):\(revision)")
    }

    /// The id of the statement that voids `statement`.
    public static func voidingID(of statement: UUID) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "void:\(statement.uuidString.lowercased())")
    }

    /// The actor for a person: by email (`mbox`) or by Leerlijn account.
    public static func actor(name: String, email: String?, person: PersonID, vocabulary: XAPIVocabulary) -> [String: Any] {
        if vocabulary.actor == "mbox", let email {
            return ["objectType": "Agent", "name": name, "mbox": "mailto:\(email)"]
        }
        return ["objectType": "Agent", "name": name, "account": ["homePage": vocabulary.accountHomePage, "name": person.description]]
    }

    /// The statement for an activity at its revision.
    public static func statement(for entry: ActivityEntry, revision: Int, email: String?, kind: ActivityKind?, vocabulary: XAPIVocabulary) -> [String: Any] {
        let activity = entry.activity
        var display: [String: String] = ["en": kind?.titleEN ?? activity.kind]
        if let nl = kind?.titleNL { display["nl"] = nl }
        var extensions: [String: Any] = [:]
        let competences = entry.mappings.filter { $0.kind == .competence }.map(\.reference.fullID)
        let domains = entry.mappings.filter { $0.kind == .domain }.map(\.reference.fullID)
        if !competences.isEmpty { extensions[vocabulary.competencesExtension] = competences }
        if !domains.isEmpty { extensions[vocabulary.domainsExtension] = domains }
        var definition: [String: Any] = ["name": ["nl": activity.title], "type": vocabulary.activityTypes[activity.kind] ?? vocabulary.defaultActivityType]
        if let description = activity.description { definition["description"] = ["nl": description] }
        var statement: [String: Any] = [
            "id": statementID(activity: activity.id, revision: revision).uuidString.lowercased(),
            "actor": actor(name: entry.personName, email: email, person: activity.personId, vocabulary: vocabulary),
            "verb": ["id": vocabulary.verbs[activity.kind] ?? vocabulary.defaultVerb, "display": display],
            "object": ["objectType": "Activity", "id": vocabulary.activityBase + activity.id.description, "definition": definition],
            "result": ["duration": isoDuration(minutes: activity.minutes)],
            // The day the activity took place, at noon UTC so that no time zone moves it to another day.
            "timestamp": "\(activity.date)T12:00:00Z",
            "context": ["platform": "Leerlijn", "language": "nl"] as [String: Any],
        ]
        if !extensions.isEmpty {
            statement["context"] = ["platform": "Leerlijn", "language": "nl", "extensions": extensions] as [String: Any]
        }
        return statement
    }

    /// The statement that voids `statement` (xAPI 1.0.3, 2.3.2).
    public static func voiding(_ statement: UUID, name: String, email: String?, person: PersonID, vocabulary: XAPIVocabulary) -> [String: Any] {
        [
            "id": voidingID(of: statement).uuidString.lowercased(),
            "actor": actor(name: name, email: email, person: person, vocabulary: vocabulary),
            "verb": ["id": voided, "display": ["en-US": "voided"]],
            "object": ["objectType": "StatementRef", "id": statement.uuidString.lowercased()],
        ]
    }

    /// Minutes as an ISO 8601 duration: 90 is `PT1H30M`.
    public static func isoDuration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
    }

    /// JSON text with sorted keys, for payloads and dry runs.
    public static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
