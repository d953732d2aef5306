import Foundation
import GRDB
import Testing
@testable import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

/// The report's facts gathered the plain way: every table through its GRDB record, keyed by person id, each figure
/// by its own query (how `personFacts` read them before it read columns straight from SQLite in one pass per table).
/// The oracle for `personFacts`.
private func plainFacts(_ settings: ReportSettings, today: Day, _ db: Database) throws -> [PersonFacts] {
    let year = settings.year
    let reference = min(today, year.lastDay)
    let boards = try Board.fetchAll(db).reduce(into: [Int64: Board]()) { $0[$1.id!] = $1 }
    let partnerships = try Partnership.fetchAll(db).reduce(into: [Int64: String]()) { $0[$1.id!] = $1.code }
    let schools = try School.fetchAll(db).reduce(into: [Int64: School]()) { $0[$1.id!] = $1 }
    var externalIDs: [PersonID: [String]] = [:]
    for row in try ExternalID.order(ExternalID.Columns.id).fetchAll(db) { externalIDs[row.personId, default: []].append(row.value) }
    var school: [PersonID: Int64] = [:]
    for membership in try Membership.fetchAll(db, sql: """
        SELECT * FROM membership WHERE since <= ? AND (until IS NULL OR until >= ?) ORDER BY since, id
        """, arguments: [year.lastDay, year.firstDay]) where membership.since <= reference || school[membership.personId] == nil {
        school[membership.personId] = membership.schoolId
    }
    var phases: [PersonID: [PhasePeriod]] = [:], roles: [PersonID: [RolePeriod]] = [:]
    var employments: [PersonID: [Employment]] = [:], registrations: [PersonID: [Registration]] = [:]
    for row in try PhasePeriod.order(Column("id")).fetchAll(db) { phases[row.personId, default: []].append(row) }
    for row in try RolePeriod.order(Column("id")).fetchAll(db) { roles[row.personId, default: []].append(row) }
    for row in try Employment.order(Column("id")).fetchAll(db) { employments[row.personId, default: []].append(row) }
    for row in try Registration.order(Column("id")).fetchAll(db) { registrations[row.personId, default: []].append(row) }
    var totals: [PersonID: (activities: Int, minutes: Int, verified: Int)] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT person_id, activities, minutes, verified_minutes FROM person_year_total WHERE school_year = ?",
                                arguments: [year.startYear]) {
        totals[PersonID(row[0] as String)!] = (row[1], row[2], row[3])
    }
    var budgets: [PersonID: [String: Int]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT person_id, budget, minutes FROM person_year_budget WHERE school_year = ?", arguments: [year.startYear]) {
        budgets[PersonID(row[0] as String)!, default: [:]][row[1]] = row[2]
    }
    var domains: [PersonID: [String: Int]] = [:], items: [PersonID: [ItemReference]] = [:]
    for row in try Row.fetchAll(db, sql: "SELECT person_id, framework, item, kind, minutes FROM person_year_item WHERE school_year = ?",
                                arguments: [year.startYear]) {
        let person = PersonID(row[0] as String)!
        let reference = ItemReference(framework: row[1], item: row[2])
        if (row[3] as String) == "domain" { domains[person, default: [:]][reference.fullID] = row[4] } else { items[person, default: []].append(reference) }
    }
    var last: [PersonID: Day] = [:]
    let referenceYear = SchoolYear(containing: reference).startYear
    for row in try Row.fetchAll(db, sql: """
        SELECT person_id, MAX(last_activity), MAX(school_year = ? AND last_activity > ?) FROM person_year_total WHERE school_year <= ? GROUP BY person_id
        """, arguments: [referenceYear, reference, referenceYear]) {
        let person = PersonID(row[0] as String)!
        last[person] = (row[2] as Bool)
            ? try String.fetchOne(db, sql: "SELECT MAX(date) FROM activity WHERE person_id = ? AND date <= ? AND deleted_at IS NULL",
                                  arguments: [person, reference]).flatMap { Day(iso: $0) }
            : Day(iso: row[1] as String)
    }
    var framework: [PersonID: String] = [:]
    if settings.framework == nil {
        for row in try Row.fetchAll(db, sql: """
            SELECT person_id, framework, SUM(activities) AS n FROM person_year_item WHERE kind = 'competence'
            GROUP BY person_id, framework ORDER BY n, person_id, framework
            """) {
            framework[PersonID(row[0] as String)!] = row[1]   // the most used comes last and wins
        }
    }
    return try Person.fetchAll(db).filter { school[$0.id] != nil || totals[$0.id] != nil }.map { person in
        var line = PersonLine(phases: phases[person.id] ?? [], roles: roles[person.id] ?? [], employments: employments[person.id] ?? [],
                              registrations: registrations[person.id] ?? [])
        // The sectors of the person's schools and boards and the salary steps, as the store reads one person's line (issue 16).
        try LeerlijnDatabase.addSectorsAndSteps(to: &line, of: person.id, db)
        let home = school[person.id].flatMap { schools[$0] }
        let board = home.flatMap { boards[$0.boardId] }
        let held = line.roles(on: reference).map(\.rawValue).sorted()
        return PersonFacts(
            id: person.id, name: person.name, externalIds: externalIDs[person.id] ?? [],
            groups: [.school: [home?.code ?? "-"], .board: [board?.code ?? "-"], .partnership: [board?.partnershipId.flatMap { partnerships[$0] } ?? "-"],
                     .phase: [line.phase(on: reference)?.rawValue ?? "-"], .role: held.isEmpty ? ["-"] : held],
            line: line, activities: totals[person.id]?.activities ?? 0, minutes: totals[person.id]?.minutes ?? 0,
            budgetMinutes: budgets[person.id] ?? [:], domainMinutes: domains[person.id] ?? [:], verifiedMinutes: totals[person.id]?.verified ?? 0,
            lastActivity: last[person.id], framework: framework[person.id], items: items[person.id] ?? [])
    }
}

/// The report worked out the plain way from the facts: each person's progress in full, each rule looked up by id, the
/// gaps from a coverage report, the flags in a set. The oracle for `GroupReport.compute`.
private func plainReport(_ facts: [PersonFacts], settings: ReportSettings, rules: RuleCatalog, catalog: ProfileCatalog, today: Day) -> GroupReport {
    let year = settings.year
    let reference = min(today, year.lastDay)
    var groups: [String: GroupReport.Group] = [:]
    var rows: [GroupReport.PersonRow] = []
    func adding(months: Int, to day: Day) -> Day {
        let total = day.year * 12 + (day.month - 1) + months
        return Day(year: total / 12, month: total % 12 + 1, day: min(day.day, Day.daysInMonth(total % 12 + 1, of: total / 12)))!
    }
    for person in facts {
        var flags: Set<PersonFlag> = []
        var details: [String] = []
        let budgets = Progress.compute(person: person.name, line: person.line, rules: rules, used: [year: person.budgetMinutes], unbudgeted: [:],
                                       years: [year], today: today).schoolYears[0].budgets
        for budget in budgets where budget.behind {
            let applies = rules.rule(budget.rule)?.version(on: reference)?.appliesTo
            guard budget.usedMinutes > 0 || applies.map({ !$0.phases.isEmpty || !$0.roles.isEmpty }) == true else { continue }
            flags.insert(.behind)
            details.append("behind:\(budget.rule)")
        }
        if person.lastActivity.map({ $0.days(until: reference) > settings.idleWeeks * 7 }) ?? true { flags.insert(.idle) }
        if let framework = settings.framework ?? person.framework,
           let coverage = catalog.coverage(of: framework, by: [MappedActivity(date: reference, minutes: 1, evidence: 0, items: person.items)], from: nil, to: nil) {
            let empty = coverage.items.filter { $0.depth == 0 && $0.activities == 0 }.map(\.item)
            if !empty.isEmpty {
                flags.insert(.gaps)
                details += empty.map { "gap:\($0)" }
            }
        }
        for registration in person.line.registrations {
            guard let rule = rules.rule(registration.register), let years = (rule.version(on: registration.since) ?? rule.versions.last)?.termYears else { continue }
            let expires = adding(months: 12 * years, to: registration.since).adding(days: -1)
            let renewed = person.line.registrations.contains { $0.register == registration.register && $0.since > registration.since }
            if !renewed && expires <= adding(months: settings.expiringMonths, to: today) {
                flags.insert(.expiring)
                details.append("expires:\(registration.register):\(expires)")
            }
        }
        if person.expectsSignOff && person.minutes > person.verifiedMinutes { flags.insert(.unverified) }
        let isStarter = person.line.phase(on: reference) == .starter
        let starterBudgets = budgets.filter { rules.rule($0.rule)?.version(on: reference)?.appliesTo.phases.contains(.starter) ?? false }
        let onPace = isStarter && !starterBudgets.isEmpty && starterBudgets.allSatisfy { !$0.behind }
        for key in person.groups[settings.by] ?? ["-"] {
            var group = groups[key] ?? GroupReport.Group(key: key, people: 0, minutes: 0, verifiedMinutes: 0, domains: [:], starters: 0,
                                                         startersWithinBudget: 0, startersWithinBudgetShare: nil, flagged: 0)
            group.people += 1
            group.minutes += person.minutes
            group.verifiedMinutes += person.verifiedMinutes
            for (domain, minutes) in person.domainMinutes { group.domains[domain, default: 0] += minutes }
            group.starters += isStarter ? 1 : 0
            group.startersWithinBudget += onPace ? 1 : 0
            group.flagged += flags.isEmpty ? 0 : 1
            groups[key] = group
            if settings.flags.isEmpty || !flags.isDisjoint(with: settings.flags) {
                rows.append(GroupReport.PersonRow(externalId: person.externalIds.first ?? "", name: person.name, group: key, minutes: person.minutes,
                                                  verifiedMinutes: person.verifiedMinutes, lastActivity: person.lastActivity, flags: flags.sorted(), details: details))
            }
        }
    }
    let weight: ([PersonFlag]) -> Int = { $0.reduce(0) { $0 + ($1 == .behind ? 4 : $1 == .idle || $1 == .expiring ? 3 : 1) } }
    rows.sort { (weight($0.flags), -$0.minutes, $1.name) > (weight($1.flags), -$1.minutes, $0.name) }
    return GroupReport(schoolYear: year, by: settings.by, referenceDay: reference, groups: groups.values.map { group in
        var group = group
        group.startersWithinBudgetShare = group.starters == 0 ? nil : Double(group.startersWithinBudget) / Double(group.starters)
        return group
    }.sorted { $0.key < $1.key }, people: rows)
}

@Suite("The group report's facts")
struct GroupReportFactsTests {
    /// A partnership with a bit of everything the facts hold, over two school years.
    static func partnership() throws -> Fixture {
        let f = try Fixture()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        func log(_ person: String, _ date: String, _ minutes: Int, competences: [String] = [], domains: [String] = [], budget: String? = nil) throws -> ActivityEntry {
            try f.database.logActivity(NewActivity(person: person, date: day(date), minutes: minutes, kind: "intervisie", title: "Intervisie",
                                                   competences: competences, domains: domains, budget: budget),
                                       catalog: profiles.catalog, rules: profiles.rules, actor: "test")
        }
        // The partnership expects sign-off: minutes not signed off are a signal (Carla, without a school, is outside it).
        _ = try f.database.setExpectsSignOff(partnership: "test", true, actor: "hr")
        // Anna: a starter at 11AA, employed, her starter's hours, two frameworks over two years (sbl-2006 most).
        try f.addPerson("Anna", "1", school: "11AA", since: day("2020-01-01"))
        _ = try f.database.setPhase("1", NewPhase(phase: .starter, since: day("2025-08-01")), actor: "hr")
        _ = try f.database.addEmployment("1", NewEmployment(since: day("2025-08-01"), fte: FTE(tenThousandths: 8000), school: "11AA"), actor: "hr")
        _ = try log("1", "2025-10-01", 60, competences: ["sbl-2006:pedagogisch", "sbl-2006:interpersoonlijk"], domains: ["primair-proces"])
        let signed = try log("1", "2026-09-01", 90, competences: ["bekwaamheidseisen-2017-po:vakdidactisch"], domains: ["primair-proces", "onderwijsontwikkeling"],
                             budget: "cao-po-starter")
        _ = try log("1", "2026-10-01", 30, competences: ["sbl-2006:reflectie-ontwikkeling"], budget: "cao-po-professionalisering")
        // Bram: moves from 11AA to 22BA01 (another board) in January, a second external id, a role that ends, a
        // registration, two employments one after the other, activities after the reference day.
        try f.addPerson("Bram", "2", school: "11AA", since: day("2020-01-01"))
        try f.database.writer.write { db in
            try db.execute(sql: "INSERT INTO external_id (person_id, board_id, value) SELECT id, (SELECT id FROM board WHERE code = 'twee'), 'B-2' FROM person WHERE name = 'Bram'")
        }
        _ = try f.database.editPerson("2", PersonEdit(schoolCode: "22BA01", since: day("2027-01-01")), actor: "hr", today: Fixture.today)
        _ = try f.database.setPhase("2", NewPhase(phase: .vakbekwaam, since: day("2018-08-01")), actor: "hr")
        _ = try f.database.addRole("2", role: .mentor, since: day("2024-08-01"), until: day("2026-12-31"), minutesPerWeek: 60, actor: "hr")
        _ = try f.database.addRole("2", role: .schoolopleider, since: day("2026-01-01"), until: nil, minutesPerWeek: nil, actor: "hr")
        _ = try f.database.addEmployment("2", NewEmployment(since: day("2018-08-01"), until: day("2026-12-31"), fte: FTE(tenThousandths: 6000), school: "11AA"), actor: "hr")
        _ = try f.database.addEmployment("2", NewEmployment(since: day("2027-01-01"), fte: FTE(tenThousandths: 9000), school: "22BA01"), actor: "hr")
        // Issue 16: the new school is a vo school, the board 'twee' has a default sector, an employment names no school,
        // and salary steps: the fast path must read the same sectors and steps as the line of one person.
        _ = try f.database.setSchoolSector("22BA01", sector: .vo)
        try f.database.writer.write { db in try db.execute(sql: "UPDATE board SET default_sector = 'sbo' WHERE code = 'twee'") }
        _ = try f.database.addEmployment("2", NewEmployment(since: day("2027-02-01"), fte: FTE(tenThousandths: 1000), board: "twee", function: .oop), actor: "hr")
        _ = try f.database.recordSalaryStep("2", scale: "LC", step: 7, since: day("2026-08-01"), actor: "hr")
        _ = try f.database.recordSalaryStep("2", scale: "LC", step: 8, since: day("2027-08-01"), actor: "hr")
        _ = try f.database.recordRegistration("2", register: try profiles.rules.registerRule("lerarenregister-2017"), since: day("2020-03-01"), actor: "hr")
        _ = try f.database.recordRegistration("2", register: try profiles.rules.registerRule("brlo"), since: day("2019-09-01"), actor: "hr")
        _ = try log("2", "2026-11-01", 45, competences: ["sbl-2006:pedagogisch"])
        _ = try log("2", "2027-05-01", 15, competences: ["bekwaamheidseisen-2017-po:pedagogisch"])   // after 1 March 2027
        _ = try f.database.verifyActivity(signed.activity.id.description, by: "2", note: nil, actor: "hr")
        // Carla: no school, but activities this year; a tie between two frameworks (one activity each).
        try f.addPerson("Carla", "3", school: nil)
        _ = try log("3", "2026-12-01", 20, competences: ["sbl-2006:organisatorisch", "bekwaamheidseisen-2017-po:vakinhoudelijk"])
        _ = try f.database.recordRegistration("3", register: try profiles.rules.registerRule("brlo"), since: day("2019-01-01"), actor: "hr")
        _ = try f.database.recordRegistration("3", register: try profiles.rules.registerRule("brlo"), since: day("2023-01-01"), actor: "hr")   // renewed
        // Dirk: at a school, a registration that runs out on 14 September 2027, nothing else. Eva: her school ended
        // before the year, no activities: not in the report.
        try f.addPerson("Dirk", "4", school: "11AB", since: day("2026-09-01"))
        _ = try f.database.recordRegistration("4", register: try profiles.rules.registerRule("brlo"), since: day("2023-09-15"), actor: "hr")
        try f.addPerson("Eva", "5", school: "11AB", since: day("2020-01-01"))
        try f.database.writer.write { db in
            try db.execute(sql: "UPDATE membership SET until = '2025-07-31' WHERE person_id = (SELECT id FROM person WHERE name = 'Eva')")
        }
        return f
    }

    @Test("Facts read column by column straight from SQLite equal the facts gathered through GRDB records, for past, current and coming years")
    func factsMatchPlainReading() throws {
        let f = try Self.partnership()
        let today = day("2027-03-01")
        let settings = [
            ReportSettings(by: .school, year: SchoolYear(startYear: 2026)),
            ReportSettings(by: .role, year: SchoolYear(startYear: 2026), framework: "sbl-2006"),
            ReportSettings(by: .board, year: SchoolYear(startYear: 2025)),
            ReportSettings(by: .phase, year: SchoolYear(startYear: 2027)),
        ]
        for setting in settings {
            let (facts, plain) = try f.database.read { db in
                (try LeerlijnDatabase.personFacts(setting, today: today, db), try plainFacts(setting, today: today, db))
            }
            #expect(facts.map(\.name) == plain.map(\.name))
            for (fact, expected) in zip(facts, plain) {
                #expect(fact.id == expected.id)
                #expect(fact.externalIds == expected.externalIds, "\(fact.name)")
                #expect(fact.groups == expected.groups, "\(fact.name)")
                #expect(fact.line == expected.line, "\(fact.name)")
                #expect(fact.activities == expected.activities && fact.minutes == expected.minutes && fact.verifiedMinutes == expected.verifiedMinutes, "\(fact.name)")
                #expect(fact.budgetMinutes == expected.budgetMinutes, "\(fact.name)")
                #expect(fact.domainMinutes == expected.domainMinutes, "\(fact.name)")
                #expect(fact.lastActivity == expected.lastActivity, "\(fact.name)")
                #expect(fact.framework == expected.framework, "\(fact.name)")
                #expect(fact.items.sorted() == expected.items.sorted(), "\(fact.name)")
            }
        }
        // The cases the data was made for.
        let facts = try f.database.read { db in try LeerlijnDatabase.personFacts(ReportSettings(by: .school, year: SchoolYear(startYear: 2026)), today: today, db) }
        let byName = Dictionary(uniqueKeysWithValues: facts.map { ($0.name, $0) })
        #expect(facts.map(\.name) == ["Anna", "Bram", "Carla", "Dirk"])
        #expect(byName["Anna"]?.framework == "sbl-2006")                       // 3 mappings over two years against 1
        #expect(byName["Carla"]?.framework == "sbl-2006")                      // a tie goes to the last id in byte order
        #expect(byName["Bram"]?.lastActivity == day("2026-11-01"))             // not the activity of 1 May 2027
        #expect(byName["Bram"]?.groups[.school] == ["22BA01"])
        #expect(byName["Bram"]?.groups[.role] == ["schoolopleider"])
        #expect(byName["Bram"]?.externalIds == ["2", "B-2"])
        #expect(byName["Anna"]?.domainMinutes == ["domeinen-beroepsbeeld:primair-proces": 90, "domeinen-beroepsbeeld:onderwijsontwikkeling": 90])
        #expect(byName["Anna"]?.budgetMinutes == ["cao-po-starter": 90, "cao-po-professionalisering": 30])
        #expect(byName["Carla"]?.groups[.school] == ["-"])
        #expect(byName["Bram"]?.groupNames[.school] == ["KBS Sint Jozef"])
        #expect(byName["Anna"]?.expectsSignOff == true && byName["Carla"]?.expectsSignOff == false)
    }

    @Test("The report computed from the facts equals the report worked out person by person from full progress and coverage reports")
    func reportMatchesPlainComputation() throws {
        let f = try Self.partnership()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        var seen: Set<PersonFlag> = []
        for today in [day("2027-03-01"), day("2026-08-15"), day("2027-09-01")] {
            for setting in [ReportSettings(by: .school, year: SchoolYear(startYear: 2026)),
                            ReportSettings(by: .role, year: SchoolYear(startYear: 2026), flags: [.gaps, .expiring], expiringMonths: 60),
                            ReportSettings(by: .phase, year: SchoolYear(startYear: 2026), idleWeeks: 20, framework: "bekwaamheidseisen-2017-po"),
                            ReportSettings(by: .partnership, year: SchoolYear(startYear: 2025))] {
                let facts = try f.database.read { db in try LeerlijnDatabase.personFacts(setting, today: today, db) }
                let report = GroupReport.compute(facts: facts, settings: setting, rules: profiles.rules, catalog: profiles.catalog, today: today)
                // The names and the reasons in words are checked by ReportReasonsCLITests; here the flags and figures.
                var bare = report
                bare.groups = bare.groups.map { var group = $0; group.name = nil; return group }
                bare.people = bare.people.map { var row = $0; row.groupName = nil; row.school = nil; row.schoolName = nil; row.reasons = []; return row }
                #expect(report.people.allSatisfy { $0.reasons.map(\.flag) == $0.reasons.map(\.flag).sorted() && Set($0.reasons.map(\.flag)) == Set($0.flags) })
                #expect(bare == plainReport(facts, settings: setting, rules: profiles.rules, catalog: profiles.catalog, today: today), "\(setting) \(today)")
                seen.formUnion(report.people.flatMap(\.flags))
            }
        }
        // Every flag came up somewhere, so every branch was compared.
        #expect(seen == Set(PersonFlag.allCases))
    }

    @Test("Interned texts: the same bytes give back the same string, other bytes another, however many there are")
    func interning() {
        var interner = TextInterner()
        var made: [String] = []
        for round in 0..<2 {
            for index in 0..<500 {
                let text = index % 7 == 0 ? "" : "item-\(index)-\(String(repeating: "x", count: index % 40))"
                var copy = text
                let interned = copy.withUTF8 { interner.string($0) }
                #expect(interned == text)
                if round == 0 { made.append(interned) }
                else {
                    // The second time round, the very same storage comes back.
                    var first = made[index], second = interned
                    #expect(first.withUTF8 { a in second.withUTF8 { b in a.baseAddress == b.baseAddress } } || text.utf8.count <= 15)
                }
            }
        }
        let invalid: [UInt8] = [0x61, 0xFF, 0x62]
        #expect(invalid.withUnsafeBufferPointer { interner.string($0) } == "a\u{FFFD}b")
    }
}
