/// A partnership (partnerschap, samen opleiden): school boards and teacher-education institutes that
/// train and develop teachers together.
public struct Partnership: Codable, Hashable, Sendable {
    /// The database row id; nil before the partnership is stored.
    public var id: Int64?
    /// A short, unique, user-chosen code used on the command line, e.g. `utrecht-amersfoort`.
    public var code: String
    /// The full name.
    public var name: String

    public init(id: Int64? = nil, code: String, name: String) {
        self.id = id
        self.code = code
        self.name = name
    }
}
