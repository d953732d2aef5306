import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Large imports: reading thread, indexes set aside, compact row identity")
struct BulkImportTests {
    static let header = "external_id;date;duration_minutes;kind;title;competences;domains;budget;verified_by"

    /// A fixture with three people (external ids 1, 2, 3; 3 a mentor) and the shipped profiles.
    static func fixture() throws -> (Fixture, LoadedProfiles) {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "1")
        try f.addPerson("Daan Jansen", "2")
        try f.addPerson("Mila Bakker", "3", school: "22BA01")
        // Mila signs off as a mentor (the rule of verify --by holds for imports too).
        _ = try f.database.addRole("3", role: .mentor, since: Day(year: 2025, month: 8, day: 1)!, until: nil, minutesPerWeek: nil, actor: "t")
        return (f, try ProfileLoader.loadAll(shipped: ShippedProfiles.folder()))
    }

    /// `count` good rows (distinct titles) for people 1 and 2, with a competence, a domain, a budget and sign-offs by 3.
    static func rows(_ count: Int) -> [String] {
        (0..<count).map { n in
            let day = Day(year: 2026, month: 8, day: 1)!.adding(days: n % 300)
            return "\(n % 2 + 1);\(day);\(15 + n % 90)m;cursus;Cursus \(n);sbl-2006:pedagogisch;primair-proces;cao-po-professionalisering;\(n % 3 == 0 ? "3" : "")"
        }
    }

    static func write(_ lines: [String], to path: String) throws {
        try ([header] + lines).joined(separator: "\r\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    static func indexes(_ f: Fixture) throws -> [String] {
        try f.database.read { db in
            try String.fetchAll(db, sql: "SELECT name || ': ' || coalesce(sql, '(automatic)') FROM sqlite_master WHERE type = 'index' ORDER BY name")
        }
    }

    @Test("A large import sets the secondary indexes aside and builds exactly the same ones again, consistent with the rows")
    func deferredIndexesComeBack() throws {
        let (f, profiles) = try Self.fixture()
        let before = try Self.indexes(f)
        let file = f.folder + "/activities.csv"
        try Self.write(Self.rows(2_000), to: file)
        var options = ImportOptions(actor: "test", today: Fixture.today)
        options.bulkMinimumRows = 100
        let report = try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(report.imported == 2_000)
        #expect(try Self.indexes(f) == before)
        // Every index holds exactly the table's rows (integrity_check compares them), and the summaries add up.
        #expect(try f.database.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") } == ["ok"])
        let check = try YearSummaryTests.tables(f.database)
        #expect(check.kept == check.recomputed)
        // The person-and-date index answers again (the query plan names it).
        let plan = try f.database.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN SELECT * FROM activity WHERE person_id = 'x' AND date > '2026-01-01'").map { $0.description }
        }
        #expect(plan.joined().contains("activity_on_person_date"))
        // Importing the same file again (still large) adds nothing.
        let again = try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(again.imported == 0 && again.unchanged == 2_000)
        #expect(try Self.indexes(f) == before)
    }

    @Test("A dry run or a rejected large file leaves the indexes and the data as they were")
    func rollbackKeepsIndexes() throws {
        let (f, profiles) = try Self.fixture()
        let before = try Self.indexes(f)
        let counts = try f.rowCounts()
        let file = f.folder + "/activities.csv"
        var options = ImportOptions(dryRun: true, actor: "test", today: Fixture.today)
        options.bulkMinimumRows = 100
        try Self.write(Self.rows(1_000), to: file)
        let dry = try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(dry.imported == 1_000)
        options.dryRun = false
        try Self.write(Self.rows(1_000) + ["9;2026-10-03;60;cursus;Onbekend;;;;"], to: file)
        #expect(throws: ImportError.self) {
            try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        }
        #expect(try Self.indexes(f) == before)
        #expect(try f.rowCounts() == counts)
    }

    @Test("Rows read on the reading thread keep the file's order: problems across many batches name their own lines, in order")
    func problemsKeepFileOrder() throws {
        let (f, profiles) = try Self.fixture()
        var lines = Self.rows(1_500)
        let bad = [0, 298, 511, 512, 1_022, 1_499]  // rows whose line numbers are 2, 300, 513, 514, 1024 and 1501
        for row in bad { lines[row] = "9;2026-10-03;60;cursus;Onbekend \(row);;;;" }
        let file = f.folder + "/activities.csv", rejectsPath = f.folder + "/rejects.csv"
        try Self.write(lines, to: file)
        var options = ImportOptions(actor: "test", today: Fixture.today)
        options.rejectsPath = rejectsPath
        let report = try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(report.rows == 1_500 && report.imported == 1_494 && report.rejected == 6)
        #expect(report.problems.map(\.line) == bad.map { $0 + 2 })
        let rejects = try String(contentsOfFile: rejectsPath, encoding: .utf8).split(separator: "\r\n").dropFirst()
        #expect(rejects.map { $0.split(separator: ";")[4] } == bad.map { "Onbekend \($0)"[...] })
        // Without a rejects file the same file is refused whole.
        let (g, _) = try Self.fixture()
        let counts = try g.rowCounts()
        do {
            _ = try g.database.importActivities(from: file, options: ImportOptions(actor: "test", today: Fixture.today), catalog: profiles.catalog, rules: profiles.rules)
            Issue.record("a file with bad rows was imported")
        } catch ImportError.rejected(let refused) {
            #expect(refused.problems.map(\.line) == bad.map { $0 + 2 })
        }
        #expect(try g.rowCounts() == counts)
    }

    @Test("A file that ends inside a quoted field stops the reading thread and stores nothing")
    func unclosedQuoteStoresNothing() throws {
        let (f, profiles) = try Self.fixture()
        let counts = try f.rowCounts()
        let file = f.folder + "/activities.csv"
        try Self.write(Self.rows(1_200) + ["1;2026-10-03;60;cursus;\"Niet gesloten"], to: file)
        #expect(throws: ImportError.self) {
            try f.database.importActivities(from: file, options: ImportOptions(actor: "test", today: Fixture.today), catalog: profiles.catalog, rules: profiles.rules)
        }
        #expect(try f.rowCounts() == counts)
        // A header without the required columns is refused before anything is stored.
        try "naam;datum\r\nSanne;2026-10-03".write(toFile: file, atomically: true, encoding: .utf8)
        #expect(throws: ImportError.self) {
            try f.database.importActivities(from: file, options: ImportOptions(actor: "test", today: Fixture.today), catalog: profiles.catalog, rules: profiles.rules)
        }
        #expect(try f.rowCounts() == counts)
    }

    @Test("A row imported by an earlier version (identity as 64 hex digits) is still recognised after migration v11's conversion")
    func hexKeysConverted() throws {
        let (f, profiles) = try Self.fixture()
        let file = f.folder + "/activities.csv"
        try Self.write(["1;2026-10-03;90;intervisie;Intervisie klassenmanagement;;;;"], to: file)
        let options = ImportOptions(actor: "test", today: Fixture.today)
        #expect(try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules).imported == 1)
        // Stored as 16 bytes: the first half of the SHA-256 of person, date, minutes, kind and title.
        let person = try f.database.read { db in try String.fetchOne(db, sql: "SELECT person_id FROM activity")! }
        let hex = SHA256.hex(of: Array("\(person)|2026-10-03|90|intervisie|Intervisie klassenmanagement".utf8))
        let stored = try f.database.read { db in try Data.fetchOne(db, sql: "SELECT import_key FROM activity")! }
        #expect(stored == ImportKey(hex: hex)?.bytes && stored.count == 16)
        // Make it look like an earlier version's row, convert, and import the file again: nothing is added.
        try f.database.writer.write { db in try db.execute(sql: "UPDATE activity SET import_key = ?", arguments: [hex]) }
        try f.database.writer.write { db in try ImportKey.convertHexKeys(db) }
        let again = try f.database.importActivities(from: file, options: options, catalog: profiles.catalog, rules: profiles.rules)
        #expect(again.imported == 0 && again.unchanged == 1)
        #expect(ImportKey(hex: "not hex") == nil)
    }

    @Test("Migration v12 keeps every item and sign-off row and the triggers that keep the summaries")
    func withoutRowIDMigration() throws {
        let folder = NSTemporaryDirectory() + "leerlijn-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let path = folder + "/old.sqlite"
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v11 compact import keys")
            try queue.write { db in
                try db.execute(sql: """
                    INSERT INTO person (id, name, created_at, updated_at) VALUES ('p1', 'Sanne', '2026-01-01', '2026-01-01'), ('p2', 'Daan', '2026-01-01', '2026-01-01');
                    INSERT INTO activity (id, person_id, date, minutes, kind, title, created_at, updated_at)
                      VALUES ('a1', 'p1', '2026-10-03', 60, 'cursus', 'Rekenen', '2026-10-03', '2026-10-03');
                    INSERT INTO activity_item (activity_id, framework, version, item, kind) VALUES ('a1', 'sbl-2006', '2006', 'pedagogisch', 'competence');
                    INSERT INTO verification (activity_id, verified_by, at) VALUES ('a1', 'p2', '2026-10-04');
                    """)
            }
        }
        let database = try LeerlijnDatabase.open(at: path)
        let kept = try database.read { db in
            (try String.fetchAll(db, sql: "SELECT activity_id || ' ' || item FROM activity_item"),
             try String.fetchAll(db, sql: "SELECT activity_id || ' ' || verified_by FROM verification"),
             try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE tbl_name IN ('activity_item', 'verification') AND type <> 'table' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE name IN ('activity_item', 'verification') ORDER BY name"))
        }
        #expect(kept.0 == ["a1 pedagogisch"] && kept.1 == ["a1 p2"])
        #expect(kept.2 == ["activity_item_on_item", "activity_item_summary_delete", "activity_item_summary_insert",
                           "verification_on_verified_by", "verification_summary_delete", "verification_summary_insert"])
        #expect(kept.3.allSatisfy { $0.contains("WITHOUT ROWID") })
        // The summaries follow a new item, and deleting the activity cascades to its rows.
        try database.writer.write { db in
            try db.execute(sql: "INSERT INTO activity_item (activity_id, framework, version, item, kind) VALUES ('a1', 'sbl-2006', '2006', 'reflectie-ontwikkeling', 'competence')")
        }
        let check = try YearSummaryTests.tables(database)
        #expect(check.kept == check.recomputed)
        try database.writer.write { db in try db.execute(sql: "DELETE FROM activity WHERE id = 'a1'") }
        #expect(try database.read { db in try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM activity_item) + (SELECT COUNT(*) FROM verification)") } == 0)
    }
}
