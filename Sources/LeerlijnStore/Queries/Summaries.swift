import GRDB
import LeerlijnCore

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
