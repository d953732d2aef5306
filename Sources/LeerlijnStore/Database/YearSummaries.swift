import GRDB
import LeerlijnCore

/// Per person and school year summaries of the live (not deleted) activities, kept in step with the activities by
/// triggers in the same transaction as every change (migration "v10 summary tables"), so that the HR report reads
/// one row per person instead of every activity of the year:
///
/// - `person_year_total`: activities, minutes, signed-off minutes and the last activity's day;
/// - `person_year_budget`: minutes per hours budget;
/// - `person_year_item`: activities and minutes per framework item (competences and domains).
///
/// A trigger recomputes the one person-year a change touches from that person's activities (an index range, never
/// a scan of all activities), so the summaries are right whatever the order in which SQLite runs cascades. A bulk
/// import drops the insert triggers inside its own transaction (no other connection ever sees them missing: a
/// rollback brings them back, a commit creates them again first) and adds what it imported with
/// ``YearSummaryDelta`` at the end; an insert statement with triggers costs a third more even when they do nothing.
enum YearSummaries {
    /// The school year (its first calendar year) of an ISO day in SQL: August to July.
    static func year(_ day: String) -> String { "(CAST(substr(\(day), 1, 4) AS INTEGER) - (substr(\(day), 6, 2) < '08'))" }

    /// Statements that recompute the summaries of person `person` in the school year of day `day` (SQL expressions).
    static func recompute(person: String, day: String) -> String {
        let year = Self.year(day)
        let range = "a.person_id = \(person) AND a.date BETWEEN printf('%04d-08-01', \(year)) AND printf('%04d-07-31', \(year) + 1) AND a.deleted_at IS NULL"
        return """
            DELETE FROM person_year_total WHERE person_id = \(person) AND school_year = \(year);
            INSERT INTO person_year_total (person_id, school_year, activities, minutes, verified_minutes, last_activity)
              SELECT a.person_id, \(year), COUNT(*), SUM(a.minutes),
                     SUM(CASE WHEN EXISTS (SELECT 1 FROM verification v WHERE v.activity_id = a.id) THEN a.minutes ELSE 0 END), MAX(a.date)
              FROM activity a WHERE \(range) GROUP BY a.person_id;
            DELETE FROM person_year_budget WHERE person_id = \(person) AND school_year = \(year);
            INSERT INTO person_year_budget (person_id, school_year, budget, minutes)
              SELECT a.person_id, \(year), a.budget, SUM(a.minutes) FROM activity a
              WHERE \(range) AND a.budget IS NOT NULL GROUP BY a.person_id, a.budget;
            DELETE FROM person_year_item WHERE person_id = \(person) AND school_year = \(year);
            INSERT INTO person_year_item (person_id, school_year, framework, item, kind, activities, minutes)
              SELECT a.person_id, \(year), i.framework, i.item, i.kind, COUNT(*), SUM(a.minutes)
              FROM activity a JOIN activity_item i ON i.activity_id = a.id
              WHERE \(range) GROUP BY a.person_id, i.framework, i.item, i.kind;
            """
    }

    /// Statements that recompute `person_year_unbudgeted` (migration "v14c-default-budgets") for person `person` in the
    /// school year of day `day`: per kind, the minutes, first and last day of the live activities without a budget that
    /// were not opted out (`--budget none`). The HR report resolves them to default budgets (``RuleCatalog/defaultBudget(kind:on:line:)``).
    static func recomputeUnbudgeted(person: String, day: String) -> String {
        let year = Self.year(day)
        let range = "a.person_id = \(person) AND a.date BETWEEN printf('%04d-08-01', \(year)) AND printf('%04d-07-31', \(year) + 1) AND a.deleted_at IS NULL"
        return """
            DELETE FROM person_year_unbudgeted WHERE person_id = \(person) AND school_year = \(year);
            INSERT INTO person_year_unbudgeted (person_id, school_year, kind, minutes, first_day, last_day)
              SELECT a.person_id, \(year), a.kind, SUM(a.minutes), MIN(a.date), MAX(a.date) FROM activity a
              WHERE \(range) AND a.budget IS NULL AND a.budget_opt_out = 0 GROUP BY a.person_id, a.kind;
            """
    }

    /// The insert trigger of `person_year_unbudgeted`, which a bulk import drops with the others.
    static let unbudgetedInsertTrigger = """
        CREATE TRIGGER activity_unbudgeted_insert AFTER INSERT ON activity BEGIN
        \(recomputeUnbudgeted(person: "NEW.person_id", day: "NEW.date"))
        END;

        """

    /// Creates `person_year_unbudgeted` with its triggers and fills it (migration "v14c-default-budgets").
    static func createUnbudgeted(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE person_year_unbudgeted (
              person_id TEXT NOT NULL, school_year INTEGER NOT NULL, kind TEXT NOT NULL, minutes INTEGER NOT NULL,
              first_day TEXT NOT NULL, last_day TEXT NOT NULL,
              PRIMARY KEY (person_id, school_year, kind)) WITHOUT ROWID;
            CREATE INDEX person_year_unbudgeted_on_year ON person_year_unbudgeted(school_year);
            """)
        try db.execute(sql: unbudgetedInsertTrigger + """
            CREATE TRIGGER activity_unbudgeted_update AFTER UPDATE OF person_id, date, minutes, kind, budget, budget_opt_out, deleted_at ON activity BEGIN
            \(recomputeUnbudgeted(person: "OLD.person_id", day: "OLD.date"))
            \(recomputeUnbudgeted(person: "NEW.person_id", day: "NEW.date"))
            END;
            CREATE TRIGGER activity_unbudgeted_delete AFTER DELETE ON activity BEGIN
            \(recomputeUnbudgeted(person: "OLD.person_id", day: "OLD.date"))
            END;
            CREATE TRIGGER person_unbudgeted_delete AFTER DELETE ON person BEGIN
              DELETE FROM person_year_unbudgeted WHERE person_id = OLD.id;
            END;
            INSERT INTO person_year_unbudgeted (person_id, school_year, kind, minutes, first_day, last_day)
              SELECT a.person_id, \(year("a.date")), a.kind, SUM(a.minutes), MIN(a.date), MAX(a.date) FROM activity a
              WHERE a.deleted_at IS NULL AND a.budget IS NULL AND a.budget_opt_out = 0 GROUP BY a.person_id, \(year("a.date")), a.kind;
            """)
    }

    /// The person and day of the activity a row of `activity_item` or `verification` belongs to.
    static func viaActivity(_ row: String) -> (person: String, day: String) {
        (person: "(SELECT person_id FROM activity WHERE id = \(row).activity_id)", day: "(SELECT date FROM activity WHERE id = \(row).activity_id)")
    }

    /// The triggers that follow inserts, which a bulk import drops for the length of its transaction.
    static let insertTriggerNames = ["activity_summary_insert", "activity_item_summary_insert", "verification_summary_insert"]

    static var insertTriggers: String {
        """
        CREATE TRIGGER activity_summary_insert AFTER INSERT ON activity BEGIN
        \(recompute(person: "NEW.person_id", day: "NEW.date"))
        END;
        CREATE TRIGGER activity_item_summary_insert AFTER INSERT ON activity_item BEGIN
        \(recompute(person: viaActivity("NEW").person, day: viaActivity("NEW").day))
        END;
        CREATE TRIGGER verification_summary_insert AFTER INSERT ON verification BEGIN
        \(recompute(person: viaActivity("NEW").person, day: viaActivity("NEW").day))
        END;

        """
    }

    /// Creates the tables and triggers and fills the tables from the activities there are.
    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE person_year_total (
              person_id TEXT NOT NULL, school_year INTEGER NOT NULL, activities INTEGER NOT NULL, minutes INTEGER NOT NULL,
              verified_minutes INTEGER NOT NULL, last_activity TEXT NOT NULL,
              PRIMARY KEY (person_id, school_year)) WITHOUT ROWID;
            CREATE INDEX person_year_total_on_year ON person_year_total(school_year);
            CREATE TABLE person_year_budget (
              person_id TEXT NOT NULL, school_year INTEGER NOT NULL, budget TEXT NOT NULL, minutes INTEGER NOT NULL,
              PRIMARY KEY (person_id, school_year, budget)) WITHOUT ROWID;
            CREATE TABLE person_year_item (
              person_id TEXT NOT NULL, school_year INTEGER NOT NULL, framework TEXT NOT NULL, item TEXT NOT NULL, kind TEXT NOT NULL,
              activities INTEGER NOT NULL, minutes INTEGER NOT NULL,
              PRIMARY KEY (person_id, school_year, framework, item, kind)) WITHOUT ROWID;
            """)
        try db.execute(sql: insertTriggers + """
            CREATE TRIGGER activity_summary_update AFTER UPDATE OF person_id, date, minutes, budget, deleted_at ON activity BEGIN
            \(recompute(person: "OLD.person_id", day: "OLD.date"))
            \(recompute(person: "NEW.person_id", day: "NEW.date"))
            END;
            CREATE TRIGGER activity_summary_delete AFTER DELETE ON activity BEGIN
            \(recompute(person: "OLD.person_id", day: "OLD.date"))
            END;
            CREATE TRIGGER activity_item_summary_delete AFTER DELETE ON activity_item BEGIN
            \(recompute(person: viaActivity("OLD").person, day: viaActivity("OLD").day))
            END;
            CREATE TRIGGER verification_summary_delete AFTER DELETE ON verification BEGIN
            \(recompute(person: viaActivity("OLD").person, day: viaActivity("OLD").day))
            END;
            CREATE TRIGGER person_summary_delete AFTER DELETE ON person BEGIN
              DELETE FROM person_year_total WHERE person_id = OLD.id;
              DELETE FROM person_year_budget WHERE person_id = OLD.id;
              DELETE FROM person_year_item WHERE person_id = OLD.id;
            END;
            """)
        let live = "a.deleted_at IS NULL"
        try db.execute(sql: """
            INSERT INTO person_year_total (person_id, school_year, activities, minutes, verified_minutes, last_activity)
              SELECT a.person_id, \(year("a.date")), COUNT(*), SUM(a.minutes),
                     SUM(CASE WHEN EXISTS (SELECT 1 FROM verification v WHERE v.activity_id = a.id) THEN a.minutes ELSE 0 END), MAX(a.date)
              FROM activity a WHERE \(live) GROUP BY a.person_id, \(year("a.date"));
            INSERT INTO person_year_budget (person_id, school_year, budget, minutes)
              SELECT a.person_id, \(year("a.date")), a.budget, SUM(a.minutes) FROM activity a
              WHERE \(live) AND a.budget IS NOT NULL GROUP BY a.person_id, \(year("a.date")), a.budget;
            INSERT INTO person_year_item (person_id, school_year, framework, item, kind, activities, minutes)
              SELECT a.person_id, \(year("a.date")), i.framework, i.item, i.kind, COUNT(*), SUM(a.minutes)
              FROM activity a JOIN activity_item i ON i.activity_id = a.id
              WHERE \(live) GROUP BY a.person_id, \(year("a.date")), i.framework, i.item, i.kind;
            """)
    }
}

/// What a bulk import adds to the summaries, gathered in memory while the insert triggers are dropped and written at the end
/// of the import's transaction. Imports only add activities, so adding is all it needs to do.
final class YearSummaryDelta {
    // People and items are numbered as they come, so that a key is a few integers: a national import adds up to a
    // row per person, year and item, and strings in every key would cost hundreds of megabytes.
    struct Key: Hashable { var person: Int32; var year: Int32 }
    struct Total {
        var activities = 0, minutes = 0, verified = 0, last = 0
        mutating func add(minutes: Int, verified isVerified: Bool, day: Int) {
            activities += 1
            self.minutes += minutes
            if isVerified { verified += minutes }
            last = max(last, day)
        }
    }
    struct ItemKey: Hashable { var person: Int32; var year: Int32; var item: Int32 }
    struct ItemTotal {
        var activities = 0, minutes = 0
        mutating func add(_ minutes: Int) { activities += 1; self.minutes += minutes }
    }

    private var people: [PersonID] = [], personNumbers: [PersonID: Int32] = [:]
    private var itemNames: [(framework: String, item: String, kind: String)] = [], itemNumbers: [String: Int32] = [:]
    private var budgetNames: [String] = [], budgetNumbers: [String: Int32] = [:]
    private var totals: [Key: Total] = [:]
    private var budgets: [ItemKey: Int] = [:]
    private var items: [ItemKey: ItemTotal] = [:]
    private var kindNames: [String] = [], kindNumbers: [String: Int32] = [:]
    private var unbudgeted: [ItemKey: (minutes: Int, first: Int, last: Int)] = [:]

    /// Drops the insert triggers for the rest of this transaction (``write(_:)`` creates them again).
    static func pause(_ db: Database) throws {
        for name in YearSummaries.insertTriggerNames + ["activity_unbudgeted_insert"] { try db.execute(sql: "DROP TRIGGER IF EXISTS \(name)") }
    }

    /// The number of a person in the gathered figures (the same for the same person).
    func personNumber(_ person: PersonID) -> Int32 {
        if let known = personNumbers[person] { return known }
        let number = Int32(people.count)
        people.append(person)
        personNumbers[person] = number
        return number
    }

    /// The number of a framework item and its kind of mapping in the gathered figures.
    func itemNumber(framework: String, item: String, kind: String) -> Int32 {
        let name = "\(kind):\(framework):\(item)"
        if let known = itemNumbers[name] { return known }
        let number = Int32(itemNames.count)
        itemNames.append((framework, item, kind))
        itemNumbers[name] = number
        return number
    }

    /// Records one imported activity: its person and items by their numbers (``personNumber(_:)``, ``itemNumber(framework:item:kind:)``).
    func add(person number: Int32, date: Day, minutes: Int, budget: String?, items mapped: [Int32], verified: Bool,
             kind: String, budgetOptOut: Bool = false) {
        let key = Key(person: number, year: Int32(SchoolYear(containing: date).startYear))
        if budget == nil && !budgetOptOut {
            let kindNumber: Int32
            if let known = kindNumbers[kind] { kindNumber = known } else {
                kindNumber = Int32(kindNames.count)
                kindNames.append(kind)
                kindNumbers[kind] = kindNumber
            }
            let day = date.dayNumber
            let itemKey = ItemKey(person: key.person, year: key.year, item: kindNumber)
            if let known = unbudgeted[itemKey] {
                unbudgeted[itemKey] = (known.minutes + minutes, min(known.first, day), max(known.last, day))
            } else {
                unbudgeted[itemKey] = (minutes, day, day)
            }
        }
        totals[key, default: Total()].add(minutes: minutes, verified: verified, day: date.dayNumber)
        if let budget {
            let budgetNumber: Int32
            if let known = budgetNumbers[budget] { budgetNumber = known } else {
                budgetNumber = Int32(budgetNames.count)
                budgetNames.append(budget)
                budgetNumbers[budget] = budgetNumber
            }
            budgets[ItemKey(person: key.person, year: key.year, item: budgetNumber), default: 0] += minutes
        }
        for itemNumber in mapped {
            items[ItemKey(person: key.person, year: key.year, item: itemNumber), default: ItemTotal()].add(minutes)
        }
    }

    /// Adds the gathered figures to the summary tables and creates the insert triggers again. Rows go in in the order of
    /// the tables' keys (person id text, then year), so that each insert lands beside the one before.
    func write(_ db: Database) throws {
        let texts = people.map(\.description)
        var rank = [Int32](repeating: 0, count: people.count)
        for (position, number) in texts.indices.sorted(by: { texts[$0] < texts[$1] }).enumerated() { rank[number] = Int32(position) }
        func order(_ person: Int32, _ year: Int32) -> Int64 { Int64(rank[Int(person)]) << 32 | Int64(year) }

        let total = try db.cachedStatement(sql: """
            INSERT INTO person_year_total (person_id, school_year, activities, minutes, verified_minutes, last_activity) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id, school_year) DO UPDATE SET activities = activities + excluded.activities, minutes = minutes + excluded.minutes,
              verified_minutes = verified_minutes + excluded.verified_minutes, last_activity = max(last_activity, excluded.last_activity)
            """)
        for key in totals.keys.sorted(by: { order($0.person, $0.year) < order($1.person, $1.year) }) {
            let value = totals[key]!
            try total.execute(arguments: [texts[Int(key.person)], key.year, value.activities, value.minutes, value.verified,
                                          Day(dayNumber: value.last)])
        }
        let budget = try db.cachedStatement(sql: """
            INSERT INTO person_year_budget (person_id, school_year, budget, minutes) VALUES (?, ?, ?, ?)
            ON CONFLICT (person_id, school_year, budget) DO UPDATE SET minutes = minutes + excluded.minutes
            """)
        for key in budgets.keys.sorted(by: { order($0.person, $0.year) < order($1.person, $1.year) }) {
            let minutes = budgets[key]!
            try budget.execute(arguments: [texts[Int(key.person)], key.year, budgetNames[Int(key.item)], minutes])
        }
        let item = try db.cachedStatement(sql: """
            INSERT INTO person_year_item (person_id, school_year, framework, item, kind, activities, minutes) VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id, school_year, framework, item, kind) DO UPDATE SET activities = activities + excluded.activities,
              minutes = minutes + excluded.minutes
            """)
        for key in items.keys.sorted(by: { order($0.person, $0.year) < order($1.person, $1.year) }) {
            let value = items[key]!
            let name = itemNames[Int(key.item)]
            try item.execute(arguments: [texts[Int(key.person)], key.year, name.framework, name.item, name.kind, value.activities, value.minutes])
        }
        let kinds = try db.cachedStatement(sql: """
            INSERT INTO person_year_unbudgeted (person_id, school_year, kind, minutes, first_day, last_day) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (person_id, school_year, kind) DO UPDATE SET minutes = minutes + excluded.minutes,
              first_day = min(first_day, excluded.first_day), last_day = max(last_day, excluded.last_day)
            """)
        for key in unbudgeted.keys.sorted(by: { order($0.person, $0.year) < order($1.person, $1.year) }) {
            let value = unbudgeted[key]!
            try kinds.execute(arguments: [texts[Int(key.person)], key.year, kindNames[Int(key.item)], value.minutes,
                                          Day(dayNumber: value.first), Day(dayNumber: value.last)])
        }
        try db.execute(sql: YearSummaries.insertTriggers + YearSummaries.unbudgetedInsertTrigger)
    }
}
