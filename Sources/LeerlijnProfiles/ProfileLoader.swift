import Foundation
import LeerlijnCore
import Yams

/// Loads and validates the profile files: the shipped `profiles/` folder and the user's own folders.
///
/// Every `.yaml`/`.yml` file below a folder is read and dispatched on its `schema` field
/// (`leerlijn.framework/1`, `leerlijn.crosswalk/1`, `leerlijn.instrument/1`; `leerlijn.rule/1` files are
/// rules, read by the rule loader and passed over here). Validation checks each file's fields, unique ids, references between
/// files (crosswalk items, `extends`, `under`) and cycles. If any file has a problem, nothing is loaded
/// and every problem is reported with its file and line: a bad file never half-loads.
/// See docs/profiles.md for the schema.
public enum ProfileLoader {
    /// The schema names this loader reads.
    public static let frameworkSchema = "leerlijn.framework/1"
    public static let crosswalkSchema = "leerlijn.crosswalk/1"
    /// Rule files, read by the rules loader.
    public static let ruleSchema = "leerlijn.rule/1"
    /// Lesson-observation instruments (docs/observations.md).
    public static let instrumentSchema = "leerlijn.instrument/1"

    /// Loads the frameworks and crosswalks of the shipped folder and the user's folders and files.
    /// - Throws: ``ProfileValidationError`` listing every problem (in rule files too).
    public static func load(shipped: String?, user: [String] = []) throws(ProfileValidationError) -> ProfileCatalog {
        try loadAll(shipped: shipped, user: user).catalog
    }

    /// Loads everything: frameworks, crosswalks and rules, shipped first, then the user's folders and
    /// files; a user file with the id of a shipped framework, crosswalk or rule replaces it.
    /// - Throws: ``ProfileValidationError`` listing every problem.
    public static func loadAll(shipped: String?, user: [String] = []) throws(ProfileValidationError) -> LoadedProfiles {
        var issues: [ProfileIssue] = []
        var frameworks: [String: (Framework, Int?)] = [:]
        var crosswalks: [String: (Crosswalk, Int?)] = [:]
        var rules: [String: (Rule, Int?)] = [:]
        var instruments: [String: (Instrument, Int?)] = [:]
        let groups: [(paths: [String], shipped: Bool)] = (shipped.map { [([$0], true)] } ?? []) + [(user, false)]
        for group in groups {
            var seenFrameworks: [String: String] = [:], seenCrosswalks: [String: String] = [:], seenRules: [String: String] = [:]
            var seenInstruments: [String: String] = [:]
            for file in files(in: group.paths, issues: &issues) {
                let parsed = parse(file: file, shipped: group.shipped)
                issues += parsed.issues
                if let (framework, line) = parsed.framework {
                    if let other = seenFrameworks[framework.id] {
                        issues.append(ProfileIssue(file: file, line: line, message: "framework id '\(framework.id)' is already used by \(other)"))
                    }
                    seenFrameworks[framework.id] = file
                    frameworks[framework.id] = (framework, line)
                }
                if let (crosswalk, line) = parsed.crosswalk {
                    if let other = seenCrosswalks[crosswalk.id] {
                        issues.append(ProfileIssue(file: file, line: line, message: "crosswalk id '\(crosswalk.id)' is already used by \(other)"))
                    }
                    seenCrosswalks[crosswalk.id] = file
                    crosswalks[crosswalk.id] = (crosswalk, line)
                }
                if let (rule, line) = parsed.rule {
                    if let other = seenRules[rule.id] {
                        issues.append(ProfileIssue(file: file, line: line, message: "rule id '\(rule.id)' is already used by \(other)"))
                    }
                    seenRules[rule.id] = file
                    rules[rule.id] = (rule, line)
                }
                if let (instrument, line) = parsed.instrument {
                    if let other = seenInstruments[instrument.id] {
                        issues.append(ProfileIssue(file: file, line: line, message: "instrument id '\(instrument.id)' is already used by \(other)"))
                    }
                    seenInstruments[instrument.id] = file
                    instruments[instrument.id] = (instrument, line)
                }
            }
        }
        let catalog = ProfileCatalog(frameworks: frameworks.values.map(\.0), crosswalks: crosswalks.values.map(\.0))
        issues += crossFileIssues(catalog, lines: frameworks.mapValues(\.1), crosswalkLines: crosswalks.mapValues(\.1))
        let ruleCatalog = RuleCatalog(rules: rules.values.map(\.0))
        issues += ruleIssues(ruleCatalog, catalog: catalog, lines: rules.mapValues(\.1))
        guard issues.isEmpty else {
            throw ProfileValidationError(issues: issues.sorted { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) })
        }
        return LoadedProfiles(catalog: catalog, rules: ruleCatalog, instruments: InstrumentCatalog(instruments: instruments.values.map(\.0)))
    }

    /// Rules that refer to frameworks: the framework and its items must be loaded.
    static func ruleIssues(_ rules: RuleCatalog, catalog: ProfileCatalog, lines: [String: Int?]) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        for rule in rules.rules {
            for version in rule.versions {
                for criterion in version.registration + version.reregistration where criterion.kind == .frameworkCoverage {
                    guard let id = criterion.framework else { continue }
                    guard catalog.framework(id) != nil else {
                        issues.append(ProfileIssue(file: rule.origin, line: lines[rule.id] ?? nil,
                                                   message: "criterion '\(criterion.id)' refers to framework '\(id)', which is not loaded\(hint(id, catalog.frameworks.map(\.id)))"))
                        continue
                    }
                    let items = Set(catalog.items(of: id).map(\.reference.item))
                    for item in criterion.items where !items.contains(item) {
                        issues.append(ProfileIssue(file: rule.origin, line: lines[rule.id] ?? nil,
                                                   message: "criterion '\(criterion.id)' names item '\(item)', which '\(id)' does not have\(hint(item, Array(items)))"))
                    }
                }
            }
        }
        return issues
    }

    /// The `.yaml` and `.yml` files at these paths (a path may be a file or a folder, searched recursively), sorted.
    static func files(in paths: [String], issues: inout [ProfileIssue]) -> [String] {
        var result: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                issues.append(ProfileIssue(file: path, line: nil, message: "no such file or folder"))
                continue
            }
            guard isDirectory.boolValue else {
                result.append(path)
                continue
            }
            let enumerator = fileManager.enumerator(atPath: path)
            var found: [String] = []
            while let relative = enumerator?.nextObject() as? String {
                guard relative.hasSuffix(".yaml") || relative.hasSuffix(".yml") else { continue }
                // A folder named x.yaml is a folder (its files are found in it), not a file to read.
                var entryIsFolder: ObjCBool = false
                if fileManager.fileExists(atPath: path + "/" + relative, isDirectory: &entryIsFolder), entryIsFolder.boolValue { continue }
                found.append(path + "/" + relative)
            }
            result += found.sorted()
        }
        return result
    }

    struct Parsed {
        var framework: (Framework, Int?)?
        var crosswalk: (Crosswalk, Int?)?
        var rule: (Rule, Int?)?
        var instrument: (Instrument, Int?)?
        var issues: [ProfileIssue]
    }

    static func parse(file: String, shipped: Bool) -> Parsed {
        let reader = YAMLReader(file: file)
        guard let data = FileManager.default.contents(atPath: file) else {
            reader.issue(nil, "cannot read the file")
            return Parsed(issues: reader.issues)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            let bad = firstInvalidUTF8(data)
            reader.issues.append(ProfileIssue(file: file, line: bad.line,
                                              message: "the file is not UTF-8 text: the byte 0x\(String(format: "%02X", bad.byte)) on this line is not UTF-8 (save the file as UTF-8)"))
            return Parsed(issues: reader.issues)
        }
        return parse(text: text, file: file, shipped: shipped)
    }

    /// The line (from 1) and value of the first byte of `data` that is not part of valid UTF-8.
    static func firstInvalidUTF8(_ data: Data) -> (line: Int, byte: UInt8) {
        let bytes = Array(data)
        var line = 1, index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (line, byte)
            }
            if length > 1 {
                guard index + length <= bytes.count, bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) else { return (line, byte) }
                // Overlong and surrogate forms: let the decoder judge the sequence.
                if String(bytes: bytes[index..<(index + length)], encoding: .utf8) == nil { return (line, byte) }
            }
            if byte == 0x0A { line += 1 }
            index += length
        }
        return (line, bytes.last ?? 0)
    }

    /// Parses one file's text (the file name is for the messages). A file with any issue yields nothing but its issues.
    static func parse(text: String, file: String, shipped: Bool) -> Parsed {
        let parsed = parseKinds(text: text, file: file, shipped: shipped)
        return parsed.issues.isEmpty ? parsed : Parsed(issues: parsed.issues)
    }

    private static func parseKinds(text: String, file: String, shipped: Bool) -> Parsed {
        let reader = YAMLReader(file: file)
        guard let root = reader.root(of: text) else { return Parsed(issues: reader.issues) }
        let rootNode = Node.mapping(root)
        let schema = reader.string(root, "schema", required: true, at: rootNode)
        switch schema {
        case frameworkSchema:
            let framework = FrameworkParser(reader: reader, file: file, shipped: shipped).parse(root)
            return Parsed(framework: framework.map { ($0, reader.keyNode(root, "id")?.mark?.line) }, issues: reader.issues)
        case crosswalkSchema:
            let crosswalk = CrosswalkParser(reader: reader, file: file, shipped: shipped).parse(root)
            return Parsed(crosswalk: crosswalk.map { ($0, reader.keyNode(root, "id")?.mark?.line) }, issues: reader.issues)
        case ruleSchema:
            let rule = RuleParser(reader: reader, file: file, shipped: shipped).parse(root)
            return Parsed(rule: rule.map { ($0, reader.keyNode(root, "id")?.mark?.line) }, issues: reader.issues)
        case instrumentSchema:
            let instrument = InstrumentParser(reader: reader, file: file, shipped: shipped).parse(root)
            return Parsed(instrument: instrument.map { ($0, reader.keyNode(root, "id")?.mark?.line) }, issues: reader.issues)
        case let other?:
            reader.issue(reader.node(root, "schema"), "unknown schema '\(other)'; expected \(frameworkSchema), \(crosswalkSchema), \(ruleSchema) or \(instrumentSchema)")
            return Parsed(issues: reader.issues)
        case nil:
            return Parsed(issues: reader.issues)
        }
    }

    /// References between files: `extends` and `under`, crosswalk frameworks and items, and cycles.
    static func crossFileIssues(_ catalog: ProfileCatalog, lines: [String: Int?], crosswalkLines: [String: Int?]) -> [ProfileIssue] {
        var issues: [ProfileIssue] = []
        func itemIDs(of framework: Framework) -> Set<String> {
            var ids: Set<String> = []
            func walk(_ items: [FrameworkItem]) { for item in items { ids.insert(item.id); walk(item.items) } }
            walk(framework.items)
            return ids
        }
        for framework in catalog.frameworks {
            let line = lines[framework.id] ?? nil
            guard let baseID = framework.extends else { continue }
            guard let base = catalog.framework(baseID) else {
                issues.append(ProfileIssue(file: framework.origin, line: line, message: "extends '\(baseID)', which is not a known framework\(hint(baseID, catalog.frameworks.map(\.id)))"))
                continue
            }
            // A cycle of extends: walk the chain.
            var seen: [String] = [framework.id]
            var next: String? = baseID
            while let current = next, let step = catalog.framework(current) {
                if seen.contains(current) {
                    issues.append(ProfileIssue(file: framework.origin, line: line, message: "extends forms a cycle: \((seen + [current]).joined(separator: " -> "))"))
                    break
                }
                seen.append(current)
                next = step.extends
            }
            if base.kind != framework.kind {
                issues.append(ProfileIssue(file: framework.origin, line: line, message: "extends '\(baseID)', which is of kind \(base.kind.rawValue), not \(framework.kind.rawValue)"))
            }
            // Item ids of the whole chain must stay unique, and `under` must name an inherited item.
            var inherited: Set<String> = []
            var chain: String? = baseID
            var guardCount = 0
            while let current = chain, let step = catalog.framework(current), guardCount < 50 {
                inherited.formUnion(itemIDs(of: step))
                chain = step.extends
                guardCount += 1
            }
            for id in itemIDs(of: framework).intersection(inherited).sorted() {
                issues.append(ProfileIssue(file: framework.origin, line: line, message: "item id '\(id)' is already used by the framework it extends"))
            }
            for item in framework.items {
                if let under = item.under, !inherited.contains(under) {
                    issues.append(ProfileIssue(file: framework.origin, line: line, message: "item '\(item.id)' is placed under '\(under)', which '\(baseID)' does not have\(hint(under, Array(inherited)))"))
                }
            }
        }
        for crosswalk in catalog.crosswalks {
            let line = crosswalkLines[crosswalk.id] ?? nil
            var resolved: [String: Set<String>] = [:]
            for side in [crosswalk.from, crosswalk.to] {
                guard catalog.framework(side) != nil else {
                    issues.append(ProfileIssue(file: crosswalk.origin, line: line, message: "refers to framework '\(side)', which is not loaded\(hint(side, catalog.frameworks.map(\.id)))"))
                    continue
                }
                resolved[side] = Set(catalog.items(of: side).map(\.reference.item))
            }
            for mapping in crosswalk.mappings {
                if let items = resolved[crosswalk.from], !items.contains(mapping.from) {
                    issues.append(ProfileIssue(file: crosswalk.origin, line: line, message: "mapping from '\(mapping.from)': '\(crosswalk.from)' has no such item\(hint(mapping.from, Array(items)))"))
                }
                if let items = resolved[crosswalk.to] {
                    for target in mapping.to where !items.contains(target) {
                        issues.append(ProfileIssue(file: crosswalk.origin, line: line, message: "mapping from '\(mapping.from)' to '\(target)': '\(crosswalk.to)' has no such item\(hint(target, Array(items)))"))
                    }
                }
                if mapping.basis == .source && crosswalk.source == nil {
                    issues.append(ProfileIssue(file: crosswalk.origin, line: line, message: "mapping from '\(mapping.from)' has basis 'source' but the crosswalk cites no source"))
                }
            }
        }
        return issues
    }

    static func hint(_ text: String, _ candidates: [String]) -> String {
        let close = Suggestions.closest(to: text, among: candidates)
        return close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)"
    }
}
