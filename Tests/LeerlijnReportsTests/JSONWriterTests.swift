import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnReports

/// Strings that JSON writers get wrong: quotes, backslashes, every control character, DEL, slashes, non-ASCII
/// (accents, a line separator, an emoji, a combining mark), the empty string.
private let awkward: [String] = [
    "", "plain", "quote \" inside", "back\\slash", "\\\"", "slash / and //", "https://example.org/a?b=c&d",
    String((0..<0x20).map { Character(Unicode.Scalar($0)!) }), "tab\tnewline\ncarriage\rbell\u{07}nul\u{00}end", "del \u{7F}",
    "Zoë Ångström", "ŉ ĳ ß", "line\u{2028}separator\u{2029}", "emoji 🧑🏽‍🏫", "e\u{0301} combining", "日本語", "<tag> & 'apostrophe'",
]

/// Any JSON value, encodable through `JSONEncoder` and writable through ``JSONWriter``, to compare the two.
private indirect enum Value: Encodable {
    case string(String), int(Int), double(Double), bool(Bool), null
    case array([Value]), object([String: Value])

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .string(let text): var container = encoder.singleValueContainer(); try container.encode(text)
        case .int(let number): var container = encoder.singleValueContainer(); try container.encode(number)
        case .double(let number): var container = encoder.singleValueContainer(); try container.encode(number)
        case .bool(let flag): var container = encoder.singleValueContainer(); try container.encode(flag)
        case .null: var container = encoder.singleValueContainer(); try container.encodeNil()
        case .array(let values): var container = encoder.singleValueContainer(); try container.encode(values)
        case .object(let members): var container = encoder.singleValueContainer(); try container.encode(members)
        }
    }

    func write(to writer: inout JSONWriter) throws {
        switch self {
        case .string(let text): writer.value(text)
        case .int(let number): writer.value(number)
        case .double(let number): try writer.value(number)
        case .bool(let flag): writer.value(flag)
        case .null: writer.null()
        case .array(let values):
            writer.beginArray()
            for value in values { try value.write(to: &writer) }
            writer.endArray()
        case .object(let members):
            try writer.object(sorted: members) { writer, value in try value.write(to: &writer) }
        }
    }

    /// The writer's text, with the final line break `JSONOutput.render` adds.
    func written() throws -> String {
        var writer = JSONWriter()
        try write(to: &writer)
        writer.newline()
        return writer.text
    }

    /// A random value, nested at most `depth` deep.
    static func random(depth: Int, using generator: inout SeededGenerator) -> Value {
        let pick = Int.random(in: 0..<(depth > 0 ? 9 : 6), using: &generator)
        func text() -> String {
            awkward.randomElement(using: &generator)! + (Bool.random(using: &generator) ? String(Int.random(in: 0..<1000, using: &generator)) : "")
        }
        switch pick {
        case 0: return .string(text())
        case 1: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
        case 2: return .double(Double(Int.random(in: 0...97, using: &generator)) / Double(Int.random(in: 1...97, using: &generator)))
        case 3: return .bool(Bool.random(using: &generator))
        case 4: return .null
        case 5: return .int([0, 9, 10, -1, Int.max, Int.min].randomElement(using: &generator)!)
        case 6, 7:
            return .array((0..<Int.random(in: 0...4, using: &generator)).map { _ in random(depth: depth - 1, using: &generator) })
        default:
            var members: [String: Value] = [:]
            for _ in 0..<Int.random(in: 0...5, using: &generator) { members[text()] = random(depth: depth - 1, using: &generator) }
            return .object(members)
        }
    }
}

/// A group report decoded from JSON (its initializers are internal to the core), with `people` and `groups` as given.
private func report(groups: [[String: Any]], people: [[String: Any]]) throws -> GroupReport {
    let object: [String: Any] = ["schoolYear": "2026-2027", "by": "school", "referenceDay": "2027-03-01", "groups": groups, "people": people]
    return try JSONDecoder().decode(GroupReport.self, from: JSONSerialization.data(withJSONObject: object))
}

@Suite("JSON written directly, as JSONEncoder writes it")
struct JSONWriterTests {
    @Test("A group report's JSON is byte for byte the text JSONEncoder writes, awkward strings and absent fields included")
    func groupReportMatchesEncoder() throws {
        var people: [[String: Any]] = []
        for (index, text) in awkward.enumerated() {
            var row: [String: Any] = ["externalId": text, "name": "\(text) \(index)", "group": text, "minutes": index * 45, "verifiedMinutes": index,
                                      "flags": index % 3 == 0 ? [] : ["behind", "gaps", "idle"].prefix(index % 4).map { $0 },
                                      "details": index % 2 == 0 ? [] : ["gap:\(text)", "behind:cao-po-starter", "expires:brlo:2027-01-31"]]
            if index % 2 == 1 { row["lastActivity"] = "2027-0\(1 + index % 9)-1\(index % 10)" }
            people.append(row)
        }
        var groups: [[String: Any]] = []
        for (index, text) in awkward.enumerated() {
            var domains: [String: Int] = [:]
            for (offset, key) in awkward.enumerated() where (offset + index) % 3 == 0 { domains["domeinen:\(key)"] = offset * 15 }
            domains["B"] = 1
            domains["a"] = 2
            domains["a10"] = 3
            domains["a9"] = 4
            var group: [String: Any] = ["key": text, "people": index, "minutes": index * 100, "verifiedMinutes": index * 10, "domains": domains,
                                        "starters": index % 4, "startersWithinBudget": index % 4 / 2, "flagged": index]
            if index % 4 != 0 { group["startersWithinBudgetShare"] = Double(index % 4 / 2) / Double(index % 4) }
            groups.append(group)
        }
        let full = try report(groups: groups, people: people)
        #expect(try JSONOutput.render(full) == JSONOutput.encoded(full))
        let empty = try report(groups: [], people: [])
        #expect(try JSONOutput.render(empty) == JSONOutput.encoded(empty))
        // The fast path is the one taken: the report writes itself.
        #expect((full as Any) is any JSONWritable)
    }

    @Test("Every character from U+0000 to U+00FF, and others beyond, is written as JSONEncoder writes it, in values and in keys")
    func everyCharacter() throws {
        var scalars = (0..<0x100).compactMap(Unicode.Scalar.init)
        scalars += [0x2028, 0x2029, 0xFEFF, 0x1F600, 0x10FFFF].compactMap(Unicode.Scalar.init)
        let values = Value.array(scalars.map { .string("a\(Character($0))b") })
        #expect(try values.written() == JSONOutput.encoded(values))
        let keys = Value.object(Dictionary(uniqueKeysWithValues: scalars.enumerated().map { ("\(Character($0.element))", Value.int($0.offset)) }))
        #expect(try keys.written() == JSONOutput.encoded(keys))
    }

    @Test("Fractions print as JSONEncoder prints doubles: whole numbers without .0, the shortest digits that round-trip")
    func doubles() throws {
        var numbers: [Value] = []
        for denominator in 1...60 {
            for numerator in 0...denominator { numbers.append(.double(Double(numerator) / Double(denominator))) }
        }
        numbers += [1e-7, 1.2345678901234568e17, 1e16, 0.1 + 0.2, -0.5, 2.5e-300, Double.greatestFiniteMagnitude].map(Value.double)
        let array = Value.array(numbers)
        #expect(try array.written() == JSONOutput.encoded(array))
        var writer = JSONWriter()
        #expect(throws: EncodingError.self) { try writer.value(Double.nan) }
        #expect(throws: EncodingError.self) { try writer.value(-Double.infinity) }
    }

    @Test("Random nested values, empty arrays and objects included, are written as JSONEncoder writes them")
    func randomValues() throws {
        var random = SeededGenerator(seed: 2026)
        for _ in 0..<300 {
            let value = Value.random(depth: 4, using: &random)
            #expect(try value.written() == JSONOutput.encoded(value))
        }
        for empty in [Value.array([]), .object([:]), .array([.array([]), .object([:])]), .object(["a": .object([:]), "b": .array([])])] {
            #expect(try empty.written() == JSONOutput.encoded(empty))
        }
    }
}
