/// Guidance of students against a partnership's agreement: per student the minutes of guidance that mentors
/// and schoolopleiders logged for them this school year, and per schoolopleider the students guided.
public struct FacilitationReport: Codable, Hashable, Sendable {
    public struct Student: Codable, Hashable, Sendable {
        public var externalId: String
        public var name: String
        public var school: String
        /// Minutes of guidance by role (`mentor`, `schoolopleider`), and the agreed minutes per role.
        public var minutes: [Role: Int]
        public var agreed: [Role: Int]
        /// True when every role's agreed minutes are reached.
        public var complete: Bool
    }

    public struct Schoolopleider: Codable, Hashable, Sendable {
        public var externalId: String
        public var name: String
        /// Distinct students guided this school year.
        public var students: Int
        /// `below`, `within` or `above` the agreed number of students.
        public var load: String
    }

    public var rule: String
    public var schoolYear: SchoolYear
    public var students: [Student]
    public var schoolopleiders: [Schoolopleider]

    /// One guidance activity: who gave it, in which role, for whom, how long.
    public struct Guidance: Sendable {
        public var giver: PersonID
        public var role: Role
        public var student: PersonID
        public var minutes: Int

        public init(giver: PersonID, role: Role, student: PersonID, minutes: Int) {
            self.giver = giver
            self.role = role
            self.student = student
            self.minutes = minutes
        }
    }

    /// A person as the report names them.
    public struct Who: Sendable {
        public var id: PersonID
        public var externalId: String
        public var name: String
        public var school: String

        public init(id: PersonID, externalId: String, name: String, school: String) {
            self.id = id
            self.externalId = externalId
            self.name = name
            self.school = school
        }
    }

    /// Computes the report for `students` (people in phase student) and `schoolopleiders` from the guidance logged.
    public static func compute(rule: Rule, year: SchoolYear, students: [Who], schoolopleiders: [Who], guidance: [Guidance]) -> FacilitationReport {
        let version = rule.version(on: year.firstDay) ?? rule.versions.last
        let agreed = version?.minutesPerStudent ?? [:]
        var perStudent: [PersonID: [Role: Int]] = [:]
        var guided: [PersonID: Set<PersonID>] = [:]
        for item in guidance {
            perStudent[item.student, default: [:]][item.role, default: 0] += item.minutes
            if item.role == .schoolopleider { guided[item.giver, default: []].insert(item.student) }
        }
        let studentRows = students.map { who -> Student in
            let minutes = perStudent[who.id] ?? [:]
            return Student(externalId: who.externalId, name: who.name, school: who.school, minutes: minutes, agreed: agreed,
                           complete: agreed.allSatisfy { (minutes[$0.key] ?? 0) >= $0.value })
        }.sorted { ($0.complete ? 1 : 0, $0.minutes.values.reduce(0, +), $0.name) < ($1.complete ? 1 : 0, $1.minutes.values.reduce(0, +), $1.name) }
        let range = version?.studentsPerSchoolopleider
        let opleiderRows = schoolopleiders.map { who -> Schoolopleider in
            let count = guided[who.id]?.count ?? 0
            let load = range.map { count < $0.lowerBound ? "below" : count > $0.upperBound ? "above" : "within" } ?? "within"
            return Schoolopleider(externalId: who.externalId, name: who.name, students: count, load: load)
        }.sorted { $0.name < $1.name }
        return FacilitationReport(rule: rule.id, schoolYear: year, students: studentRows, schoolopleiders: opleiderRows)
    }
}
