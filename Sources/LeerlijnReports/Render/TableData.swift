/// Rows of text under headers: what the table and CSV renderers print.
public struct TableData: Sendable, Equatable {
    /// Column headers, in the user's language.
    public var headers: [String]
    /// Rows, each with one cell per header.
    public var rows: [[String]]
    /// Columns to align right (numbers).
    public var numericColumns: Set<Int>

    public init(headers: [String], rows: [[String]], numericColumns: Set<Int> = []) {
        self.headers = headers
        self.rows = rows
        self.numericColumns = numericColumns
    }

    /// An aligned text table: a header line, a rule, then the rows. Long cells are cut at `maxWidth`
    /// characters with an ellipsis; line breaks inside cells become spaces.
    public func renderTable(maxWidth: Int = 60) -> String {
        let cleaned = rows.map { $0.map { Self.oneLine($0, maxWidth: maxWidth) } }
        var widths = headers.map(\.count)
        for row in cleaned {
            for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (index, width) in widths.enumerated() {
                let cell = index < cells.count ? cells[index] : ""
                let padding = String(repeating: " ", count: max(0, width - cell.count))
                parts.append(numericColumns.contains(index) ? padding + cell : cell + padding)
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var out = [line(headers), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        out += cleaned.map(line)
        return out.joined(separator: "\n") + "\n"
    }

    /// RFC 4180 CSV with a header line; fields with commas, quotes or line breaks are quoted.
    public func renderCSV() -> String { renderCSV(dialect: .rfc4180) }

    /// CSV in `dialect` with a header line: for Dutch Excel `;` separators, decimal commas and a byte order mark.
    /// Fields with a separator, quotes or line breaks are quoted.
    public func renderCSV(dialect: CSVDialect) -> String {
        let separator = String(dialect.separator)
        // Dutch Excel reads a comma as the decimal mark: only its separator, quotes and line breaks need quotes there.
        let field: (String) -> String = dialect == .excelNL ? { Self.csvField($0, separator: ";") } : Self.csvField
        return dialect.preamble + ([headers] + rows.map { $0.map(dialect.number) }).map { $0.map(field).joined(separator: separator) }
            .joined(separator: "\r\n") + "\r\n"
    }

    static func csvField(_ text: String, separator: Character) -> String {
        guard text.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == ";" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func oneLine(_ text: String, maxWidth: Int) -> String {
        let flat = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > maxWidth else { return flat }
        return String(flat.prefix(maxWidth - 1)) + "…"
    }
}

import Foundation
