/// An activity as coverage sees it: when, how long, how much evidence, and the items it is mapped to.
public struct MappedActivity: Sendable, Hashable {
    public var date: Day
    public var minutes: Int
    public var evidence: Int
    public var items: [ItemReference]

    public init(date: Day, minutes: Int, evidence: Int, items: [ItemReference]) {
        self.date = date
        self.minutes = minutes
        self.evidence = evidence
        self.items = items
    }
}

/// What a person did under each item of a framework in a period, and where the gaps are.
public struct CoverageReport: Codable, Hashable, Sendable {
    /// One item's figures. An item counts the activities mapped to it, to its descendants, or to items
    /// that a crosswalk relates to any of these; each activity once per item.
    public struct Item: Codable, Hashable, Sendable {
        /// The full id, `framework:item`.
        public var item: String
        public var title: LocalizedText
        /// 0 for top-level items.
        public var depth: Int
        /// The parent's full id.
        public var parent: String?
        public var minutes: Int
        public var activities: Int
        /// The latest activity's date.
        public var lastDate: Day?
        /// Evidence items (links and files) of the activities counted.
        public var evidence: Int
        /// False when the item's text is not confirmed from a source.
        public var confirmed: Bool
    }

    /// One domain's share of the period's minutes.
    public struct DomainShare: Codable, Hashable, Sendable {
        public var domain: String
        public var title: LocalizedText
        public var minutes: Int
        public var activities: Int
        /// Minutes as a share of all minutes in the period, 0...1. An activity in two domains counts in both.
        public var share: Double
    }

    /// Whose activities, when the report is for one person.
    public var person: String?
    public var framework: String
    public var title: LocalizedText
    public var version: String
    public var from: Day?
    public var to: Day?
    /// All activities in the period, mapped or not, and their minutes.
    public var activities: Int
    public var minutes: Int
    /// Activities that count for at least one item of the framework.
    public var coveredActivities: Int
    /// Every item, in the framework's order.
    public var items: [Item]
    /// Full ids of items with no activity.
    public var gaps: [String]
    /// Minutes per domain of the teacher's work.
    public var domains: [DomainShare]
    /// Minutes of activities mapped to no domain.
    public var minutesWithoutDomain: Int
}

extension ProfileCatalog {
    /// Coverage of `frameworkID` by `activities` (already limited to the period by the caller).
    /// Returns nil for an unknown framework.
    public func coverage(of frameworkID: String, by activities: [MappedActivity], from: Day?, to: Day?) -> CoverageReport? {
        guard let framework = framework(frameworkID) else { return nil }
        let flat = items(of: frameworkID)
        // Which flat items each reference counts for directly (the item itself or a crosswalked one).
        var targets: [ItemReference: Set<Int>] = [:]
        for (index, item) in flat.enumerated() {
            targets[item.reference, default: []].insert(index)
        }
        let frameworksInTree = Set(flat.map(\.reference.framework))
        func indexes(for reference: ItemReference) -> Set<Int> {
            if let direct = targets[reference] { return direct }
            var result: Set<Int> = []
            for inTree in frameworksInTree {
                for related in related(reference, in: inTree) { result.formUnion(targets[related] ?? []) }
            }
            return result
        }
        var cache: [ItemReference: Set<Int>] = [:]
        var figures = [(minutes: Int, activities: Int, last: Day?, evidence: Int)](repeating: (0, 0, nil, 0), count: flat.count)
        var covered = 0
        var domainFigures: [ItemReference: (minutes: Int, activities: Int)] = [:]
        var withoutDomain = 0
        let domainItems = Set(allItems(kind: .domains))
        for activity in activities {
            var hit: Set<Int> = []
            for reference in activity.items {
                if cache[reference] == nil { cache[reference] = indexes(for: reference) }
                hit.formUnion(cache[reference]!)
            }
            // An activity under an item also counts for the item's ancestors.
            for index in hit {
                var parent = flat[index].parent
                while let p = parent {
                    hit.insert(p)
                    parent = flat[p].parent
                }
            }
            if !hit.isEmpty { covered += 1 }
            for index in hit {
                figures[index].minutes += activity.minutes
                figures[index].activities += 1
                figures[index].evidence += activity.evidence
                figures[index].last = max(figures[index].last ?? activity.date, activity.date)
            }
            let domains = Set(activity.items.filter(domainItems.contains))
            if domains.isEmpty { withoutDomain += activity.minutes }
            for domain in domains {
                domainFigures[domain, default: (0, 0)].minutes += activity.minutes
                domainFigures[domain]!.activities += 1
            }
        }
        let totalMinutes = activities.reduce(0) { $0 + $1.minutes }
        let items = flat.enumerated().map { index, item in
            CoverageReport.Item(
                item: item.reference.fullID, title: item.title, depth: item.depth, parent: item.parent.map { flat[$0].reference.fullID },
                minutes: figures[index].minutes, activities: figures[index].activities, lastDate: figures[index].last,
                evidence: figures[index].evidence, confirmed: item.confirmed)
        }
        let domainFrameworks = frameworks.filter { $0.kind == .domains }
        let domainShares = domainFrameworks.flatMap { framework in
            self.items(of: framework.id).map { item in
                let figure = domainFigures[item.reference] ?? (0, 0)
                return CoverageReport.DomainShare(
                    domain: item.reference.fullID, title: item.title, minutes: figure.minutes, activities: figure.activities,
                    share: totalMinutes == 0 ? 0 : Double(figure.minutes) / Double(totalMinutes))
            }
        }
        return CoverageReport(
            person: nil, framework: framework.id, title: framework.title, version: framework.version, from: from, to: to,
            activities: activities.count, minutes: totalMinutes, coveredActivities: covered, items: items,
            gaps: items.filter { $0.activities == 0 }.map(\.item), domains: domainShares, minutesWithoutDomain: withoutDomain)
    }
}

/// The top-level items of frameworks that a set of item references leaves uncovered, for many people in a row (the
/// report's `gaps` flag): each framework is flattened once and each reference resolved once, where
/// ``ProfileCatalog/coverage(of:by:from:to:)`` does both for every call. The answer is the same: the top-level
/// items whose coverage counts no activity when one activity carries all the references.
public struct TopLevelGaps {
    private struct Tree {
        var flat: [ProfileCatalog.FlatItem]
        var targets: [ItemReference: Set<Int>]
        var frameworksInTree: Set<String>
        /// The full ids of the top-level items, in the framework's order.
        var topLevel: [String]
        /// For each flattened item, its top-level item's place in `topLevel`.
        var rootOf: [Int]
        /// For each reference seen, the top-level items (places in `topLevel`) it counts for.
        var roots: [ItemReference: [Int]] = [:]
    }

    private let catalog: ProfileCatalog
    private var treeIndex: [String: Int] = [:]
    private var trees: [Tree] = []

    public init(catalog: ProfileCatalog) { self.catalog = catalog }

    /// The full ids of the top-level items of `frameworkID` that none of `references` counts for, in the framework's
    /// order; nil for an unknown framework.
    public mutating func gaps(in frameworkID: String, covered references: [ItemReference]) -> [String]? {
        guard let index = tree(frameworkID) else { return nil }
        // One copy of the tree (its parts are shared, not copied) rather than one per lookup; it goes back only when a
        // reference was resolved for the first time.
        var tree = trees[index]
        var resolved = false
        var covered = [Bool](repeating: false, count: tree.topLevel.count)
        for reference in references {
            let roots: [Int]
            if let known = tree.roots[reference] {
                roots = known
            } else {
                roots = self.roots(of: reference, in: tree)
                tree.roots[reference] = roots
                resolved = true
            }
            for root in roots { covered[root] = true }
        }
        if resolved { trees[index] = tree }
        var gaps: [String] = []
        for place in covered.indices where !covered[place] { gaps.append(tree.topLevel[place]) }
        return gaps
    }

    /// The framework's flattened tree, built on first use.
    private mutating func tree(_ frameworkID: String) -> Int? {
        if let index = treeIndex[frameworkID] { return index }
        guard catalog.framework(frameworkID) != nil else { return nil }
        let flat = catalog.items(of: frameworkID)
        var targets: [ItemReference: Set<Int>] = [:]
        for (index, item) in flat.enumerated() { targets[item.reference, default: []].insert(index) }
        var topLevel: [String] = [], place: [Int: Int] = [:]
        for index in flat.indices where flat[index].depth == 0 {
            place[index] = topLevel.count
            topLevel.append(flat[index].reference.fullID)
        }
        let rootOf = flat.indices.map { index -> Int in
            var top = index
            while let parent = flat[top].parent { top = parent }
            return place[top] ?? -1
        }
        trees.append(Tree(flat: flat, targets: targets, frameworksInTree: Set(flat.map(\.reference.framework)), topLevel: topLevel, rootOf: rootOf))
        treeIndex[frameworkID] = trees.count - 1
        return trees.count - 1
    }

    /// The top-level items (places) that `reference` counts for: the items it names, else those related to it
    /// through crosswalks, each counted for the top-level item above it.
    private func roots(of reference: ItemReference, in tree: Tree) -> [Int] {
        var direct: Set<Int>
        if let found = tree.targets[reference] {
            direct = found
        } else {
            direct = []
            for inTree in tree.frameworksInTree {
                for related in catalog.related(reference, in: inTree) { direct.formUnion(tree.targets[related] ?? []) }
            }
        }
        return Array(Set(direct.map { tree.rootOf[$0] }.filter { $0 >= 0 }))
    }
}
