/// A streaming CSV parser for files as HR systems and Dutch Excel write them: `,`, `;` or tab separated
/// (detected from the header line), fields quoted with `"` (doubled inside), CRLF or LF line ends,
/// line breaks inside quoted fields, UTF-8 with or without BOM, or Windows-1252 (detected).
///
/// Feed bytes in chunks with ``feed(_:)`` and collect complete records; call ``finish()`` at the end.
/// Memory stays bounded by the longest record, whatever the file's size; a field longer than ``fieldLimit`` bytes
/// is not kept: ``overlongField`` says where it is, and the caller refuses the file.
public struct CSVParser: Sendable {
    /// The longest field accepted, in bytes (64 KiB): far above any name, title or list of competences, and small
    /// enough that no later step (matching ids, messages) can take long over one field. docs/import.md documents it.
    public static let fieldLimit = 65_536

    /// Where a field over ``fieldLimit`` is: the line it begins on (from 1) and its column (from 1).
    public struct FieldPosition: Sendable, Equatable {
        public var line: Int
        public var column: Int
    }

    /// The first field that was longer than ``fieldLimit`` (its bytes past the limit were dropped), if any.
    public private(set) var overlongField: FieldPosition?

    /// One record: its fields and the physical line (from 1) it starts on.
    public struct Record: Sendable, Equatable {
        public var fields: [String]
        public var line: Int
    }

    /// The text encoding of the file.
    public enum Encoding: String, Sendable {
        case utf8, windows1252
    }

    /// The separator, once detected (from the first line) or given.
    public private(set) var separator: UInt8?
    /// The encoding, once detected (from the first chunk) or given.
    public private(set) var encoding: Encoding?

    private var field: [UInt8] = []
    private var fields: [[UInt8]] = []
    private var inQuotes = false
    private var quoteSeen = false        // a quote just closed (or a doubled quote is being read)
    private var line = 1
    private var recordLine = 1
    private var fieldLine = 1            // the line the current field began on
    private var pendingCR = false
    private var started = false
    private var firstLine: [UInt8] = []  // bytes of the first line, held until the separator is known
    private var bomChecked = false
    private var head: [UInt8] = []         // the first bytes, held until a byte-order mark can be ruled out
    private var utf8Pending = 0          // continuation bytes still expected while the encoding is undecided

    public init(separator: UInt8? = nil, encoding: Encoding? = nil) {
        self.separator = separator
        self.encoding = encoding
    }

    /// Parses `bytes` and returns the records they complete.
    public mutating func feed(_ bytes: some Sequence<UInt8>) -> [Record] {
        var chunk = Array(bytes)
        if !bomChecked {
            // A UTF-8 byte-order mark may arrive split over chunks: hold the first bytes until there are three.
            head += chunk
            guard head.count >= 3 else { return [] }
            chunk = stripBOM(head)
            head = []
        }
        var records: [Record] = []
        if separator == nil {
            firstLine.append(contentsOf: chunk)
            guard let end = Self.firstLineEnd(firstLine) else { return [] }
            separator = Self.detectSeparator(Array(firstLine[..<end]))
            chunk = firstLine
            firstLine = []
        }
        for byte in chunk { consume(byte, into: &records) }
        return records
    }

    /// Ends the input and returns the last record, if the file did not end with a line break.
    public mutating func finish() -> [Record] {
        var records: [Record] = []
        if !bomChecked {
            let held = stripBOM(head)
            head = []
            records += feed(held)
        }
        if encoding == nil && utf8Pending > 0 { encoding = .windows1252 }
        if separator == nil {
            separator = Self.detectSeparator(firstLine)
            let held = firstLine
            firstLine = []
            for byte in held { consume(byte, into: &records) }
        }
        if !field.isEmpty || !fields.isEmpty || quoteSeen || inQuotes {
            endRecord(into: &records)
        }
        return records
    }

    private mutating func stripBOM(_ bytes: [UInt8]) -> [UInt8] {
        bomChecked = true
        guard bytes.starts(with: [0xEF, 0xBB, 0xBF]) else { return bytes }
        encoding = encoding ?? .utf8
        return Array(bytes.dropFirst(3))
    }

    /// True while the parser is inside a quoted field (an unclosed quote at the end is malformed input).
    public var isInsideQuotes: Bool { inQuotes }

    /// While inside a quoted field: the line where that field (and its opening quote) began.
    public var openQuoteLine: Int? { inQuotes ? fieldLine : nil }

    /// Keeps `byte` in the current field, unless the field is already at ``fieldLimit`` (then notes where it is).
    private mutating func append(_ byte: UInt8) {
        guard field.count < Self.fieldLimit else {
            if overlongField == nil { overlongField = FieldPosition(line: fieldLine, column: fields.count + 1) }
            return
        }
        field.append(byte)
    }

    /// Pure ASCII reads the same in both encodings: decide at the first byte above 0x7F, by whether it
    /// starts a valid UTF-8 sequence.
    private mutating func detectEncoding(_ byte: UInt8) {
        if utf8Pending > 0 {
            if byte & 0xC0 == 0x80 {
                utf8Pending -= 1
                if utf8Pending == 0 { encoding = .utf8 }
            } else {
                encoding = .windows1252
            }
            return
        }
        switch byte {
        case 0x00...0x7F: break
        case 0xC2...0xDF: utf8Pending = 1
        case 0xE0...0xEF: utf8Pending = 2
        case 0xF0...0xF4: utf8Pending = 3
        default: encoding = .windows1252
        }
    }

    private mutating func consume(_ byte: UInt8, into records: inout [Record]) {
        if encoding == nil { detectEncoding(byte) }
        let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
        if pendingCR {
            pendingCR = false
            if byte == lf { return }     // CRLF: the record already ended at CR
        }
        if inQuotes {
            if byte == quote {
                inQuotes = false
                quoteSeen = true
            } else {
                if byte == lf { line += 1 }
                append(byte)
            }
            return
        }
        if quoteSeen && byte == quote {
            // A doubled quote inside a quoted field.
            append(quote)
            inQuotes = true
            quoteSeen = false
            return
        }
        switch byte {
        case separator:
            endField()
        case cr:
            endRecord(into: &records)
            pendingCR = true
            line += 1
            recordLine = line
            fieldLine = line
        case lf:
            endRecord(into: &records)
            line += 1
            recordLine = line
            fieldLine = line
        case quote where field.isEmpty && !quoteSeen:
            inQuotes = true
            fieldLine = line
        default:
            append(byte)
        }
        if byte != quote { quoteSeen = false }
    }

    private mutating func endField() {
        fields.append(field)
        field = []
        quoteSeen = false
        fieldLine = line
    }

    private mutating func endRecord(into records: inout [Record]) {
        endField()
        // A blank line is no record.
        if !(fields.count == 1 && fields[0].isEmpty) {
            records.append(Record(fields: fields.map(decode), line: recordLine))
        }
        fields = []
    }

    private func decode(_ bytes: [UInt8]) -> String {
        switch encoding ?? .utf8 {
        case .utf8: return String(decoding: bytes, as: UTF8.self)
        case .windows1252: return Self.decodeWindows1252(bytes)
        }
    }

    /// The name of an encoding the parser does not read, found from the first bytes of a file: a UTF-16 or UTF-32
    /// byte-order mark, or the NUL bytes of UTF-16/32 text without one. nil for UTF-8, Windows-1252 and ASCII.
    public static func unsupportedEncoding(_ head: some Collection<UInt8>) -> String? {
        let bytes = Array(head.prefix(4))
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return "UTF-32LE" }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32BE" }
        if bytes.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        guard bytes.count == 4 else { return nil }
        switch (bytes[0] == 0, bytes[1] == 0, bytes[2] == 0, bytes[3] == 0) {
        case (false, true, true, true): return "UTF-32LE"
        case (true, true, true, false): return "UTF-32BE"
        case (false, true, false, true): return "UTF-16LE"
        case (true, false, true, false): return "UTF-16BE"
        default: return nil
        }
    }

    static func firstLineEnd(_ bytes: [UInt8]) -> Int? {
        var inQuotes = false
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if !inQuotes && (byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")) { return index }
        }
        return nil
    }

    /// A tab when the header has more tabs than semicolons and commas outside quotes (HR systems' "tab-separated"
    /// exports); else `;` when it has more semicolons than commas; else `,`.
    static func detectSeparator(_ header: [UInt8]) -> UInt8 {
        var inQuotes = false, commas = 0, semicolons = 0, tabs = 0
        for byte in header {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if inQuotes { continue }
            if byte == UInt8(ascii: ",") { commas += 1 }
            if byte == UInt8(ascii: ";") { semicolons += 1 }
            if byte == UInt8(ascii: "\t") { tabs += 1 }
        }
        if tabs > max(commas, semicolons) { return UInt8(ascii: "\t") }
        return semicolons > commas ? UInt8(ascii: ";") : UInt8(ascii: ",")
    }

    /// Windows-1252: Latin-1 with printable characters in 0x80-0x9F.
    static func decodeWindows1252(_ bytes: [UInt8]) -> String {
        let high: [UInt32] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        var scalars = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt32(byte)
            scalars.append(Unicode.Scalar(value)!)
        }
        return String(scalars)
    }
}
