import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Robustness of the store: a full disk, counts of what was written, one sign-off rule (issue 21)")
struct RobustStoreTests {
    static let options = ImportOptions(actor: "test", today: Fixture.today)

    @Test("A full database (PRAGMA max_page_count) refuses an import as diskFull naming the file; nothing is written and the database stays sound")
    func diskFull() throws {
        let f = try Fixture()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        let path = f.folder + "/activiteiten.csv"
        let rows = (0..<20_000).map { "100001;2026-10-\(String(format: "%02d", $0 % 28 + 1));60;cursus;Cursus nummer \($0) met een titel die ruimte vult;sbl-2006:pedagogisch;primair-proces" }
        try (["external_id;date;duration_minutes;kind;title;competences;domains"] + rows).joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try f.addPerson("Sanne de Vries", "100001")
        let before = try f.rowCounts()
        // The writer's connection may grow the file by only a few pages.
        let pages = try f.database.writer.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! }
        try f.database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = \(pages + 20)") }
        #expect(throws: StoreError.diskFull(path: f.folder + "/test.sqlite")) {
            try f.database.importActivities(from: path, options: Self.options, catalog: profiles.catalog, rules: profiles.rules)
        }
        #expect(try f.rowCounts() == before)
        let integrity = try f.database.writer.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") }
        #expect(integrity == "ok")
        #expect(try f.database.doctor().healthy)
        // With room again, the same file imports whole.
        try f.database.writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA max_page_count = 1073741823") }
        let report = try f.database.importActivities(from: path, options: Self.options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(report.imported == 20_000)
    }

    @Test("A roster row rejected with --skip-invalid after creating a board reports no board: the counts are what was written")
    func countsOnlyWritten() throws {
        let f = try Fixture()
        let path = f.folder + "/personeel.csv"
        // Row 3 creates the board "Nieuwe Stichting" and is then rejected (its school belongs to another board).
        try """
            external_id;name;board;school
            200001;Anna;een;11AA
            200002;Bram;Nieuwe Stichting;11AA
            200003;Cas;Tweede Nieuwe;
            """.write(toFile: path, atomically: true, encoding: .utf8)
        var options = Self.options
        options.rejectsPath = f.folder + "/afgewezen.csv"
        let report = try f.database.importPeople(from: path, options: options)
        #expect(report.rejected == 1)
        #expect(report.problems.map(\.line) == [3])
        let boards = try f.database.writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM board ORDER BY id") }
        #expect(boards == ["Stichting Een", "Stichting Twee", "Tweede Nieuwe"])
        #expect(report.changes["boards"] == 1)
        #expect(report.changes["people"] == 2)
    }

    @Test("import activities refuses a verified_by person without a mentor, schoolopleider or coach role on the day, as verifyActivity does")
    func signerRoleInImport() throws {
        let f = try Fixture()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        try f.addPerson("Sanne de Vries", "1")
        try f.addPerson("Karin Mulder", "2")
        try f.addPerson("Marieke Jansen", "3")
        _ = try f.database.addRole("3", role: .mentor, since: Day(year: 2026, month: 9, day: 1)!, until: nil, minutesPerWeek: nil, actor: "t")
        let path = f.folder + "/activiteiten.csv"
        try """
            external_id;date;duration_minutes;kind;title;verified_by
            1;2026-10-06;60;cursus;Door Karin afgetekend;2
            1;2026-08-20;60;cursus;Voor Mariekes rol;3
            1;2026-10-06;60;cursus;Door Marieke afgetekend;3
            1;2026-10-06;60;cursus;Door zichzelf;1
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let before = try f.rowCounts()
        do {
            _ = try f.database.importActivities(from: path, options: Self.options, catalog: profiles.catalog, rules: profiles.rules)
            Issue.record("the import was accepted")
        } catch let ImportError.rejected(report) {
            #expect(report.problems.map(\.line) == [2, 3, 5])
            #expect(report.problems.map(\.problem) == [.signerRole(on: Day(year: 2026, month: 10, day: 6)!), .signerRole(on: Day(year: 2026, month: 8, day: 20)!), .ownSignOff])
            #expect(report.problems.allSatisfy { $0.column == "verified_by" })
        }
        #expect(try f.rowCounts() == before)
        // verify --by gives the same answer for the same person and day.
        let activity = try f.log("1", 60, on: Day(year: 2026, month: 10, day: 6)!)
        #expect(throws: StoreError.invalid(ValueError(field: "by", value: "Karin Mulder", expected: .verifierRole(on: Day(year: 2026, month: 10, day: 6)!)))) {
            try f.database.verifyActivity(activity.activity.id.description, by: "2", note: nil, actor: "t")
        }
        _ = try f.database.verifyActivity(activity.activity.id.description, by: "3", note: nil, actor: "t")
    }
}
