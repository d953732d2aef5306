import Foundation

/// Builds xAPI 1.0.3 statements from activities. Statement ids are name-based (UUID version 5) from the
/// activity's id and revision, so sending the same revision twice sends the same id.
public enum XAPIStatement {
    /// The xAPI version header value.
    public static let version = "1.0.3"
    /// The ADL verb for voiding a statement.
    public static let voided = "http://adlnet.gov/expapi/verbs/voided"

    /// ``NameBasedUUID/leerlijnNamespace``, kept here to be read without a lazy global's check per statement.
    private static let namespaceOfStatements = NameBasedUUID.leerlijnNamespace

    /// The statement id of an activity's revision.
    public static func statementID(activity: ActivityID, revision: Int) -> UUID {
        // The name `activity:<id>:<revision>`, written as bytes on the stack: an export names every statement it sends.
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 80) { name in
            var count = 0
            for byte in "activity:".utf8 {
                name[count] = byte
                count += 1
            }
            UUIDText.writeLowercase(activity.uuid, to: UnsafeMutableBufferPointer(rebasing: name[count..<(count + 36)]))
            count += 36
            name[count] = 0x3A
            count += 1
            var digits = revision, start = count
            repeat {
                name[count] = UInt8(0x30 + abs(digits % 10))
                count += 1
                digits /= 10
            } while digits != 0
            if revision < 0 {
                name[count] = 0x2D
                count += 1
            }
            var digitsBuffer = UnsafeMutableBufferPointer(rebasing: name[start..<count])
            digitsBuffer.reverse()
            return NameBasedUUID.make(namespace: namespaceOfStatements, name: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: name[0..<count])))
        }
    }

    /// The id of the statement that voids `statement`.
    public static func voidingID(of statement: UUID) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "void:\(statement.uuidString.lowercased())")
    }

    /// The actor for a person: by Leerlijn account (home page = the deployment's base, name = the person's stable
    /// id), so that a changed or removed email never makes the person another actor; by email (`mbox`) only when the
    /// register definition asks for it and the person has one.
    public static func actor(name: String, email: String?, person: PersonID, vocabulary: XAPIVocabulary) -> [String: Any] {
        if vocabulary.actor == "mbox", let email {
            return ["objectType": "Agent", "name": name, "mbox": "mailto:\(email)"]
        }
        return ["objectType": "Agent", "name": name, "account": account(person, vocabulary: vocabulary)]
    }

    /// The statement for an activity at its revision.
    public static func statement(for entry: ActivityEntry, revision: Int, email: String?, kind: ActivityKind?, vocabulary: XAPIVocabulary) -> [String: Any] {
        var fields = StatementFields(entry: entry, email: email)
        fields.revision = revision
        return statement(for: fields, kind: kind, vocabulary: vocabulary)
    }

    /// The statement for an activity's fields, as a dictionary (``XAPIStatementWriter`` writes the same JSON directly).
    /// The verb says what the person did, with one display per verb; the kind of activity is the object's type and a
    /// category context activity, beside the profile version (exports/xapi-profile.jsonld).
    public static func statement(for fields: StatementFields, kind: ActivityKind?, vocabulary: XAPIVocabulary) -> [String: Any] {
        let verb = vocabulary.verb(for: fields.kind)
        var extensions: [String: Any] = [:]
        if !fields.competences.isEmpty { extensions[vocabulary.competencesExtension] = fields.competences }
        if !fields.domains.isEmpty { extensions[vocabulary.domainsExtension] = fields.domains }
        var definition: [String: Any] = ["name": ["nl": fields.title], "type": vocabulary.activityType(for: fields.kind)]
        if let description = fields.description { definition["description"] = ["nl": description] }
        var context: [String: Any] = [
            "platform": "Leerlijn", "language": "nl",
            "contextActivities": contextActivities(kind: fields.kind, organisation: fields.organisation, session: fields.session,
                                                   vocabulary: vocabulary),
        ]
        if !extensions.isEmpty { context["extensions"] = extensions }
        if let verifier = fields.verifiedBy { context["instructor"] = instructor(verifier, vocabulary: vocabulary) }
        return [
            "id": UUIDText.lowercase(statementID(activity: fields.activity, revision: fields.revision)),
            "actor": actor(name: fields.personName, email: fields.email, person: fields.person, vocabulary: vocabulary),
            "verb": ["id": verb, "display": vocabulary.display(ofVerb: verb)] as [String: Any],
            "object": ["objectType": "Activity", "id": vocabulary.activityBase + fields.activity.description, "definition": definition],
            "result": ["duration": isoDuration(minutes: fields.minutes)],
            "timestamp": timestamp(day: fields.day, revisedAt: fields.revisedAt),
            "context": context,
        ]
    }

    /// The statement that voids `statement` (xAPI 1.0.3, 2.3.2), with a timestamp of its own (the time it was queued,
    /// `at`), so that sending it again sends the very same statement (Ralph stamps a statement without one, and then
    /// calls the resent one different: facts 9).
    public static func voiding(_ statement: UUID, name: String, email: String?, person: PersonID, at: Date, vocabulary: XAPIVocabulary) -> [String: Any] {
        [
            "id": UUIDText.lowercase(voidingID(of: statement)),
            "actor": actor(name: name, email: email, person: person, vocabulary: vocabulary),
            "verb": ["id": voided, "display": vocabulary.display(ofVerb: voided)] as [String: Any],
            "object": ["objectType": "StatementRef", "id": statement.uuidString.lowercased()],
            "timestamp": timestamp(at),
            "context": ["contextActivities": ["category": [profileCategory(vocabulary: vocabulary)] as [Any]] as [String: Any]] as [String: Any],
        ]
    }

    /// Minutes as an ISO 8601 duration: 90 is `PT1H30M`.
    public static func isoDuration(minutes: Int) -> String {
        let hours = minutes / 60, rest = minutes % 60
        return "PT" + (hours > 0 ? "\(hours)H" : "") + (rest > 0 || hours == 0 ? "\(rest)M" : "")
    }

    /// JSON text with sorted keys, for payloads and dry runs.
    ///
    /// The same text as `JSONSerialization` with `.sortedKeys` and `.withoutEscapingSlashes` (keys in its order:
    /// numeric, case-insensitive), written directly: a statement is built for every activity an export sends, and
    /// this is several times faster. Values other than strings, integers, booleans, arrays and dictionaries of
    /// strings go through `JSONSerialization`.
    public static func json(_ object: Any) -> String {
        var output = ""
        output.reserveCapacity(1024)
        guard JSONText.write(object, to: &output) else {
            guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
            return String(decoding: data, as: UTF8.self)
        }
        return output
    }
}

/// A small JSON writer for statements: strings, integers, booleans, arrays and string-keyed dictionaries.
enum JSONText {
    /// Appends `value` as JSON; false when it holds a value this writer does not handle.
    static func write(_ value: Any, to output: inout String) -> Bool {
        switch value {
        case let string as String:
            writeString(string, to: &output)
        case let dictionary as [String: Any]:
            output.append("{")
            for (index, key) in sortedKeys(dictionary.keys).enumerated() {
                if index > 0 { output.append(",") }
                writeString(key, to: &output)
                output.append(":")
                guard write(dictionary[key]!, to: &output) else { return false }
            }
            output.append("}")
        case let strings as [String]:
            output.append("[")
            for (index, string) in strings.enumerated() {
                if index > 0 { output.append(",") }
                writeString(string, to: &output)
            }
            output.append("]")
        case let array as [Any]:
            output.append("[")
            for (index, element) in array.enumerated() {
                if index > 0 { output.append(",") }
                guard write(element, to: &output) else { return false }
            }
            output.append("]")
        case let flag as Bool:
            output.append(flag ? "true" : "false")
        case let number as Int:
            output.append(String(number))
        default:
            return false
        }
        return true
    }

    /// Keys in JSONSerialization's `.sortedKeys` order, remembered per set of keys (statements repeat a few sets).
    private static let orders = OrderCache()

    static func sortedKeys(_ keys: Dictionary<String, Any>.Keys) -> [String] {
        let plain = keys.sorted()
        return orders.order(of: plain)
    }

    final class OrderCache: @unchecked Sendable {
        private let lock = NSLock()
        private var orders: [[String]: [String]] = [:]

        func order(of keys: [String]) -> [String] {
            if let known = lock.withLock({ orders[keys] }) { return known }
            let order = keys.sorted { $0.compare($1, options: [.numeric, .caseInsensitive, .forcedOrdering], range: nil, locale: NSLocale.system as Locale) == .orderedAscending }
            lock.withLock { if orders.count < 4096 { orders[keys] = order } }
            return order
        }
    }

    static func writeString(_ string: String, to output: inout String) {
        output.append("\"")
        // Most strings need no escape at all: append them whole.
        if !string.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output.append(string)
            output.append("\"")
            return
        }
        var plainStart = string.unicodeScalars.startIndex
        let scalars = string.unicodeScalars
        var index = plainStart
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let escape: String?
            switch scalar.value {
            case 0x22: escape = "\\\""
            case 0x5C: escape = "\\\\"
            case 0x08: escape = "\\b"
            case 0x09: escape = "\\t"
            case 0x0A: escape = "\\n"
            case 0x0C: escape = "\\f"
            case 0x0D: escape = "\\r"
            case 0..<0x20:
                let hex = String(scalar.value, radix: 16)
                escape = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: escape = nil
            }
            if let escape {
                output.unicodeScalars.append(contentsOf: scalars[plainStart..<index])
                output.append(escape)
                plainStart = scalars.index(after: index)
            }
            index = scalars.index(after: index)
        }
        output.unicodeScalars.append(contentsOf: scalars[plainStart..<scalars.endIndex])
        output.append("\"")
    }
}
