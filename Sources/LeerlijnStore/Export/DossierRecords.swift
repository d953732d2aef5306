import Foundation
import GRDB
import LeerlijnCore

/// A change to a teacher educator's role statement: each field given is set, the others stay as they are.
public struct EducatorRoleChange: Sendable {
    public var description: String?
    public var justification: String?
    public var context: EducatorRole.Context?
    public var organisation: String?
    /// A partnership code.
    public var partnership: String?
    public var sector: String?
    public var confirmedMinutesPerYear: Int?
    public var confirmedBy: String?
    public var confirmedOn: Day?
    public var route: String?
    public var manager: String?
    public var managerStatement: String?
    public var managerStatementOn: Day?

    public init() {}

    var isEmpty: Bool {
        description == nil && justification == nil && context == nil && organisation == nil && partnership == nil && sector == nil
            && confirmedMinutesPerYear == nil && confirmedBy == nil && confirmedOn == nil && route == nil && manager == nil
            && managerStatement == nil && managerStatementOn == nil
    }
}

extension LeerlijnDatabase {
    /// What is recorded for `person`'s dossier beside their line and activities.
    public func educatorRecord(of person: String) throws(StoreError) -> EducatorRecord {
        try read { db in try Self.educatorRecord(of: try Self.person(matching: person, db).id, db) }
    }

    /// Sets the fields of the role statement that `change` gives (one transaction, audited).
    /// - Parameter routes: the routes of the brlo register definition; a route must be one of them.
    /// - Throws: ``DossierInputError`` for input refused (nothing is written), ``StoreError`` for an unknown person or partnership.
    public func recordEducatorRole(_ person: String, _ change: EducatorRoleChange, routes: [DossierRoute], actor: String) throws -> EducatorRecord {
        if change.isEmpty { throw DossierInputError.nothingGiven }
        for (field, value) in [("description", change.description), ("justification", change.justification), ("organisation", change.organisation),
                               ("confirmed-by", change.confirmedBy), ("manager", change.manager), ("statement", change.managerStatement)] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw DossierInputError.emptyText(field: field) }
        }
        if let sector = change.sector, !EducatorRole.sectors.contains(sector) { throw DossierInputError.unknownSector(sector: sector) }
        if let minutes = change.confirmedMinutesPerYear, !(0...(2000 * 60)).contains(minutes) { throw DossierInputError.hours(String(Double(minutes) / 60)) }
        if let route = change.route, !routes.contains(where: { $0.id == route }) {
            throw DossierInputError.unknownRoute(route: route, routes: routes.map(\.id))
        }
        return try writeThrowing { db in
            let person = try Self.person(matching: person, db)
            let before = try Self.educatorRecord(of: person.id, db).role
            var role = before ?? EducatorRole()
            if let value = change.description { role.description = value }
            if let value = change.justification { role.justification = value }
            if let value = change.context { role.context = value }
            if let value = change.organisation { role.organisation = value }
            if let code = change.partnership {
                let partnership = try Self.partnership(code: code, db)
                role.partnership = EducatorRole.PartnershipPart(code: partnership.code, name: partnership.name)
            }
            if let value = change.sector { role.sector = value }
            if let value = change.confirmedMinutesPerYear { role.confirmedMinutesPerYear = value }
            if let value = change.confirmedBy { role.confirmedBy = value }
            if let value = change.confirmedOn { role.confirmedOn = value }
            if let value = change.route { role.route = value }
            if change.manager != nil || change.managerStatement != nil || change.managerStatementOn != nil {
                var statement = role.managerStatement ?? EducatorRole.ManagerStatement(manager: nil, statement: nil, date: nil)
                if let value = change.manager { statement.manager = value }
                if let value = change.managerStatement { statement.statement = value }
                if let value = change.managerStatementOn { statement.date = value }
                role.managerStatement = statement
            }
            let partnershipID = try role.partnership.map { try Self.partnership(code: $0.code, db).id }
            try db.execute(sql: """
                INSERT INTO educator_role (person_id, description, justification, context, organisation, partnership_id, sector,
                  confirmed_minutes_per_year, confirmed_by, confirmed_on, route, manager_name, manager_statement, manager_statement_on, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id) DO UPDATE SET description = excluded.description, justification = excluded.justification,
                  context = excluded.context, organisation = excluded.organisation, partnership_id = excluded.partnership_id, sector = excluded.sector,
                  confirmed_minutes_per_year = excluded.confirmed_minutes_per_year, confirmed_by = excluded.confirmed_by,
                  confirmed_on = excluded.confirmed_on, route = excluded.route, manager_name = excluded.manager_name,
                  manager_statement = excluded.manager_statement, manager_statement_on = excluded.manager_statement_on, updated_at = excluded.updated_at
                """, arguments: [person.id, role.description, role.justification, role.context?.rawValue, role.organisation, partnershipID ?? nil,
                                 role.sector, role.confirmedMinutesPerYear, role.confirmedBy, role.confirmedOn, role.route,
                                 role.managerStatement?.manager, role.managerStatement?.statement, role.managerStatement?.date, self.now()])
            try self.audit(before == nil ? .create : .update, entity: "educator-role", id: person.id.description, before: before, after: role, actor: actor, db)
            return try Self.educatorRecord(of: person.id, db)
        }
    }

    /// Adds a task to the role; returns it with its number.
    public func addEducatorTask(_ person: String, description: String, kind: EducatorTask.Kind, minutesPerYear: Int?, actor: String) throws -> EducatorTask {
        let text = description.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty { throw DossierInputError.emptyText(field: "task") }
        if let minutes = minutesPerYear, !(0...(2000 * 60)).contains(minutes) { throw DossierInputError.hours(String(Double(minutes) / 60)) }
        return try writeThrowing { db in
            let person = try Self.person(matching: person, db)
            try db.execute(sql: "INSERT INTO educator_task (person_id, description, kind, minutes_per_year, created_at) VALUES (?, ?, ?, ?, ?)",
                           arguments: [person.id, text, kind.rawValue, minutesPerYear, self.now()])
            let task = EducatorTask(id: db.lastInsertedRowID, description: text, kind: kind, minutesPerYear: minutesPerYear)
            try self.audit(.create, entity: "educator-task", id: person.id.description, before: nil as EducatorTask?, after: task, actor: actor, db)
            return task
        }
    }

    /// Removes task `id` of `person`.
    public func removeEducatorTask(_ person: String, id: Int64, actor: String) throws -> EducatorTask {
        try writeThrowing { db in
            let person = try Self.person(matching: person, db)
            guard let task = try Self.educatorRecord(of: person.id, db).tasks.first(where: { $0.id == id }) else {
                throw DossierInputError.unknownTask(id: id, person: person.name)
            }
            try db.execute(sql: "DELETE FROM educator_task WHERE id = ?", arguments: [id])
            try self.audit(.delete, entity: "educator-task", id: person.id.description, before: task, after: nil as EducatorTask?, actor: actor, db)
            return task
        }
    }

    /// Records (or replaces) the reflection on one top-level area of `framework`: `area` is an item id, with or
    /// without the framework's prefix, among `areas` (the grondslag and the bekwaamheidsgebieden).
    public func recordAreaReflection(_ person: String, framework: String, area: String, areas: [String], text: String, actor: String) throws -> AreaReflection {
        let item = area.hasPrefix(framework + ":") ? String(area.dropFirst(framework.count + 1)) : area
        guard areas.contains(item) else { throw DossierInputError.unknownArea(area: area, framework: framework, areas: areas) }
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if body.isEmpty { throw DossierInputError.emptyText(field: "text") }
        return try writeThrowing { db in
            let person = try Self.person(matching: person, db)
            let before = try Self.educatorRecord(of: person.id, db).reflections.first { $0.item == "\(framework):\(item)" }
            let now = self.now()
            try db.execute(sql: """
                INSERT INTO dossier_reflection (person_id, framework, item, text, updated_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id, framework, item) DO UPDATE SET text = excluded.text, updated_at = excluded.updated_at
                """, arguments: [person.id, framework, item, body, now])
            let reflection = AreaReflection(item: "\(framework):\(item)", text: body, updatedAt: now)
            try self.audit(before == nil ? .create : .update, entity: "dossier-reflection", id: person.id.description, before: before, after: reflection,
                           actor: actor, db)
            return reflection
        }
    }

    /// A write whose body may throw the dossier's own errors: they pass through unchanged (nothing is written).
    func writeThrowing<T>(_ body: (Database) throws -> T) throws -> T {
        var refusal: DossierInputError?
        do {
            return try write { db in
                do { return try body(db) } catch let error as DossierInputError {
                    refusal = error
                    throw error
                }
            }
        } catch {
            if let refusal { throw refusal }
            throw error
        }
    }

    // MARK: - Inside a transaction

    static func educatorRecord(of person: PersonID, _ db: Database) throws -> EducatorRecord {
        var role: EducatorRole? = nil
        if let row = try Row.fetchOne(db, sql: """
            SELECT r.*, p.code AS partnership_code, p.name AS partnership_name FROM educator_role r
            LEFT JOIN partnership p ON p.id = r.partnership_id WHERE r.person_id = ?
            """, arguments: [person]) {
            let code: String? = row["partnership_code"], name: String? = row["partnership_name"]
            let manager: String? = row["manager_name"], statement: String? = row["manager_statement"], on: Day? = row["manager_statement_on"]
            role = EducatorRole(
                description: row["description"], justification: row["justification"],
                context: (row["context"] as String?).flatMap(EducatorRole.Context.init(rawValue:)), organisation: row["organisation"],
                partnership: code.map { EducatorRole.PartnershipPart(code: $0, name: name ?? $0) }, sector: row["sector"],
                confirmedMinutesPerYear: row["confirmed_minutes_per_year"], confirmedBy: row["confirmed_by"], confirmedOn: row["confirmed_on"],
                route: row["route"],
                managerStatement: manager == nil && statement == nil && on == nil ? nil : EducatorRole.ManagerStatement(manager: manager, statement: statement, date: on))
        }
        let tasks = try Row.fetchAll(db, sql: "SELECT id, description, kind, minutes_per_year FROM educator_task WHERE person_id = ? ORDER BY id",
                                     arguments: [person]).map { row in
            EducatorTask(id: row["id"], description: row["description"], kind: EducatorTask.Kind(rawValue: row["kind"]) ?? .education,
                         minutesPerYear: row["minutes_per_year"])
        }
        let reflections = try Row.fetchAll(db, sql: "SELECT framework, item, text, updated_at FROM dossier_reflection WHERE person_id = ? ORDER BY framework, item",
                                           arguments: [person]).map { row in
            AreaReflection(item: "\(row["framework"] as String):\(row["item"] as String)", text: row["text"], updatedAt: row["updated_at"])
        }
        return EducatorRecord(role: role, tasks: tasks, reflections: reflections)
    }
}

extension EducatorRecord {
    /// Nil when nothing is recorded.
    var nilIfEmpty: EducatorRecord? { role == nil && tasks.isEmpty && reflections.isEmpty ? nil : self }
}
