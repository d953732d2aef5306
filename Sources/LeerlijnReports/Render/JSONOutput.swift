import Foundation

/// JSON as Leerlijn prints it: pretty, keys sorted, times in ISO 8601, slashes unescaped.
public enum JSONOutput {
    /// Encodes `value` as the documented JSON of a command (see docs/cli.md). A ``JSONWritable`` value writes
    /// itself (the same text, faster); anything else goes through `JSONEncoder`.
    public static func render<T: Encodable>(_ value: T) throws -> String {
        if let writable = value as? any JSONWritable {
            var writer = JSONWriter()
            try writable.writeJSON(to: &writer)
            writer.newline()
            return writer.text
        }
        return try encoded(value)
    }

    /// Encodes `value` through `JSONEncoder`, whatever it is (what ``JSONWritable`` values must match).
    public static func encoded<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
