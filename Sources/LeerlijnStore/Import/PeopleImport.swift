import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The columns of a people file (`leerlijn import people`).
    public static let peopleColumns = ["external_id", "name", "email", "board", "school", "phase", "phase_since", "fte", "employment_since",
                                       "sector", "board_sector", "function", "salary_step", "salary_step_since"]
    static let requiredPeopleColumns = ["external_id", "name"]
    /// The fields a column of a people file can be mapped to (`--map COLUMN=FIELD`): the columns, the parts of a split
    /// name (`first_name`, `name_prefix`, `last_name`) and the name of a new school.
    public static let peopleMapFields = peopleColumns + ["first_name", "name_prefix", "last_name", "school_name"]

    /// Imports a roster of people from a CSV file in one transaction (see docs/import.md).
    ///
    /// A person is identified by external id at the board. Boards (by code or name) and schools (by BRIN
    /// code) are created when new. Importing the same file again changes nothing; a changed FTE or school
    /// becomes a new period (the old one ends the day before `employment_since`), never an overwrite.
    /// Any bad row rejects the whole file unless `rejectsPath` is given.
    public func importPeople(
        from path: String, options: ImportOptions, progress: (@Sendable (Int64, Int64) -> Void)? = nil
    ) throws -> ImportReport {
        try runImport(path, options: options, required: Self.requiredPeopleColumns, progress: progress) { db in
            return { record, header, report in
                // Each row in a savepoint: a bad row undoes only its own changes, and its counts (a board it
                // created and then rolled back is not reported as written).
                var changed = false
                let counted = report.changes
                do {
                    try db.inSavepoint {
                        changed = try self.importPerson(record, header: header, options: options, report: &report, db)
                        return .commit
                    }
                } catch {
                    report.changes = counted
                    throw error
                }
                return changed
            }
        }
    }

    /// One roster row; true when it changed something.
    private func importPerson(_ record: CSVParser.Record, header: CSVHeader, options: ImportOptions, report: inout ImportReport, _ db: Database) throws -> Bool {
        let fields = record.fields
        func value(_ column: String) -> String? { header.value(column, in: fields) }
        func problem(_ column: String?, _ reason: RowProblem.Reason) -> RowProblem {
            RowProblem(line: record.line, column: column, value: column.flatMap(value), problem: reason, reason: options.describe(reason))
        }
        func day(_ column: String) throws -> Day? {
            guard let text = value(column) else { return nil }
            do { return try DayParser.parse(text, today: options.today) } catch {
                throw problem(column, .notADate(accepted: DayParser.acceptedForms))
            }
        }
        var changed = false
        guard let rawID = value("external_id") else { throw problem("external_id", .missing) }
        let externalID: String
        do { externalID = try PersonInput.externalID(rawID) } catch { throw problem("external_id", .externalIDForm) }
        // The name, or as HR systems split it: roepnaam (or voornaam), tussenvoegsel, achternaam ("Sanne de Vries").
        let splitName = [header.firstValue("first_name", in: fields), value("name_prefix"), value("last_name")].compactMap { $0 }
        let nameColumn = header.position(of: "name") == nil && header.position(of: "last_name") != nil ? "last_name" : "name"
        guard let rawName = value("name") ?? (value("last_name") == nil ? nil : splitName.joined(separator: " ")) else {
            throw problem(nameColumn, .missing)
        }
        let name: String
        do { name = try PersonInput.name(rawName) } catch { throw problem(nameColumn, error.expectation == .nonEmptyName ? .emptyName : .nameTooLong) }
        var email: String? = nil
        if let rawEmail = value("email") {
            do { email = try PersonInput.email(rawEmail) } catch { throw problem("email", .emailForm) }
        }
        let phaseSince = try day("phase_since")
        let employmentSince = try day("employment_since")
        var phase: Phase? = nil
        if let text = value("phase") {
            guard let parsed = Phase(rawValue: text.lowercased()) else { throw problem("phase", .phaseValue) }
            guard phaseSince != nil else { throw problem("phase_since", .neededWithPhase) }
            phase = parsed
        }
        var fte: FTE? = nil
        if let text = value("fte") {
            do { fte = try FTE.parse(text) } catch { throw problem("fte", .fteForm) }
            guard fte! <= FTE.usualMaximum else { throw problem("fte", .fteAtMost) }
            guard employmentSince != nil else { throw problem("employment_since", .neededWithFTE) }
        }

        // Sector of the school, function of the employment, salary step (issue 16).
        var sector: SchoolSector? = nil
        if let text = value("sector") {
            guard let parsed = SchoolSector(rawValue: text.lowercased()) else { throw problem("sector", .sectorValue) }
            sector = parsed
        }
        var boardSector: SchoolSector? = nil
        if let text = value("board_sector") {
            guard let parsed = SchoolSector(rawValue: text.lowercased()) else { throw problem("board_sector", .sectorValue) }
            boardSector = parsed
        }
        var function = StaffFunction.leraar
        if let text = value("function") {
            guard let parsed = StaffFunction(rawValue: text.lowercased()) else { throw problem("function", .functionValue) }
            function = parsed
        }
        var salaryStep: (scale: String, step: Int)? = nil
        if let text = value("salary_step") {
            do { salaryStep = try SalaryStep.parse(text) } catch { throw problem("salary_step", .salaryStepForm) }
        }
        let salaryStepSince = try day("salary_step_since")
        if salaryStep != nil && salaryStepSince == nil { throw problem("salary_step_since", .neededWithSalaryStep) }

        // Board: by code or by name; created when new.
        var board: Board? = nil
        if let text = value("board") {
            let code = OrganisationCode.make(from: text)
            if let found = try Board.fetchOne(db, sql: "SELECT * FROM board WHERE code = ? OR lower(name) = lower(?)", arguments: [text.lowercased(), text]) {
                board = found
            } else {
                guard !code.isEmpty else { throw problem("board", .notABoard) }
                var created = Board(code: code, name: text)
                if try Board.filter(Board.Columns.code == code).fetchCount(db) > 0 { created.code = code + "-\(Int.random(in: 100...999))" }
                try created.insert(db)
                board = created
                report.count("boards")
                changed = true
            }
        }
        // The board's default sector (for its schools without one), when the row gives it.
        if let boardSector, var found = board, found.defaultSector != boardSector {
            found.defaultSector = boardSector
            try found.update(db)
            board = found
            report.count("board sectors")
            changed = true
        }
        // School: by BRIN code (created when new, under the board) or by name within the board.
        var school: School? = nil
        if let text = value("school") {
            if let parts = try? School.parseCode(text) {
                if let found = try Self.findSchool(brin: parts.brin, vestiging: parts.vestiging, db) {
                    if let board, found.boardId != board.id { throw problem("school", .schoolOfAnotherBoard) }
                    school = found
                } else {
                    guard let board else { throw problem("board", .boardNeededForNewSchool(text)) }
                    let chosen = sector ?? board.defaultSector
                    var created = School(boardId: board.id!, name: value("school_name") ?? parts.brin + (parts.vestiging ?? ""), brin: parts.brin, vestiging: parts.vestiging,
                                         sector: chosen ?? .assumed, sectorAssumed: chosen == nil)
                    try created.insert(db)
                    school = created
                    report.count("schools")
                    changed = true
                }
            } else {
                let found = try School.fetchAll(db, sql: "SELECT * FROM school WHERE lower(name) = lower(?)", arguments: [text])
                    .filter { board == nil || $0.boardId == board!.id }
                guard found.count == 1 else { throw problem("school", found.isEmpty ? .unknownSchool : .ambiguousSchool) }
                school = found[0]
            }
            if board == nil { board = try Board.fetchOne(db, key: school!.boardId) }
            // A sector given for a school that has another (or an assumed one) sets it.
            if let sector, var found = school, found.sector != sector || found.sectorAssumed {
                found.sector = sector
                found.sectorAssumed = false
                try found.update(db)
                school = found
                report.count("school sectors")
                changed = true
            }
        }

        // The person, by external id at the board.
        var person = try Person.fetchOne(db, sql: """
            SELECT person.* FROM person JOIN external_id e ON e.person_id = person.id
            WHERE e.value = ? AND ifnull(e.board_id, 0) = ?
            """, arguments: [externalID, board?.id ?? 0])
        let now = self.now()
        if person == nil {
            let created = Person(name: name, email: email, createdAt: now, updatedAt: now)
            try created.insert(db)
            _ = try ExternalID(personId: created.id, boardId: board?.id, value: externalID).inserted(db)
            person = created
            report.count("people")
            changed = true
        } else if person!.name != name || (email != nil && person!.email != email) {
            let before = person!
            person!.name = name
            if let email { person!.email = email }
            person!.updatedAt = now
            try person!.update(db)
            try audit(.update, entity: "person", id: before.id.description, before: before, after: person!, actor: options.actor, db)
            report.count("people updated")
            changed = true
        }
        let id = person!.id

        // School membership: a different school becomes a move.
        if let school {
            let since = employmentSince ?? phaseSince ?? options.today
            let open = try Membership.filter(Membership.Columns.personId == id && Membership.Columns.until == nil).fetchAll(db)
            if !open.contains(where: { $0.schoolId == school.id }) {
                do { try Self.move(id, to: school, since: since, db) } catch { throw problem("employment_since", .schoolChangeTooEarly) }
                report.count(open.isEmpty ? "memberships" : "moves")
                changed = true
            }
        }
        // Phase: a new phase from phase_since, unless it is the phase already set on that day.
        if let phase, let phaseSince {
            let phases = try PhasePeriod.filter(PhasePeriod.Columns.personId == id).fetchAll(db)
            let line = PersonLine(phases: phases)
            if line.phase(on: phaseSince) != phase || !phases.contains(where: { $0.phase == phase }) {
                if phases.contains(where: { $0.since == phaseSince }) { throw problem("phase_since", .phaseDayTaken) }
                _ = try PhasePeriod(personId: id, phase: phase, since: phaseSince).inserted(db)
                report.count("phases")
                changed = true
            }
        }
        // Employment: a changed FTE or school at this board ends the open employment and starts a new one.
        if let fte, let employmentSince {
            guard let boardId = board?.id else { throw problem("board", .boardNeededWithFTE) }
            let open = try Employment.fetchAll(db, sql: "SELECT * FROM employment WHERE person_id = ? AND board_id = ? AND until IS NULL",
                                               arguments: [id, boardId])
            let same = open.contains { $0.fte == fte && $0.schoolId == school?.id && $0.function == function }
            if !same {
                for var old in open {
                    guard old.since < employmentSince else { throw problem("employment_since", .employmentNotAfter(old.since)) }
                    old.until = employmentSince.adding(days: -1)
                    try old.update(db)
                }
                _ = try Employment(personId: id, boardId: boardId, schoolId: school?.id, since: employmentSince, fte: fte, function: function).inserted(db)
                report.count("employments")
                changed = true
            }
        }
        // Salary step: recorded once per day; a different step on the same day replaces it.
        if let salaryStep, let salaryStepSince {
            let scale = salaryStep.scale.uppercased()
            if var existing = try SalaryStep.filter(SalaryStep.Columns.personId == id && SalaryStep.Columns.since == salaryStepSince).fetchOne(db) {
                if existing.scale != scale || existing.step != salaryStep.step {
                    existing.scale = scale
                    existing.step = salaryStep.step
                    try existing.update(db)
                    report.count("salary steps")
                    changed = true
                }
            } else {
                _ = try SalaryStep(personId: id, scale: scale, step: salaryStep.step, since: salaryStepSince).inserted(db)
                report.count("salary steps")
                changed = true
            }
        }
        return changed
    }
}
