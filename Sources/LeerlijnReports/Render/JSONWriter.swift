/// A value that writes its own JSON: the same text `JSONOutput.render` would produce through `JSONEncoder`, byte
/// for byte, only faster. For the outputs that run to thousands of rows (the HR report); a test keeps each
/// conformance equal to the encoder's text.
public protocol JSONWritable {
    /// Writes the value as the encoder would (`writer` is positioned where the value goes).
    func writeJSON(to writer: inout JSONWriter) throws
}

/// JSON text in the exact form of Foundation's `JSONEncoder` with `[.prettyPrinted, .sortedKeys,
/// .withoutEscapingSlashes]` (swift-foundation, as on Linux): two spaces per level, `"key" : value`, empty
/// containers as `[`/`{`, an empty line and the closing bracket, keys in the byte order of their UTF-8, numbers as
/// `description` (a whole `Double` without its `.0`), strings with `"`, `\` and control characters escaped and
/// everything else (slashes, non-ASCII) as is.
///
/// Keys are written in the order given: callers give them sorted (checked in debug builds); dictionaries are
/// sorted by ``object(sorted:value:)``.
public struct JSONWriter {
    /// The UTF-8 written so far.
    public private(set) var bytes: [UInt8] = []
    /// The open containers, innermost last.
    private var open: [Container] = []

    private struct Container {
        var isObject: Bool
        /// No element written yet.
        var isEmpty = true
        /// The last key written (objects, debug builds): keys must come sorted.
        var lastKey: String?
    }

    public init() {}

    /// Makes room for about `count` bytes more, when the caller can tell how long the text will be.
    public mutating func reserveCapacity(_ count: Int) { bytes.reserveCapacity(bytes.count + count) }

    /// The text written so far.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    // MARK: Containers

    /// Opens an object; give its members with ``key(_:)`` and a value each, then ``endObject()``.
    public mutating func beginObject() { begin(UInt8(ascii: "{")) }

    /// Closes the innermost object.
    public mutating func endObject() { end(UInt8(ascii: "}")) }

    /// Opens an array; give its elements as values, then ``endArray()``.
    public mutating func beginArray() { begin(UInt8(ascii: "[")) }

    /// Closes the innermost array.
    public mutating func endArray() { end(UInt8(ascii: "]")) }

    /// Starts a member of the innermost object. Keys must come in the byte order of their UTF-8, as `.sortedKeys` writes them.
    public mutating func key(_ key: String) {
        #if DEBUG
        precondition(open.last?.isObject == true, "a JSON key outside an object: \(key)")
        precondition(open[open.count - 1].lastKey.map { $0.utf8.lexicographicallyPrecedes(key.utf8) } ?? true, "JSON keys out of order: \(key)")
        open[open.count - 1].lastKey = key
        #endif
        element()
        string(key)
        bytes.append(UInt8(ascii: " "))
        bytes.append(UInt8(ascii: ":"))
        bytes.append(UInt8(ascii: " "))
    }

    /// Writes an array of strings.
    public mutating func array(_ strings: [String]) {
        beginArray()
        for text in strings { value(text) }
        endArray()
    }

    /// Writes a dictionary as an object with its keys sorted, each value written by `value`.
    public mutating func object<Value>(sorted dictionary: [String: Value], value: (inout JSONWriter, Value) throws -> Void) rethrows {
        beginObject()
        for (key, element) in dictionary.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
            self.key(key)
            try value(&self, element)
        }
        endObject()
    }

    // MARK: Values

    /// Writes a string value (an array element, or after a key).
    public mutating func value(_ text: String) {
        elementIfInArray()
        string(text)
    }

    /// Writes an integer value.
    public mutating func value(_ number: Int) {
        elementIfInArray()
        if number >= 0 && number < 10 {
            bytes.append(UInt8(48 + number))
        } else {
            bytes.append(contentsOf: String(number).utf8)
        }
    }

    /// Writes a floating-point value as `JSONEncoder` does: its `description`, without a trailing `.0`.
    /// - Throws: `EncodingError.invalidValue` for NaN and infinities, which JSON cannot hold (as the encoder does).
    public mutating func value(_ number: Double) throws {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(codingPath: [], debugDescription: "Unable to encode \(number) directly in JSON."))
        }
        elementIfInArray()
        var text = number.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        bytes.append(contentsOf: text.utf8)
    }

    /// Writes `true` or `false`.
    public mutating func value(_ flag: Bool) {
        elementIfInArray()
        bytes.append(contentsOf: (flag ? "true" : "false").utf8)
    }

    /// Writes `null`.
    public mutating func null() {
        elementIfInArray()
        bytes.append(contentsOf: "null".utf8)
    }

    /// Ends the text with a line break (after the outermost value).
    public mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    // MARK: Layout

    private mutating func begin(_ bracket: UInt8) {
        elementIfInArray()
        bytes.append(bracket)
        bytes.append(UInt8(ascii: "\n"))
        open.append(Container(isObject: bracket == UInt8(ascii: "{")))
    }

    private mutating func end(_ bracket: UInt8) {
        open.removeLast()
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
    }

    /// Before a key, or a value in an array: the separator from the previous element and the indentation.
    private mutating func element() {
        guard !open.isEmpty else { return }
        if open[open.count - 1].isEmpty {
            open[open.count - 1].isEmpty = false
        } else {
            bytes.append(UInt8(ascii: ","))
            bytes.append(UInt8(ascii: "\n"))
        }
        indent()
    }

    /// A value in an array is an element of its own; after a key it is not.
    private mutating func elementIfInArray() {
        if open.last?.isObject == false { element() }
    }

    private mutating func indent() {
        var spaces = 2 * open.count
        while spaces > 0 {
            let run = Swift.min(spaces, Self.spaces.count)
            bytes.append(contentsOf: Self.spaces[0..<run])
            spaces -= run
        }
    }

    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 32)

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    private mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var plain = 0
            for (index, byte) in utf8.enumerated() {
                let escape: UInt8
                switch byte {
                case UInt8(ascii: "\""): escape = UInt8(ascii: "\"")
                case UInt8(ascii: "\\"): escape = UInt8(ascii: "\\")
                case 0x08: escape = UInt8(ascii: "b")
                case 0x0C: escape = UInt8(ascii: "f")
                case 0x0A: escape = UInt8(ascii: "n")
                case 0x0D: escape = UInt8(ascii: "r")
                case 0x09: escape = UInt8(ascii: "t")
                case 0x00..<0x20: escape = UInt8(ascii: "u")
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain..<index]))
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(escape)
                if escape == UInt8(ascii: "u") {
                    bytes.append(contentsOf: [UInt8(ascii: "0"), UInt8(ascii: "0"), Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0x0F)]])
                }
                plain = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[plain...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }
}
