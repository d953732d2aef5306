import Foundation

/// JSON as Leerlijn prints it: pretty, keys sorted, times in ISO 8601, slashes unescaped.
public enum JSONOutput {
    /// Encodes `value` as the documented JSON of a command (see docs/cli.md).
    public static func render<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
