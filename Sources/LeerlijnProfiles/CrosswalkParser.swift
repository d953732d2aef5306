import LeerlijnCore
import Yams

/// Reads one `leerlijn.crosswalk/1` file into a ``Crosswalk``, recording every problem with its line.
struct CrosswalkParser {
    let reader: YAMLReader
    let file: String
    let shipped: Bool

    static let fields = ["schema", "id", "from", "to", "title", "source", "note", "mappings"]
    static let mappingFields = ["from", "to", "basis", "rationale"]

    func parse(_ root: Node.Mapping) -> Crosswalk? {
        let node = Node.mapping(root)
        reader.onlyKeys(root, Self.fields, in: "a crosswalk")
        let id = reader.slug(root, "id", required: true, at: node)
        let from = reader.slug(root, "from", required: true, at: node)
        let to = reader.slug(root, "to", required: true, at: node)
        if let from, from == to { reader.issue(reader.node(root, "to"), "a crosswalk maps between two different frameworks") }
        let title = reader.localized(root, "title", required: false, at: node)
        let source = reader.source(root, "source", required: false, at: node)
        let mappingNodes = reader.list(root, "mappings", required: true, at: node) ?? []
        var mappings: [Crosswalk.Mapping] = []
        for mappingNode in mappingNodes {
            guard let mapping = mappingNode.mapping else {
                reader.issue(mappingNode, "a mapping must be {from: ..., to: [...], basis: source|proposal}")
                continue
            }
            reader.onlyKeys(mapping, Self.mappingFields, in: "a mapping")
            let itemFrom = reader.slug(mapping, "from", required: true, at: mappingNode)
            var targets: [String] = []
            for target in reader.list(mapping, "to", required: true, at: mappingNode, singleAllowed: true) ?? [] {
                if let text = target.string, !text.isEmpty { targets.append(text) } else { reader.issue(target, "'to' values must be item ids") }
            }
            if targets.isEmpty && reader.node(mapping, "to") != nil { reader.issue(mappingNode, "'to' needs at least one item id") }
            let basisText = reader.string(mapping, "basis", required: true, at: mappingNode)
            let basis = basisText.flatMap(Crosswalk.Mapping.Basis.init(rawValue:))
            if let basisText, basis == nil { reader.issue(reader.node(mapping, "basis"), "'basis' must be source or proposal, not '\(basisText)'") }
            let rationale = reader.string(mapping, "rationale", required: false, at: mappingNode)
            if let itemFrom, let basis, !targets.isEmpty {
                mappings.append(Crosswalk.Mapping(from: itemFrom, to: targets, basis: basis, rationale: rationale))
            }
        }
        guard let id, let from, let to, mappings.count == mappingNodes.count, !mappings.isEmpty else {
            if mappingNodes.isEmpty, reader.node(root, "mappings") != nil { reader.issue(reader.node(root, "mappings"), "a crosswalk needs at least one mapping") }
            return nil
        }
        return Crosswalk(id: id, from: from, to: to, title: title, source: source, mappings: mappings, origin: file, shipped: shipped)
    }
}
