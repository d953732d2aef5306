import Foundation
import GRDB
import Testing
import LeerlijnCore
@testable import LeerlijnStore

@Suite("Database: migrations, location, configuration")
struct DatabaseTests {
    @Test("Migrating an empty file creates every table, seeds the built-in kinds and uses WAL")
    func migratesEmptyDatabase() throws {
        let folder = NSTemporaryDirectory() + "leerlijn-\(UUID().uuidString)"
        let path = folder + "/sub/dir/db.sqlite"
        let database = try LeerlijnDatabase.open(at: path, create: true)
        #expect(FileManager.default.fileExists(atPath: path))
        #expect(try database.journalMode() == "wal")
        let tables = try database.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name")
        }
        #expect(tables == ["activity", "activity_item", "activity_kind", "audit", "board", "dossier_reflection", "educator_role", "educator_task", "employment",
                           "erasure", "evidence", "export_endpoint", "export_flight", "export_item", "export_statement", "external_id", "membership",
                           "observation", "observation_score", "partnership", "person", "person_year_budget", "person_year_item", "person_year_total", "person_year_unbudgeted",
                           "phase_period", "registration", "role_period", "salary_step", "school", "session", "verification"])
        #expect(try database.activityKinds().count == ActivityKind.builtInKinds.count)
        let foreignKeys = try database.read { db in try Bool.fetchOne(db, sql: "PRAGMA foreign_keys") }
        #expect(foreignKeys == true)
        // Opening again applies nothing new and keeps the data.
        let again = try LeerlijnDatabase.open(at: path)
        #expect(try again.activityKinds().count == ActivityKind.builtInKinds.count)
    }

    @Test("Migration v8 keeps every outbox row of v7 and fills in whose record it is")
    func migrationKeepsOutbox() throws {
        let queue = try DatabaseQueue()
        try queue.write { db in try db.execute(sql: "PRAGMA foreign_keys = ON") }
        try Schema.migrator.migrate(queue, upTo: "v7 export outbox")
        try queue.write { db in
            try db.execute(sql: "INSERT INTO person (id, name, created_at, updated_at) VALUES ('p1', 'Sanne', '2026-01-01', '2026-01-01')")
            try db.execute(sql: """
                INSERT INTO activity (id, person_id, date, minutes, kind, title, created_at, updated_at)
                VALUES ('a1', 'p1', '2026-10-03', 60, 'cursus', 'Rekenen', '2026-10-03', '2026-10-03')
                """)
            try db.execute(sql: """
                INSERT INTO export_item (register, activity_id, revision, kind, statement_id, payload, state, attempts, created_at)
                VALUES ('lrs', 'a1', 1, 'statement', 's1', '{}', 'sent', 1, '2026-10-03')
                """)
        }
        try Schema.migrator.migrate(queue, upTo: "v12 item and sign-off tables without rowid")
        let row = try queue.read { db in
            try String.fetchOne(db, sql: "SELECT activity_id || ' ' || person_id || ' ' || statement_id || ' ' || state FROM export_item")
        }
        #expect(row == "a1 p1 s1 sent")
        // v13: the confirmed statement moves to the ledger (the last confirmed revision); waiting records stay.
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO export_item (register, activity_id, person_id, revision, kind, statement_id, payload, state, attempts, created_at, sent_at)
                VALUES ('lrs', 'a1', 'p1', 2, 'statement', 's2', '{}', 'sent', 1, '2026-10-04', '2026-10-04'),
                       ('lrs', 'a1', 'p1', 2, 'void', 'v1', '{}', 'pending', 0, '2026-10-04', NULL)
                """)
        }
        try Schema.migrator.migrate(queue)
        let moved = try queue.read { db in
            (try String.fetchAll(db, sql: "SELECT register || ' ' || activity_id || ' ' || revision || ' ' || state FROM export_statement"),
             try String.fetchAll(db, sql: "SELECT statement_id FROM export_item"))
        }
        #expect(moved.0 == ["lrs a1 2 sent"])
        #expect(moved.1 == ["v1"])
        // The new kinds fit; a row about nobody does not.
        try queue.write { db in
            try db.execute(sql: "INSERT INTO export_item (register, person_id, revision, kind, statement_id, state, created_at) VALUES ('brlo', 'p1', 1, 'dossier', 'd1', 'pending', '2026-10-03')")
        }
        #expect(throws: (any Error).self) {
            try queue.write { db in
                try db.execute(sql: "INSERT INTO export_item (register, revision, kind, state, created_at) VALUES ('brlo', 1, 'dossier', 'pending', '2026-10-03')")
            }
        }
    }

    @Test("Opening a missing database without create says where it looked")
    func missingDatabase() {
        let path = NSTemporaryDirectory() + "does-not-exist-\(UUID().uuidString).sqlite"
        #expect(throws: StoreError.databaseMissing(path: path)) { try LeerlijnDatabase.open(at: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("A database written by a newer Leerlijn (an unknown migration) is refused, not changed")
    func newerDatabaseIsRefused() throws {
        let path = NSTemporaryDirectory() + "leerlijn-\(UUID().uuidString).sqlite"
        _ = try LeerlijnDatabase.open(at: path, create: true)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999 from the future')") }
        try queue.close()
        #expect(throws: StoreError.databaseTooNew(path: path)) { try LeerlijnDatabase.open(at: path) }
    }

    @Test("A file that is not SQLite is reported as not a Leerlijn database")
    func notADatabase() throws {
        let path = NSTemporaryDirectory() + "leerlijn-\(UUID().uuidString).sqlite"
        try Data("this is not a database, just text that is long enough to look like a header".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StoreError.self) { try LeerlijnDatabase.open(at: path) }
    }

    @Test("The location is --db, else $LEERLIJN_DB, else $XDG_DATA_HOME, else ~/.local/share")
    func location() {
        #expect(DatabaseLocation.resolve(explicit: "/a.sqlite", environment: ["LEERLIJN_DB": "/b.sqlite"]) == "/a.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["LEERLIJN_DB": "/b.sqlite", "XDG_DATA_HOME": "/x"]) == "/b.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["XDG_DATA_HOME": "/x", "HOME": "/h"]) == "/x/leerlijn/leerlijn.sqlite")
        #expect(DatabaseLocation.resolve(explicit: nil, environment: ["HOME": "/h"]) == "/h/.local/share/leerlijn/leerlijn.sqlite")
        #expect(DatabaseLocation.resolve(explicit: "~/l.sqlite", environment: ["HOME": "/h"]) == "/h/l.sqlite")
        #expect(DatabaseLocation.evidenceFolder(for: "/h/l.sqlite") == "/h/l.sqlite-evidence")
    }
}
