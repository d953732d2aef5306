import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Guidance of students against a facilitation rule: the students (phase student on the reference day),
    /// the schoolopleiders (role on the reference day), and the guidance activities logged `for` students in
    /// the school year, counted by the giver's role on the activity's date (mentor or schoolopleider).
    public func facilitation(rule: Rule, year: SchoolYear, today: Day) throws(StoreError) -> FacilitationReport {
        let reference = min(today, year.lastDay)
        return try read { db in
            var lines: [PersonID: PersonLine] = [:]
            var phases: [PersonID: [PhasePeriod]] = [:], roles: [PersonID: [RolePeriod]] = [:]
            for row in try PhasePeriod.fetchAll(db) { phases[row.personId, default: []].append(row) }
            for row in try RolePeriod.fetchAll(db) { roles[row.personId, default: []].append(row) }
            for id in Set(phases.keys).union(roles.keys) { lines[id] = PersonLine(phases: phases[id] ?? [], roles: roles[id] ?? []) }
            var externalIDs: [PersonID: String] = [:]
            for row in try ExternalID.order(ExternalID.Columns.id).fetchAll(db) where externalIDs[row.personId] == nil { externalIDs[row.personId] = row.value }
            let schools = try School.fetchAll(db).reduce(into: [Int64: String]()) { $0[$1.id!] = $1.code }
            let current = try Self.currentSchools(on: reference, db)
            let people = try Person.fetchAll(db)
            func who(_ person: Person) -> FacilitationReport.Who {
                FacilitationReport.Who(id: person.id, externalId: externalIDs[person.id] ?? "", name: person.name,
                                       school: current[person.id].flatMap { schools[$0] } ?? "-")
            }
            let students = people.filter { lines[$0.id]?.phase(on: reference) == .student }.map(who)
            let opleiders = people.filter { lines[$0.id]?.roles(on: reference).contains(.schoolopleider) ?? false }.map(who)
            var guidance: [FacilitationReport.Guidance] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT person_id, guided_person_id, date, minutes FROM activity
                WHERE guided_person_id IS NOT NULL AND date BETWEEN ? AND ? AND deleted_at IS NULL
                """, arguments: [year.firstDay, year.lastDay]) {
                let giver = PersonID(row[0] as String)!, student = PersonID(row[1] as String)!
                let held = lines[giver]?.roles(on: row[2] as Day) ?? []
                // Guidance counts in the giver's role: schoolopleider before mentor when both are held.
                guard let role = [Role.schoolopleider, .mentor, .instituutsopleider, .coach].first(where: held.contains) else { continue }
                guidance.append(FacilitationReport.Guidance(giver: giver, role: role, student: student, minutes: row[3]))
            }
            return FacilitationReport.compute(rule: rule, year: year, students: students, schoolopleiders: opleiders, guidance: guidance)
        }
    }
}
