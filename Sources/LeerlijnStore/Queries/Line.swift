import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Sets a person's phase from a day on; it lasts until the next phase.
    /// - Throws: ``StoreError/invalid(_:)`` for a second phase on the same day (phases would overlap), or a
    ///   step back along the line (student, starter, basisbekwaam, vakbekwaam) without `force`.
    public func setPhase(_ person: String, _ new: NewPhase, actor: String) throws(StoreError) -> PersonLine {
        if new.route != nil || new.institute != nil || new.studyYear != nil, new.phase != .student {
            throw .invalid(ValueError(field: "phase", value: new.phase.rawValue, expected: .studentPhase))
        }
        if let year = new.studyYear, !(1...8).contains(year) {
            throw .invalid(ValueError(field: "study year", value: String(year), expected: .studyYear))
        }
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            let existing = try PhasePeriod.filter(PhasePeriod.Columns.personId == person.id).order(PhasePeriod.Columns.since).fetchAll(db)
            if let same = existing.first(where: { $0.since == new.since }) {
                throw StoreError.invalid(ValueError(field: "since", value: new.since.description,
                                                    expected: .phaseDayTaken(phase: same.phase, day: new.since)))
            }
            if !new.force {
                let before = existing.last { $0.since < new.since }, after = existing.first { $0.since > new.since }
                if let before, new.phase < before.phase {
                    throw StoreError.invalid(ValueError(field: "phase", value: new.phase.rawValue,
                                                        expected: .phaseAtOrAfter(phase: before.phase, since: before.since)))
                }
                if let after, after.phase < new.phase {
                    throw StoreError.invalid(ValueError(field: "phase", value: new.phase.rawValue,
                                                        expected: .phaseAtOrBefore(phase: after.phase, since: after.since)))
                }
            }
            var period = PhasePeriod(personId: person.id, phase: new.phase, since: new.since, route: new.route,
                                     institute: new.institute.flatMap(ActivityInput.optionalText), studyYear: new.studyYear)
            try period.insert(db)
            try self.audit(.create, entity: "phase", id: person.id.description, before: nil as PhasePeriod?, after: period, actor: actor, db)
            return person.id
        }
        return try read { db in try Self.line(of: id, db) }
    }

    /// Adds a role over a period, with optional facilitated minutes per week.
    /// - Throws: ``StoreError/invalid(_:)`` when `until` is before `since` or the role overlaps the same role.
    public func addRole(_ person: String, role: Role, since: Day, until: Day?, minutesPerWeek: Int?, actor: String) throws(StoreError) -> PersonLine {
        if let until, until < since {
            throw .invalid(ValueError(field: "until", value: until.description, expected: .dayOnOrAfter(option: "--since", day: since)))
        }
        if let minutes = minutesPerWeek, !(0...(60 * 60)).contains(minutes) {
            throw .invalid(ValueError(field: "hours per week", value: String(Double(minutes) / 60), expected: .hoursPerWeek))
        }
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            var period = RolePeriod(personId: person.id, role: role, since: since, until: until, minutesPerWeek: minutesPerWeek)
            let same = try RolePeriod.filter(RolePeriod.Columns.personId == person.id && RolePeriod.Columns.role == role).fetchAll(db)
            if let clash = same.first(where: { Self.overlap($0.since, $0.until, since, until) }) {
                throw StoreError.invalid(ValueError(field: "since", value: since.description,
                                                    expected: .noRoleOverlap(role: role, since: clash.since, until: clash.until)))
            }
            try period.insert(db)
            try self.audit(.create, entity: "role", id: person.id.description, before: nil as RolePeriod?, after: period, actor: actor, db)
            return person.id
        }
        return try read { db in try Self.line(of: id, db) }
    }

    /// Adds an employment (aanstelling) with its werktijdfactor; several may run at once, at one board only one
    /// at a time (see ``recordEmployment(_:_:replace:actor:)``, which also says what else it did).
    /// - Throws: ``StoreError/invalid(_:)`` for `until` before `since`, an FTE above 1.5 without `force`, or an
    ///   employment that overlaps one at the same board.
    public func addEmployment(_ person: String, _ new: NewEmployment, actor: String) throws(StoreError) -> PersonLine {
        try recordEmployment(person, new, actor: actor).line
    }

    /// Records a registration in a register (e.g. BRLO) from a day on.
    /// - Parameters: `number`, `until`: the registration number and the term's last day, as the register stated them (dossier).
    public func recordRegistration(_ person: String, register: Rule, since: Day, number: String? = nil, until: Day? = nil, actor: String) throws(StoreError) -> PersonLine {
        if let until, until < since {
            throw .invalid(ValueError(field: "until", value: until.description, expected: .dayOnOrAfter(option: "--since", day: since)))
        }
        guard register.kind == .register else {
            throw .invalid(ValueError(field: "register", value: register.id, expected: .registerRule))
        }
        let id = try write { db -> PersonID in
            let person = try Self.person(matching: person, db)
            if try Registration.filter(Registration.Columns.personId == person.id && Registration.Columns.register == register.id)
                .filter(Column("since") == since).fetchCount(db) > 0 {
                throw StoreError.duplicate(.rule, value: "\(register.id) \(since)")
            }
            var registration = Registration(personId: person.id, register: register.id, since: since,
                                            number: number.map { $0.trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : $0 }, until: until)
            try registration.insert(db)
            try self.audit(.create, entity: "registration", id: person.id.description, before: nil as Registration?, after: registration, actor: actor, db)
            return person.id
        }
        return try read { db in try Self.line(of: id, db) }
    }

    /// A person's progress: phase, roles, and per school year and budget the entitlement, use and projection.
    /// - Parameter year: one school year, or nil for every year from the first dated fact to the current year.
    /// - Parameter instruments: the loaded observation instruments; with them, the latest observation is summarised.
    public func progress(of person: String, year: SchoolYear?, rules: RuleCatalog, instruments: InstrumentCatalog = .empty, today: Day) throws(StoreError) -> Progress {
        try read { db in
            let person = try Self.person(matching: person, db)
            let line = try Self.line(of: person.id, db)
            var used: [SchoolYear: [String: Int]] = [:], unbudgeted: [SchoolYear: Int] = [:]
            var first = SchoolYear(containing: today)
            // An activity without a budget (not opted out with `--budget none`) counts toward its default budget on its day,
            // resolved now from the line, so it follows every later change of phase, employment or rule file.
            let defaults = rules.defaultBudgetRules.isEmpty ? nil : rules
            for row in try Row.fetchAll(db, sql: "SELECT date, minutes, budget, kind, budget_opt_out FROM activity WHERE person_id = ? AND deleted_at IS NULL",
                                        arguments: [person.id]) {
                let day = row["date"] as Day
                let year = SchoolYear(containing: day)
                first = min(first, year)
                let chosen = row["budget"] as String?
                let budget = chosen ?? ((row["budget_opt_out"] as Bool) ? nil : defaults?.defaultBudget(kind: row["kind"], on: day, line: line))
                if let budget {
                    used[year, default: [:]][budget, default: 0] += row["minutes"] as Int
                } else {
                    unbudgeted[year, default: 0] += row["minutes"] as Int
                }
            }
            for day in line.phases.map(\.since) + line.employments.map(\.since) { first = min(first, SchoolYear(containing: day)) }
            let current = SchoolYear(containing: today)
            let years: [SchoolYear]
            if let year {
                years = [year]
            } else {
                // Every year from the first dated fact, but not more than 12 back.
                let start = max(first.startYear, current.startYear - 11)
                years = (start...current.startYear).map(SchoolYear.init(startYear:))
            }
            var progress = Progress.compute(person: person.name, line: line, rules: rules, used: used, unbudgeted: unbudgeted, years: years, today: today)
            progress.latestObservation = try Self.observationSummary(person, instruments: instruments, db)?.brief
            return progress
        }
    }

    /// The whole line: phases, roles, employments, schools, registrations and minutes per school year per domain.
    public func line(of person: String) throws(StoreError) -> LineOverview {
        try read { db in try Self.lineOverview(try Self.person(matching: person, db), db) }
    }

    static func lineOverview(_ person: Person, _ db: Database) throws -> LineOverview {
        let line = try Self.line(of: person.id, db)
        let boards = try Board.fetchAll(db).reduce(into: [Int64: String]()) { $0[$1.id!] = $1.code }
        let schools = try School.fetchAll(db).reduce(into: [Int64: School]()) { $0[$1.id!] = $1 }
        let employments = line.employments.map {
            LineOverview.EmploymentPeriod(board: boards[$0.boardId] ?? "", school: $0.schoolId.flatMap { schools[$0]?.code }, since: $0.since, until: $0.until, fte: $0.fte,
                                          sector: line.sector(of: $0), function: $0.function)
        }
        let memberships = try Membership.filter(Membership.Columns.personId == person.id).order(Membership.Columns.since).fetchAll(db).compactMap { m -> PersonProfile.SchoolPeriod? in
            guard let school = schools[m.schoolId] else { return nil }
            return PersonProfile.SchoolPeriod(school: school.code, schoolName: school.name, board: boards[school.boardId] ?? "", since: m.since, until: m.until)
        }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.id, a.date, a.minutes, group_concat(i.framework || ':' || i.item, ' ') AS domains
            FROM activity a LEFT JOIN activity_item i ON i.activity_id = a.id AND i.kind = 'domain'
            WHERE a.person_id = ? AND a.deleted_at IS NULL
            GROUP BY a.id
            """, arguments: [person.id])
        var years: [SchoolYear: LineOverview.YearMinutes] = [:]
        for row in rows {
            let year = SchoolYear(containing: row["date"] as Day)
            let minutes: Int = row["minutes"]
            var entry = years[year] ?? LineOverview.YearMinutes(schoolYear: year, activities: 0, minutes: 0, domains: [:], withoutDomain: 0)
            entry.activities += 1
            entry.minutes += minutes
            let domains = (row["domains"] as String?)?.split(separator: " ").map(String.init) ?? []
            if domains.isEmpty { entry.withoutDomain += minutes }
            for domain in Set(domains) { entry.domains[domain, default: 0] += minutes }
            years[year] = entry
        }
        var overview = LineOverview(person: person.name, phases: line.phases, roles: line.roles.sorted { $0.since < $1.since }, employments: employments,
                                    memberships: memberships, registrations: line.registrations, schoolYears: years.values.sorted { $0.schoolYear < $1.schoolYear })
        overview.salarySteps = line.salarySteps
        return overview
    }

    /// A person's standing with a register: registration and expiry, and each criterion met or not with the evidence.
    public func registration(of person: String, register: Rule, catalog: ProfileCatalog, today: Day) throws(StoreError) -> RegistrationStatus {
        try read { db in
            let person = try Self.person(matching: person, db)
            let line = try Self.line(of: person.id, db)
            let entries = try Self.entries(for: try Activity.filter(Activity.Columns.personId == person.id && Activity.Columns.deletedAt == nil)
                .order(Activity.Columns.date).fetchAll(db), db)
            return Self.registrationStatus(of: person, line: line, entries: entries, rule: register, catalog: catalog, today: today)
        }
    }

    // MARK: - Inside a transaction

    static func line(of person: PersonID, _ db: Database) throws -> PersonLine {
        var line = PersonLine(
            phases: try PhasePeriod.filter(PhasePeriod.Columns.personId == person).fetchAll(db),
            roles: try RolePeriod.filter(RolePeriod.Columns.personId == person).fetchAll(db),
            employments: try Employment.filter(Employment.Columns.personId == person).order(Employment.Columns.since).fetchAll(db),
            registrations: try Registration.filter(Registration.Columns.personId == person).fetchAll(db))
        try Self.addSectorsAndSteps(to: &line, of: person, db)   // SalarySteps.swift
        return line
    }

    static func overlap(_ aStart: Day, _ aEnd: Day?, _ bStart: Day, _ bEnd: Day?) -> Bool {
        LineRules.overlap(aStart, aEnd, bStart, bEnd)
    }
}
