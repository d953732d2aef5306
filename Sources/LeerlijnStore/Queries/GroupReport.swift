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
        // This year's figures from the per person-year summaries (YearSummaries.swift): one row per person, per
        // budget and per item, never a pass over the activities.
        let schoolYear = year.startYear
        var totals: [PersonID: (activities: Int, minutes: Int)] = [:]
        var verified: [PersonID: Int] = [:]
        let totalRows = try Row.fetchCursor(db, sql: "SELECT person_id, activities, minutes, verified_minutes FROM person_year_total WHERE school_year = ?",
            arguments: [schoolYear])
        while let row = try totalRows.next() {
            let person = PersonID(row[0] as String)!
            totals[person] = (row[1], row[2])
            verified[person] = row[3]
        }
        var budgets: [PersonID: [String: Int]] = [:]
        let budgetRows = try Row.fetchCursor(db, sql: "SELECT person_id, budget, minutes FROM person_year_budget WHERE school_year = ?",
            arguments: [schoolYear])
        while let row = try budgetRows.next() {
            budgets[PersonID(row[0] as String)!, default: [:]][row[1]] = row[2]
        }
        var domains: [PersonID: [String: Int]] = [:], items: [PersonID: [ItemReference]] = [:]
        let itemRows = try Row.fetchCursor(db, sql: """
            SELECT person_id, framework, item, kind, minutes FROM person_year_item WHERE school_year = ? ORDER BY person_id, framework, item, kind
            """, arguments: [schoolYear])
        while let row = try itemRows.next() {
            let person = PersonID(row[0] as String)!
            let reference = ItemReference(framework: row[1], item: row[2])
            if (row[3] as String) == "domain" { domains[person, default: [:]][reference.fullID] = row[4] } else { items[person, default: []].append(reference) }
        }
        // The latest activity on or before the reference day: each year's last day from the summaries; only for a
        // person with activities after the reference day in its year, that person's activities up to it (by index).
        var last: [PersonID: Day] = [:]
        var afterReference: [PersonID] = []
        let referenceYear = SchoolYear(containing: reference).startYear
        let lastRows = try Row.fetchCursor(db, sql: """
            SELECT person_id, MAX(last_activity), MAX(school_year = ? AND last_activity > ?) FROM person_year_total
            WHERE school_year <= ? GROUP BY person_id
            """, arguments: [referenceYear, reference, referenceYear])
        while let row = try lastRows.next() {
            let person = PersonID(row[0] as String)!
            if row[2] as Bool { afterReference.append(person) } else { last[person] = Day(iso: row[1] as String) }
        }
        let lastUpTo = try db.cachedStatement(sql: "SELECT MAX(date) FROM activity WHERE person_id = ? AND date <= ? AND deleted_at IS NULL")
        for person in afterReference {
            last[person] = try String.fetchOne(lastUpTo, arguments: [person, reference]).flatMap { Day(iso: $0) }
        }
        var framework: [PersonID: String] = [:]
        if settings.framework == nil {
            let frameworkRows = try Row.fetchCursor(db, sql: """
                SELECT person_id, framework, SUM(activities) AS n FROM person_year_item WHERE kind = 'competence'
                GROUP BY person_id, framework ORDER BY n, person_id, framework
                """)
            while let row = try frameworkRows.next() {
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
