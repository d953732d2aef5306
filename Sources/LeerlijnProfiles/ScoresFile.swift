import Foundation
import LeerlijnCore
import Yams

/// Reads an observation's scores file: CSV (`item,score[,indicator...]`) or YAML (`scores: [{item, score,
/// indicators}]`), chosen by the extension (`.yaml`/`.yml` is YAML, anything else CSV). The format is in
/// docs/observations.md. The scores are checked against the instrument afterwards, by
/// ``ObservationScores/check(_:instrument:file:)``.
public enum ScoresFile {
    /// The scores as written, with their lines.
    /// - Throws: ``ObservationError`` (`unreadable` or `malformed`) naming the file and line.
    public static func read(_ path: String) throws(ObservationError) -> [RawScore] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ObservationError(file: path, reason: .unreadable("no such file, or it cannot be read"))
        }
        if path.hasSuffix(".yaml") || path.hasSuffix(".yml") {
            guard let text = String(data: data, encoding: .utf8) else { throw ObservationError(file: path, reason: .unreadable("not UTF-8 text")) }
            return try yaml(text, file: path)
        }
        return try csv(Array(data), file: path)
    }

    /// CSV records: `item,score` then indicators; an optional header line starting with `item`; blank lines
    /// and lines starting with `#` are skipped.
    public static func csv(_ bytes: [UInt8], file: String) throws(ObservationError) -> [RawScore] {
        var parser = CSVParser()
        var records = parser.feed(bytes)
        if let line = parser.openQuoteLine {
            throw ObservationError(file: file, line: line, reason: .malformed("a quoted field begins on this line and its closing \" is missing"))
        }
        records += parser.finish()
        if let position = parser.overlongField {
            throw ObservationError(file: file, line: position.line, reason: .malformed("field \(position.column) is longer than \(CSVParser.fieldLimit / 1024) KiB, the most accepted"))
        }
        var result: [RawScore] = []
        for (index, record) in records.enumerated() {
            let fields = record.fields.map { $0.trimmingCharacters(in: .whitespaces) }
            if fields.allSatisfy(\.isEmpty) || fields[0].hasPrefix("#") { continue }
            if index == 0 && ["item", "id", "item-id"].contains(fields[0].lowercased()) { continue }
            guard fields.count >= 2, !fields[0].isEmpty else {
                throw ObservationError(file: file, line: record.line, reason: .malformed("a line must be item,score[,indicator...], e.g. 3,4 or 3,4,3a,3b=no"))
            }
            result.append(RawScore(item: fields[0], score: fields[1], indicators: Array(fields.dropFirst(2)).filter { !$0.isEmpty }, line: record.line))
        }
        return result
    }

    /// YAML: `scores:` a list of `{item: 3, score: 4, indicators: {3a: yes, 3b: no}}`.
    public static func yaml(_ text: String, file: String) throws(ObservationError) -> [RawScore] {
        let node: Node?
        do {
            // The same shape checks as for profile files: no anchors or aliases, a bounded depth and size.
            let reader = YAMLReader(file: file)
            let document = try reader.document(text)
            if let issue = reader.issues.first { throw ObservationError(file: file, line: issue.line, reason: .malformed(issue.message)) }
            node = document?.0
        } catch let error as ObservationError {
            throw error
        } catch let error as YamlError {
            throw ObservationError(file: file, line: YAMLReader.line(of: error), reason: .malformed("not valid YAML: \(YAMLReader.problem(of: error))"))
        } catch {
            throw ObservationError(file: file, reason: .malformed("not valid YAML: \(error)"))
        }
        guard let root = node?.mapping, let list = root.first(where: { $0.key.string == "scores" })?.value.sequence else {
            throw ObservationError(file: file, line: node?.mark?.line, reason: .malformed("the file must be a mapping with 'scores:', a list of {item: ..., score: ...}"))
        }
        if let extra = root.first(where: { $0.key.string != "scores" }) {
            throw ObservationError(file: file, line: extra.key.mark?.line, reason: .malformed("unknown field '\(extra.key.string ?? "?")'; a scores file has only 'scores'"))
        }
        var result: [RawScore] = []
        for entry in list {
            let line = entry.mark?.line
            guard let fields = entry.mapping else {
                throw ObservationError(file: file, line: line, reason: .malformed("each score must be {item: ..., score: ..., indicators: {...}}"))
            }
            if let extra = fields.first(where: { !["item", "score", "indicators"].contains($0.key.string ?? "") }) {
                throw ObservationError(file: file, line: extra.key.mark?.line, reason: .malformed("unknown field '\(extra.key.string ?? "?")' in a score; allowed: item, score, indicators"))
            }
            guard let item = fields["item"]?.scalar?.string, let score = fields["score"]?.scalar?.string else {
                throw ObservationError(file: file, line: line, reason: .malformed("each score needs 'item' and 'score'"))
            }
            var indicators: [String] = []
            if let node = fields["indicators"] {
                guard let mapping = node.mapping else {
                    throw ObservationError(file: file, line: node.mark?.line, item: item, reason: .malformed("'indicators' must be a mapping like {3a: yes, 3b: no}"))
                }
                for (key, value) in mapping {
                    let text: String
                    if let bool = value.bool { text = bool ? "yes" : "no" } else { text = value.string ?? "" }
                    indicators.append("\(key.string ?? "")=\(text)")
                }
            }
            result.append(RawScore(item: item, score: score, indicators: indicators, line: line))
        }
        return result
    }
}
