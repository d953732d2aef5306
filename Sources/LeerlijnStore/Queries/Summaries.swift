import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Per school: who belonged to it during the school year, and their activities and minutes while they did.
    /// An activity counts for the school the person belonged to on the activity's date.
    public func schoolSummaries(in year: SchoolYear, board: String? = nil) throws(StoreError) -> [SchoolSummary] {
        try read { db in
            let boardFilter = try board.map { try Self.board(code: $0, db).id! }
            let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
            let schools = try School.order(School.Columns.brin, School.Columns.vestiging).fetchAll(db)
                .filter { boardFilter == nil || $0.boardId == boardFilter }
            let first = year.firstDay, last = year.lastDay
            let people = try Row.fetchAll(db, sql: """
                SELECT school_id, COUNT(DISTINCT person_id) AS people FROM membership
                WHERE since <= ? AND (until IS NULL OR until >= ?)
                GROUP BY school_id
                """, arguments: [last, first])
                .reduce(into: [Int64: Int]()) { $0[$1["school_id"]] = $1["people"] }
            let activity = try Row.fetchAll(db, sql: """
                SELECT m.school_id, COUNT(a.id) AS activities, SUM(a.minutes) AS minutes, COUNT(DISTINCT a.person_id) AS active
                FROM membership m
                JOIN activity a ON a.person_id = m.person_id
                 AND a.date >= m.since AND (m.until IS NULL OR a.date <= m.until)
                WHERE a.date BETWEEN ? AND ? AND a.deleted_at IS NULL
                GROUP BY m.school_id
                """, arguments: [first, last])
                .reduce(into: [Int64: Row]()) { $0[$1["school_id"]] = $1 }
            return schools.map { school in
                let row = activity[school.id!]
                let count = people[school.id!] ?? 0
                return SchoolSummary(
                    school: school.code, schoolName: school.name, board: boards[school.boardId]?.code ?? "",
                    people: count, peopleWithoutActivity: max(0, count - (row?["active"] ?? 0)),
                    activities: row?["activities"] ?? 0, minutes: row?["minutes"] ?? 0)
            }
        }
    }
}

extension LeerlijnDatabase {
    /// The people who belong to a school at some time in the school year, with their activities and
    /// minutes in that year, fewest minutes first (who is behind comes first).
    public func personSummaries(school: String, in year: SchoolYear) throws(StoreError) -> [PersonYearSummary] {
        try read { db in
            let school = try Self.school(code: school, db)
            let rows = try Row.fetchAll(db, sql: """
                SELECT p.id, p.name,
                       (SELECT group_concat(value, ' ') FROM external_id e WHERE e.person_id = p.id) AS external_ids,
                       COUNT(a.id) AS activities, ifnull(SUM(a.minutes), 0) AS minutes, MAX(a.date) AS last_activity
                FROM person p
                LEFT JOIN activity a ON a.person_id = p.id AND a.date BETWEEN ? AND ? AND a.deleted_at IS NULL
                WHERE p.id IN (SELECT person_id FROM membership
                               WHERE school_id = ? AND since <= ? AND (until IS NULL OR until >= ?))
                GROUP BY p.id
                ORDER BY minutes, p.name
                """, arguments: [year.firstDay, year.lastDay, school.id, year.lastDay, year.firstDay])
            return rows.map { row in
                PersonYearSummary(
                    id: PersonID(row["id"] as String)!, name: row["name"],
                    externalIds: (row["external_ids"] as String?)?.split(separator: " ").map(String.init) ?? [],
                    activities: row["activities"], minutes: row["minutes"],
                    lastActivity: (row["last_activity"] as String?).flatMap { Day(iso: $0) })
            }
        }
    }
}
