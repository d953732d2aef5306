import LeerlijnCore
import Yams

/// Reads one `leerlijn.framework/1` file into a ``Framework``, recording every problem with its line.
struct FrameworkParser {
    let reader: YAMLReader
    let file: String
    let shipped: Bool

    static let fields = ["schema", "id", "kind", "title", "version", "validFrom", "sector", "source", "translations", "note", "extends", "items"]
    static let itemFields = ["id", "title", "description", "confirmed", "note", "under", "items"]

    func parse(_ root: Node.Mapping) -> Framework? {
        let node = Node.mapping(root)
        reader.onlyKeys(root, Self.fields, in: "a framework")
        let id = reader.slug(root, "id", required: true, at: node)
        let kindText = reader.string(root, "kind", required: true, at: node)
        let kind = kindText.flatMap(Framework.Kind.init(rawValue:))
        if let kindText, kind == nil {
            reader.issue(reader.node(root, "kind"), "'kind' must be competences or domains, not '\(kindText)'")
        }
        let title = reader.localized(root, "title", required: true, at: node)
        let version = reader.string(root, "version", required: true, at: node)
        let validFrom = reader.day(root, "validFrom", required: false, at: node)
        var sectors: [Framework.Sector] = []
        for value in reader.list(root, "sector", required: true, at: node, singleAllowed: true) ?? [] {
            guard let text = value.string, let sector = Framework.Sector(rawValue: text) else {
                reader.issue(value, "'sector' values must be po, vo, mbo, lerarenopleider or any, not '\(value.string ?? "?")'")
                continue
            }
            sectors.append(sector)
        }
        let source = reader.source(root, "source", required: true, at: node)
        if let translations = reader.node(root, "translations"), translations.mapping == nil {
            reader.issue(translations, "'translations' must be a mapping like {en: \"Leerlijn's own translation\"}")
        }
        let note = reader.string(root, "note", required: false, at: node)
        let extends = reader.slug(root, "extends", required: false, at: node)
        var seen: [String: Int] = [:]
        let itemNodes = reader.list(root, "items", required: extends == nil, at: node) ?? []
        if itemNodes.isEmpty && extends == nil && reader.node(root, "items") != nil {
            reader.issue(reader.node(root, "items"), "a framework needs at least one item")
        }
        let items = itemNodes.compactMap { parseItem($0, seen: &seen, topLevel: true, isExtension: extends != nil) }
        guard let id, let kind, let title, let version, let source, !sectors.isEmpty, items.count == itemNodes.count else { return nil }
        return Framework(id: id, kind: kind, title: title, version: version, validFrom: validFrom, sectors: sectors,
                         source: source, note: note, extends: extends, items: items, origin: file, shipped: shipped)
    }

    private func parseItem(_ node: Node, seen: inout [String: Int], topLevel: Bool, isExtension: Bool) -> FrameworkItem? {
        guard let mapping = node.mapping else {
            reader.issue(node, "an item must be a mapping with at least id and title")
            return nil
        }
        reader.onlyKeys(mapping, Self.itemFields, in: "an item")
        let id = reader.slug(mapping, "id", required: true, at: node)
        if let id {
            let line = reader.node(mapping, "id")?.mark?.line
            if let first = seen[id] {
                reader.issue(reader.node(mapping, "id"), "duplicate item id '\(id)' (first used on line \(first)); item ids must be unique within a framework")
            } else {
                seen[id] = line ?? 0
            }
        }
        let title = reader.localized(mapping, "title", required: true, at: node)
        let description = reader.localized(mapping, "description", required: false, at: node)
        let confirmed = reader.bool(mapping, "confirmed", default: true)
        let note = reader.string(mapping, "note", required: false, at: node)
        let under = reader.slug(mapping, "under", required: false, at: node)
        if under != nil && !(topLevel && isExtension) {
            reader.issue(reader.node(mapping, "under"), "'under' is only for top-level items of a framework that extends another")
        }
        let childNodes = reader.list(mapping, "items", required: false, at: node) ?? []
        let children = childNodes.compactMap { parseItem($0, seen: &seen, topLevel: false, isExtension: isExtension) }
        guard let id, let title, children.count == childNodes.count else { return nil }
        return FrameworkItem(id: id, title: title, description: description, confirmed: confirmed, note: note, under: under, items: children)
    }
}
