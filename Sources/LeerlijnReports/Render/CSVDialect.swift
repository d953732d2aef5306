/// The form of CSV output: what Dutch Excel opens in columns, or the RFC 4180 form scripts expect.
public enum CSVDialect: String, CaseIterable, Sendable {
    /// `;` between fields, decimal commas, a UTF-8 byte order mark and CRLF line ends: Excel with Dutch regional
    /// settings opens it in columns and reads the numbers as numbers.
    case excelNL = "excel-nl"
    /// `,` between fields, decimal points, no byte order mark, CRLF line ends (RFC 4180).
    case rfc4180

    /// The dialect for `language` when none is chosen: Dutch output is for Dutch Excel.
    public static func resolve(flag: CSVDialect?, language: Language) -> CSVDialect {
        flag ?? (language == .nl ? .excelNL : .rfc4180)
    }

    /// The field separator.
    public var separator: Character { self == .excelNL ? ";" : "," }

    /// The bytes that open the file (a UTF-8 byte order mark for Excel).
    public var preamble: String { self == .excelNL ? "\u{FEFF}" : "" }

    /// A cell as this dialect writes numbers: in excel-nl a plain decimal number (`0.8`, `-12.25`) gets a decimal
    /// comma; everything else is left as it is.
    public func number(_ cell: String) -> String {
        guard self == .excelNL, let dot = cell.firstIndex(of: "."), Self.isDecimal(cell) else { return cell }
        var text = cell
        text.replaceSubrange(dot...dot, with: ",")
        return text
    }

    /// Whether `text` is one decimal number with a point: optional minus, digits, a point, digits.
    static func isDecimal(_ text: String) -> Bool {
        var body = Substring(text)
        if body.first == "-" { body = body.dropFirst() }
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }
    }
}
