import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The HR report over everyone who belongs to a school during the school year (or has activities in it),
    /// in bulk queries: one pass per table, whatever the number of people.
    public func groupReport(_ settings: ReportSettings, catalog: ProfileCatalog, rules: RuleCatalog, today: Day) throws(StoreError) -> GroupReport {
        let facts = try read { db in try Self.personFacts(settings, rules: rules, today: today, db) }
        if let framework = settings.framework, catalog.framework(framework) == nil {
            throw .lookup(.notFound(.framework, query: framework, suggestions: Suggestions.closest(to: framework, among: catalog.frameworks.map(\.id))))
        }
        return GroupReport.compute(facts: facts, settings: settings, rules: rules, catalog: catalog, today: today)
    }

    /// The facts the group report and the dashboard rest on, for everyone who belongs to a school during the
    /// school year (or has activities in it), in the order the people were added, in one pass per table.
    ///
    /// Every row is filed under its person by position (``PersonPositions``): a person's id is parsed once, not
    /// once per row. Rows are read by column index, not by name or through `Codable`; the summaries' text columns
    /// straight from SQLite (``RawColumns``, ``TextInterner``). No query sorts.
    ///
    /// Activities without a budget count toward their default budget (``RuleCatalog/defaultBudget(kind:on:line:)``), from
    /// the per person-year-kind summary of unbudgeted minutes: a kind's minutes go to one budget when its default is the
    /// same on every day from its first to its last activity in the year (a line that does not change then, the usual
    /// case); otherwise that person's activities of the kind in the year are read by index and resolved one by one.
    static func personFacts(_ settings: ReportSettings, rules: RuleCatalog = .empty, today: Day, _ db: Database) throws -> [PersonFacts] {
        let year = settings.year
        let reference = min(today, year.lastDay)
        let referenceYear = SchoolYear(containing: reference).startYear
        let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
        let partnerships = try Partnership.fetchAll(db).reduce(into: [Int64: Partnership]()) { $0[$1.id!] = $1 }
        let schools = try School.fetchAll(db).reduce(into: [Int64: School]()) { $0[$1.id!] = $1 }

        // Everyone, in the order they were added: the order of the facts.
        var ids: [PersonID] = [], names: [String] = [], texts: [String] = []
        let personRows = try Row.fetchCursor(db, sql: "SELECT id, name FROM person ORDER BY rowid")
        while let row = try personRows.next() {
            ids.append(try row.decode(atIndex: 0))
            texts.append(try row.decode(atIndex: 0))
            names.append(try row.decode(atIndex: 1))
        }
        var people = PersonPositions(ids)
        let count = ids.count

        var externalIDs = [[String]](repeating: [], count: count)
        try forEachRow(db, "SELECT person_id, value FROM external_id ORDER BY id") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            externalIDs[at].append(try row.decode(atIndex: 1))
        }
        // The school each person belongs to: the membership covering the reference day, else the earliest in the year.
        var school = [Int64?](repeating: nil, count: count)
        try forEachRow(db, """
            SELECT person_id, school_id, since FROM membership WHERE since <= ? AND (until IS NULL OR until >= ?) ORDER BY person_id, since, id
            """, [year.lastDay, year.firstDay]) { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            if try raw.day(2) <= reference || school[at] == nil { school[at] = try row.decode(atIndex: 1) }
        }
        var phases = [[PhasePeriod]](repeating: [], count: count), roles = [[RolePeriod]](repeating: [], count: count)
        var employments = [[Employment]](repeating: [], count: count), registrations = [[Registration]](repeating: [], count: count)
        try forEachRow(db, "SELECT person_id, id, phase, since, route, institute, study_year FROM phase_period ORDER BY id") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            phases[at].append(PhasePeriod(id: try row.decode(atIndex: 1), personId: ids[at], phase: try row.decode(atIndex: 2), since: try raw.day(3),
                                          route: try row.decode(atIndex: 4), institute: try row.decode(atIndex: 5), studyYear: try row.decode(atIndex: 6)))
        }
        try forEachRow(db, "SELECT person_id, id, role, since, until, minutes_per_week FROM role_period ORDER BY id") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            roles[at].append(RolePeriod(id: try row.decode(atIndex: 1), personId: ids[at], role: try row.decode(atIndex: 2), since: try raw.day(3),
                                        until: raw.isNull(4) ? nil : try raw.day(4), minutesPerWeek: try row.decode(atIndex: 5)))
        }
        try forEachRow(db, "SELECT person_id, id, board_id, school_id, since, until, fte, function FROM employment ORDER BY id") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            employments[at].append(Employment(id: try row.decode(atIndex: 1), personId: ids[at], boardId: try row.decode(atIndex: 2),
                                              schoolId: try row.decode(atIndex: 3), since: try raw.day(4), until: raw.isNull(5) ? nil : try raw.day(5),
                                              fte: FTE(tenThousandths: try row.decode(atIndex: 6)), function: try row.decode(atIndex: 7)))
        }
        var salarySteps = [[SalaryStep]](repeating: [], count: count)
        try forEachRow(db, "SELECT person_id, id, scale, step, since FROM salary_step ORDER BY since") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            salarySteps[at].append(SalaryStep(id: try row.decode(atIndex: 1), personId: ids[at], scale: try row.decode(atIndex: 2),
                                              step: try row.decode(atIndex: 3), since: try raw.day(4)))
        }
        // Sectors decide which rules apply: every school's and board's, shared by every line.
        let schoolSectors = schools.mapValues(\.sector)
        let boardSectors = boards.compactMapValues(\.defaultSector)
        try forEachRow(db, "SELECT person_id, id, register, since FROM registration ORDER BY id") { raw, row in
            guard let at = people.position(of: raw.text(0)) else { return }
            registrations[at].append(Registration(id: try row.decode(atIndex: 1), personId: ids[at], register: try row.decode(atIndex: 2),
                                                  since: try raw.day(3)))
        }

        // This year's figures from the per person-year summaries (YearSummaries.swift): one row per person, per
        // budget and per item, never a pass over the activities.
        //
        // One pass over the totals of every year up to this one also gives the latest activity on or before the
        // reference day: each year's last day; only for a person with activities after the reference day in its
        // year, that person's activities up to it (by index).
        var totals = [(activities: Int, minutes: Int, verified: Int)?](repeating: nil, count: count)
        var last = [Day?](repeating: nil, count: count)
        var afterReference = [Bool](repeating: false, count: count)
        try forEachRow(db, """
            SELECT person_id, school_year, activities, minutes, verified_minutes, last_activity FROM person_year_total WHERE school_year <= ?
            """, [max(year.startYear, referenceYear)]) { raw, _ in
            guard let at = people.position(of: raw.text(0)) else { return }
            let schoolYear = raw.int(1)
            if schoolYear == year.startYear { totals[at] = (raw.int(2), raw.int(3), raw.int(4)) }
            guard schoolYear <= referenceYear else { return }
            let day = try raw.day(5)
            if schoolYear == referenceYear && day > reference { afterReference[at] = true }
            if last[at].map({ day > $0 }) ?? true { last[at] = day }
        }
        let lastUpTo = try db.cachedStatement(sql: "SELECT MAX(date) FROM activity WHERE person_id = ? AND date <= ? AND deleted_at IS NULL")
        for at in 0..<count where afterReference[at] {
            last[at] = try String.fetchOne(lastUpTo, arguments: [texts[at], reference]).flatMap { Day(iso: $0) }
        }
        var interned = TextInterner()
        var budgets = [[String: Int]](repeating: [:], count: count)
        try forEachRow(db, "SELECT person_id, budget, minutes FROM person_year_budget WHERE school_year = ?", [year.startYear]) { raw, _ in
            guard let at = people.position(of: raw.text(0)) else { return }
            budgets[at][interned.string(raw.text(1))] = raw.int(2)
        }
        var unbudgeted = [[(kind: String, minutes: Int, first: Day, last: Day)]](repeating: [], count: count)
        if !rules.defaultBudgetRules.isEmpty {
            try forEachRow(db, "SELECT person_id, kind, minutes, first_day, last_day FROM person_year_unbudgeted WHERE school_year = ?",
                           [year.startYear]) { raw, _ in
                guard let at = people.position(of: raw.text(0)) else { return }
                unbudgeted[at].append((interned.string(raw.text(1)), raw.int(2), try raw.day(3), try raw.day(4)))
            }
        }
        let unbudgetedOfKind = try db.cachedStatement(sql: """
            SELECT date, minutes FROM activity WHERE person_id = ? AND date BETWEEN ? AND ? AND kind = ?
              AND deleted_at IS NULL AND budget IS NULL AND budget_opt_out = 0
            """)
        // One pass over the item summaries, in their primary key's order (person, year, framework, item, kind): this
        // year's domains (minutes) and items, and, over all years, how many activities each framework's competences
        // count: a person's framework for the gaps flag is the one used most (ties: the last id in byte order).
        // Without a framework to choose (one is given) only this year's rows are read.
        let choosesFramework = settings.framework == nil
        var domains = [[String: Int]](repeating: [:], count: count), items = [[ItemReference]](repeating: [], count: count)
        var uses = [[(framework: String, activities: Int)]](repeating: [], count: count)
        // A domain's full id (`framework:item`) made once per framework and item.
        var fullIDs: [ItemReference: String] = [:]
        let competence = Array(ItemMapping.Kind.competence.rawValue.utf8), domain = Array(ItemMapping.Kind.domain.rawValue.utf8)
        try forEachRow(db, """
            SELECT person_id, school_year, kind, framework, item, activities, minutes FROM person_year_item \(choosesFramework ? "" : "WHERE school_year = ?")
            """, choosesFramework ? [] : [year.startYear]) { raw, _ in
            guard let at = people.position(of: raw.text(0)) else { return }
            let schoolYear = raw.int(1), kind = raw.text(2), framework = interned.string(raw.text(3))
            if choosesFramework && kind.equals(competence) {
                let activities = raw.int(5)
                if let index = uses[at].firstIndex(where: { $0.framework == framework }) { uses[at][index].activities += activities }
                else { uses[at].append((framework, activities)) }
            }
            guard schoolYear == year.startYear else { return }
            let reference = ItemReference(framework: framework, item: interned.string(raw.text(4)))
            if kind.equals(domain) {
                let id = fullIDs[reference] ?? { let id = reference.fullID; fullIDs[reference] = id; return id }()
                domains[at][id] = raw.int(6)
            } else {
                items[at].append(reference)
            }
        }
        let framework = uses.map { uses in
            uses.max { a, b in a.activities != b.activities ? a.activities < b.activities : a.framework.utf8.lexicographicallyPrecedes(b.framework.utf8) }?.framework
        }

        // The group keys of a school (its code, its board's, its partnership's) and of a phase, made once and shared
        // by everyone in them.
        var schoolKeys: [Int64?: (school: [String], board: [String], partnership: [String], names: [GroupBy: [String]], signOff: Bool)] = [:]
        for id in Array(schools.keys).map(Optional.some) + [nil] {
            let home = id.flatMap { schools[$0] }
            let board = home.flatMap { boards[$0.boardId] }
            let partnership = board?.partnershipId.flatMap { partnerships[$0] }
            var names: [GroupBy: [String]] = [:]
            if let home { names[.school] = [home.name] }
            if let board { names[.board] = [board.name] }
            if let partnership { names[.partnership] = [partnership.name] }
            schoolKeys[id] = ([home?.code ?? "-"], [board?.code ?? "-"], [partnership?.code ?? "-"], names, partnership?.expectsSignOff ?? false)
        }
        var phaseKeys: [Phase?: [String]] = [nil: ["-"]]
        for phase in Phase.allCases { phaseKeys[phase] = [phase.rawValue] }
        let none = ["-"]

        var facts: [PersonFacts] = []
        facts.reserveCapacity(count)
        for at in 0..<count where school[at] != nil || totals[at] != nil {
            // The sectors of this person's employments' schools and boards only (the line as the store reads it).
            var ownSchools: [Int64: SchoolSector] = [:], ownBoards: [Int64: SchoolSector] = [:]
            for employment in employments[at] {
                if let id = employment.schoolId, let sector = schoolSectors[id] { ownSchools[id] = sector }
                if let sector = boardSectors[employment.boardId] { ownBoards[employment.boardId] = sector }
            }
            let line = PersonLine(phases: phases[at], roles: roles[at], employments: employments[at], registrations: registrations[at],
                                  salarySteps: salarySteps[at], schoolSectors: ownSchools, boardSectors: ownBoards)
            for entry in unbudgeted[at] {
                if let constant = rules.constantDefaultBudget(kind: entry.kind, from: entry.first, through: entry.last, line: line) {
                    if let budget = constant { budgets[at][budget, default: 0] += entry.minutes }
                    continue
                }
                for row in try Row.fetchAll(unbudgetedOfKind, arguments: [texts[at], entry.first, entry.last, entry.kind]) {
                    if let budget = rules.defaultBudget(kind: entry.kind, on: row[0], line: line) { budgets[at][budget, default: 0] += row[1] as Int }
                }
            }
            let keys = schoolKeys[school[at].flatMap { schools[$0] == nil ? nil : $0 }]!
            let held = line.roles(on: reference).map(\.rawValue).sorted()
            let groups: [GroupBy: [String]] = [
                .school: keys.school, .board: keys.board, .partnership: keys.partnership,
                .phase: phaseKeys[line.phase(on: reference)]!, .role: held.isEmpty ? none : held,
            ]
            let total = totals[at]
            facts.append(PersonFacts(
                id: ids[at], name: names[at], externalIds: externalIDs[at], groups: groups, line: line,
                activities: total?.activities ?? 0, minutes: total?.minutes ?? 0, budgetMinutes: budgets[at],
                domainMinutes: domains[at], verifiedMinutes: total?.verified ?? 0, lastActivity: last[at],
                framework: framework[at], items: items[at], groupNames: keys.names, expectsSignOff: keys.signOff))
        }
        return facts
    }
}

/// The position of each person in a list of people, by id. Rows of one person tend to follow each other, so the
/// last answer is kept and a repeat costs one comparison of the id's bytes.
///
/// Ids are looked up by their UUID, not their text: a dictionary of 10,000 strings compares each probe with a key
/// stored elsewhere on the heap (a cache miss per row), where a UUID sits in the dictionary itself.
struct PersonPositions {
    private let byID: [PersonID: Int]
    private var lastBytes: [UInt8] = []
    private var lastPosition: Int?
    private var hasLast = false

    init(_ ids: [PersonID]) {
        var byID: [PersonID: Int] = [:]
        byID.reserveCapacity(ids.count)
        for (position, id) in ids.enumerated() { byID[id] = position }
        self.byID = byID
    }

    /// The position of the person whose id text has these UTF-8 bytes, or nil for an id not in the list.
    mutating func position(of bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        if hasLast && lastBytes.count == bytes.count
            && lastBytes.withUnsafeBufferPointer({ bytes.isEmpty || memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }) {
            return lastPosition
        }
        hasLast = true
        lastBytes.removeAll(keepingCapacity: true)
        lastBytes.append(contentsOf: bytes)
        let id = PersonID(utf8: bytes) ?? PersonID(String(decoding: bytes, as: UTF8.self))
        lastPosition = id.flatMap { byID[$0] }
        return lastPosition
    }
}
