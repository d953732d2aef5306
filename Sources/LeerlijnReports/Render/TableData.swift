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

    /// An aligned text table: a header line, a rule, then the rows, at most `width` characters wide (default: the
    /// terminal's, ``TerminalWidth``). A cell longer than `maxWidth` characters, or than its column once the widest
    /// columns are narrowed to fit, wraps onto more lines at spaces (a word longer than its column after a `:` or
    /// `-`), never cut. The widest columns give way first, down to their longest word (a date, a code; at most 20
    /// characters); when that is not enough, down to 4 characters; numbers are never broken. Line breaks inside
    /// cells become spaces.
    public func renderTable(maxWidth: Int = .max, width: Int? = nil) -> String {
        let total = width ?? TerminalWidth.current
        let cleaned = rows.map { $0.map(Self.flat) }
        let columns = headers.count
        var natural = headers.map(\.count), minimum = headers.map { min($0.count, 12) }
        for row in cleaned {
            for (index, cell) in row.enumerated() where index < columns {
                natural[index] = max(natural[index], cell.count)
                let longestWord = cell.split(separator: " ").map(\.count).max() ?? 0
                minimum[index] = max(minimum[index], numericColumns.contains(index) ? cell.count : min(longestWord, 20))
            }
        }
        var widths = natural.indices.map { max(minimum[$0], min(natural[$0], maxWidth)) }
        // Narrow the widest column that can give a character until the table fits (or none can): first down to each
        // column's longest word; then columns of long words (titles) down to 4 characters, keeping short ones (dates,
        // codes) whole; then any column down to 4 characters. Numbers keep their width.
        let hardMinimum = minimum.indices.map { numericColumns.contains($0) ? minimum[$0] : min(minimum[$0], 4) }
        let longWords = minimum.indices.map { minimum[$0] > 10 ? hardMinimum[$0] : minimum[$0] }
        for floor in [minimum, longWords, hardMinimum] {
            while widths.reduce(0, +) + 2 * max(0, columns - 1) > total {
                guard let widest = widths.indices.filter({ widths[$0] > floor[$0] }).max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = widths.indices.map { index in Self.wrap(index < cells.count ? cells[index] : "", width: widths[index]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { lineIndex in
                var parts: [String] = []
                for (index, width) in widths.enumerated() {
                    let cell = lineIndex < wrapped[index].count ? wrapped[index][lineIndex] : ""
                    let padding = String(repeating: " ", count: max(0, width - cell.count))
                    parts.append(numericColumns.contains(index) ? padding + cell : cell + padding)
                }
                var text = parts.joined(separator: "  ")
                while text.last == " " { text.removeLast() }
                return text
            }
        }
        var out = lines(headers) + [widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        for row in cleaned { out += lines(row) }
        return out.joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most `width` characters, broken at spaces; a word longer than a line is split.
    static func wrap(_ text: String, width: Int) -> [String] {
        guard text.count > width, width > 0 else { return [text] }
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            var word = Substring(word)
            while word.count > width {
                if !current.isEmpty { lines.append(current); current = "" }
                // Break after the last `:` or `-` that fits, else at the width.
                let head = word.prefix(width)
                let cut = head.lastIndex { $0 == ":" || $0 == "-" }.map { word.index(after: $0) } ?? head.endIndex
                let piece = cut > word.startIndex ? word[..<cut] : head
                lines.append(String(piece))
                word = word[piece.endIndex...]
            }
            if current.isEmpty { current = String(word) }
            else if current.count + 1 + word.count <= width { current += " " + word }
            else { lines.append(current); current = String(word) }
        }
        if !current.isEmpty || lines.isEmpty { lines.append(current) }
        return lines
    }

    static func flat(_ text: String) -> String {
        text.contains(where: \.isNewline) ? text.split(whereSeparator: \.isNewline).joined(separator: " ") : text
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
