import Foundation

/// Small pieces for writing HTML by hand: escaping, elements, tables and relative links.
///
/// Every text that comes from data (names, titles, reflections, file names) goes through ``escape(_:)``;
/// the page builders never put unescaped data into markup.
public enum HTML {
    /// Text made safe for element content and attribute values (double- or single-quoted).
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and line breaks have no place in a page.
                if character.value < 0x20 && character != "\n" && character != "\t" && character != "\r" { continue }
                out.unicodeScalars.append(character)
            }
        }
        return out
    }

    /// A table with a caption, header row and rows; `numeric` columns are right-aligned. Cells are escaped.
    public static func table(caption: String?, headers: [String], rows: [[String]], numeric: Set<Int> = [], className: String? = nil) -> String {
        var out = "<table\(className.map { " class=\"\(escape($0))\"" } ?? "")>"
        if let caption { out += "<caption>\(escape(caption))</caption>" }
        out += "<thead><tr>"
        for (index, header) in headers.enumerated() {
            out += "<th scope=\"col\"\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(header))</th>"
        }
        out += "</tr></thead><tbody>"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                let tag = index == 0 ? "th scope=\"row\"" : "td"
                let close = index == 0 ? "th" : "td"
                out += "<\(tag)\(numeric.contains(index) ? " class=\"num\"" : "")>\(escape(cell))</\(close)>"
            }
            out += "</tr>"
        }
        return out + "</tbody></table>"
    }

    /// A chart (SVG) with its numbers in a table beside it, as one figure; `stacked` puts a wide table under the chart.
    public static func figure(chart: String, table: String, stacked: Bool = false) -> String {
        "<div class=\"figure\(stacked ? " stacked" : "")\"><div class=\"chart\">\(chart)</div><div class=\"numbers\">\(table)</div></div>"
    }

    /// The path from `directory` to `target`, both absolute or both relative to the current directory, as a
    /// relative URL with each segment percent-encoded (`../evidence/ab/ab12...`).
    public static func relativeLink(from directory: String, to target: String) -> String {
        func parts(_ path: String) -> [String] {
            let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
            var result: [String] = []
            for part in absolute.split(separator: "/") {
                switch part {
                case ".": continue
                case "..": if !result.isEmpty { result.removeLast() }
                default: result.append(String(part))
                }
            }
            return result
        }
        let from = parts(directory), to = parts(target)
        var common = 0
        while common < from.count && common < to.count && from[common] == to[common] { common += 1 }
        let up = Array(repeating: "..", count: from.count - common)
        let down = to[common...].map { $0.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed.subtracting(CharacterSet(charactersIn: "/?#;"))) ?? $0 }
        let joined = (up + down).joined(separator: "/")
        return joined.isEmpty ? "." : joined
    }
}
