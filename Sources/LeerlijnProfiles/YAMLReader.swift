import Foundation
import LeerlijnCore
import Yams

/// Reads typed values out of a YAML mapping, recording a ``ProfileIssue`` with the line for every
/// missing, unknown or malformed field instead of stopping at the first.
final class YAMLReader {
    let file: String
    var issues: [ProfileIssue] = []

    init(file: String) { self.file = file }

    func issue(_ node: Node?, _ message: String) {
        let issue = ProfileIssue(file: file, line: node?.mark?.line, message: message)
        // The common-field validator and a parser may see the same problem: say it once.
        if issues.last != issue && !issues.contains(issue) { issues.append(issue) }
    }

    /// The document's root mapping, or nil (with an issue) when the text is not a YAML mapping.
    func root(of text: String) -> Node.Mapping? {
        do {
            guard let (node, accepted) = try document(text) else {
                issue(nil, "the file is empty")
                return nil
            }
            guard accepted else { return nil }
            guard let mapping = node.mapping else {
                issue(node, "the file must be a mapping of fields (schema: ..., id: ...)")
                return nil
            }
            return mapping
        } catch let error as YamlError {
            issues.append(ProfileIssue(file: file, line: Self.line(of: error), message: "not valid YAML: \(Self.problem(of: error))"))
            return nil
        } catch {
            issue(nil, "not valid YAML: \(error)")
            return nil
        }
    }

    /// The document's root node (nil for an empty document) and whether ``CommonFields`` accepts its shape (false, with
    /// issues, for anchors, too deep a nesting or too many values: read nothing more of it); throws Yams's errors.
    func document(_ text: String) throws -> (Node, accepted: Bool)? {
        let parser = try Parser(yaml: text)
        guard let node = try parser.singleRoot() else { return nil }
        // Yams holds anchors weakly: the parser must live while the checker looks for them.
        let accepted = withExtendedLifetime(parser) { CommonFields.check(node, reader: self) }
        return (node, accepted)
    }

    /// Checks that `mapping` has only `allowed` keys.
    func onlyKeys(_ mapping: Node.Mapping, _ allowed: [String], in what: String) {
        for (key, _) in mapping {
            guard let name = key.string else {
                issue(key, "a field name must be text")
                continue
            }
            if !allowed.contains(name) {
                let close = Suggestions.closest(to: name, among: allowed)
                let hint = close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"
                issue(key, "unknown field '\(name)' in \(what)\(hint); allowed: \(allowed.joined(separator: ", "))")
            }
        }
    }

    func node(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.value
    }

    /// The key node for a field (for its line), or the mapping itself.
    func keyNode(_ mapping: Node.Mapping, _ key: String) -> Node? {
        mapping.first { $0.key.string == key }?.key
    }

    /// A text field; nil with an issue when required and missing or not text.
    func string(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> String? {
        guard let value = node(mapping, key), value.null == nil else {
            if required { issue(owner, "missing field '\(key)'") }
            return nil
        }
        guard let scalar = value.scalar else {
            issue(value, "'\(key)' must be text, not a list or mapping")
            return nil
        }
        let text = scalar.string.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            if required { issue(value, "'\(key)' must not be empty") }
            return nil
        }
        return text
    }

    /// A lowercase slug (`[a-z0-9-]`).
    func slug(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> String? {
        guard let text = string(mapping, key, required: required, at: owner) else { return nil }
        guard text.count <= 80, text.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }), text.first != "-" else {
            issue(node(mapping, key), "'\(key)' must be lowercase letters, digits and dashes (e.g. sbl-2006), not '\(text)'")
            return nil
        }
        return text
    }

    func bool(_ mapping: Node.Mapping, _ key: String, default value: Bool) -> Bool {
        guard let node = node(mapping, key) else { return value }
        guard let bool = node.bool else {
            issue(node, "'\(key)' must be true or false")
            return value
        }
        return bool
    }

    /// A day written `yyyy-mm-dd`.
    func day(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> Day? {
        guard let text = string(mapping, key, required: required, at: owner) else { return nil }
        guard let day = Day(iso: text) else {
            issue(node(mapping, key), "'\(key)' must be a date written yyyy-mm-dd, not '\(text)'")
            return nil
        }
        return day
    }

    /// `{nl: ..., en: ...}` with both languages.
    func localized(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> LocalizedText? {
        guard let value = node(mapping, key) else {
            if required { issue(owner, "missing field '\(key)' (give {nl: ..., en: ...})") }
            return nil
        }
        guard let texts = value.mapping else {
            issue(value, "'\(key)' must give both languages: {nl: ..., en: ...}")
            return nil
        }
        onlyKeys(texts, ["nl", "en"], in: "'\(key)'")
        let nl = string(texts, "nl", required: true, at: value)
        let en = string(texts, "en", required: true, at: value)
        guard let nl, let en else { return nil }
        return LocalizedText(nl: nl, en: en)
    }

    /// `{citation: ..., url: ..., retrieved: yyyy-mm-dd}`.
    func source(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> SourceCitation? {
        guard let value = node(mapping, key) else {
            if required { issue(owner, "missing field '\(key)' (give {citation: ..., url: ...}: every profile cites its source)") }
            return nil
        }
        guard let fields = value.mapping else {
            issue(value, "'\(key)' must be a mapping {citation: ..., url: ..., retrieved: ...}")
            return nil
        }
        onlyKeys(fields, ["citation", "url", "retrieved"], in: "'\(key)'")
        guard let citation = string(fields, "citation", required: true, at: value) else { return nil }
        // `url` (http or https) and `retrieved` (a real date) are checked by ``CommonFields``, wherever they appear.
        let url = node(fields, "url")?.scalar.map { $0.string.trimmingCharacters(in: .whitespaces) }
        let retrieved = node(fields, "retrieved")?.scalar.flatMap { Day(iso: $0.string.trimmingCharacters(in: .whitespaces)) }
        return SourceCitation(citation: citation, url: url?.isEmpty == false ? url : nil, retrieved: retrieved)
    }

    /// A list of nodes (a single value counts as a list of one when `singleAllowed`).
    func list(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?, singleAllowed: Bool = false) -> [Node]? {
        guard let value = node(mapping, key) else {
            if required { issue(owner, "missing field '\(key)'") }
            return nil
        }
        if let sequence = value.sequence { return Array(sequence) }
        if singleAllowed, value.scalar != nil { return [value] }
        issue(value, "'\(key)' must be a list")
        return nil
    }

    static func line(of error: YamlError) -> Int? {
        switch error {
        case let .scanner(_, _, mark, _), let .parser(_, _, mark, _), let .composer(_, _, mark, _): return mark.line
        case let .duplicatedKeysInMapping(_, context): return context.mark.line
        case let .reader(_, offset?, _, yaml):
            // A control character or a bad byte: its line, counted in the text up to it.
            return yaml.prefix(offset).reduce(1) { $1 == "\n" || $1 == "\r\n" ? $0 + 1 : $0 }
        default: return nil
        }
    }

    static func problem(of error: YamlError) -> String {
        switch error {
        case let .scanner(_, problem, _, _), let .parser(_, problem, _, _), let .composer(_, problem, _, _): return problem
        case let .duplicatedKeysInMapping(duplicates, _): return "a field is given twice: \(duplicates.map { MessageText.cut($0) }.joined(separator: ", "))"
        case let .reader(problem, _, value, _):
            return value >= 0 ? "\(problem) (U+\(String(format: "%04X", value)))" : problem
        default: return "\(error)"
        }
    }
}
