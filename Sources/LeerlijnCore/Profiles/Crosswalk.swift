/// A crosswalk between two frameworks: items of one related to items of another, each mapping with its
/// basis (a cited source, or Leerlijn's own proposal).
///
/// Coverage uses crosswalks in both directions, one step at a time: under framework B, an activity
/// mapped to an item of A counts for the B items that a crosswalk relates to that A item.
public struct Crosswalk: Codable, Hashable, Sendable {
    /// One item of `from` related to one or more items of `to`.
    public struct Mapping: Codable, Hashable, Sendable {
        /// The basis of the mapping.
        public enum Basis: String, Codable, Sendable {
            /// The crosswalk's cited source.
            case source
            /// Leerlijn's (or the file author's) own proposal.
            case proposal
        }
        /// The item id in the `from` framework.
        public var from: String
        /// Item ids in the `to` framework.
        public var to: [String]
        /// Sourced or proposed.
        public var basis: Basis
        /// Why the items relate.
        public var rationale: String?

        public init(from: String, to: [String], basis: Basis, rationale: String? = nil) {
            self.from = from
            self.to = to
            self.basis = basis
            self.rationale = rationale
        }
    }

    /// A unique id (e.g. `sbl-2006--bekwaamheidseisen-2017-po`).
    public var id: String
    /// The framework mapped from.
    public var from: String
    /// The framework mapped to.
    public var to: String
    /// A title.
    public var title: LocalizedText?
    /// The source of mappings with basis `source`.
    public var source: SourceCitation?
    /// The mappings.
    public var mappings: [Mapping]
    /// The file it was loaded from.
    public var origin: String
    /// True for the crosswalks that ship with Leerlijn.
    public var shipped: Bool

    public init(id: String, from: String, to: String, title: LocalizedText?, source: SourceCitation?, mappings: [Mapping], origin: String, shipped: Bool) {
        self.id = id
        self.from = from
        self.to = to
        self.title = title
        self.source = source
        self.mappings = mappings
        self.origin = origin
        self.shipped = shipped
    }
}
