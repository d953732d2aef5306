import Foundation

/// A person on the line: a student teacher, a starter, an experienced teacher, a mentor, a teacher educator.
public struct Person: Codable, Hashable, Sendable {
    /// The internal id, stable for life; never shown to other systems as a personnel number.
    public var id: PersonID
    /// The full name as the person wants it shown.
    public var name: String
    /// The email address, if known (lowercased).
    public var email: String?
    /// When the person was first stored.
    public var createdAt: Date
    /// When the person was last changed.
    public var updatedAt: Date

    public init(id: PersonID = PersonID(), name: String, email: String?, createdAt: Date, updatedAt: Date) {
        self.id = id
        self.name = name
        self.email = email
        self.createdAt = createdAt
        self.updatedAt = updatedAt
    }
}

/// A person's id.
public typealias PersonID = Identifier<Person>

/// An id a board's own systems use for a person: the personeelsnummer, or a student number.
/// Unique per board; a person who works for two boards has one at each.
public struct ExternalID: Codable, Hashable, Sendable {
    /// The database row id; nil before it is stored.
    public var id: Int64?
    /// The person it identifies.
    public var personId: PersonID
    /// The board that issued it; nil for an id not tied to a board (e.g. before the person has a school).
    public var boardId: Int64?
    /// The id itself, as the board writes it.
    public var value: String

    public init(id: Int64? = nil, personId: PersonID, boardId: Int64?, value: String) {
        self.id = id
        self.personId = personId
        self.boardId = boardId
        self.value = value
    }
}

/// A period in which a person belongs to a school (as student, teacher or educator); a person can move.
public struct Membership: Codable, Hashable, Sendable {
    /// The database row id; nil before it is stored.
    public var id: Int64?
    /// The person.
    public var personId: PersonID
    /// The school.
    public var schoolId: Int64
    /// The first day.
    public var since: Day
    /// The last day, or nil while it lasts.
    public var until: Day?

    public init(id: Int64? = nil, personId: PersonID, schoolId: Int64, since: Day, until: Day? = nil) {
        self.id = id
        self.personId = personId
        self.schoolId = schoolId
        self.since = since
        self.until = until
    }

    /// True when the membership covers `day`.
    public func covers(_ day: Day) -> Bool { since <= day && (until.map { day <= $0 } ?? true) }
}
