import Foundation

/// A new activity as a user logs it. Text fields are checked by the library, not the caller.
public struct NewActivity: Sendable {
    /// Who it is for: an internal id, external id, email, or an unambiguous part of the name.
    public var person: String
    /// The day.
    public var date: Day
    /// Whole minutes, more than 0 (parse user text with ``DurationParser``).
    public var minutes: Int
    /// The kind as typed: an id or alias from the vocabulary.
    public var kind: String
    /// The title.
    public var title: String
    /// A longer description.
    public var description: String?
    /// The provider.
    public var provider: String?
    /// The person's reflection.
    public var reflection: String?
    /// Evidence: URLs (http/https) or paths of files to keep.
    public var evidence: [String]
    /// Competence item ids (full or an unambiguous suffix) from the loaded frameworks.
    public var competences: [String]
    /// Domain item ids (full or an unambiguous suffix).
    public var domains: [String]
    /// The hours budget it counts toward: a rule id such as `cao-po-starter`.
    public var budget: String?
    /// For guidance: the person guided (same forms as ``person``).
    public var guided: String?

    public init(
        person: String, date: Day, minutes: Int, kind: String, title: String, description: String? = nil,
        provider: String? = nil, reflection: String? = nil, evidence: [String] = [], competences: [String] = [], domains: [String] = [],
        budget: String? = nil, guided: String? = nil
    ) {
        self.budget = budget
        self.guided = guided
        self.competences = competences
        self.domains = domains
        self.person = person
        self.date = date
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.description = description
        self.provider = provider
        self.reflection = reflection
        self.evidence = evidence
    }
}

/// Changes to an activity; nil fields stay as they are, an empty string clears an optional text.
public struct ActivityEdit: Sendable {
    public var date: Day?
    public var minutes: Int?
    public var kind: String?
    public var title: String?
    public var description: String?
    public var provider: String?
    public var reflection: String?
    /// Evidence to add: URLs or file paths.
    public var addEvidence: [String]
    /// Evidence to remove: its URL, file name, or the start of its SHA-256.
    public var removeEvidence: [String]
    /// New competences replacing the current ones (empty clears them); nil leaves them.
    public var competences: [String]?
    /// New domains replacing the current ones (empty clears them); nil leaves them.
    public var domains: [String]?
    /// A new budget (a rule id); an empty string removes it; nil leaves it.
    public var budget: String?

    public init(
        date: Day? = nil, minutes: Int? = nil, kind: String? = nil, title: String? = nil, description: String? = nil,
        provider: String? = nil, reflection: String? = nil, addEvidence: [String] = [], removeEvidence: [String] = [],
        competences: [String]? = nil, domains: [String]? = nil, budget: String? = nil
    ) {
        self.budget = budget
        self.competences = competences
        self.domains = domains
        self.date = date
        self.minutes = minutes
        self.kind = kind
        self.title = title
        self.description = description
        self.provider = provider
        self.reflection = reflection
        self.addEvidence = addEvidence
        self.removeEvidence = removeEvidence
    }

    /// True when the edit changes nothing.
    public var isEmpty: Bool {
        date == nil && minutes == nil && kind == nil && title == nil && description == nil && provider == nil
            && reflection == nil && addEvidence.isEmpty && removeEvidence.isEmpty && competences == nil && domains == nil && budget == nil
    }
}

/// Which activities to list.
public struct ActivityFilter: Sendable {
    /// Only this person's (same forms as ``NewActivity/person``).
    public var person: String?
    /// Only on or after this day.
    public var from: Day?
    /// Only on or before this day.
    public var to: Day?
    /// Only this kind (id or alias).
    public var kind: String?
    /// List deleted activities instead of current ones.
    public var deleted: Bool

    public init(person: String? = nil, from: Day? = nil, to: Day? = nil, kind: String? = nil, deleted: Bool = false) {
        self.person = person
        self.from = from
        self.to = to
        self.kind = kind
        self.deleted = deleted
    }
}

/// An activity with whose it is and its evidence: what lists and `show` print.
public struct ActivityEntry: Codable, Hashable, Sendable {
    /// The activity.
    public var activity: Activity
    /// The person's name.
    public var personName: String
    /// Its evidence, in the order it was added.
    public var evidence: [Evidence]
    /// The competence and domain items it is mapped to.
    public var mappings: [ItemMapping]
    /// The sign-off, if a mentor, schoolopleider or coach verified it.
    public var verification: Verification?
    /// What `log` warns about (absent when nothing): e.g. `future-date`, a date after today, counted from that day on.
    public var warnings: [ActivityWarning]? = nil
    /// The shortest start of the id's random tail that names this activity alone in the database (see
    /// ``ShortID``), when the listing computed it; every command that takes an activity id accepts it.
    public var shortId: String?

    public init(activity: Activity, personName: String, evidence: [Evidence], mappings: [ItemMapping] = [], verification: Verification? = nil,
                shortId: String? = nil) {
        self.activity = activity
        self.personName = personName
        self.evidence = evidence
        self.mappings = mappings
        self.verification = verification
        self.shortId = shortId
    }

    /// The id to show a person: ``shortId`` when known, else the first 8 digits of the id's random tail (which
    /// commands take too, and which all but certainly name this activity alone).
    public var displayId: String { shortId ?? String(ShortID.tail(of: activity.id.description).prefix(8)) }

    private enum ExtraKeys: String, CodingKey { case personName, evidence, mappings, verification, warnings, shortId }

    /// Encodes as one flat object: the activity's fields plus `personName`, `evidence` and `mappings`.
    public func encode(to encoder: any Encoder) throws {
        try activity.encode(to: encoder)
        var container = encoder.container(keyedBy: ExtraKeys.self)
        try container.encode(personName, forKey: .personName)
        try container.encode(evidence, forKey: .evidence)
        try container.encode(mappings, forKey: .mappings)
        try container.encodeIfPresent(verification, forKey: .verification)
        try container.encodeIfPresent(warnings, forKey: .warnings)
        try container.encodeIfPresent(shortId, forKey: .shortId)
    }

    public init(from decoder: any Decoder) throws {
        activity = try Activity(from: decoder)
        let container = try decoder.container(keyedBy: ExtraKeys.self)
        personName = try container.decode(String.self, forKey: .personName)
        evidence = try container.decode([Evidence].self, forKey: .evidence)
        mappings = try container.decodeIfPresent([ItemMapping].self, forKey: .mappings) ?? []
        verification = try container.decodeIfPresent(Verification.self, forKey: .verification)
        warnings = try container.decodeIfPresent([ActivityWarning].self, forKey: .warnings)
        shortId = try container.decodeIfPresent(String.self, forKey: .shortId)
    }
}

/// Minutes and number of activities in one school year.
public struct SchoolYearTotal: Codable, Hashable, Sendable {
    /// The school year.
    public var schoolYear: SchoolYear
    /// The sum of the activities' minutes.
    public var minutes: Int
    /// How many activities.
    public var activities: Int

    public init(schoolYear: SchoolYear, minutes: Int, activities: Int) {
        self.schoolYear = schoolYear
        self.minutes = minutes
        self.activities = activities
    }

    /// Sums dated minutes per school year, oldest year first.
    public static func totals(of items: some Sequence<(date: Day, minutes: Int)>) -> [SchoolYearTotal] {
        var byYear: [SchoolYear: SchoolYearTotal] = [:]
        for item in items {
            let year = SchoolYear(containing: item.date)
            byYear[year, default: SchoolYearTotal(schoolYear: year, minutes: 0, activities: 0)].minutes += item.minutes
            byYear[year]!.activities += 1
        }
        return byYear.values.sorted { $0.schoolYear < $1.schoolYear }
    }
}

/// The organisations: partnerships, boards and schools.
public struct Organisations: Codable, Hashable, Sendable {
    public var partnerships: [Partnership]
    public var boards: [Board]
    public var schools: [School]

    public init(partnerships: [Partnership], boards: [Board], schools: [School]) {
        self.partnerships = partnerships
        self.boards = boards
        self.schools = schools
    }
}

/// One person's minutes in a school year, for lists of people at a school or board.
public struct PersonYearSummary: Codable, Hashable, Sendable {
    /// The person's id.
    public var id: PersonID
    /// The name.
    public var name: String
    /// External ids.
    public var externalIds: [String]
    /// Activities in the year.
    public var activities: Int
    /// Their minutes.
    public var minutes: Int
    /// The date of the latest activity in the year, if any.
    public var lastActivity: Day?

    public init(id: PersonID, name: String, externalIds: [String], activities: Int, minutes: Int, lastActivity: Day?) {
        self.id = id
        self.name = name
        self.externalIds = externalIds
        self.activities = activities
        self.minutes = minutes
        self.lastActivity = lastActivity
    }
}

/// A warning about an activity that was stored all the same.
public enum ActivityWarning: String, Codable, Hashable, Sendable {
    /// The activity is dated after today.
    case futureDate = "future-date"
}
