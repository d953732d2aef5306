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
                day: "2026-0\(Int.random(in: 1...9, using: &random))-1\(Int.random(in: 0...9, using: &random))",
                minutes: [0, 1, 45, 59, 60, 61, 90, 120, 600, 1439].randomElement(using: &random)!,
                kind: ["cursus", "intervisie", "eigen-soort"].randomElement(using: &random)!, title: texts.randomElement(using: &random)!,
                description: round % 2 == 0 ? nil : texts.randomElement(using: &random)!,
                competences: Array(["sbl-2006:pedagogisch", "bekwaamheidseisen-2017-po:vakdidactisch", awkward].prefix(Int.random(in: 0...3, using: &random))),
                domains: Array(["domeinen-beroepsbeeld:primair-proces", "x:y"].prefix(Int.random(in: 0...2, using: &random))))
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
