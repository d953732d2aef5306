import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Records that a person reached a step (periodiek) of a salary scale on a day, e.g. LB-4 from 1 March 2026.
    /// - Throws: ``StoreError/invalid(_:)`` for a negative step or a second step on the same day.
    public func recordSalaryStep(_ person: String, scale: String, step: Int, since: Day, actor: String) throws(StoreError) -> PersonLine {
        guard (0...99).contains(step) else { throw .invalid(ValueError(field: "salary step", value: "\(scale)-\(step)", expected: .salaryStep)) }
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            if try SalaryStep.filter(SalaryStep.Columns.personId == person.id && SalaryStep.Columns.since == since).fetchCount(db) > 0 {
                throw StoreError.invalid(ValueError(field: "since", value: since.description, expected: .salaryStep))
            }
            var record = SalaryStep(personId: person.id, scale: scale.uppercased(), step: step, since: since)
            try record.insert(db)
            try self.audit(.create, entity: "salary-step", id: person.id.description, before: nil as SalaryStep?, after: record, actor: actor, db)
            return person.id
        }
        return try read { db in try Self.line(of: id, db) }
    }

    /// Sets the sector of a school (by code); the school's sector is no longer an assumed one.
    public func setSchoolSector(_ code: String, sector: SchoolSector) throws(StoreError) -> School {
        try write { db in
            var school = try Self.school(code: code, db)
            school.sector = sector
            school.sectorAssumed = false
            try school.update(db)
            return school
        }
    }

    /// The schools whose sector was assumed (`po`) rather than given, by code: what `doctor` lists.
    public func schoolsWithAssumedSector() throws(StoreError) -> [String] {
        try read { db in
            try School.filter(Column("sector_assumed") == true).order(School.Columns.brin, School.Columns.vestiging).fetchAll(db).map(\.code)
        }
    }

    // MARK: - Inside a transaction

    /// Fills in the sectors of the schools and boards of a person's employments, and the person's salary steps.
    static func addSectorsAndSteps(to line: inout PersonLine, of person: PersonID, _ db: Database) throws {
        line.salarySteps = try SalaryStep.filter(SalaryStep.Columns.personId == person).order(SalaryStep.Columns.since).fetchAll(db)
        guard !line.employments.isEmpty else { return }
        let schoolIDs = Set(line.employments.compactMap(\.schoolId)), boardIDs = Set(line.employments.map(\.boardId))
        if !schoolIDs.isEmpty {
            for row in try Row.fetchAll(db, sql: "SELECT id, sector FROM school WHERE id IN (\(schoolIDs.map(String.init).joined(separator: ",")))") {
                if let sector = SchoolSector(rawValue: row["sector"]) { line.schoolSectors[row["id"]] = sector }
            }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, default_sector FROM board WHERE id IN (\(boardIDs.map(String.init).joined(separator: ",")))") {
            if let text = row["default_sector"] as String?, let sector = SchoolSector(rawValue: text) { line.boardSectors[row["id"]] = sector }
        }
    }
}
