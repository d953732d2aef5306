import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The HR report over everyone who belongs to a school during the school year (or has activities in it),
    /// in bulk queries: one pass per table, whatever the number of people.
    public func groupReport(_ settings: ReportSettings, catalog: ProfileCatalog, rules: RuleCatalog, today: Day) throws(StoreError) -> GroupReport {
        let facts = try read { db in try Self.personFacts(settings, today: today, db) }
        if let framework = settings.framework, catalog.framework(framework) == nil {
            throw .lookup(.notFound(.framework, query: framework, suggestions: Suggestions.closest(to: framework, among: catalog.frameworks.map(\.id))))
        }
        return GroupReport.compute(facts: facts, settings: settings, rules: rules, catalog: catalog, today: today)
    }

    /// The facts the group report and the dashboard rest on, for everyone who belongs to a school during the
    /// school year (or has activities in it), in one pass per table.
    static func personFacts(_ settings: ReportSettings, today: Day, _ db: Database) throws -> [PersonFacts] {
        let year = settings.year
        let reference = min(today, year.lastDay)
        let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
        let partnerships = try Partnership.fetchAll(db).reduce(into: [Int64: String]()) { $0[$1.id!] = $1.code }
        let schools = try School.fetchAll(db).reduce(into: [Int64: School]()) { $0[$1.id!] = $1 }
        var externalIDs: [PersonID: [String]] = [:]
        for row in try ExternalID.order(ExternalID.Columns.id).fetchAll(db) { externalIDs[row.personId, default: []].append(row.value) }
        // The school each person belongs to: the membership covering the reference day, else the latest in the year.
        var school: [PersonID: Int64] = [:]
        for membership in try Membership.fetchAll(db, sql: """
            SELECT * FROM membership WHERE since <= ? AND (until IS NULL OR until >= ?) ORDER BY since
            """, arguments: [year.lastDay, year.firstDay]) where membership.since <= reference || school[membership.personId] == nil {
            school[membership.personId] = membership.schoolId
        }
        var phases: [PersonID: [PhasePeriod]] = [:], roles: [PersonID: [RolePeriod]] = [:]
        var employments: [PersonID: [Employment]] = [:], registrations: [PersonID: [Registration]] = [:]
        for row in try PhasePeriod.fetchAll(db) { phases[row.personId, default: []].append(row) }
        for row in try RolePeriod.fetchAll(db) { roles[row.personId, default: []].append(row) }
        for row in try Employment.fetchAll(db) { employments[row.personId, default: []].append(row) }
        for row in try Registration.fetchAll(db) { registrations[row.personId, default: []].append(row) }
        var totals: [PersonID: (activities: Int, minutes: Int)] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT person_id, COUNT(*), SUM(minutes) FROM activity WHERE date BETWEEN ? AND ? AND deleted_at IS NULL GROUP BY person_id
            """, arguments: [year.firstDay, year.lastDay]) {
            totals[PersonID(row[0] as String)!] = (row[1], row[2])
        }
        var budgets: [PersonID: [String: Int]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT person_id, budget, SUM(minutes) FROM activity
            WHERE date BETWEEN ? AND ? AND deleted_at IS NULL AND budget IS NOT NULL GROUP BY person_id, budget
            """, arguments: [year.firstDay, year.lastDay]) {
            budgets[PersonID(row[0] as String)!, default: [:]][row[1]] = row[2]
        }
        var domains: [PersonID: [String: Int]] = [:], items: [PersonID: [ItemReference]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.person_id, i.framework, i.item, i.kind, SUM(a.minutes) FROM activity_item i JOIN activity a ON a.id = i.activity_id
            WHERE a.date BETWEEN ? AND ? AND a.deleted_at IS NULL GROUP BY a.person_id, i.framework, i.item, i.kind
            """, arguments: [year.firstDay, year.lastDay]) {
            let person = PersonID(row[0] as String)!
            let reference = ItemReference(framework: row[1], item: row[2])
            if (row[3] as String) == "domain" { domains[person, default: [:]][reference.fullID] = row[4] } else { items[person, default: []].append(reference) }
        }
        var verified: [PersonID: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT a.person_id, SUM(a.minutes) FROM activity a JOIN verification v ON v.activity_id = a.id
            WHERE a.date BETWEEN ? AND ? AND a.deleted_at IS NULL GROUP BY a.person_id
            """, arguments: [year.firstDay, year.lastDay]) {
            verified[PersonID(row[0] as String)!] = row[1]
        }
        var last: [PersonID: Day] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT person_id, MAX(date) FROM activity WHERE date <= ? AND deleted_at IS NULL GROUP BY person_id",
                                    arguments: [reference]) {
            last[PersonID(row[0] as String)!] = Day(iso: row[1] as String)
        }
        var framework: [PersonID: String] = [:]
        if settings.framework == nil {
            for row in try Row.fetchAll(db, sql: """
                SELECT a.person_id, i.framework, COUNT(*) AS n FROM activity_item i JOIN activity a ON a.id = i.activity_id
                WHERE i.kind = 'competence' AND a.deleted_at IS NULL GROUP BY a.person_id, i.framework ORDER BY n
                """) {
                framework[PersonID(row[0] as String)!] = row[1]   // the most used comes last and wins
            }
        }
        let people = try Person.fetchAll(db).filter { school[$0.id] != nil || totals[$0.id] != nil }
        return people.map { person in
            let line = PersonLine(phases: phases[person.id] ?? [], roles: roles[person.id] ?? [], employments: employments[person.id] ?? [],
                                  registrations: registrations[person.id] ?? [])
            let home = school[person.id].flatMap { schools[$0] }
            let board = home.flatMap { boards[$0.boardId] }
            var groups: [GroupBy: [String]] = [
                .school: [home?.code ?? "-"], .board: [board?.code ?? "-"],
                .partnership: [board?.partnershipId.flatMap { partnerships[$0] } ?? "-"],
                .phase: [line.phase(on: reference)?.rawValue ?? "-"],
            ]
            let held = line.roles(on: reference).map(\.rawValue).sorted()
            groups[.role] = held.isEmpty ? ["-"] : held
            return PersonFacts(
                id: person.id, name: person.name, externalIds: externalIDs[person.id] ?? [], groups: groups, line: line,
                activities: totals[person.id]?.activities ?? 0, minutes: totals[person.id]?.minutes ?? 0, budgetMinutes: budgets[person.id] ?? [:],
                domainMinutes: domains[person.id] ?? [:], verifiedMinutes: verified[person.id] ?? 0, lastActivity: last[person.id],
                framework: framework[person.id], items: items[person.id] ?? [])
        }
    }
}
