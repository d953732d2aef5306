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
}
