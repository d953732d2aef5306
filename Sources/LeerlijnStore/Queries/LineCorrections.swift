import GRDB
import LeerlijnCore

/// Corrections of a person's line: employments, phases, roles and school memberships edited, ended or deleted.
/// Each is one transaction with an audit line, and each refuses what would break the line's invariants
/// (``LineRules``): employments at one board and roles of one kind do not overlap, phases keep their order,
/// memberships do not overlap. A total FTE above 1.0 is allowed but noticed.
extension LeerlijnDatabase {
    // MARK: - Employment

    /// Adds an employment, refusing one that overlaps an employment at the same board unless `replace`, which
    /// ends the old one the day before the new one starts.
    public func recordEmployment(_ person: String, _ new: NewEmployment, replace: Bool = false, actor: String) throws(StoreError) -> LineChange {
        if let until = new.until, until < new.since {
            throw .invalid(ValueError(field: "until", value: until.description, expected: .dayOnOrAfter(option: "--since", day: new.since)))
        }
        if new.fte > FTE.usualMaximum && !new.force {
            throw .invalid(ValueError(field: "fte", value: new.fte.description, expected: .fteAtMost))
        }
        let (id, notices) = try write { db -> (PersonID, [LineNotice]) in
            let person = try Self.person(matching: person, db)
            let school = try new.school.map { try Self.school(code: $0, db) }
            var boardId = school?.boardId
            if boardId == nil, let board = new.board { boardId = try Self.board(code: board, db).id }
            if boardId == nil, let current = try Self.currentSchools(on: new.since, db)[person.id] {
                boardId = try School.fetchOne(db, key: current)?.boardId
            }
            guard let boardId else {
                throw StoreError.invalid(ValueError(field: "employment", value: "\(person.name), \(new.since)", expected: .schoolOrBoard))
            }
            var employment = Employment(personId: person.id, boardId: boardId, schoolId: school?.id, since: new.since, until: new.until, fte: new.fte,
                                        function: new.function)
            var notices: [LineNotice] = []
            while let clash = LineRules.overlappingEmployment(employment, among: try Self.employments(of: person.id, db)) {
                guard replace, clash.since < new.since else {
                    throw StoreError.invalid(ValueError(field: "since", value: new.since.description, expected: .friction(.noEmploymentOverlap(
                        board: try Self.boardCode(clash.boardId, db), since: clash.since, until: clash.until, replace: !replace && clash.since < new.since))))
                }
                var ended = clash
                ended.until = new.since.adding(days: -1)
                try ended.update(db)
                try self.audit(.update, entity: "employment", id: person.id.description, before: clash, after: ended, actor: actor, db)
                notices.append(.employmentEnded(board: try Self.boardCode(clash.boardId, db), since: clash.since, until: ended.until!))
            }
            try employment.insert(db)
            try self.audit(.create, entity: "employment", id: person.id.description, before: nil as Employment?, after: employment, actor: actor, db)
            return (person.id, notices + (try Self.fteNotices(person.id, db)))
        }
        return LineChange(line: try read { db in try Self.line(of: id, db) }, notices: notices)
    }

    /// Corrects an employment chosen by its first day (and board or school, when several start on that day).
    /// - Throws: ``StoreError/nothingToChange``, or ``StoreError/invalid(_:)`` for an overlap at the same board,
    ///   an end before the start, or an FTE above 1.5 without `force`.
    public func editEmployment(_ person: String, _ choice: PeriodChoice, _ change: EmploymentChange, actor: String, today: Day) throws(StoreError) -> LineChange {
        guard !change.isEmpty else { throw .nothingToChange }
        if let fte = change.fte, fte > FTE.usualMaximum && !change.force {
            throw .invalid(ValueError(field: "fte", value: fte.description, expected: .fteAtMost))
        }
        return try changeLine(person) { db, person in
            let before = try Self.chosenEmployment(person.id, choice, today: today, db)
            var after = before
            if let since = change.since { after.since = since }
            if let until = change.until { after.until = until }
            if let fte = change.fte { after.fte = fte }
            try Self.checkEnd(after.since, after.until)
            if let clash = LineRules.overlappingEmployment(after, among: try Self.employments(of: person.id, db)) {
                throw StoreError.invalid(ValueError(field: "since", value: after.since.description, expected: .friction(.noEmploymentOverlap(
                    board: try Self.boardCode(clash.boardId, db), since: clash.since, until: clash.until, replace: false))))
            }
            try after.update(db)
            try self.audit(.update, entity: "employment", id: person.id.description, before: before, after: after, actor: actor, db)
            return before.since
        }
    }

    /// Ends an employment on `until` (its last day).
    public func endEmployment(_ person: String, _ choice: PeriodChoice, until: Day, actor: String, today: Day) throws(StoreError) -> LineChange {
        try editEmployment(person, choice, EmploymentChange(until: .some(until)), actor: actor, today: today)
    }

    /// Deletes an employment entered by mistake (one that ended goes on the line: end it instead).
    public func deleteEmployment(_ person: String, _ choice: PeriodChoice, actor: String, today: Day) throws(StoreError) -> LineChange {
        try changeLine(person) { db, person in
            let before = try Self.chosenEmployment(person.id, choice, today: today, db)
            try before.delete(db)
            try self.audit(.delete, entity: "employment", id: person.id.description, before: before, after: nil, actor: actor, db)
            return before.since
        }
    }

    // MARK: - Phase

    /// Corrects the phase that starts on `started`: another phase or another first day.
    /// - Throws: ``StoreError/invalid(_:)`` when another phase starts on the new day, or the phases would step back
    ///   along the line without `force`.
    public func editPhase(_ person: String, started: Day, _ change: PhaseChange, actor: String) throws(StoreError) -> LineChange {
        guard !change.isEmpty else { throw .nothingToChange }
        return try changeLine(person) { db, person in
            let phases = try PhasePeriod.filter(PhasePeriod.Columns.personId == person.id).fetchAll(db)
            guard let before = phases.first(where: { $0.since == started }) else {
                throw StoreError.invalid(ValueError(field: "since", value: started.description,
                                                    expected: .friction(.periodChoice(subject: .phase, starts: phases.map(\.since).sorted()))))
            }
            var after = before
            if let phase = change.phase { after.phase = phase }
            if let since = change.since { after.since = since }
            if after.phase != .student { (after.route, after.institute, after.studyYear) = (nil, nil, nil) }
            let others = phases.filter { $0.id != before.id }
            if let same = others.first(where: { $0.since == after.since }) {
                throw StoreError.invalid(ValueError(field: "since", value: after.since.description, expected: .phaseDayTaken(phase: same.phase, day: after.since)))
            }
            if !change.force && !LineRules.phasesInOrder(others + [after]) {
                throw StoreError.invalid(ValueError(field: "phase", value: after.phase.rawValue, expected: .friction(.phaseOrder)))
            }
            try after.update(db)
            try self.audit(.update, entity: "phase", id: person.id.description, before: before, after: after, actor: actor, db)
            return before.since
        }
    }

    /// Deletes the phase that starts on `started`; the phase before it then lasts until the next.
    public func deletePhase(_ person: String, started: Day, actor: String) throws(StoreError) -> LineChange {
        try changeLine(person) { db, person in
            let phases = try PhasePeriod.filter(PhasePeriod.Columns.personId == person.id).fetchAll(db)
            guard let before = phases.first(where: { $0.since == started }) else {
                throw StoreError.invalid(ValueError(field: "since", value: started.description,
                                                    expected: .friction(.periodChoice(subject: .phase, starts: phases.map(\.since).sorted()))))
            }
            try before.delete(db)
            try self.audit(.delete, entity: "phase", id: person.id.description, before: before, after: nil, actor: actor, db)
            return before.since
        }
    }

    // MARK: - Role

    /// Corrects a period of `role` chosen by its first day (or the only one, or the only one on `today`).
    /// - Throws: ``StoreError/invalid(_:)`` when it would overlap another period of the same role or end before it starts.
    public func editRole(_ person: String, role: Role, _ choice: PeriodChoice, _ change: RoleChange, actor: String, today: Day) throws(StoreError) -> LineChange {
        guard !change.isEmpty else { throw .nothingToChange }
        if case let .some(.some(minutes)) = change.minutesPerWeek, !(0...(60 * 60)).contains(minutes) {
            throw .invalid(ValueError(field: "hours per week", value: String(Double(minutes) / 60), expected: .hoursPerWeek))
        }
        return try changeLine(person) { db, person in
            let periods = try RolePeriod.filter(RolePeriod.Columns.personId == person.id && RolePeriod.Columns.role == role).fetchAll(db)
            let before = try Self.choose(periods, choice, subject: .role, today: today, since: \.since, until: \.until)
            var after = before
            if let since = change.since { after.since = since }
            if let until = change.until { after.until = until }
            if let minutes = change.minutesPerWeek { after.minutesPerWeek = minutes }
            try Self.checkEnd(after.since, after.until)
            if let clash = periods.first(where: { $0.id != before.id && LineRules.overlap($0.since, $0.until, after.since, after.until) }) {
                throw StoreError.invalid(ValueError(field: "since", value: after.since.description,
                                                    expected: .noRoleOverlap(role: role, since: clash.since, until: clash.until)))
            }
            try after.update(db)
            try self.audit(.update, entity: "role", id: person.id.description, before: before, after: after, actor: actor, db)
            return before.since
        }
    }

    /// Ends a period of `role` on `until` (its last day).
    public func endRole(_ person: String, role: Role, _ choice: PeriodChoice, until: Day, actor: String, today: Day) throws(StoreError) -> LineChange {
        try editRole(person, role: role, choice, RoleChange(until: .some(until)), actor: actor, today: today)
    }

    /// Deletes a period of `role` entered by mistake.
    public func deleteRole(_ person: String, role: Role, _ choice: PeriodChoice, actor: String, today: Day) throws(StoreError) -> LineChange {
        try changeLine(person) { db, person in
            let periods = try RolePeriod.filter(RolePeriod.Columns.personId == person.id && RolePeriod.Columns.role == role).fetchAll(db)
            let before = try Self.choose(periods, choice, subject: .role, today: today, since: \.since, until: \.until)
            try before.delete(db)
            try self.audit(.delete, entity: "role", id: person.id.description, before: before, after: nil, actor: actor, db)
            return before.since
        }
    }

    // MARK: - School membership

    /// Corrects a school membership chosen by its first day (and school), or the only one, or the one on `today`.
    /// - Throws: ``StoreError/invalid(_:)`` when it would overlap another membership or end before it starts.
    public func editMembership(_ person: String, _ choice: PeriodChoice, _ change: MembershipChange, actor: String, today: Day) throws(StoreError) -> PersonProfile {
        guard !change.isEmpty else { throw .nothingToChange }
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            let memberships = try Membership.filter(Membership.Columns.personId == person.id).fetchAll(db)
            let before = try Self.chosenMembership(memberships, choice, today: today, db)
            var after = before
            if let since = change.since { after.since = since }
            if let until = change.until { after.until = until }
            try Self.checkEnd(after.since, after.until)
            if let clash = memberships.first(where: { $0.id != before.id && LineRules.overlap($0.since, $0.until, after.since, after.until) }) {
                throw StoreError.invalid(ValueError(field: "since", value: after.since.description, expected: .friction(.noMembershipOverlap(
                    school: try School.fetchOne(db, key: clash.schoolId)?.code ?? "", since: clash.since, until: clash.until))))
            }
            try after.update(db)
            try self.audit(.update, entity: "membership", id: person.id.description, before: before, after: after, actor: actor, db)
            return person.id
        }
        return try profile(of: id.description)
    }

    /// Ends a school membership on `until` (its last day).
    public func endMembership(_ person: String, _ choice: PeriodChoice, until: Day, actor: String, today: Day) throws(StoreError) -> PersonProfile {
        try editMembership(person, choice, MembershipChange(until: .some(until)), actor: actor, today: today)
    }

    /// Deletes a school membership entered by mistake.
    public func deleteMembership(_ person: String, _ choice: PeriodChoice, actor: String, today: Day) throws(StoreError) -> PersonProfile {
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            let memberships = try Membership.filter(Membership.Columns.personId == person.id).fetchAll(db)
            let before = try Self.chosenMembership(memberships, choice, today: today, db)
            try before.delete(db)
            try self.audit(.delete, entity: "membership", id: person.id.description, before: before, after: nil, actor: actor, db)
            return person.id
        }
        return try profile(of: id.description)
    }

    // MARK: - Inside a transaction

    /// Runs `body` for the person in one write transaction and returns the new line with the FTE notices.
    private func changeLine(_ query: String, _ body: (Database, Person) throws -> Day) throws(StoreError) -> LineChange {
        let (id, started, notices) = try write { db -> (PersonID, Day, [LineNotice]) in
            let person = try Self.person(matching: query, db)
            let started = try body(db, person)
            return (person.id, started, try Self.fteNotices(person.id, db))
        }
        return LineChange(line: try read { db in try Self.line(of: id, db) }, notices: notices, started: started)
    }

    static func employments(of person: PersonID, _ db: Database) throws -> [Employment] {
        try Employment.filter(Employment.Columns.personId == person).order(Employment.Columns.since).fetchAll(db)
    }

    /// A notice when the person's employments add up to more than a full-time job on some day.
    static func fteNotices(_ person: PersonID, _ db: Database) throws -> [LineNotice] {
        LineRules.firstDayAboveFullTime(try employments(of: person, db)).map { [.fteAboveFullTime(day: $0.day, total: $0.total)] } ?? []
    }

    static func boardCode(_ id: Int64, _ db: Database) throws -> String { try Board.fetchOne(db, key: id)?.code ?? "" }

    static func checkEnd(_ since: Day, _ until: Day?) throws {
        if let until, until < since {
            throw StoreError.invalid(ValueError(field: "until", value: until.description, expected: .friction(.endOnOrAfterStart(since: since))))
        }
    }

    static func chosenEmployment(_ person: PersonID, _ choice: PeriodChoice, today: Day, _ db: Database) throws -> Employment {
        var employments = try employments(of: person, db)
        if let code = choice.organisation {
            let school = try? Self.school(code: code, db)
            let board = school == nil ? try Self.board(code: code, db) : nil
            employments = employments.filter { employment in
                if let school { return employment.schoolId == school.id }
                return employment.boardId == board?.id
            }
        }
        return try choose(employments, choice, subject: .employment, today: today, since: \.since, until: \.until)
    }

    static func chosenMembership(_ memberships: [Membership], _ choice: PeriodChoice, today: Day, _ db: Database) throws -> Membership {
        var memberships = memberships
        if let code = choice.organisation {
            let school = try Self.school(code: code, db)
            memberships = memberships.filter { $0.schoolId == school.id }
        }
        return try choose(memberships, choice, subject: .membership, today: today, since: \.since, until: \.until)
    }

    /// The one period `choice` names: the one that starts on `choice.started`; without a day, the only one, or the
    /// only one covering `today`.
    static func choose<T>(_ periods: [T], _ choice: PeriodChoice, subject: LinePeriodKind, today: Day,
                          since: KeyPath<T, Day>, until: KeyPath<T, Day?>) throws -> T {
        let candidates: [T]
        if let started = choice.started {
            candidates = periods.filter { $0[keyPath: since] == started }
        } else if periods.count == 1 {
            candidates = periods
        } else {
            candidates = periods.filter { LineRules.overlap($0[keyPath: since], $0[keyPath: until], today, today) }
        }
        guard candidates.count == 1 else {
            throw StoreError.invalid(ValueError(field: "since", value: choice.started?.description ?? "",
                                                expected: .friction(.periodChoice(subject: subject, starts: periods.map { $0[keyPath: since] }.sorted()))))
        }
        return candidates[0]
    }
}
