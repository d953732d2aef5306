/// A partnership (partnerschap, samen opleiden): school boards and teacher-education institutes that
/// train and develop teachers together.
public struct Partnership: Codable, Hashable, Sendable {
    /// The database row id; nil before the partnership is stored.
    public var id: Int64?
    /// A short, unique, user-chosen code used on the command line, e.g. `utrecht-amersfoort`.
    public var code: String
    /// The full name.
    public var name: String
    /// Whether the partnership expects activities to be signed off (by a mentor, schoolopleider or coach): only then
    /// does the HR report flag minutes not signed off (`unverified`). Off unless the partnership says so.
    public var expectsSignOff: Bool

    public init(id: Int64? = nil, code: String, name: String, expectsSignOff: Bool = false) {
        self.id = id
        self.code = code
        self.name = name
        self.expectsSignOff = expectsSignOff
    }

    private enum CodingKeys: String, CodingKey { case id, code, name, expectsSignOff }

    /// Reads a partnership; one written before the sign-off setting existed expects none.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(Int64.self, forKey: .id)
        code = try container.decode(String.self, forKey: .code)
        name = try container.decode(String.self, forKey: .name)
        expectsSignOff = try container.decodeIfPresent(Bool.self, forKey: .expectsSignOff) ?? false
    }
}
