/// A competence framework (the bekwaamheidseisen, the SBL competences, the VELON standard...) or the
/// domains of the teacher's work: a tree of items with stable ids, loaded from a data file in `profiles/`.
public struct Framework: Codable, Hashable, Sendable {
    /// What the items are: competences, or domains of the teacher's work.
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case competences, domains
    }

    /// The sectors a framework is for.
    public enum Sector: String, Codable, Sendable, CaseIterable {
        case po, vo, mbo, lerarenopleider, any
    }

    /// A lowercase slug, unique among all frameworks (e.g. `sbl-2006`).
    public var id: String
    /// Competences or domains.
    public var kind: Kind
    /// The title.
    public var title: LocalizedText
    /// The version as its publisher names it (e.g. `2017`).
    public var version: String
    /// The day it took effect, when known.
    public var validFrom: Day?
    /// The sectors it is for.
    public var sectors: [Sector]
    /// Where it comes from.
    public var source: SourceCitation
    /// What is unconfirmed, or anything else a reader must know.
    public var note: String?
    /// The id of the framework this one extends: its items are this framework's items too.
    public var extends: String?
    /// The top-level items (own items; for an extension, see ``ProfileCatalog/items(of:)``).
    public var items: [FrameworkItem]
    /// The file it was loaded from.
    public var origin: String
    /// True for the frameworks that ship with Leerlijn, false for a user's own.
    public var shipped: Bool

    public init(
        id: String, kind: Kind, title: LocalizedText, version: String, validFrom: Day?, sectors: [Sector],
        source: SourceCitation, note: String? = nil, extends: String? = nil, items: [FrameworkItem], origin: String, shipped: Bool
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.version = version
        self.validFrom = validFrom
        self.sectors = sectors
        self.source = source
        self.note = note
        self.extends = extends
        self.items = items
        self.origin = origin
        self.shipped = shipped
    }
}

/// One item of a framework, with its children.
public struct FrameworkItem: Codable, Hashable, Sendable {
    /// A lowercase slug, unique within its framework (e.g. `pedagogisch-a`).
    public var id: String
    /// The title.
    public var title: LocalizedText
    /// A longer description.
    public var description: LocalizedText?
    /// False when the text could not be confirmed from a source.
    public var confirmed: Bool
    /// What is unconfirmed, or anything else a reader must know.
    public var note: String?
    /// For an item of an extension: the id of the base framework's item it is placed under.
    public var under: String?
    /// Child items.
    public var items: [FrameworkItem]

    public init(
        id: String, title: LocalizedText, description: LocalizedText? = nil, confirmed: Bool = true, note: String? = nil,
        under: String? = nil, items: [FrameworkItem] = []
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.confirmed = confirmed
        self.note = note
        self.under = under
        self.items = items
    }
}

/// An item's place in the catalog: which framework, its full id, its parent and depth.
public struct ItemReference: Codable, Hashable, Sendable, Comparable {
    /// The framework id.
    public var framework: String
    /// The item id within the framework.
    public var item: String

    public init(framework: String, item: String) {
        self.framework = framework
        self.item = item
    }

    /// Parses `framework:item`.
    public init?(fullID: String) {
        let parts = fullID.split(separator: ":", maxSplits: 1)
        guard parts.count == 2 else { return nil }
        self.framework = String(parts[0])
        self.item = String(parts[1])
    }

    /// `framework:item`, the form in which ids are shown and can always be typed.
    public var fullID: String { "\(framework):\(item)" }

    public static func < (lhs: ItemReference, rhs: ItemReference) -> Bool { lhs.fullID < rhs.fullID }
}
