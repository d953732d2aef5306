import Foundation
import LeerlijnCore
import Yams

/// The one validator for what every profile file kind (framework, crosswalk, rule, instrument, register, and the YAML
/// scores file) shares, run over the whole document before any kind-specific parser reads it:
///
/// - its shape stays within the documented limits (docs/profiles.md, "Limits"): no YAML anchors or aliases (`&a`, `*a`;
///   a "billion laughs" file is refused at its first anchor, before anything expands it), at most ``maximumDepth``
///   levels of nesting, at most ``maximumNodes`` values in all;
/// - the common fields, wherever they appear: `id` is text (a plain `123` or `true` is a number or a truth value:
///   quote it), `note` and `citation` are text (not a list or mapping), `url` starts with `http://` or `https://`,
///   `retrieved` is a real date written `yyyy-mm-dd`.
///
/// Every problem is an issue with the file and line, like the parsers' own.
struct CommonFields {
    /// The deepest nesting of lists and mappings accepted (an item of a framework nested 30 deep is about 60 levels).
    static let maximumDepth = 64
    /// The most values (scalars, lists and mappings together) in one file: a framework of 10,000 items is about 60,000.
    static let maximumNodes = 250_000

    let reader: YAMLReader
    private var count = 0
    private(set) var stopped = false

    init(reader: YAMLReader) { self.reader = reader }

    /// Checks `root` and everything below it; false when the file's shape is refused (anchors, depth, size), in which
    /// case nothing more of it should be read.
    /// - Important: call it while the `Parser` that composed `root` is alive: Yams keeps anchors weakly.
    static func check(_ root: Node, reader: YAMLReader) -> Bool {
        var checker = CommonFields(reader: reader)
        checker.walk(root, depth: 0)
        return !checker.stopped
    }

    private mutating func walk(_ node: Node, depth: Int) {
        guard !stopped else { return }
        count += 1
        if node.anchor != nil {
            refuse(node, "YAML anchors and aliases (&, *) are not allowed in profile files: write the value out where it is used")
            return
        }
        if depth > Self.maximumDepth {
            refuse(node, "lists and mappings are nested more than \(Self.maximumDepth) levels deep here, the most a profile file may nest")
            return
        }
        if count > Self.maximumNodes {
            refuse(node, "the file holds more than \(Self.maximumNodes) values, the most a profile file may hold: split it into several files")
            return
        }
        switch node {
        case .scalar, .alias: return
        case let .sequence(sequence):
            for child in sequence { walk(child, depth: depth + 1) }
        case let .mapping(mapping):
            for (key, value) in mapping {
                walk(key, depth: depth + 1)
                guard !stopped else { return }
                if let name = key.scalar?.string { field(name, value) }
                walk(value, depth: depth + 1)
            }
        }
    }

    private mutating func refuse(_ node: Node, _ message: String) {
        reader.issue(node, message)
        stopped = true
    }

    /// The checks of a common field's value.
    private func field(_ name: String, _ value: Node) {
        switch name {
        case "id":
            guard let scalar = value.scalar else {
                reader.issue(value, "'id' must be text, not a list or mapping")
                return
            }
            if scalar.style == .plain, value.null != nil || value.bool != nil || value.int != nil || value.float != nil {
                reader.issue(value, "'id' must be text, and \(MessageText.cut(scalar.string)) is read as a number, truth value or null: write it in quotes (id: \"\(MessageText.cut(scalar.string))\") or use letters")
            }
        case "note", "citation":
            if value.scalar == nil { reader.issue(value, "'\(name)' must be text, not a list or mapping") }
        case "url":
            guard let text = value.scalar?.string else {
                reader.issue(value, "'url' must be text, not a list or mapping")
                return
            }
            let lowered = text.trimmingCharacters(in: .whitespaces).lowercased()
            if !(lowered.hasPrefix("http://") || lowered.hasPrefix("https://")) {
                reader.issue(value, "'url' must start with http:// or https://, not '\(MessageText.cut(text))'")
            }
        case "retrieved":
            guard let text = value.scalar?.string else {
                reader.issue(value, "'retrieved' must be a date written yyyy-mm-dd, not a list or mapping")
                return
            }
            if value.null == nil, Day(iso: text.trimmingCharacters(in: .whitespaces)) == nil {
                reader.issue(value, "'retrieved' must be a date written yyyy-mm-dd, not '\(MessageText.cut(text))'")
            }
        default: return
        }
    }
}
