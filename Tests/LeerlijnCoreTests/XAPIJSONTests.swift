import Foundation
import LeerlijnCore
import Testing

@Suite("xAPI JSON text")
struct XAPIJSONTests {
    /// Every ASCII character, characters outside ASCII, and keys whose order differs between byte order and
    /// JSONSerialization's (numeric, case-insensitive) order.
    static func samples() -> [Any] {
        var text = ""
        for value in 0..<0x80 { text.append(Character(UnicodeScalar(value)!)) }
        text += "é€\u{2028}\u{FEFF}😀/"
        return [
            ["id": "6f9c", "actor": ["objectType": "Agent", "name": "René \"de\" Vries\\", "mbox": "mailto:r@x.nl"],
             "verb": ["id": "http://adlnet.gov/expapi/verbs/attended", "display": ["en": "Course", "nl": "Cursus"]],
             "context": ["platform": "Leerlijn", "extensions": ["https://x/competences": ["sbl-2006:pedagogisch", "a/b"]]]] as [String: Any],
            ["a": text, "B": "b", "c": "", "a10": "x", "a9": "y", "objectType": "o", "object": ["en-US": "voided"], "Z_": [String](), "z-": [:] as [String: Any],
             "_a": "\t", "é": "e", "e": "é"] as [String: Any],
            [text, ["nested": ["deeper": text]]] as [Any],
        ]
    }

    @Test("Statement JSON is the same text JSONSerialization writes with sorted keys and unescaped slashes")
    func sameTextAsJSONSerialization() throws {
        for sample in Self.samples() {
            let expected = String(decoding: try JSONSerialization.data(withJSONObject: sample, options: [.sortedKeys, .withoutEscapingSlashes]), as: UTF8.self)
            #expect(XAPIStatement.json(sample) == expected)
        }
    }
}

@Suite("xAPI statements written directly")
struct XAPIStatementWriterTests {
    static let vocabulary = XAPIVocabulary(actor: "mbox", accountHomePage: "https://leerlijn.example", activityBase: "https://leerlijn.example/activities/",
                                           verbs: ["cursus": "http://adlnet.gov/expapi/verbs/attended"], defaultVerb: "http://adlnet.gov/expapi/verbs/experienced",
                                           activityTypes: ["cursus": "http://adlnet.gov/expapi/activities/course"],
                                           defaultActivityType: "http://adlnet.gov/expapi/activities/meeting",
                                           competencesExtension: "https://leerlijn.example/xapi/extensions/competences",
                                           domainsExtension: "https://leerlijn.example/xapi/extensions/domains")
    static let kinds = [ActivityKind(id: "cursus", titleNL: "Cursus \"extern\"", titleEN: "Course")]

    @Test("The writer's statement is byte for byte the dictionary statement's JSON: actors, items, durations, escapes, unknown kinds")
    func sameBytesAsDictionaries() {
        var random = SystemRandomNumberGenerator()
        var awkward = ""
        for value in 0..<0x80 { awkward.append(Character(UnicodeScalar(value)!)) }
        awkward += "é€\u{2028}😀/"
        let texts = ["Intervisie", "", awkward, "René \"de\" Vries\\", "a/b\nc"]
        for round in 0..<400 {
            var vocabulary = Self.vocabulary
            if round % 3 == 0 { vocabulary.actor = "account" }
            // Extension keys in either sorted order.
            if round % 4 == 1 { vocabulary.domainsExtension = "https://leerlijn.example/xapi/extensions/Alpha" }
            var writer = XAPIStatementWriter(vocabulary: vocabulary, kinds: Self.kinds)
            let fields = StatementFields(
                activity: ActivityID(), revision: Int.random(in: 1...12, using: &random), person: PersonID(),
                personName: texts.randomElement(using: &random)!, email: round % 5 == 0 ? nil : texts.randomElement(using: &random)! + "@x.nl",
                day: round % 7 == 0 ? "2026-03-14" : "2026-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))",
                minutes: [0, 1, 45, 59, 60, 61, 90, 120, 600, 1439].randomElement(using: &random)!,
                kind: ["cursus", "intervisie", "eigen-soort"].randomElement(using: &random)!, title: texts.randomElement(using: &random)!,
                description: round % 2 == 0 ? nil : texts.randomElement(using: &random)!,
                competences: Array(["sbl-2006:pedagogisch", "bekwaamheidseisen-2017-po:vakdidactisch", awkward].prefix(Int.random(in: 0...3, using: &random))),
                domains: Array(["domeinen-beroepsbeeld:primair-proces", "x:y"].prefix(Int.random(in: 0...2, using: &random))),
                revisedAt: ["2026-03-14 09:10:11.123", "2026-03-14 12:00:00", "2026-03-14 11:59:59.999", "2026-03-14 12:00:01", "2027-01-01 00:00:00.000", "2025-12-31 23:59:59", nil]
                    .randomElement(using: &random)!,
                organisation: round % 3 == 1 ? nil : StatementOrganisation(
                    school: .init(code: "12AB01", name: texts.randomElement(using: &random)!),
                    board: round % 2 == 0 ? nil : .init(code: "bestuur-1", name: "Stichting \"X\""),
                    partnership: round % 4 == 0 ? nil : .init(code: "oids", name: awkward)),
                session: round % 5 == 2 || round % 5 == 3 ? StatementSession(id: "plg-1", title: texts.randomElement(using: &random)!) : nil,
                verifiedBy: round % 2 == 1 ? PersonID() : nil)
            var bytes: [UInt8] = []
            writer.write(fields, to: &bytes)
            let expected = XAPIStatement.json(XAPIStatement.statement(for: fields, kind: Self.kinds.first { $0.id == fields.kind }, vocabulary: vocabulary))
            #expect(String(decoding: bytes, as: UTF8.self) == expected)
        }
    }

    @Test("Statement ids are the version 5 UUIDs of activity:<id>:<revision>, stable and different per revision")
    func statementIDs() {
        let activity = ActivityID(UUID(uuidString: "01a209ab-a15c-7150-8350-68586bff21a1")!)
        let id = XAPIStatement.statementID(activity: activity, revision: 3)
        #expect(id == NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "activity:01a209ab-a15c-7150-8350-68586bff21a1:3"))
        #expect(id != XAPIStatement.statementID(activity: activity, revision: 4))
        #expect(id.uuidString.lowercased().dropFirst(14).first == "5")
    }
}

@Suite("Identifiers as text")
struct IdentifierTextTests {
    @Test("Ids are written and read as Foundation writes and reads UUIDs, in lowercase, whatever the text")
    func sameAsFoundation() {
        for _ in 0..<200 {
            let uuid = UUID()
            #expect(PersonID(uuid).description == uuid.uuidString.lowercased())
            #expect(PersonID(uuid.uuidString)?.uuid == uuid)
            #expect(PersonID(uuid.uuidString.lowercased())?.uuid == uuid)
        }
        let valid = "3f2c8a9e-0b1c-4d2e-8f3a-1234567890ab"
        for text in ["", "3f2c", valid + "0", String(valid.dropLast()) + "g", valid.replacingOccurrences(of: "-", with: "_"), " " + valid.dropLast(),
                     valid.replacingOccurrences(of: "-", with: "")] {
            #expect(PersonID(text)?.uuid == UUID(uuidString: text), "\(text)")
        }
    }

    @Test("Ids read from UTF-8 bytes equal ids read from text; any byte that is not a hex digit or a dash in its place is refused")
    func fromBytes() {
        func parse(_ bytes: [UInt8]) -> PersonID? { bytes.withUnsafeBufferPointer { PersonID(utf8: $0) } }
        for _ in 0..<200 {
            let uuid = UUID()
            #expect(parse(Array(uuid.uuidString.utf8))?.uuid == uuid)
            #expect(parse(Array(uuid.uuidString.lowercased().utf8))?.uuid == uuid)
        }
        let valid = Array("3f2c8a9e-0b1c-4d2e-8f3a-1234567890AB".utf8)
        #expect(parse(valid) == PersonID(String(decoding: valid, as: UTF8.self)))
        for position in valid.indices {
            for byte in [0x00, 0x2D, 0x2F, 0x30, 0x39, 0x3A, 0x40, 0x41, 0x46, 0x47, 0x60, 0x61, 0x66, 0x67, 0x7F, 0x80, 0xC3, 0xFF] as [UInt8] {
                var bytes = valid
                bytes[position] = byte
                // Only the canonical form: a hex digit in every place but the four dashes.
                let hex = (0x30...0x39).contains(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
                let canonical = [8, 13, 18, 23].contains(position) ? byte == 0x2D : hex
                #expect(parse(bytes)?.uuid == (canonical ? UUID(uuidString: String(decoding: bytes, as: UTF8.self)) : nil), "byte \(byte) at \(position)")
            }
        }
        #expect(parse([]) == nil)
        #expect(parse(Array(valid.dropLast())) == nil)
    }
}

@Suite("xAPI statement contents")
struct XAPIStatementContentTests {
    static let vocabulary = XAPIVocabulary(actor: "account", accountHomePage: "https://leerlijn.school.nl", activityBase: "https://leerlijn.school.nl/activities/",
                                           verbs: ["cursus": "http://adlnet.gov/expapi/verbs/attended", "intervisie": "http://adlnet.gov/expapi/verbs/attended"],
                                           defaultVerb: "http://adlnet.gov/expapi/verbs/experienced", activityTypes: [:],
                                           defaultActivityType: "https://leerlijn.school.nl/xapi/activity-types/{kind}",
                                           competencesExtension: "https://leerlijn.school.nl/xapi/extensions/competences",
                                           domainsExtension: "https://leerlijn.school.nl/xapi/extensions/domains", base: "https://leerlijn.school.nl",
                                           verbDisplays: ["http://adlnet.gov/expapi/verbs/attended": ["en-US": "attended"]])

    static func fields(kind: String, day: String = "2026-03-14", revisedAt: String? = "2026-03-20 08:00:00.000", email: String? = "a@b.nl") -> StatementFields {
        StatementFields(activity: ActivityID(), revision: 1, person: PersonID(), personName: "Sanne", email: email, day: day, minutes: 60, kind: kind,
                        title: "T", description: nil, competences: [], domains: [], revisedAt: revisedAt)
    }

    @Test("Two kinds with the same verb carry the same verb display; the kind is in the object's type and in the category, beside the profile version")
    func kindNotInVerb() throws {
        let course = XAPIStatement.statement(for: Self.fields(kind: "cursus"), kind: ActivityKind(id: "cursus", titleNL: "Cursus", titleEN: "Course"), vocabulary: Self.vocabulary)
        let peer = XAPIStatement.statement(for: Self.fields(kind: "intervisie"), kind: ActivityKind(id: "intervisie", titleNL: "Intervisie", titleEN: "Peer consultation"),
                                           vocabulary: Self.vocabulary)
        let courseVerb = try #require(course["verb"] as? [String: Any]), peerVerb = try #require(peer["verb"] as? [String: Any])
        #expect(courseVerb["display"] as? [String: String] == ["en-US": "attended"])
        #expect(peerVerb["display"] as? [String: String] == ["en-US": "attended"])
        let type = ((course["object"] as? [String: Any])?["definition"] as? [String: Any])?["type"] as? String
        #expect(type == "https://leerlijn.school.nl/xapi/activity-types/cursus")
        let category = ((course["context"] as? [String: Any])?["contextActivities"] as? [String: Any])?["category"] as? [[String: Any]]
        #expect(category?.compactMap { $0["id"] as? String } == ["https://leerlijn.school.nl/xapi/kinds/cursus", "https://leerlijn.school.nl/xapi/profile/v1"])
    }

    @Test("The actor is the account (base, stable id) whether or not there is an email; mbox only when the register asks")
    func accountActor() {
        let fields = Self.fields(kind: "cursus")
        let withEmail = XAPIStatement.statement(for: fields, kind: nil, vocabulary: Self.vocabulary)["actor"] as? [String: Any]
        var without = fields
        without.email = nil
        let withoutEmail = XAPIStatement.statement(for: without, kind: nil, vocabulary: Self.vocabulary)["actor"] as? [String: Any]
        #expect(withEmail?["mbox"] == nil)
        #expect(withEmail?["account"] as? [String: String] == ["homePage": "https://leerlijn.school.nl", "name": fields.person.uuid.uuidString.lowercased()])
        #expect(withoutEmail?["account"] as? [String: String] == withEmail?["account"] as? [String: String])
        var mbox = Self.vocabulary
        mbox.actor = "mbox"
        #expect((XAPIStatement.statement(for: fields, kind: nil, vocabulary: mbox)["actor"] as? [String: Any])?["mbox"] as? String == "mailto:a@b.nl")
    }

    @Test("The timestamp is the day at noon UTC, or the revision's time when that is earlier; never later than either")
    func timestamps() {
        #expect(XAPIStatement.timestamp(day: "2026-03-14", revisedAt: "2026-03-20 08:00:00.000") == "2026-03-14T12:00:00Z")
        #expect(XAPIStatement.timestamp(day: "2026-12-04", revisedAt: "2026-12-04 07:15:30.250") == "2026-12-04T07:15:30Z")
        #expect(XAPIStatement.timestamp(day: "2026-12-05", revisedAt: "2026-12-04 23:59:59") == "2026-12-04T23:59:59Z")
        #expect(XAPIStatement.timestamp(Date(timeIntervalSince1970: 1_764_835_200 + 3_723)) == "2025-12-04T09:02:03Z")
        // An activity logged now for today: its statement's timestamp is not after now.
        let now = Date()
        let today = String(XAPIStatement.timestamp(now).prefix(10))
        let stamp = XAPIStatement.timestamp(day: today, revisedAt: XAPIStatement.timestamp(now))
        #expect(stamp <= XAPIStatement.timestamp(now))
    }

    @Test("A void carries a timestamp of its own, the same every time it is built, and the profile version")
    func voidTimestamp() {
        let at = Date(timeIntervalSince1970: 1_764_835_200)
        let one = XAPIStatement.json(XAPIStatement.voiding(UUID(), name: "S", email: nil, person: PersonID(), at: at, vocabulary: Self.vocabulary))
        #expect(one.contains("\"timestamp\":\"2025-12-04T08:00:00Z\""))
        #expect(one.contains("https://leerlijn.school.nl/xapi/profile/v1"))
    }
}
