import GRDB
import LeerlijnCore

/// The database schema as an append-only list of named migrations.
///
/// A migration that has shipped is never edited: a change to the schema is a new migration appended
/// at the end. See docs/data-model.md for the tables and why they look as they do.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1 organisations, people, activities, audit") { db in
            try db.create(table: "partnership") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).notNull().unique()
                t.column("name", .text).notNull()
            }
            try db.create(table: "board") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("code", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("partnership_id", .integer).references("partnership", onDelete: .restrict).indexed()
            }
            try db.create(table: "school") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("board_id", .integer).references("board", onDelete: .restrict).notNull().indexed()
                t.column("name", .text).notNull()
                t.column("brin", .text).notNull()
                t.column("vestiging", .text)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX school_on_code ON school(brin, ifnull(vestiging, ''))")

            try db.create(table: "person") { t in
                t.primaryKey("id", .text)
                t.column("name", .text).notNull()
                t.column("email", .text).indexed()
                t.column("created_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
            }
            try db.create(table: "external_id") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).references("person", onDelete: .cascade).notNull().indexed()
                t.column("board_id", .integer).references("board", onDelete: .restrict).indexed()
                t.column("value", .text).notNull().indexed()
            }
            try db.execute(sql: "CREATE UNIQUE INDEX external_id_per_board ON external_id(ifnull(board_id, 0), value)")
            try db.create(table: "membership") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).references("person", onDelete: .cascade).notNull()
                t.column("school_id", .integer).references("school", onDelete: .restrict).notNull().indexed()
                t.column("since", .text).notNull()
                t.column("until", .text)
                t.check(sql: "until IS NULL OR until >= since")
            }
            try db.create(index: "membership_on_person_since", on: "membership", columns: ["person_id", "since"])

            try db.create(table: "activity_kind") { t in
                t.primaryKey("id", .text)
                t.column("title_nl", .text).notNull()
                t.column("title_en", .text).notNull()
                t.column("built_in", .boolean).notNull().defaults(to: false)
            }
            for kind in ActivityKind.builtInKinds {
                try kind.insert(db)
            }
            try db.create(table: "activity") { t in
                t.primaryKey("id", .text)
                t.column("person_id", .text).references("person", onDelete: .cascade).notNull()
                t.column("date", .text).notNull()
                t.column("minutes", .integer).notNull().check { $0 > 0 }
                t.column("kind", .text).notNull().references("activity_kind", onDelete: .restrict)
                t.column("title", .text).notNull()
                t.column("description", .text)
                t.column("provider", .text)
                t.column("reflection", .text)
                t.column("created_at", .datetime).notNull()
                t.column("updated_at", .datetime).notNull()
                t.column("deleted_at", .datetime)
            }
            // One person's activities by date: every per-person question uses this index, never a scan.
            try db.create(index: "activity_on_person_date", on: "activity", columns: ["person_id", "date"])
            try db.create(index: "activity_on_date", on: "activity", columns: ["date"])
            try db.create(index: "activity_on_kind", on: "activity", columns: ["kind"])
            try db.create(table: "evidence") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("activity_id", .text).references("activity", onDelete: .cascade).notNull().indexed()
                t.column("kind", .text).notNull().check(sql: "kind IN ('url', 'file')")
                t.column("location", .text).notNull()
                t.column("sha256", .text)
                t.column("byte_count", .integer)
            }
            try db.create(table: "audit") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .datetime).notNull()
                t.column("actor", .text).notNull()
                t.column("entity", .text).notNull()
                t.column("entity_id", .text).notNull()
                t.column("action", .text).notNull()
                t.column("before", .text)
                t.column("after", .text)
            }
            try db.create(index: "audit_on_entity", on: "audit", columns: ["entity", "entity_id"])
        }
        migrator.registerMigration("v2 activity items") { db in
            // An activity's competences and domains, with the framework version it was mapped under.
            try db.create(table: "activity_item") { t in
                t.column("activity_id", .text).notNull().references("activity", onDelete: .cascade)
                t.column("framework", .text).notNull()
                t.column("version", .text).notNull()
                t.column("item", .text).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('competence', 'domain')")
                t.primaryKey(["activity_id", "framework", "item"])
            }
            try db.create(index: "activity_item_on_item", on: "activity_item", columns: ["framework", "item"])
        }
        migrator.registerMigration("v3 phases, roles, employment, registrations, budgets") { db in
            try db.create(table: "phase_period") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                t.column("phase", .text).notNull().check(sql: "phase IN ('student', 'starter', 'basisbekwaam', 'vakbekwaam')")
                t.column("since", .text).notNull()
                t.column("route", .text)
                t.column("institute", .text)
                t.column("study_year", .integer)
                t.uniqueKey(["person_id", "since"])
            }
            try db.create(table: "role_period") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                t.column("role", .text).notNull()
                t.column("since", .text).notNull()
                t.column("until", .text)
                t.column("minutes_per_week", .integer).check { $0 == nil || $0 >= 0 }
                t.check(sql: "until IS NULL OR until >= since")
            }
            try db.create(index: "role_period_on_person", on: "role_period", columns: ["person_id", "since"])
            try db.create(table: "employment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                t.column("board_id", .integer).notNull().references("board", onDelete: .restrict).indexed()
                t.column("school_id", .integer).references("school", onDelete: .restrict)
                t.column("since", .text).notNull()
                t.column("until", .text)
                // The werktijdfactor in ten-thousandths (0.8 is 8000): exact, never a float.
                t.column("fte", .integer).notNull().check { $0 > 0 }
                t.check(sql: "until IS NULL OR until >= since")
            }
            try db.create(index: "employment_on_person", on: "employment", columns: ["person_id", "since"])
            try db.create(table: "registration") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                t.column("register", .text).notNull()
                t.column("since", .text).notNull()
                t.uniqueKey(["person_id", "register", "since"])
            }
            // The hours budget (rule id) an activity counts toward, if any.
            try db.alter(table: "activity") { t in t.add(column: "budget", .text) }
        }
        migrator.registerMigration("v4 imports, sign-off, collective sessions") { db in
            // The identity of an imported row (SHA-256 of person, date, minutes, kind and title): a re-import adds nothing.
            try db.alter(table: "activity") { t in
                t.add(column: "import_key", .text)
                t.add(column: "session_id", .text)
            }
            try db.execute(sql: "CREATE UNIQUE INDEX activity_on_import_key ON activity(import_key) WHERE import_key IS NOT NULL")
            try db.execute(sql: "CREATE INDEX activity_on_session ON activity(session_id) WHERE session_id IS NOT NULL")
            try db.create(table: "verification") { t in
                t.column("activity_id", .text).primaryKey().references("activity", onDelete: .cascade)
                t.column("verified_by", .text).notNull().references("person", onDelete: .cascade).indexed()
                t.column("at", .datetime).notNull()
                t.column("note", .text)
            }
            try db.create(table: "session") { t in
                t.primaryKey("id", .text)
                t.column("date", .text).notNull()
                t.column("minutes", .integer).notNull().check { $0 > 0 }
                t.column("kind", .text).notNull().references("activity_kind", onDelete: .restrict)
                t.column("title", .text).notNull()
                t.column("provider", .text)
                t.column("created_at", .datetime).notNull()
            }
        }
        migrator.registerMigration("v5 guidance") { db in
            // For a mentor's or schoolopleider's guidance activity: the student (or starter) it was for.
            try db.alter(table: "activity") { t in t.add(column: "guided_person_id", .text).references("person", onDelete: .setNull) }
            try db.execute(sql: "CREATE INDEX activity_on_guided_person ON activity(guided_person_id) WHERE guided_person_id IS NOT NULL")
        }
        migrator.registerMigration("v6 erasures") { db in
            // That an erasure happened, and when: no personal data (see docs/privacy.md).
            try db.create(table: "erasure") { t in
                t.primaryKey("id", .text)
                t.column("at", .datetime).notNull()
                t.column("actor", .text).notNull()
                t.column("activities", .integer).notNull()
            }
        }
        migrator.registerMigration("v7 export outbox") { db in
            // Every edit, delete or restore raises an activity's revision; statement ids derive from (activity, revision).
            try db.alter(table: "activity") { t in t.add(column: "revision", .integer).notNull().defaults(to: 1) }
            // The outbox and ledger: what is to be sent where, and what was sent, when, with which id and answer.
            try db.create(table: "export_item") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("register", .text).notNull()
                t.column("activity_id", .text).notNull()
                t.column("revision", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('statement', 'void', 'skip')")
                t.column("statement_id", .text)
                t.column("voids", .text)
                t.column("payload", .text)
                t.column("state", .text).notNull().check(sql: "state IN ('pending', 'sent', 'failed', 'done')")
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("last_status", .integer)
                t.column("last_error", .text)
                t.column("created_at", .datetime).notNull()
                t.column("sent_at", .datetime)
            }
            try db.create(index: "export_item_on_activity", on: "export_item", columns: ["register", "activity_id", "revision"])
            try db.create(index: "export_item_on_state", on: "export_item", columns: ["register", "state"])
            try db.execute(sql: "CREATE UNIQUE INDEX export_item_on_statement ON export_item(register, statement_id) WHERE statement_id IS NOT NULL")
        }
        migrator.registerMigration("v8 register documents") { db in
            // Webhook events (one per activity revision) and BRLO dossiers (one per teacher educator and state of
            // their data) join the outbox: the kind check widens, a dossier row names a person instead of an activity,
            // an event row records its change, a dossier row the fingerprint of the data behind it.
            try db.create(table: "export_item_v8") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("register", .text).notNull()
                t.column("activity_id", .text)
                t.column("person_id", .text)
                t.column("revision", .integer).notNull()
                t.column("kind", .text).notNull().check(sql: "kind IN ('statement', 'void', 'skip', 'event', 'dossier')")
                t.column("statement_id", .text)
                t.column("voids", .text)
                t.column("change", .text)
                t.column("fingerprint", .text)
                t.column("payload", .text)
                t.column("state", .text).notNull().check(sql: "state IN ('pending', 'sent', 'failed', 'done')")
                t.column("attempts", .integer).notNull().defaults(to: 0)
                t.column("last_status", .integer)
                t.column("last_error", .text)
                t.column("created_at", .datetime).notNull()
                t.column("sent_at", .datetime)
                t.check(sql: "activity_id IS NOT NULL OR person_id IS NOT NULL")
            }
            try db.execute(sql: """
                INSERT INTO export_item_v8 (id, register, activity_id, person_id, revision, kind, statement_id, voids, payload, state, attempts,
                                            last_status, last_error, created_at, sent_at)
                SELECT e.id, e.register, e.activity_id, a.person_id, e.revision, e.kind, e.statement_id, e.voids, e.payload, e.state, e.attempts,
                       e.last_status, e.last_error, e.created_at, e.sent_at
                FROM export_item e LEFT JOIN activity a ON a.id = e.activity_id
                """)
            try db.drop(table: "export_item")
            try db.rename(table: "export_item_v8", to: "export_item")
            try db.create(index: "export_item_on_activity", on: "export_item", columns: ["register", "activity_id", "revision"])
            try db.create(index: "export_item_on_person", on: "export_item", columns: ["register", "person_id", "kind"])
            try db.create(index: "export_item_on_state", on: "export_item", columns: ["register", "state"])
            try db.execute(sql: "CREATE UNIQUE INDEX export_item_on_statement ON export_item(register, statement_id) WHERE statement_id IS NOT NULL")
        }
        migrator.registerMigration("v9 observations") { db in
            // A lesson observation with an instrument (docs/observations.md): who, by whom, which lesson, which instrument version.
            try db.create(table: "observation") { t in
                t.primaryKey("id", .text)
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                // Nulled when the observer's data is erased; the observation stays with the person observed.
                t.column("observer_id", .text).references("person", onDelete: .setNull).indexed()
                t.column("date", .text).notNull()
                t.column("instrument", .text).notNull()
                t.column("instrument_version", .text).notNull()
                t.column("group_name", .text)
                t.column("subject", .text)
                t.column("remarks", .text)
                t.column("activity_id", .text).references("activity", onDelete: .setNull)
                t.column("observer_activity_id", .text).references("activity", onDelete: .setNull)
                t.column("created_at", .datetime).notNull()
            }
            try db.create(index: "observation_on_person_date", on: "observation", columns: ["person_id", "date"])
            // One score per item; indicators as a JSON object {indicator id: true/false}.
            try db.create(table: "observation_score") { t in
                t.column("observation_id", .text).notNull().references("observation", onDelete: .cascade)
                t.column("item", .text).notNull()
                t.column("score", .integer).notNull()
                t.column("indicators", .text)
                t.primaryKey(["observation_id", "item"])
            }
        }
        migrator.registerMigration("v10 summary tables") { db in
            // Per person and school year: totals, minutes per budget and per framework item, kept by triggers
            // (YearSummaries.swift), so that the HR report reads one row per person rather than every activity.
            try YearSummaries.create(db)
        }
        migrator.registerMigration("v11 compact import keys") { db in
            // An imported row's identity was the SHA-256 of its fields as 64 hexadecimal characters; it is now the
            // digest's first 16 bytes as a blob (ImportKey): the same identity, in a unique index a third the size,
            // which a large import walks for every row. Converted from the stored text, so rows whose title was
            // edited since they were imported keep the identity of the row in the file.
            try ImportKey.convertHexKeys(db)
        }
        migrator.registerMigration("v12 item and sign-off tables without rowid") { db in
            // An activity's items and its sign-off are looked up by their primary key only: as WITHOUT ROWID tables
            // the rows live in the primary-key B-tree itself, instead of a table plus an index that repeats the key
            // (half the pages, one B-tree insert per row instead of two).
            try rebuildWithoutRowID(db, table: "activity_item", definition: """
                CREATE TABLE activity_item (
                  activity_id TEXT NOT NULL REFERENCES activity(id) ON DELETE CASCADE,
                  framework TEXT NOT NULL, version TEXT NOT NULL, item TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('competence', 'domain')),
                  PRIMARY KEY (activity_id, framework, item)) WITHOUT ROWID
                """, columns: "activity_id, framework, version, item, kind")
            try rebuildWithoutRowID(db, table: "verification", definition: """
                CREATE TABLE verification (
                  activity_id TEXT NOT NULL PRIMARY KEY REFERENCES activity(id) ON DELETE CASCADE,
                  verified_by TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                  at DATETIME NOT NULL, note TEXT) WITHOUT ROWID
                """, columns: "activity_id, verified_by, at, note")
        }
        migrator.registerMigration("v13 statement ledger") { db in
            // An xAPI export streams its statements and keeps one small row per activity and register: the revision
            // last handed to the register and whether it confirmed it, and the pages it has handed over and not yet seen
            // confirmed (StatementLedger.swift). The statements an
            // earlier export confirmed move here from the outbox (the last confirmed revision per activity; earlier
            // ones were voided through the outbox, where the voiding records stay).
            try db.execute(sql: """
                CREATE TABLE export_statement (
                  register TEXT NOT NULL,
                  activity_id TEXT NOT NULL,
                  revision INTEGER NOT NULL,
                  state TEXT NOT NULL CHECK (state IN ('sending', 'sent')),
                  sent_at DATETIME,
                  PRIMARY KEY (register, activity_id)) WITHOUT ROWID
                """)
            // The few that may have reached the register without an answer, counted after every export.
            try db.execute(sql: "CREATE INDEX export_statement_sending ON export_statement(register) WHERE state = 'sending'")
            // The statements a run has handed to the register and not yet seen confirmed: one row per page of them.
            try db.execute(sql: """
                CREATE TABLE export_flight (
                  id INTEGER PRIMARY KEY,
                  register TEXT NOT NULL,
                  statements BLOB NOT NULL,
                  created_at DATETIME NOT NULL)
                """)
            try db.execute(sql: """
                INSERT INTO export_statement (register, activity_id, revision, state, sent_at)
                SELECT register, activity_id, revision, 'sent', sent_at FROM export_item
                WHERE kind = 'statement' AND state = 'sent' AND activity_id IS NOT NULL ORDER BY register, activity_id, revision
                ON CONFLICT (register, activity_id) DO UPDATE SET revision = excluded.revision, sent_at = excluded.sent_at
                WHERE excluded.revision > export_statement.revision
                """)
            try db.execute(sql: "DELETE FROM export_item WHERE kind = 'statement' AND state = 'sent'")
            // Records for activities deleted before they were ever queued; the stream skips deleted activities.
            try db.execute(sql: "DELETE FROM export_item WHERE kind = 'skip'")
        }
        migrator.registerMigration("v14-sectors") { db in
            // Rules follow the sector of the employment's school (issue 16): a school's sector, a board's default for
            // schools and roster rows without one, and what a person is employed as. Schools from before get `po`,
            // marked as assumed so that `doctor` can list them until someone sets the real sector.
            try db.alter(table: "school") { t in
                t.add(column: "sector", .text).notNull().defaults(to: "po")  // SchoolSector.assumed, frozen
                t.add(column: "sector_assumed", .boolean).notNull().defaults(to: false)
            }
            try db.execute(sql: "UPDATE school SET sector_assumed = 1")
            try db.alter(table: "board") { t in t.add(column: "default_sector", .text) }
            try db.alter(table: "employment") { t in
                t.add(column: "function", .text).notNull().defaults(to: "leraar")  // StaffFunction.leraar, frozen
            }
        }
        migrator.registerMigration("v14b-salary-steps") { db in
            // Salary-scale steps (periodieken) with the day each was reached: the fourth ends the CAO PO starter budget.
            try db.create(table: "salary_step") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("person_id", .text).notNull().references("person", onDelete: .cascade)
                t.column("scale", .text).notNull()
                t.column("step", .integer).notNull().check { $0 >= 0 }
                t.column("since", .text).notNull()
                t.uniqueKey(["person_id", "since"])
            }
        }
        migrator.registerMigration("v14c-default-budgets") { db in
            // `--budget none`: the activity counts toward no budget, not even by default (docs/rules.md, "Default budgets").
            try db.alter(table: "activity") { t in t.add(column: "budget_opt_out", .boolean).notNull().defaults(to: false) }
            // Per person, school year and kind: the minutes of activities without a budget (and not opted out), which the
            // HR report resolves to default budgets from the person's line without reading the activities.
            try YearSummaries.createUnbudgeted(db)
        }
        migrator.registerMigration("v15-dossier") { db in
            // What the BRLO asks of a teacher educator first (DossierRecords.swift): the role described and justified,
            // with the hours the employer confirmed, the work context, the route with the manager's statement, the tasks,
            // a reflection per area of the standard, and the registration's number and term.
            try db.execute(sql: """
                CREATE TABLE educator_role (
                  person_id TEXT PRIMARY KEY NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                  description TEXT, justification TEXT,
                  context TEXT CHECK (context IN ('instituut', 'opleidingsschool')),
                  organisation TEXT,
                  partnership_id INTEGER REFERENCES partnership(id) ON DELETE SET NULL,
                  sector TEXT,
                  confirmed_minutes_per_year INTEGER CHECK (confirmed_minutes_per_year IS NULL OR confirmed_minutes_per_year >= 0),
                  confirmed_by TEXT, confirmed_on TEXT,
                  route TEXT, manager_name TEXT, manager_statement TEXT, manager_statement_on TEXT,
                  updated_at DATETIME NOT NULL)
                """)
            try db.execute(sql: """
                CREATE TABLE educator_task (
                  id INTEGER PRIMARY KEY,
                  person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                  description TEXT NOT NULL,
                  kind TEXT NOT NULL CHECK (kind IN ('education', 'coaching')),
                  minutes_per_year INTEGER CHECK (minutes_per_year IS NULL OR minutes_per_year >= 0),
                  created_at DATETIME NOT NULL)
                """)
            try db.execute(sql: "CREATE INDEX educator_task_on_person ON educator_task(person_id)")
            try db.execute(sql: """
                CREATE TABLE dossier_reflection (
                  person_id TEXT NOT NULL REFERENCES person(id) ON DELETE CASCADE,
                  framework TEXT NOT NULL, item TEXT NOT NULL, text TEXT NOT NULL,
                  updated_at DATETIME NOT NULL,
                  PRIMARY KEY (person_id, framework, item)) WITHOUT ROWID
                """)
            try db.alter(table: "registration") { t in
                t.add(column: "number", .text)
                t.add(column: "until", .text)
            }
            // Endpoints a 410 Gone disabled, until `export enable` (DocumentDelivery.swift).
            try db.execute(sql: """
                CREATE TABLE export_endpoint (
                  register TEXT NOT NULL, endpoint TEXT NOT NULL, status INTEGER, disabled_at DATETIME NOT NULL,
                  PRIMARY KEY (register, endpoint)) WITHOUT ROWID
                """)
        }
        migrator.registerMigration("v17-friction") { db in
            // Short ids (ShortID): activities are found by the start of their id's random tail without a scan.
            try db.execute(sql: "CREATE INDEX activity_on_id_tail ON activity(substr(id, 25))")
        }
        migrator.registerMigration("v18-reports") { db in
            // Whether a partnership expects activities signed off: the HR report's `unverified` flag applies only there.
            try db.execute(sql: "ALTER TABLE partnership ADD COLUMN expects_sign_off BOOLEAN NOT NULL DEFAULT 0")
        }
        return migrator
    }

    /// Rebuilds `table` from `definition` (a `CREATE TABLE` of the same name and columns), copying its rows and
    /// keeping its indexes and triggers exactly as they were (read from the schema before the old table goes).
    private static func rebuildWithoutRowID(_ db: Database, table: String, definition: String, columns: String) throws {
        let dependents = try String.fetchAll(db, sql: """
            SELECT sql FROM sqlite_master WHERE tbl_name = ? AND type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY type, name
            """, arguments: [table])
        let rebuilt = "\(table)_rebuilt"
        try db.execute(sql: definition.replacingOccurrences(of: "CREATE TABLE \(table) (", with: "CREATE TABLE \(rebuilt) ("))
        try db.execute(sql: "INSERT INTO \(rebuilt) (\(columns)) SELECT \(columns) FROM \(table)")
        try db.execute(sql: "DROP TABLE \(table)")
        // Triggers on other tables name `table` in their bodies; between the drop and the rename they point at nothing,
        // which a modern rename refuses. The legacy rename only renames (SQLite's "12 steps" for changing a table).
        try db.execute(sql: "PRAGMA legacy_alter_table = ON")
        try db.execute(sql: "ALTER TABLE \(rebuilt) RENAME TO \(table)")
        try db.execute(sql: "PRAGMA legacy_alter_table = OFF")
        for sql in dependents { try db.execute(sql: sql) }
    }
}
