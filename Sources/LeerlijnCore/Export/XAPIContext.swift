import Foundation

/// The school, board and partnership a person belonged to on an activity's day, as an xAPI statement names them
/// (`context.contextActivities.grouping`), so that an LRS can rebuild the HR view by school.
public struct StatementOrganisation: Hashable, Sendable {
    /// One organisation: the code in its IRI (BRIN and vestiging for a school, the code for a board or partnership)
    /// and its name.
    public struct Unit: Hashable, Sendable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    public var school: Unit
    public var board: Unit?
    public var partnership: Unit?

    public init(school: Unit, board: Unit?, partnership: Unit?) {
        self.school = school
        self.board = board
        self.partnership = partnership
    }
}

/// A collective session (a PLG meeting) an activity was part of: `context.contextActivities.parent`.
public struct StatementSession: Hashable, Sendable {
    public var id: String
    public var title: String

    public init(id: String, title: String) {
        self.id = id
        self.title = title
    }
}

extension XAPIStatement {
    /// The statement's timestamp: the activity's day at noon UTC (no time zone moves it to another day), or the time
    /// its revision was stored when that is earlier (an activity logged this morning for today), so it is never in
    /// the future and never later than the moment of sending (xAPI-Data 2.4.7.s3.b4). Fixed per revision: a statement
    /// sent again carries the same timestamp.
    /// - Parameter revisedAt: `YYYY-MM-DD HH:MM:SS` or `YYYY-MM-DDTHH:MM:SS`, UTC (more is ignored).
    public static func timestamp(day: String, revisedAt: String?) -> String {
        let noon = day + "T12:00:00Z"
        guard let revisedAt, revisedAt.utf8.count >= 19 else { return noon }
        var revised = Array(revisedAt.utf8.prefix(19))
        revised[10] = UInt8(ascii: "T")
        revised.append(UInt8(ascii: "Z"))
        let text = String(decoding: revised, as: UTF8.self)
        return text < noon ? text : noon
    }

    /// A time as an xAPI timestamp in UTC, to the second: `2026-12-04T08:15:30Z`.
    public static func timestamp(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let day = Day(dayNumber: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day)T\(two(rest / 3600)):\(two(rest / 60 % 60)):\(two(rest % 60))Z"
    }

    /// An agent by Leerlijn account: home page = the deployment's base, name = the person's stable id.
    public static func account(_ person: PersonID, vocabulary: XAPIVocabulary) -> [String: Any] {
        ["homePage": vocabulary.accountHomePage, "name": UUIDText.lowercase(person.uuid)]
    }

    /// The person who signed the activity off (a mentor, schoolopleider or coach), as `context.instructor`.
    public static func instructor(_ person: PersonID, vocabulary: XAPIVocabulary) -> [String: Any] {
        ["objectType": "Agent", "account": account(person, vocabulary: vocabulary)]
    }

    /// The category context activity of the profile version every Leerlijn statement conforms to.
    public static func profileCategory(vocabulary: XAPIVocabulary) -> [String: Any] {
        ["id": vocabulary.profileVersionIRI, "definition": ["type": XAPIVocabulary.profileActivityType] as [String: Any]]
    }

    /// `context.contextActivities` of an activity's statement: the kind and the profile version as `category`, the
    /// school, board and partnership of the day as `grouping`, the session as `parent`.
    public static func contextActivities(kind: String, organisation: StatementOrganisation?, session: StatementSession?,
                                         vocabulary: XAPIVocabulary) -> [String: Any] {
        // Ids only (objectType defaults to Activity), but for the profile version, whose type the Profiles spec gives:
        // a statement is sent for every activity, and what an id stands for is in its path (`/xapi/kinds/`,
        // `/schools/`, `/boards/`, `/partnerships/`, `/sessions/`) and in the profile. docs/performance.md, section 8.
        func activity(_ id: String) -> [String: Any] { ["id": id] }
        var result: [String: Any] = ["category": [activity(vocabulary.kindActivity(kind)), profileCategory(vocabulary: vocabulary)] as [Any]]
        if let organisation {
            var grouping: [Any] = [activity(vocabulary.schoolActivity(organisation.school.code))]
            if let board = organisation.board { grouping.append(activity(vocabulary.boardActivity(board.code))) }
            if let partnership = organisation.partnership { grouping.append(activity(vocabulary.partnershipActivity(partnership.code))) }
            result["grouping"] = grouping
        }
        if let session {
            result["parent"] = [activity(vocabulary.sessionActivity(session.id))] as [Any]
        }
        return result
    }
}
