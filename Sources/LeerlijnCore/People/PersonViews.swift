/// A new person, as a user or an import gives it.
public struct NewPerson: Sendable {
    /// The full name.
    public var name: String
    /// The personeelsnummer or student number, unique per board.
    public var externalID: String
    /// The email address.
    public var email: String?
    /// The code of the school the person belongs to (BRIN plus optional vestiging), if any.
    public var schoolCode: String?
    /// Since when the person belongs to that school (default: today).
    public var since: Day?

    public init(name: String, externalID: String, email: String? = nil, schoolCode: String? = nil, since: Day? = nil) {
        self.name = name
        self.externalID = externalID
        self.email = email
        self.schoolCode = schoolCode
        self.since = since
    }
}

/// Changes to a person; nil fields stay as they are.
public struct PersonEdit: Sendable {
    /// A new name.
    public var name: String?
    /// A new email address; an empty string removes it.
    public var email: String?
    /// A new external id at the person's current board.
    public var externalID: String?
    /// A school the person moves to: the current membership ends the day before `since`.
    public var schoolCode: String?
    /// The first day at the new school (default: today).
    public var since: Day?
    /// On a move to another board: end the old board's employments the day before `since`.
    public var endEmployment: Bool

    public init(name: String? = nil, email: String? = nil, externalID: String? = nil, schoolCode: String? = nil, since: Day? = nil,
                endEmployment: Bool = false) {
        self.name = name
        self.email = email
        self.externalID = externalID
        self.schoolCode = schoolCode
        self.since = since
        self.endEmployment = endEmployment
    }

    /// True when the edit changes nothing.
    public var isEmpty: Bool { name == nil && email == nil && externalID == nil && schoolCode == nil }
}

/// One line of a list of people.
public struct PersonSummary: Codable, Hashable, Sendable {
    /// The internal id.
    public var id: PersonID
    /// The name.
    public var name: String
    /// The email address.
    public var email: String?
    /// The person's external ids (one per board).
    public var externalIds: [String]
    /// The code of the school the person belongs to today, if any.
    public var school: String?
    /// The code of that school's board.
    public var board: String?

    public init(id: PersonID, name: String, email: String?, externalIds: [String], school: String?, board: String?) {
        self.id = id
        self.name = name
        self.email = email
        self.externalIds = externalIds
        self.school = school
        self.board = board
    }
}

/// Everything about a person that `person show` prints.
public struct PersonProfile: Codable, Hashable, Sendable {
    /// An external id with the board that issued it.
    public struct ExternalIdentifier: Codable, Hashable, Sendable {
        /// The board's code, or nil for an id not tied to a board.
        public var board: String?
        /// The id.
        public var value: String
        public init(board: String?, value: String) {
            self.board = board
            self.value = value
        }
    }

    /// A membership with the school spelled out.
    public struct SchoolPeriod: Codable, Hashable, Sendable {
        /// The school's code (BRIN plus vestiging).
        public var school: String
        /// The school's name.
        public var schoolName: String
        /// The board's code.
        public var board: String
        /// The first day.
        public var since: Day
        /// The last day, or nil while it lasts.
        public var until: Day?
        public init(school: String, schoolName: String, board: String, since: Day, until: Day?) {
            self.school = school
            self.schoolName = schoolName
            self.board = board
            self.since = since
            self.until = until
        }
    }

    /// The person.
    public var person: Person
    /// External ids, one per board.
    public var externalIds: [ExternalIdentifier]
    /// Schools over time, oldest first.
    public var memberships: [SchoolPeriod]
    /// Minutes and activities per school year, oldest first (deleted activities not counted).
    public var schoolYears: [SchoolYearTotal]
    /// Salary-scale steps reached, oldest first.
    public var salarySteps: [SalaryStep] = []

    public init(person: Person, externalIds: [ExternalIdentifier], memberships: [SchoolPeriod], schoolYears: [SchoolYearTotal]) {
        self.person = person
        self.externalIds = externalIds
        self.memberships = memberships
        self.schoolYears = schoolYears
    }
}

// Decoding JSON written before issue 16 (no salary steps).
extension PersonProfile {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(person: try c.decode(Person.self, forKey: .person), externalIds: try c.decode([ExternalIdentifier].self, forKey: .externalIds),
                  memberships: try c.decode([SchoolPeriod].self, forKey: .memberships), schoolYears: try c.decode([SchoolYearTotal].self, forKey: .schoolYears))
        salarySteps = try c.decodeIfPresent([SalaryStep].self, forKey: .salarySteps) ?? []
    }
}
