import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Adds a person, with an external id at the school's board and a membership of that school.
    /// - Parameters:
    ///   - person: the new person; `since` defaults to `today`.
    ///   - actor: who does this, for the audit trail.
    ///   - today: the current day (the caller's clock).
    /// - Throws: ``StoreError/externalIDTaken(value:board:holder:)`` when the board already uses the id;
    ///   ``StoreError/lookup(_:)`` for an unknown school; ``StoreError/invalid(_:)`` for a bad name or email.
    public func addPerson(_ person: NewPerson, actor: String, today: Day) throws(StoreError) -> PersonProfile {
        let name = try checked { () throws(ValueError) in try PersonInput.name(person.name) }
        let externalID = try checked { () throws(ValueError) in try PersonInput.externalID(person.externalID) }
        let email = try checked { () throws(ValueError) in try person.email.map(PersonInput.email) }
        let time = now()
        let id = try write { db -> PersonID in
            let school = try person.schoolCode.map { try Self.school(code: $0, db) }
            let boardId = school?.boardId
            try Self.ensureExternalIDFree(externalID, boardId: boardId, for: nil, db)
            let record = Person(name: name, email: email, createdAt: time, updatedAt: time)
            try record.insert(db)
            _ = try ExternalID(personId: record.id, boardId: boardId, value: externalID).inserted(db)
            if let school {
                _ = try Membership(personId: record.id, schoolId: school.id!, since: person.since ?? today).inserted(db)
            }
            try self.audit(.create, entity: "person", id: record.id.description, before: nil, after: record, actor: actor, db)
            return record.id
        }
        return try profile(of: id.description)
    }

    /// Finds the one person `query` names: an internal id, an external id, an email address, or an
    /// unambiguous part of the name (case and accents ignored).
    /// - Throws: ``StoreError/lookup(_:)``: not found (with the closest names as suggestions) or ambiguous.
    public func person(matching query: String) throws(StoreError) -> Person {
        try read { db in try Self.person(matching: query, db) }
    }

    /// The people, optionally only those who belong to a school or board on `day`, sorted by name.
    public func people(school: String? = nil, board: String? = nil, on day: Day) throws(StoreError) -> [PersonSummary] {
        try read { db in
            let current = try Self.currentSchools(on: day, db)
            let schools = try School.fetchAll(db).reduce(into: [Int64: School]()) { $0[$1.id!] = $1 }
            let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
            var externalIDs: [PersonID: [String]] = [:]
            for row in try ExternalID.order(ExternalID.Columns.id).fetchAll(db) {
                externalIDs[row.personId, default: []].append(row.value)
            }
            let schoolFilter = try school.map { try Self.school(code: $0, db).id! }
            let boardFilter = try board.map { try Self.board(code: $0, db).id! }
            return try Person.order(Person.Columns.name).fetchAll(db).compactMap { person -> PersonSummary? in
                let schoolId = current[person.id]
                let school = schoolId.flatMap { schools[$0] }
                if let schoolFilter, schoolId != schoolFilter { return nil }
                if let boardFilter, school?.boardId != boardFilter { return nil }
                return PersonSummary(
                    id: person.id, name: person.name, email: person.email, externalIds: externalIDs[person.id] ?? [],
                    school: school?.code, board: school.flatMap { boards[$0.boardId]?.code }
                )
            }
        }
    }

    /// Everything `person show` prints about the person `query` names.
    public func profile(of query: String) throws(StoreError) -> PersonProfile {
        try read { db in try Self.profile(try Self.person(matching: query, db), db) }
    }

    static func profile(_ person: Person, _ db: Database) throws -> PersonProfile {
        let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
        let externalIDs = try ExternalID.filter(ExternalID.Columns.personId == person.id).order(ExternalID.Columns.id).fetchAll(db)
            .map { PersonProfile.ExternalIdentifier(board: $0.boardId.flatMap { boards[$0]?.code }, value: $0.value) }
        let memberships = try Membership.filter(Membership.Columns.personId == person.id)
            .order(Membership.Columns.since).fetchAll(db)
        var periods: [PersonProfile.SchoolPeriod] = []
        for membership in memberships {
            guard let school = try School.fetchOne(db, key: membership.schoolId) else { continue }
            periods.append(PersonProfile.SchoolPeriod(
                school: school.code, schoolName: school.name, board: boards[school.boardId]?.code ?? "",
                since: membership.since, until: membership.until))
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT date, minutes FROM activity WHERE person_id = ? AND deleted_at IS NULL
            """, arguments: [person.id])
        let totals = SchoolYearTotal.totals(of: rows.map { (date: $0["date"] as Day, minutes: $0["minutes"] as Int) })
        var profile = PersonProfile(person: person, externalIds: externalIDs, memberships: periods, schoolYears: totals)
        profile.salarySteps = try SalaryStep.filter(SalaryStep.Columns.personId == person.id).order(SalaryStep.Columns.since).fetchAll(db)
        return profile
    }

    /// Changes a person's name, email or external id, or moves the person to another school.
    ///
    /// A move ends the current membership the day before `since` and starts a new one; the external id
    /// is kept per board, so a move to another board needs the new board's id in `externalID` unless the
    /// person already has one there.
    public func editPerson(_ query: String, _ edit: PersonEdit, actor: String, today: Day) throws(StoreError) -> PersonProfile {
        try editPersonNoticing(query, edit, actor: actor, today: today).profile
    }

    /// As ``editPerson(_:_:actor:today:)``, with what a move to another board did to the old board's employments:
    /// ended the day before the move with `edit.endEmployment`, else kept (and noticed).
    public func editPersonNoticing(_ query: String, _ edit: PersonEdit, actor: String, today: Day) throws(StoreError) -> (profile: PersonProfile, notices: [LineNotice]) {
        guard !edit.isEmpty else { throw .nothingToChange }
        var notices: [LineNotice] = []
        let name = try checked { () throws(ValueError) in try edit.name.map(PersonInput.name) }
        let externalID = try checked { () throws(ValueError) in try edit.externalID.map(PersonInput.externalID) }
        let email: String?? = try checked { () throws(ValueError) -> String?? in
            guard let raw = edit.email else { return .none }
            return raw.trimmingCharacters(in: .whitespaces).isEmpty ? .some(nil) : .some(try PersonInput.email(raw))
        }
        let id = try write { db -> PersonID in
            let before = try Self.person(matching: query, db)
            var after = before
            if let name { after.name = name }
            if let email { after.email = email }
            var boardId = try Self.currentSchools(on: today, db)[before.id].flatMap { try School.fetchOne(db, key: $0)?.boardId }
            if let schoolCode = edit.schoolCode {
                let school = try Self.school(code: schoolCode, db)
                let since = edit.since ?? today
                let oldBoard = try Self.currentSchools(on: since, db)[before.id].flatMap { try School.fetchOne(db, key: $0)?.boardId }
                try Self.move(before.id, to: school, since: since, db)
                if let oldBoard, oldBoard != school.boardId {
                    for employment in try Self.employments(of: before.id, db)
                    where employment.boardId == oldBoard && employment.covers(since) {
                        let code = try Self.boardCode(oldBoard, db)
                        guard edit.endEmployment else {
                            notices.append(.employmentKept(board: code, since: employment.since))
                            continue
                        }
                        guard employment.since < since else {
                            throw StoreError.invalid(ValueError(field: "since", value: since.description,
                                                                expected: .friction(.endOnOrAfterStart(since: employment.since.adding(days: 1)))))
                        }
                        var ended = employment
                        ended.until = since.adding(days: -1)
                        try ended.update(db)
                        try self.audit(.update, entity: "employment", id: before.id.description, before: employment, after: ended, actor: actor, db)
                        notices.append(.employmentEnded(board: code, since: employment.since, until: ended.until!))
                    }
                }
                boardId = school.boardId
                let hasID = try ExternalID.filter(ExternalID.Columns.personId == before.id && ExternalID.Columns.boardId == school.boardId).fetchCount(db) > 0
                if !hasID && externalID == nil {
                    // Carry a board-less id over to the first board; otherwise ask for the new board's id.
                    let unbound = try ExternalID.filter(ExternalID.Columns.personId == before.id && ExternalID.Columns.boardId == nil).fetchOne(db)
                    if var unbound {
                        try Self.ensureExternalIDFree(unbound.value, boardId: school.boardId, for: before.id, db)
                        unbound.boardId = school.boardId
                        try unbound.update(db)
                    } else {
                        let board = try Board.fetchOne(db, key: school.boardId)?.code ?? ""
                        throw StoreError.externalIDNeeded(board: board)
                    }
                }
            }
            if let externalID {
                try Self.ensureExternalIDFree(externalID, boardId: boardId, for: before.id, db)
                let existing = try ExternalID.filter(ExternalID.Columns.personId == before.id)
                    .filter(boardId == nil ? ExternalID.Columns.boardId == nil : ExternalID.Columns.boardId == boardId!)
                    .fetchOne(db)
                if var existing {
                    existing.value = externalID
                    try existing.update(db)
                } else {
                    _ = try ExternalID(personId: before.id, boardId: boardId, value: externalID).inserted(db)
                }
            }
            after.updatedAt = now()
            try after.update(db)
            try self.audit(.update, entity: "person", id: before.id.description, before: before, after: after, actor: actor, db)
            return before.id
        }
        return (try profile(of: id.description), notices)
    }

    // MARK: - Inside a transaction

    static func person(matching query: String, _ db: Database) throws -> Person {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            throw LookupError.notFound(.person, query: query, suggestions: [])
        }
        if let id = PersonID(trimmed), let person = try Person.fetchOne(db, key: id) { return person }
        let byExternalID = try Person.fetchAll(db, sql: """
            SELECT DISTINCT person.* FROM person JOIN external_id ON external_id.person_id = person.id
            WHERE external_id.value = ?
            """, arguments: [trimmed])
        if let result = try unique(byExternalID, query: query, db) { return result }
        if trimmed.contains("@") {
            let byEmail = try Person.filter(Person.Columns.email == trimmed.lowercased()).fetchAll(db)
            if let result = try unique(byEmail, query: query, db) { return result }
        }
        // A part of the name, ignoring case and accents (folded in Swift: SQLite's LIKE folds ASCII only).
        let needle = Suggestions.fold(trimmed)
        let all = try Row.fetchAll(db, sql: "SELECT id, name FROM person")
        let matching = all.filter { Suggestions.fold($0["name"]).contains(needle) }
        if matching.count == 1, let person = try Person.fetchOne(db, key: matching[0]["id"] as String) { return person }
        if matching.count > 1 {
            // An exact full-name match wins over partial ones.
            let exact = matching.filter { Suggestions.fold($0["name"]) == needle }
            if exact.count == 1, let person = try Person.fetchOne(db, key: exact[0]["id"] as String) { return person }
            let people = try Person.fetchAll(db, keys: matching.map { $0["id"] as String })
            throw LookupError.ambiguous(.person, query: query, candidates: try describe(people, db))
        }
        let names = all.map { $0["name"] as String }
        let externalIDs = try String.fetchAll(db, sql: "SELECT value FROM external_id")
        throw LookupError.notFound(.person, query: query, suggestions: Suggestions.closest(to: trimmed, among: names + externalIDs))
    }

    private static func unique(_ people: [Person], query: String, _ db: Database) throws -> Person? {
        if people.count == 1 { return people[0] }
        if people.count > 1 {
            throw LookupError.ambiguous(.person, query: query, candidates: try describe(people, db))
        }
        return nil
    }

    /// "Name <email> (id)" lines that tell people apart in an ambiguity message.
    private static func describe(_ people: [Person], _ db: Database) throws -> [String] {
        try people.sorted { $0.name < $1.name }.map { person in
            let ids = try String.fetchAll(db, sql: "SELECT value FROM external_id WHERE person_id = ?", arguments: [person.id])
            let email = person.email.map { " <\($0)>" } ?? ""
            return "\(person.name)\(email) [\(ids.joined(separator: ", "))]"
        }
    }

    /// The school each person belongs to on `day` (the latest-starting membership that covers the day).
    static func currentSchools(on day: Day, _ db: Database) throws -> [PersonID: Int64] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT person_id, school_id FROM membership
            WHERE since <= ? AND (until IS NULL OR until >= ?)
            ORDER BY since
            """, arguments: [day, day])
        var result: [PersonID: Int64] = [:]
        for row in rows {
            if let id = PersonID(row["person_id"] as String) { result[id] = row["school_id"] }
        }
        return result
    }

    static func ensureExternalIDFree(_ value: String, boardId: Int64?, for person: PersonID?, _ db: Database) throws {
        let holder = try Person.fetchOne(db, sql: """
            SELECT person.* FROM person JOIN external_id ON external_id.person_id = person.id
            WHERE external_id.value = ? AND ifnull(external_id.board_id, 0) = ?
            """, arguments: [value, boardId ?? 0])
        if let holder, holder.id != person {
            let board = try boardId.flatMap { try Board.fetchOne(db, key: $0)?.code }
            throw StoreError.externalIDTaken(value: value, board: board, holder: holder.name)
        }
    }

    /// Ends the open membership the day before `since` and starts one at `school`.
    static func move(_ person: PersonID, to school: School, since: Day, _ db: Database) throws {
        let open = try Membership.filter(Membership.Columns.personId == person && Membership.Columns.until == nil).fetchAll(db)
        for var membership in open {
            if membership.schoolId == school.id && membership.since <= since { return }
            guard membership.since < since else {
                throw StoreError.invalid(ValueError(
                    field: "since", value: since.description,
                    expected: .dayAfterMembership(membership.since)))
            }
            membership.until = since.adding(days: -1)
            try membership.update(db)
        }
        _ = try Membership(personId: person, schoolId: school.id!, since: since).inserted(db)
    }
}
