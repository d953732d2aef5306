import LeerlijnCore
import Yams

/// Reads one `leerlijn.instrument/1` file into an ``Instrument``, recording every problem with its line.
/// The schema is in docs/observations.md.
struct InstrumentParser {
    let reader: YAMLReader
    let file: String
    let shipped: Bool

    static let fields = ["schema", "id", "version", "title", "source", "note", "complete", "scale", "rasch", "readiness", "domains"]
    static let scaleFields = ["minimum", "maximum", "labels", "confirmed", "note"]
    static let raschFields = ["threshold", "zone", "source", "confirmed", "note"]
    static let readinessFields = ["level", "observations", "differentObservers", "source", "confirmed", "note"]
    static let domainFields = ["id", "title", "confirmed", "note", "items"]
    static let itemFields = ["id", "text", "confirmed", "note", "difficulty", "indicators"]
    static let indicatorFields = ["id", "text", "confirmed"]

    func parse(_ root: Node.Mapping) -> Instrument? {
        let node = Node.mapping(root)
        let before = reader.issues.count
        reader.onlyKeys(root, Self.fields, in: "an instrument")
        let id = reader.slug(root, "id", required: true, at: node)
        let version = reader.string(root, "version", required: true, at: node)
        let title = reader.localized(root, "title", required: true, at: node)
        let source = reader.source(root, "source", required: true, at: node)
        let note = reader.string(root, "note", required: false, at: node)
        let complete = reader.bool(root, "complete", default: true)
        let scale = parseScale(root, at: node)
        let rasch = parseRasch(root, scale: scale, at: node)
        let readiness = parseReadiness(root, scale: scale, at: node)
        var domains: [Instrument.Domain] = []
        var items: [Instrument.Item] = []
        var seenDomains: [String: Int] = [:], seenItems: [String: Int] = [:]
        let domainNodes = reader.list(root, "domains", required: true, at: node) ?? []
        if domainNodes.isEmpty, let empty = reader.node(root, "domains") { reader.issue(empty, "an instrument needs at least one domain") }
        for domainNode in domainNodes {
            guard let mapping = domainNode.mapping else {
                reader.issue(domainNode, "a domain must be a mapping with id, title and items")
                continue
            }
            reader.onlyKeys(mapping, Self.domainFields, in: "a domain")
            let domainID = reader.slug(mapping, "id", required: true, at: domainNode)
            if let domainID { unique(domainID, in: &seenDomains, at: reader.node(mapping, "id"), what: "domain") }
            let domainTitle = reader.localized(mapping, "title", required: true, at: domainNode)
            let itemNodes = reader.list(mapping, "items", required: false, at: domainNode) ?? []
            if itemNodes.isEmpty && complete {
                reader.issue(domainNode, "domain '\(domainID ?? "?")' has no items; give its items, or mark the instrument 'complete: false' (a structure only)")
            }
            for itemNode in itemNodes {
                if let item = parseItem(itemNode, domain: domainID ?? "", seen: &seenItems, rasch: reader.node(root, "rasch") != nil) { items.append(item) }
            }
            if let domainID, let domainTitle {
                domains.append(Instrument.Domain(id: domainID, title: domainTitle, confirmed: reader.bool(mapping, "confirmed", default: true),
                                                 note: reader.string(mapping, "note", required: false, at: domainNode)))
            }
        }
        guard reader.issues.count == before, let id, let version, let title, let source, let scale else { return nil }
        return Instrument(id: id, version: version, title: title, source: source, note: note, complete: complete, scale: scale,
                          domains: domains, items: items, rasch: rasch, readiness: readiness, origin: file, shipped: shipped)
    }

    private func unique(_ id: String, in seen: inout [String: Int], at node: Node?, what: String) {
        if let first = seen[id] {
            reader.issue(node, "duplicate \(what) id '\(id)' (first used on line \(first)); \(what) ids must be unique within an instrument")
        } else {
            seen[id] = node?.mark?.line ?? 0
        }
    }

    private func parseScale(_ root: Node.Mapping, at owner: Node) -> Instrument.Scale? {
        guard let node = reader.node(root, "scale") else {
            reader.issue(owner, "missing field 'scale' (give {minimum: 1, maximum: 4})")
            return nil
        }
        guard let mapping = node.mapping else {
            reader.issue(node, "'scale' must be a mapping like {minimum: 1, maximum: 4}")
            return nil
        }
        reader.onlyKeys(mapping, Self.scaleFields, in: "'scale'")
        let minimum = integer(mapping, "minimum", at: node), maximum = integer(mapping, "maximum", at: node)
        guard let minimum, let maximum else { return nil }
        guard minimum < maximum else {
            reader.issue(node, "a scale's minimum (\(minimum)) must be below its maximum (\(maximum))")
            return nil
        }
        guard maximum - minimum <= 20 else {
            reader.issue(node, "a scale may have at most 21 points, not \(maximum - minimum + 1)")
            return nil
        }
        var labels: [Instrument.Scale.Label] = []
        for labelNode in reader.list(mapping, "labels", required: false, at: node) ?? [] {
            guard let fields = labelNode.mapping else {
                reader.issue(labelNode, "a label must be {score: 1, text: {nl: ..., en: ...}}")
                continue
            }
            reader.onlyKeys(fields, ["score", "text"], in: "a scale label")
            guard let score = integer(fields, "score", at: labelNode), let text = reader.localized(fields, "text", required: true, at: labelNode) else { continue }
            if !(minimum...maximum).contains(score) {
                reader.issue(reader.node(fields, "score"), "label score \(score) is outside the scale \(minimum)-\(maximum)")
            } else if labels.contains(where: { $0.score == score }) {
                reader.issue(reader.node(fields, "score"), "score \(score) is labelled twice")
            } else {
                labels.append(Instrument.Scale.Label(score: score, text: text))
            }
        }
        return Instrument.Scale(minimum: minimum, maximum: maximum, labels: labels.sorted { $0.score < $1.score },
                                confirmed: reader.bool(mapping, "confirmed", default: true), note: reader.string(mapping, "note", required: false, at: node))
    }

    private func parseRasch(_ root: Node.Mapping, scale: Instrument.Scale?, at owner: Node) -> Instrument.RaschSettings? {
        guard let node = reader.node(root, "rasch") else { return nil }
        guard let mapping = node.mapping else {
            reader.issue(node, "'rasch' must be a mapping like {threshold: 3, zone: {from: 0.25, to: 0.75}}")
            return nil
        }
        reader.onlyKeys(mapping, Self.raschFields, in: "'rasch'")
        guard let threshold = integer(mapping, "threshold", at: node) else { return nil }
        if let scale, !(scale.minimum + 1...scale.maximum).contains(threshold) {
            reader.issue(reader.node(mapping, "threshold"), "'threshold' must be a score from \(scale.minimum + 1) to \(scale.maximum), so that both 'shown' and 'not shown' are possible")
            return nil
        }
        var from = 0.25, to = 0.75
        if let zone = reader.node(mapping, "zone") {
            if let fields = zone.mapping {
                reader.onlyKeys(fields, ["from", "to"], in: "'zone'")
                from = number(fields, "from", at: zone) ?? from
                to = number(fields, "to", at: zone) ?? to
                if !(0 < from && from < to && to < 1) { reader.issue(zone, "'zone' needs 0 < from < to < 1 (probabilities), not \(from) to \(to)") }
            } else {
                reader.issue(zone, "'zone' must be a mapping like {from: 0.25, to: 0.75}")
            }
        }
        return Instrument.RaschSettings(threshold: threshold, zoneFrom: from, zoneTo: to, source: reader.source(mapping, "source", required: false, at: node),
                                        confirmed: reader.bool(mapping, "confirmed", default: true))
    }

    private func parseReadiness(_ root: Node.Mapping, scale: Instrument.Scale?, at owner: Node) -> Instrument.ReadinessRule? {
        guard let node = reader.node(root, "readiness") else { return nil }
        guard let mapping = node.mapping else {
            reader.issue(node, "'readiness' must be a mapping like {level: 3, observations: 2, differentObservers: true}")
            return nil
        }
        reader.onlyKeys(mapping, Self.readinessFields, in: "'readiness'")
        guard let level = number(mapping, "level", at: node, required: true), let count = integer(mapping, "observations", at: node) else { return nil }
        if let scale, !(Double(scale.minimum)...Double(scale.maximum)).contains(level) {
            reader.issue(reader.node(mapping, "level"), "'level' \(level) is outside the scale \(scale.minimum)-\(scale.maximum)")
        }
        if count < 1 { reader.issue(reader.node(mapping, "observations"), "'observations' must be 1 or more") }
        return Instrument.ReadinessRule(level: level, observations: count, differentObservers: reader.bool(mapping, "differentObservers", default: true),
                                        source: reader.source(mapping, "source", required: false, at: node),
                                        confirmed: reader.bool(mapping, "confirmed", default: true), note: reader.string(mapping, "note", required: false, at: node))
    }

    /// - Parameter rasch: whether the instrument has a `rasch` block (valid or not, so a bad block is reported once).
    private func parseItem(_ node: Node, domain: String, seen: inout [String: Int], rasch: Bool) -> Instrument.Item? {
        guard let mapping = node.mapping else {
            reader.issue(node, "an item must be a mapping with at least id and text")
            return nil
        }
        reader.onlyKeys(mapping, Self.itemFields, in: "an item")
        let id = reader.slug(mapping, "id", required: true, at: node)
        if let id { unique(id, in: &seen, at: reader.node(mapping, "id"), what: "item") }
        let text = reader.localized(mapping, "text", required: true, at: node)
        let difficulty = number(mapping, "difficulty", at: node)
        if rasch && difficulty == nil && reader.node(mapping, "difficulty") == nil {
            reader.issue(node, "item '\(id ?? "?")' has no 'difficulty': with a 'rasch' block every item needs one (in logits)")
        }
        if !rasch && difficulty != nil {
            reader.issue(reader.node(mapping, "difficulty"), "'difficulty' needs a 'rasch' block in the instrument (threshold, zone)")
        }
        if let difficulty, abs(difficulty) > 10 {
            reader.issue(reader.node(mapping, "difficulty"), "'difficulty' is in logits and must lie between -10 and 10, not \(difficulty)")
        }
        var indicators: [Instrument.Indicator] = []
        var seenIndicators: [String: Int] = [:]
        for indicatorNode in reader.list(mapping, "indicators", required: false, at: node) ?? [] {
            guard let fields = indicatorNode.mapping else {
                reader.issue(indicatorNode, "an indicator must be {id: ..., text: {nl: ..., en: ...}}")
                continue
            }
            reader.onlyKeys(fields, Self.indicatorFields, in: "an indicator")
            let indicatorID = reader.slug(fields, "id", required: true, at: indicatorNode)
            if let indicatorID {
                if let first = seenIndicators[indicatorID] {
                    reader.issue(reader.node(fields, "id"), "duplicate indicator id '\(indicatorID)' (first used on line \(first)) in item '\(id ?? "?")'")
                } else {
                    seenIndicators[indicatorID] = reader.node(fields, "id")?.mark?.line ?? 0
                }
            }
            let indicatorText = reader.localized(fields, "text", required: true, at: indicatorNode)
            if let indicatorID, let indicatorText {
                indicators.append(Instrument.Indicator(id: indicatorID, text: indicatorText, confirmed: reader.bool(fields, "confirmed", default: true)))
            }
        }
        guard let id, let text else { return nil }
        return Instrument.Item(id: id, domain: domain, text: text, confirmed: reader.bool(mapping, "confirmed", default: true),
                               note: reader.string(mapping, "note", required: false, at: node), indicators: indicators, difficulty: difficulty)
    }

    private func integer(_ mapping: Node.Mapping, _ key: String, at owner: Node) -> Int? {
        guard let node = reader.node(mapping, key), node.null == nil else {
            reader.issue(owner, "missing field '\(key)'")
            return nil
        }
        guard let value = node.int else {
            reader.issue(node, "'\(key)' must be a whole number, not '\(node.string ?? "?")'")
            return nil
        }
        return value
    }

    private func number(_ mapping: Node.Mapping, _ key: String, at owner: Node, required: Bool = false) -> Double? {
        guard let node = reader.node(mapping, key), node.null == nil else {
            if required { reader.issue(owner, "missing field '\(key)'") }
            return nil
        }
        guard let value = node.float, value.isFinite else {
            reader.issue(node, "'\(key)' must be a number, not '\(node.string ?? "?")'")
            return nil
        }
        return value
    }
}
