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
