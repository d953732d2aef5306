/// All loaded frameworks and crosswalks, shipped and the user's own, with lookups that need no files.
///
/// Build one with `ProfileLoader` (module LeerlijnProfiles), which validates the files; the catalog
/// itself is a pure value.
public struct ProfileCatalog: Sendable {
    /// The frameworks, sorted by id.
    public let frameworks: [Framework]
    /// The crosswalks, sorted by id.
    public let crosswalks: [Crosswalk]

    /// One item in a framework's flattened tree (pre-order).
    public struct FlatItem: Codable, Hashable, Sendable {
        /// The item's framework and id (for an extension's inherited items, the base framework's).
        public var reference: ItemReference
        /// Its title.
        public var title: LocalizedText
        /// Its description.
        public var description: LocalizedText?
        /// 0 for top-level items.
        public var depth: Int
        /// The index of the parent in the flattened list, if any.
        public var parent: Int?
        /// False when its text is not confirmed from a source.
        public var confirmed: Bool
    }

    /// A catalog without frameworks: every competence or domain id is unknown in it.
    public static let empty = ProfileCatalog(frameworks: [], crosswalks: [])

    public init(frameworks: [Framework], crosswalks: [Crosswalk]) {
        self.frameworks = frameworks.sorted { $0.id < $1.id }
        self.crosswalks = crosswalks.sorted { $0.id < $1.id }
    }

    /// The framework with this id.
    public func framework(_ id: String) -> Framework? { frameworks.first { $0.id == id } }

    /// The framework named by its full id or an unambiguous suffix (e.g. `2017-po`).
    /// - Throws: ``LookupError`` with suggestions.
    public func resolveFramework(_ text: String) throws(LookupError) -> Framework {
        let needle = text.trimmingWhitespace().lowercased()
        if let exact = framework(needle) { return exact }
        let matches = frameworks.filter { Self.hasSuffixAtBoundary($0.id, needle) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(.framework, query: text, candidates: matches.map(\.id)) }
        throw .notFound(.framework, query: text, suggestions: Suggestions.closest(to: needle, among: frameworks.map(\.id)))
    }

    /// The items of a framework in pre-order: for an extension, the base framework's items with the
    /// extension's own items added (at the top level, or under the base item named by `under`).
    public func items(of frameworkID: String) -> [FlatItem] {
        var visited: Set<String> = []
        let tree = mergedTree(of: frameworkID, visited: &visited)
        var result: [FlatItem] = []
        func flatten(_ nodes: [Node], depth: Int, parent: Int?) {
            for node in nodes {
                result.append(FlatItem(reference: node.reference, title: node.item.title, description: node.item.description,
                                       depth: depth, parent: parent, confirmed: node.item.confirmed))
                flatten(node.children, depth: depth + 1, parent: result.count - 1)
            }
        }
        flatten(tree, depth: 0, parent: nil)
        return result
    }

    /// An item with its framework, in a tree that may mix a base framework's items and an extension's.
    private struct Node {
        var reference: ItemReference
        var item: FrameworkItem
        var children: [Node]

        init(_ item: FrameworkItem, framework: String) {
            self.reference = ItemReference(framework: framework, item: item.id)
            self.item = item
            self.children = item.items.map { Node($0, framework: framework) }
        }

        /// Adds `child` under the node whose item id is `id`; false when there is none.
        mutating func insert(_ child: Node, under id: String) -> Bool {
            if reference.item == id {
                children.append(child)
                return true
            }
            for index in children.indices where children[index].insert(child, under: id) { return true }
            return false
        }
    }

    private func mergedTree(of frameworkID: String, visited: inout Set<String>) -> [Node] {
        // A cycle of `extends` stops here; the loader reports it as an error.
        guard let framework = framework(frameworkID), visited.insert(frameworkID).inserted else { return [] }
        var tree = framework.extends.map { mergedTree(of: $0, visited: &visited) } ?? []
        for item in framework.items {
            let node = Node(item, framework: framework.id)
            var placed = false
            if let under = item.under {
                for index in tree.indices where !placed { placed = tree[index].insert(node, under: under) }
            }
            if !placed { tree.append(node) }
        }
        return tree
    }

    /// Every item of every framework of `kind`, with its own framework's id (no inherited copies).
    public func allItems(kind: Framework.Kind) -> [ItemReference] {
        var result: [ItemReference] = []
        func walk(_ items: [FrameworkItem], _ framework: String) {
            for item in items {
                result.append(ItemReference(framework: framework, item: item.id))
                walk(item.items, framework)
            }
        }
        for framework in frameworks where framework.kind == kind { walk(framework.items, framework.id) }
        return result
    }

    /// The item that `text` names among frameworks of `kind`: a full id (`sbl-2006:pedagogisch`) or an
    /// unambiguous suffix of one that starts at a `:` or `-` (`pedagogisch`, `2017-po:pedagogisch-a`).
    /// - Throws: ``LookupError`` (subject competence or domain) with the closest ids.
    public func resolveItem(_ text: String, kind: Framework.Kind) throws(LookupError) -> ItemReference {
        let subject: LookupError.Subject = kind == .domains ? .domain : .competence
        let needle = text.trimmingWhitespace().lowercased()
        let candidates = allItems(kind: kind)
        if let exact = candidates.first(where: { $0.fullID == needle }) { return exact }
        let matches = candidates.filter { Self.hasSuffixAtBoundary($0.fullID, needle) }
        if matches.count == 1 { return matches[0] }
        if matches.count > 1 { throw .ambiguous(subject, query: text, candidates: matches.map(\.fullID)) }
        let itemPart = needle.split(separator: ":").last.map(String.init) ?? needle
        let suggestions = Suggestions.closest(to: itemPart, among: Array(Set(candidates.map(\.item))))
        let full = suggestions.flatMap { item in candidates.filter { $0.item == item }.map(\.fullID) }
        throw .notFound(subject, query: text, suggestions: Array(full.prefix(5)))
    }

    /// The crosswalk-related items of `reference` in `framework` (not including the item itself).
    public func related(_ reference: ItemReference, in framework: String) -> [ItemReference] {
        var result: [ItemReference] = []
        for crosswalk in crosswalks {
            if crosswalk.from == reference.framework && crosswalk.to == framework {
                for mapping in crosswalk.mappings where mapping.from == reference.item {
                    result += mapping.to.map { ItemReference(framework: framework, item: $0) }
                }
            } else if crosswalk.to == reference.framework && crosswalk.from == framework {
                for mapping in crosswalk.mappings where mapping.to.contains(reference.item) {
                    result.append(ItemReference(framework: framework, item: mapping.from))
                }
            }
        }
        return result
    }

    static func hasSuffixAtBoundary(_ text: String, _ suffix: String) -> Bool {
        guard !suffix.isEmpty, text.hasSuffix(suffix) else { return false }
        if text.count == suffix.count { return true }
        let before = text[text.index(text.endIndex, offsetBy: -suffix.count - 1)]
        return before == ":" || before == "-" || suffix.first == ":" || suffix.first == "-"
    }
}
