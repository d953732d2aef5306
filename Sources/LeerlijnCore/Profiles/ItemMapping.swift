/// An activity's link to a framework item, with the framework version it was mapped under.
public struct ItemMapping: Codable, Hashable, Sendable {
    /// Whether the item is a competence or a domain of the teacher's work.
    public enum Kind: String, Codable, Sendable {
        case competence, domain
    }

    /// The activity.
    public var activityId: ActivityID
    /// The framework's id.
    public var framework: String
    /// The framework's version when the activity was mapped.
    public var version: String
    /// The item's id within the framework.
    public var item: String
    /// Competence or domain.
    public var kind: Kind

    public init(activityId: ActivityID, framework: String, version: String, item: String, kind: Kind) {
        self.activityId = activityId
        self.framework = framework
        self.version = version
        self.item = item
        self.kind = kind
    }

    /// The item's reference, `framework:item`.
    public var reference: ItemReference { ItemReference(framework: framework, item: item) }
}

extension ProfileCatalog {
    /// The mappings for typed competence and domain ids (full ids or unambiguous suffixes), each with
    /// its framework's current version; duplicates are dropped.
    /// - Throws: ``LookupError`` naming the first id that does not resolve, with suggestions.
    public func mappings(competences: [String], domains: [String], for activity: ActivityID) throws(LookupError) -> [ItemMapping] {
        var result: [ItemMapping] = []
        for (texts, kind) in [(competences, ItemMapping.Kind.competence), (domains, .domain)] {
            for text in texts.flatMap(ProfileCatalog.splitIDs) {
                let reference = try resolveItem(text, kind: kind == .domain ? .domains : .competences)
                let version = framework(reference.framework)?.version ?? ""
                let mapping = ItemMapping(activityId: activity, framework: reference.framework, version: version, item: reference.item, kind: kind)
                if !result.contains(mapping) { result.append(mapping) }
            }
        }
        return result
    }

    /// Ids as users type lists: separated by spaces, commas or `|`.
    public static func splitIDs(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "|" }).map(String.init)
    }
}
