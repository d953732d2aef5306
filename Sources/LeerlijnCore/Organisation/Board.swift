/// A school board (schoolbestuur, bevoegd gezag): the employer of the teachers in its schools.
public struct Board: Codable, Hashable, Sendable {
    /// The database row id; nil before the board is stored.
    public var id: Int64?
    /// A short, unique, user-chosen code used on the command line, e.g. `eemland`.
    public var code: String
    /// The full name.
    public var name: String
    /// The partnership the board takes part in, if any.
    public var partnershipId: Int64?
    /// The sector of the board's schools where a school or roster row gives none.
    public var defaultSector: SchoolSector?

    public init(id: Int64? = nil, code: String, name: String, partnershipId: Int64? = nil, defaultSector: SchoolSector? = nil) {
        self.defaultSector = defaultSector
        self.id = id
        self.code = code
        self.name = name
        self.partnershipId = partnershipId
    }
}
