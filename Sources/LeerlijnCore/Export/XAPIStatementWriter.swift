import Foundation

/// What one activity's xAPI statement is made of, as an export reads it.
public struct StatementFields: Sendable {
    public var activity: ActivityID
    public var revision: Int
    public var person: PersonID
    public var personName: String
    public var email: String?
    /// The day the activity took place (`YYYY-MM-DD`).
    public var day: String
    public var minutes: Int
    /// The activity kind's id.
    public var kind: String
    public var title: String
    public var description: String?
    /// Full item ids (`framework:item`), in framework and item order.
    public var competences: [String]
    public var domains: [String]
    /// When the revision was stored (UTC, `YYYY-MM-DD HH:MM:SS`): the timestamp is never later (``XAPIStatement/timestamp(day:revisedAt:)``).
    public var revisedAt: String?
    /// The school, board and partnership of the day; the collective session it was part of; who signed it off.
    public var organisation: StatementOrganisation?
    public var session: StatementSession?
    public var verifiedBy: PersonID?

    public init(activity: ActivityID, revision: Int, person: PersonID, personName: String, email: String?, day: String, minutes: Int, kind: String,
                title: String, description: String?, competences: [String], domains: [String], revisedAt: String? = nil,
                organisation: StatementOrganisation? = nil, session: StatementSession? = nil, verifiedBy: PersonID? = nil) {
        self.revisedAt = revisedAt
        self.organisation = organisation
        self.session = session
        self.verifiedBy = verifiedBy
        self.activity = activity
        self.revision = revision
        self.person = person
        self.personName = personName
        self.email = email
        self.day = day
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.description = description
        self.competences = competences
        self.domains = domains
    }

    /// The fields of an activity with its entry (mappings, person name) and the person's email.
    public init(entry: ActivityEntry, email: String?) {
        let activity = entry.activity
        self.init(activity: activity.id, revision: activity.revision, person: activity.personId, personName: entry.personName, email: email,
                  day: activity.date.description, minutes: activity.minutes, kind: activity.kind, title: activity.title, description: activity.description,
                  competences: entry.mappings.filter { $0.kind == .competence }.map(\.reference.fullID),
                  domains: entry.mappings.filter { $0.kind == .domain }.map(\.reference.fullID),
                  revisedAt: XAPIStatement.timestamp(activity.updatedAt), verifiedBy: entry.verification?.verifiedBy)
    }
}

/// Writes an activity's xAPI statement as JSON bytes, with sorted keys: the same text as
/// `XAPIStatement.json(XAPIStatement.statement(...))`, built without dictionaries, since an export writes one for every
/// activity it sends (a first export of a partnership writes a million). The register's vocabulary and the activity
/// kinds' names are turned into JSON text once, when the writer is made.
public struct XAPIStatementWriter: Sendable {
    private let vocabulary: XAPIVocabulary
    /// Per activity kind: `"verb":{...}` and the definition's `"type":"..."`, ready to copy.
    private var verbs: [String: [UInt8]] = [:]
    private var types: [String: [UInt8]] = [:]
    /// Parts of `context.contextActivities` as JSON per kind and per school, and `context.instructor` per person who
    /// signs off: made once each, through the dictionary writer.
    private var categories: [String: [UInt8]] = [:]
    private var groupings: [String: [UInt8]] = [:]
    private var instructors: [PersonID: [UInt8]] = [:]
    private let kinds: [String: ActivityKind]
    /// The extension keys, in the order the sorted-keys JSON puts them.
    private let competencesFirst: Bool
    private let competencesKey: [UInt8]
    private let domainsKey: [UInt8]
    /// The escaped texts of the activity base and the account home page, without quotes.
    private let activityBase: [UInt8]
    private let homePage: [UInt8]

    public init(vocabulary: XAPIVocabulary, kinds: [ActivityKind]) {
        self.vocabulary = vocabulary
        self.kinds = kinds.reduce(into: [:]) { $0[$1.id] = $1 }
        competencesFirst = JSONText.sortedKeys([vocabulary.competencesExtension: 0 as Any, vocabulary.domainsExtension: 0 as Any].keys).first == vocabulary.competencesExtension
        var key: [UInt8] = []
        Self.string(vocabulary.competencesExtension, to: &key)
        competencesKey = key
        key = []
        Self.string(vocabulary.domainsExtension, to: &key)
        domainsKey = key
        key = []
        Self.content(vocabulary.activityBase, to: &key)
        activityBase = key
        key = []
        Self.string(vocabulary.accountHomePage, to: &key)
        homePage = key
    }

    /// Appends the statement for `fields` to `output`.
    public mutating func write(_ fields: StatementFields, to output: inout [UInt8]) {
        // {"actor":...,"context":...,"id":...,"object":...,"result":...,"timestamp":...,"verb":...}
        Self.put(#"{"actor":{"#, to: &output)
        if vocabulary.actor == "mbox", let email = fields.email {
            Self.put(#""mbox":"mailto:"#, to: &output)
            Self.content(email, to: &output)
            output.append(0x22)
        } else {
            Self.put(#""account":{"homePage":"#, to: &output)
            output.append(contentsOf: homePage)
            Self.put(#","name":""#, to: &output)
            UUIDText.appendLowercase(fields.person.uuid, to: &output)
            Self.put(#""}"#, to: &output)
        }
        Self.put(#","name":"#, to: &output)
        Self.string(fields.personName, to: &output)
        Self.put(#","objectType":"Agent"},"context":{"contextActivities":"#, to: &output)
        contextActivities(fields, to: &output)
        output.append(0x2C)
        if !fields.competences.isEmpty || !fields.domains.isEmpty {
            Self.put(#""extensions":{"#, to: &output)
            // One key and its list, in the order of the sorted keys.
            func list(_ key: [UInt8], _ items: [String], after other: Bool) {
                guard !items.isEmpty else { return }
                if other { output.append(0x2C) }
                output.append(contentsOf: key)
                Self.put(":[", to: &output)
                for (index, item) in items.enumerated() {
                    if index > 0 { output.append(0x2C) }
                    Self.string(item, to: &output)
                }
                output.append(0x5D)
            }
            if competencesFirst {
                list(competencesKey, fields.competences, after: false)
                list(domainsKey, fields.domains, after: !fields.competences.isEmpty)
            } else {
                list(domainsKey, fields.domains, after: false)
                list(competencesKey, fields.competences, after: !fields.domains.isEmpty)
            }
            Self.put("},", to: &output)
        }
        if let verifier = fields.verifiedBy {
            Self.put(#""instructor":"#, to: &output)
            output.append(contentsOf: instructor(verifier))
            output.append(0x2C)
        }
        Self.put(#""language":"nl","platform":"Leerlijn"},"id":""#, to: &output)
        UUIDText.appendLowercase(XAPIStatement.statementID(activity: fields.activity, revision: fields.revision), to: &output)
        Self.put(#"","object":{"definition":{"#, to: &output)
        if let description = fields.description {
            Self.put(#""description":{"nl":"#, to: &output)
            Self.string(description, to: &output)
            Self.put("},", to: &output)
        }
        Self.put(#""name":{"nl":"#, to: &output)
        Self.string(fields.title, to: &output)
        Self.put("},", to: &output)
        output.append(contentsOf: type(fields.kind))
        Self.put(#"},"id":""#, to: &output)
        output.append(contentsOf: activityBase)
        UUIDText.appendLowercase(fields.activity.uuid, to: &output)
        Self.put(#"","objectType":"Activity"},"result":{"duration":"PT"#, to: &output)
        // As XAPIStatement.isoDuration: 90 minutes is PT1H30M, 0 is PT0M.
        let hours = fields.minutes / 60, rest = fields.minutes % 60
        if hours > 0 {
            Self.number(hours, to: &output)
            output.append(0x48)
        }
        if rest > 0 || hours == 0 {
            Self.number(rest, to: &output)
            output.append(0x4D)
        }
        Self.put(#""},"timestamp":""#, to: &output)
        Self.timestamp(day: fields.day, revisedAt: fields.revisedAt, to: &output)
        Self.put(#"","#, to: &output)
        output.append(contentsOf: verb(fields.kind))
        output.append(0x7D)
    }

    /// `"type":"..."` for a kind, made once.
    private mutating func type(_ kind: String) -> [UInt8] {
        if let known = types[kind] { return known }
        var text = Array(#""type":"#.utf8)
        Self.string(vocabulary.activityType(for: kind), to: &text)
        types[kind] = text
        return text
    }

    /// `"verb":{"display":{...},"id":"..."}` for a kind, made once (through the dictionary writer: it is the same text).
    private mutating func verb(_ kind: String) -> [UInt8] {
        if let known = verbs[kind] { return known }
        let verb = vocabulary.verb(for: kind)
        var text = ""
        _ = JSONText.write(["display": vocabulary.display(ofVerb: verb), "id": verb] as [String: Any], to: &text)
        let bytes = Array(#""verb":"#.utf8) + Array(text.utf8)
        verbs[kind] = bytes
        return bytes
    }

    /// `context.contextActivities` for a statement: `{"category":...` per kind, `,"grouping":...` per school, and the
    /// parent, each made once (the grouping and parent through the dictionary writer, in its key order).
    private mutating func contextActivities(_ fields: StatementFields, to output: inout [UInt8]) {
        if let known = categories[fields.kind] {
            output.append(contentsOf: known)
        } else {
            var text = ""
            _ = JSONText.write(XAPIStatement.contextActivities(kind: fields.kind, organisation: nil, session: nil, vocabulary: vocabulary), to: &text)
            let bytes = Array(text.utf8.dropLast())   // without the closing brace
            categories[fields.kind] = bytes
            output.append(contentsOf: bytes)
        }
        if let organisation = fields.organisation {
            if let known = groupings[organisation.school.code] {
                output.append(contentsOf: known)
            } else {
                var text = ""
                _ = JSONText.write(XAPIStatement.contextActivities(kind: fields.kind, organisation: organisation, session: nil, vocabulary: vocabulary)["grouping"]!,
                                   to: &text)
                let bytes = Array(#","grouping":"#.utf8) + Array(text.utf8)
                if groupings.count < 50_000 { groupings[organisation.school.code] = bytes }
                output.append(contentsOf: bytes)
            }
        }
        if let session = fields.session {
            var text = ""
            _ = JSONText.write(XAPIStatement.contextActivities(kind: fields.kind, organisation: nil, session: session, vocabulary: vocabulary)["parent"]!, to: &text)
            Self.put(#","parent":"#, to: &output)
            output.append(contentsOf: text.utf8)
        }
        output.append(0x7D)
    }

    /// Appends the timestamp of ``XAPIStatement/timestamp(day:revisedAt:)`` without building strings: the revision's
    /// time when it is before noon UTC of the day, else noon.
    static func timestamp(day: String, revisedAt: String?, to output: inout [UInt8]) {
        var day = day
        day.withUTF8 { dayBytes in
            guard dayBytes.count == 10, var revised = revisedAt else {
                output.append(contentsOf: dayBytes)
                return put("T12:00:00Z", to: &output)
            }
            revised.withUTF8 { time in
                guard time.count >= 19 else {
                    output.append(contentsOf: dayBytes)
                    return put("T12:00:00Z", to: &output)
                }
                // Earlier: an earlier date, or the same date before 12:00:00.
                var order = memcmp(time.baseAddress!, dayBytes.baseAddress!, 10)
                if order == 0 {
                    order = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 8) { noon in
                        for (index, byte) in "12:00:00".utf8.enumerated() { noon[index] = byte }
                        return memcmp(time.baseAddress! + 11, noon.baseAddress!, 8)
                    }
                }
                if order < 0 {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: time[0..<10]))
                    output.append(0x54)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: time[11..<19]))
                    output.append(0x5A)
                } else {
                    output.append(contentsOf: dayBytes)
                    put("T12:00:00Z", to: &output)
                }
            }
        }
    }

    /// `context.instructor` for the person who signed off, made once per person.
    private mutating func instructor(_ person: PersonID) -> [UInt8] {
        if let known = instructors[person] { return known }
        var text = ""
        _ = JSONText.write(XAPIStatement.instructor(person, vocabulary: vocabulary), to: &text)
        let bytes = Array(text.utf8)
        if instructors.count < 50_000 { instructors[person] = bytes }
        return bytes
    }

    /// Appends constant text (a literal: its bytes are copied straight from the binary).
    @inline(__always)
    static func put(_ text: StaticString, to output: inout [UInt8]) {
        output.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends a whole number in decimal.
    static func number(_ value: Int, to output: inout [UInt8]) {
        guard value >= 10 || value < 0 else { return output.append(UInt8(0x30 + value)) }
        guard value < 100 else { return output.append(contentsOf: String(value).utf8) }
        output.append(UInt8(0x30 + value / 10))
        output.append(UInt8(0x30 + value % 10))
    }

    /// Appends `string` as a JSON string, escaped as ``JSONText`` does (quotes, backslashes, control characters).
    static func string(_ string: String, to output: inout [UInt8]) {
        output.append(0x22)
        content(string, to: &output)
        output.append(0x22)
    }

    /// Appends the escaped text of `string`, without quotes.
    static func content(_ string: String, to output: inout [UInt8]) {
        var string = string
        string.withUTF8 { bytes in
            var plainStart = 0
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x20 || byte == 0x22 || byte == 0x5C else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<index]))
                switch byte {
                case 0x22: output.append(contentsOf: [0x5C, 0x22])
                case 0x5C: output.append(contentsOf: [0x5C, 0x5C])
                case 0x08: output.append(contentsOf: [0x5C, 0x62])
                case 0x09: output.append(contentsOf: [0x5C, 0x74])
                case 0x0A: output.append(contentsOf: [0x5C, 0x6E])
                case 0x0C: output.append(contentsOf: [0x5C, 0x66])
                case 0x0D: output.append(contentsOf: [0x5C, 0x72])
                default:
                    let hex = Array("0123456789abcdef".utf8)
                    output.append(contentsOf: [0x5C, 0x75, 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]])
                }
                plainStart = index + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[plainStart..<bytes.count]))
        }
    }
}
