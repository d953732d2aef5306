import Foundation

/// A typed UUID: the id of one kind of entity (a person, an activity), written in lowercase.
///
/// The `Kind` parameter keeps a person's id from being passed where an activity's id is expected.
public struct Identifier<Kind>: Hashable, Sendable, Codable, CustomStringConvertible, Comparable {
    /// The UUID.
    public let uuid: UUID

    /// Wraps an existing UUID.
    public init(_ uuid: UUID) { self.uuid = uuid }

    /// A new id: a time-ordered UUID (version 7, ``TimeOrderedUUID``), so that new rows land at the end of the
    /// primary-key index.
    public init() { self.uuid = TimeOrderedUUID.make() }

    /// Parses the canonical text form (either case); nil for anything else.
    public init?(_ text: String) {
        guard let uuid = UUIDText.parse(text) ?? UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    /// Parses the canonical text form (either case) from its UTF-8 bytes, as a database hands them out; nil for
    /// anything else, including the odd forms ``init(_:)`` also takes.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let uuid = UUIDText.parse(utf8: bytes) else { return nil }
        self.uuid = uuid
    }

    /// The lowercase canonical form, e.g. `3f2c8a9e-...`.
    public var description: String { UUIDText.lowercase(uuid) }

    /// Writes ``description``'s 36 bytes into `text`, without making a string.
    public func writeDescription(to text: UnsafeMutableBufferPointer<UInt8>) { UUIDText.writeLowercase(uuid, to: text) }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let uuid = UUIDText.parse(text) ?? UUID(uuidString: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a UUID: \(text)")
        }
        self.uuid = uuid
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public static func < (lhs: Identifier, rhs: Identifier) -> Bool { lhs.description < rhs.description }
}

/// The canonical text form of UUIDs, parsed and written directly: ids are read and written for every row, and
/// Foundation's `UUID(uuidString:)` and `uuidString` go through scanf and printf.
enum UUIDText {
    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The UUID in `text` when it is in the canonical form (8-4-4-4-12 hexadecimal digits, either case); nil otherwise
    /// (callers then ask `UUID(uuidString:)`, which also takes a few odd forms).
    static func parse(_ text: String) -> UUID? {
        var text = text
        return text.withUTF8 { parse(utf8: $0) }
    }

    /// The UUID in `bytes` when they are the canonical form (either case); nil otherwise.
    static func parse(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36, bytes[8] == 0x2D, bytes[13] == 0x2D, bytes[18] == 0x2D, bytes[23] == 0x2D else { return nil }
        var value: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var invalid: UInt8 = 0
        withUnsafeMutableBytes(of: &value) { out in
            Hex.values.withUnsafeBufferPointer { hex in
                var index = 0
                for byte in 0..<16 {
                    if index == 8 || index == 13 || index == 18 || index == 23 { index += 1 }
                    let high = hex[Int(bytes[index])], low = hex[Int(bytes[index + 1])]
                    invalid |= high | low
                    out[byte] = high << 4 | low
                    index += 2
                }
            }
        }
        return invalid & 0xF0 == 0 ? UUID(uuid: value) : nil
    }

    /// The lowercase canonical form.
    /// Appends the lowercase canonical form of `uuid` to `output`.
    static func appendLowercase(_ uuid: UUID, to output: inout [UInt8]) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            writeLowercase(uuid, to: text)
            output.append(contentsOf: text)
        }
    }

    /// Writes the lowercase canonical form of `uuid` into `text` (36 bytes).
    static func writeLowercase(_ uuid: UUID, to text: UnsafeMutableBufferPointer<UInt8>) {
        var value = uuid.uuid
        withUnsafeBytes(of: &value) { bytes in
            hexDigits.withUnsafeBufferPointer { digits in
                var index = 0
                for byte in 0..<16 {
                    if byte == 4 || byte == 6 || byte == 8 || byte == 10 {
                        text[index] = 0x2D
                        index += 1
                    }
                    text[index] = digits[Int(bytes[byte] >> 4)]
                    text[index + 1] = digits[Int(bytes[byte] & 0x0F)]
                    index += 2
                }
            }
        }
    }

    static func lowercase(_ uuid: UUID) -> String {
        String(unsafeUninitializedCapacity: 36) { out in
            writeLowercase(uuid, to: UnsafeMutableBufferPointer(rebasing: out[0..<36]))
            return 36
        }
    }
}
