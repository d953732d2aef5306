import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

/// Issue 16: rules follow the sector of the employment's school and the function; the starter budget ends.
@Suite("Sectors, functions and salary steps in the store")
struct SectorTests {
    @Test("A database from before sectors migrates with po assumed for every school and leraar for every employment, and doctor lists them")
    func migratesExistingDatabase() throws {
        let folder = NSTemporaryDirectory() + "leerlijn-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/old.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v13 statement ledger")
            try queue.write { db in
                try db.execute(sql: "INSERT INTO board (id, code, name) VALUES (1, 'een', 'Stichting Een')")
                try db.execute(sql: "INSERT INTO school (id, board_id, name, brin) VALUES (1, 1, 'OBS De Regenboog', '11AA')")
                try db.execute(sql: "INSERT INTO person (id, name, created_at, updated_at) VALUES ('01a24275-e729-740e-9ffb-517014f567c6', 'Sanne', '2026-01-01', '2026-01-01')")
                try db.execute(sql: """
                    INSERT INTO employment (person_id, board_id, school_id, since, fte) VALUES ('01a24275-e729-740e-9ffb-517014f567c6', 1, 1, '2025-08-01', 8000)
                    """)
            }
            // Before the migration, doctor already says which schools will get po assumed.
            try queue.close()
        }
        let database = try LeerlijnDatabase.open(at: path)
        let organisations = try database.organisations()
        #expect(organisations.schools.map(\.sector) == [.po])
        #expect(organisations.schools.map(\.sectorAssumed) == [true])
        #expect(try database.doctor().assumedSectorSchools == ["11AA"])
        #expect(try database.doctor().migrationsPending.isEmpty)
        let line = try database.read { db in try LeerlijnDatabase.line(of: PersonID("01a24275-e729-740e-9ffb-517014f567c6")!, db) }
        #expect(line.employments.map(\.function) == [.leraar])
        #expect(line.sectors(on: day("2026-01-01")) == [.po])
        // Setting the sector clears the notice.
        _ = try database.setSchoolSector("11aa", sector: .sbo)
        #expect(try database.doctor().assumedSectorSchools.isEmpty)
        #expect(try database.organisations().schools.map(\.sector) == [.sbo])
    }

    @Test("A school gets the given sector, else its board's default, else po marked as assumed")
    func schoolSectors() throws {
        let f = try Fixture()
        _ = try f.database.addBoard(name: "VO Stichting", code: "vo", defaultSector: .vo)
        let given = try f.database.addSchool(name: "Lyceum", code: "33CC", board: "een", sector: .vo)
        let byBoard = try f.database.addSchool(name: "College", code: "44DD", board: "vo")
        let assumed = try f.database.addSchool(name: "Basisschool", code: "55EE", board: "een")
        #expect((given.sector, given.sectorAssumed) == (.vo, false))
        #expect((byBoard.sector, byBoard.sectorAssumed) == (.vo, false))
        #expect((assumed.sector, assumed.sectorAssumed) == (.po, true))
    }

    @Test("progress: a VO teacher gets no CAO PO budget; a teacher moving from po to vo mid-year gets the po days only")
    func progressBySector() throws {
        let f = try Fixture()
        _ = try f.database.addSchool(name: "Lyceum", code: "33CC", board: "een", sector: .vo)
        try f.addPerson("Vera VO", "200", school: "33CC")
        _ = try f.database.setPhase("vera", NewPhase(phase: .starter, since: day("2026-08-01")), actor: "hr")
        _ = try f.database.addEmployment("vera", NewEmployment(since: day("2026-08-01"), fte: .fullTime, school: "33CC"), actor: "hr")
        let vera = try f.database.progress(of: "vera", year: SchoolYear(startYear: 2026), rules: shippedProfiles.rules, today: Fixture.today)
        #expect(vera.schoolYears[0].budgets.filter { $0.rule.hasPrefix("cao-po-") }.isEmpty)
        // The shipped CAO VO rule: 20% of the teaching task all of year one, no hours (the file gives no teaching task).
        let reduction = try #require(vera.schoolYears[0].teachingReductions.first)
        #expect(reduction.rule == "cao-vo-starter")
        #expect(reduction.periods.map(\.percent) == [20])
        #expect(reduction.releasedMinutes == nil)
        #expect(reduction.unconfirmed.contains("teachingHoursPerYear"))

        // Po (11AA) until 31 December 2026, vo (33CC) from 1 January 2027, full-time starter: 2400 × 153 / 365 = 1006.03 -> 1006.
        try f.addPerson("Mo Mover", "201")
        _ = try f.database.setPhase("mo", NewPhase(phase: .starter, since: day("2026-08-01")), actor: "hr")
        _ = try f.database.addEmployment("mo", NewEmployment(since: day("2026-08-01"), until: day("2026-12-31"), fte: .fullTime, school: "11AA"), actor: "hr")
        _ = try f.database.addEmployment("mo", NewEmployment(since: day("2027-01-01"), fte: .fullTime, school: "33CC"), actor: "hr")
        let mo = try f.database.progress(of: "mo", year: SchoolYear(startYear: 2026), rules: shippedProfiles.rules, today: Fixture.today)
        #expect(mo.schoolYears[0].budgets.first { $0.rule == "cao-po-starter" }?.entitledMinutes == 1006)
        // The professionalisation hours likewise: 80 h = 4800 × 153 / 365 = 2012.05 -> 2012.
        #expect(mo.schoolYears[0].budgets.first { $0.rule == "cao-po-professionalisering" }?.entitledMinutes == 2012)
    }

    @Test("A salary step is stored on the line, shown by line and person show, and the fourth periodiek ends the starter budget that day")
    func salaryStepEndsBudget() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        _ = try f.database.setPhase("sanne", NewPhase(phase: .starter, since: day("2025-08-01")), actor: "hr")
        _ = try f.database.addEmployment("sanne", NewEmployment(since: day("2025-08-01"), fte: .fullTime, school: "11AA"), actor: "hr")
        let line = try f.database.recordSalaryStep("sanne", scale: "lb", step: 4, since: day("2027-02-01"), actor: "hr")
        #expect(line.salarySteps.map(\.label) == ["LB-4"])
        #expect(try f.database.line(of: "sanne").salarySteps.map(\.since) == [day("2027-02-01")])
        #expect(try f.database.profile(of: "sanne").salarySteps.map(\.step) == [4])
        #expect(throws: StoreError.self) { try f.database.recordSalaryStep("sanne", scale: "LB", step: 5, since: day("2027-02-01"), actor: "hr") }
        // 1 Aug 2026 - 31 Jan 2027: 184 days: 2400 × 184 / 365 = 1209.86 -> 1210; it ends on 1 February, the fourth periodiek.
        let progress = try f.database.progress(of: "sanne", year: SchoolYear(startYear: 2026), rules: shippedProfiles.rules, today: day("2027-03-01"))
        let starter = try #require(progress.schoolYears[0].budgets.first { $0.rule == "cao-po-starter" })
        #expect(starter.entitledMinutes == 1210)
        #expect(starter.endsOn == day("2027-02-01"))
        #expect(starter.endReason == .salaryStep)
        #expect(starter.state == .lapsed)
        #expect(progress.warnings.contains(.budgetEndedWithoutBasisbekwaam))
    }

    @Test("registration under the lerarenregister lists the 40 RU vakinhoudelijk only for a vo teacher")
    func registerCriteriaBySector() throws {
        let f = try Fixture()
        let rule = try shippedProfiles.rules.registerRule("lerarenregister-2017")
        _ = try f.database.addSchool(name: "Lyceum", code: "33CC", board: "een", sector: .vo)
        try f.addPerson("Piet Po", "300")
        _ = try f.database.addEmployment("piet", NewEmployment(since: day("2014-08-01"), fte: .fullTime, school: "11AA"), actor: "hr")
        _ = try f.database.recordRegistration("piet", register: rule, since: day("2014-09-01"), actor: "hr")
        try f.addPerson("Vera VO", "301", school: "33CC")
        _ = try f.database.addEmployment("vera", NewEmployment(since: day("2014-08-01"), fte: .fullTime, school: "33CC"), actor: "hr")
        _ = try f.database.recordRegistration("vera", register: rule, since: day("2014-09-01"), actor: "hr")
        let po = try f.database.registration(of: "piet", register: rule, catalog: shippedProfiles.catalog, today: day("2016-06-01"))
        let vo = try f.database.registration(of: "vera", register: rule, catalog: shippedProfiles.catalog, today: day("2016-06-01"))
        #expect(po.reregistration.map(\.id) == ["total", "primary-process", "work"])
        #expect(vo.reregistration.map(\.id) == ["total", "primary-process", "vo-subject-matter", "work"])
    }

    @Test("The HR report does not flag as behind a starter whose employment starts next month")
    func notStartedIsNotBehind() throws {
        let f = try Fixture()
        try f.addPerson("Nina Nieuw", "400")
        _ = try f.database.setPhase("nina", NewPhase(phase: .starter, since: day("2026-12-01")), actor: "hr")
        _ = try f.database.addEmployment("nina", NewEmployment(since: day("2026-12-01"), fte: .fullTime, school: "11AA"), actor: "hr")
        let report = try f.database.groupReport(ReportSettings(by: .school, year: SchoolYear(startYear: 2026)), catalog: shippedProfiles.catalog,
                                                rules: shippedProfiles.rules, today: Fixture.today)
        let nina = try #require(report.people.first { $0.name == "Nina Nieuw" })
        #expect(!nina.flags.contains(.behind))
        let progress = try f.database.progress(of: "nina", year: SchoolYear(startYear: 2026), rules: shippedProfiles.rules, today: Fixture.today)
        #expect(progress.schoolYears[0].budgets.first { $0.rule == "cao-po-starter" }?.state == .notStarted)
    }
}
