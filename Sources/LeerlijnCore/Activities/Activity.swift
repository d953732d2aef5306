import Foundation

/// One learning activity of a person: a course, an intervisie meeting, a lesson visit, an hour of reading.
///
/// Durations are whole minutes. An activity is never removed by `delete`: it gets a `deletedAt` and stays
/// listable (the audit trail keeps what it was).
public struct Activity: Codable, Hashable, Sendable {
    /// The internal id.
    public var id: ActivityID
    /// Whose activity it is.
    public var personId: PersonID
    /// The day it took place (or ended, for a multi-day course).
    public var date: Day
    /// Its length in whole minutes, more than 0.
    public var minutes: Int
    /// Its kind, an id from the activity-kind vocabulary (e.g. `intervisie`); see ``ActivityKind``.
    public var kind: String
    /// A short title.
    public var title: String
    /// A longer description.
    public var description: String?
    /// Who provided it (an institute, a trainer, the school itself).
    public var provider: String?
    /// The person's reflection on it.
    public var reflection: String?
    /// The hours budget (a rule id such as `cao-po-starter`) it counts toward, if any.
    public var budget: String?
    /// For guidance given by a mentor or schoolopleider: the person guided.
    public var guidedPersonId: PersonID?
    /// Raised by every edit, delete and restore; exports send one statement per revision.
    public var revision: Int
    /// When it was stored.
    public var createdAt: Date
    /// When it was last changed.
    public var updatedAt: Date
    /// When it was deleted, or nil.
    public var deletedAt: Date?

    public init(
        id: ActivityID = ActivityID(), personId: PersonID, date: Day, minutes: Int, kind: String, title: String,
        description: String? = nil, provider: String? = nil, reflection: String? = nil, budget: String? = nil, guidedPersonId: PersonID? = nil,
        createdAt: Date, updatedAt: Date, deletedAt: Date? = nil, revision: Int = 1
    ) {
        self.revision = revision
        self.budget = budget
        self.guidedPersonId = guidedPersonId
        self.id = id
        self.personId = personId
        self.date = date
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.description = description
        self.provider = provider
        self.reflection = reflection
        self.createdAt = createdAt
        self.updatedAt = updatedAt
        self.deletedAt = deletedAt
    }
}

/// An activity's id.
public typealias ActivityID = Identifier<Activity>

/// Rules for the text fields of an activity.
public enum ActivityInput {
    /// A title: trimmed, not empty, at most 300 characters.
    public static func title(_ text: String) throws(ValueError) -> String {
        let title = text.trimmingWhitespace()
        // No more bytes than the limit means no more characters either: most titles answer without counting.
        guard !title.isEmpty, title.utf8.count <= 300 || title.count <= 300 else {
            throw ValueError(field: "title", value: text, expected: .characters(1, 300))
        }
        return title
    }

    /// An optional free text: trimmed; empty becomes nil.
    public static func optionalText(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingWhitespace(), !trimmed.isEmpty else { return nil }
        return trimmed
    }
}
