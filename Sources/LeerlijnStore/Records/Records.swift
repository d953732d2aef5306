import GRDB
import LeerlijnCore

// The core's types are the database records: each maps to one table, with snake_case columns.

/// Shared column naming: Swift's camelCase properties are snake_case columns.
public protocol SnakeCaseRecord: FetchableRecord, MutablePersistableRecord {}
extension SnakeCaseRecord {
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy { .convertFromSnakeCase }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy { .convertToSnakeCase }
}

extension Partnership: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
        public static let name = Column("name")
        public static let expectsSignOff = Column("expects_sign_off")
    }
    public static let databaseTableName = "partnership"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Board: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let code = Column("code")
        public static let name = Column("name")
        public static let partnershipId = Column("partnership_id")
    }
    public static let databaseTableName = "board"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    static let partnership = belongsTo(Partnership.self)
}

extension School: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let boardId = Column("board_id")
        public static let name = Column("name")
        public static let brin = Column("brin")
        public static let vestiging = Column("vestiging")
    }
    public static let databaseTableName = "school"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    static let board = belongsTo(Board.self)
}

extension Person: SnakeCaseRecord, PersistableRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let name = Column("name")
        public static let email = Column("email")
        public static let createdAt = Column("created_at")
        public static let updatedAt = Column("updated_at")
    }
    public static let databaseTableName = "person"
    static let externalIDs = hasMany(ExternalID.self)
    static let memberships = hasMany(Membership.self)
    static let activities = hasMany(Activity.self)
}

extension ExternalID: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let personId = Column("person_id")
        public static let boardId = Column("board_id")
        public static let value = Column("value")
    }
    public static let databaseTableName = "external_id"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    static let board = belongsTo(Board.self)
}

extension Membership: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let personId = Column("person_id")
        public static let schoolId = Column("school_id")
        public static let since = Column("since")
        public static let until = Column("until")
    }
    public static let databaseTableName = "membership"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    static let school = belongsTo(School.self)
}

extension ActivityKind: SnakeCaseRecord, PersistableRecord {
    // `titleNL` is `title_nl`, not the `title_n_l` that plain snake_case would give.
    private static let columnForKey = ["titleNL": "title_nl", "titleEN": "title_en", "builtIn": "built_in"]
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in Key(stringValue: columnForKey.first { $0.value == column }?.key ?? column) }
    }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy {
        .custom { key in columnForKey[key.stringValue] ?? key.stringValue }
    }
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let titleNL = Column("title_nl")
        public static let titleEN = Column("title_en")
        public static let builtIn = Column("built_in")
    }
    public static let databaseTableName = "activity_kind"
}

extension Activity: SnakeCaseRecord, PersistableRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let personId = Column("person_id")
        public static let date = Column("date")
        public static let minutes = Column("minutes")
        public static let kind = Column("kind")
        public static let title = Column("title")
        public static let description = Column("description")
        public static let provider = Column("provider")
        public static let reflection = Column("reflection")
        public static let createdAt = Column("created_at")
        public static let updatedAt = Column("updated_at")
        public static let deletedAt = Column("deleted_at")
        public static let budget = Column("budget")
        public static let guidedPersonId = Column("guided_person_id")
    }
    public static let databaseTableName = "activity"
    static let person = belongsTo(Person.self)
    static let evidence = hasMany(Evidence.self)
}

extension Evidence: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let activityId = Column("activity_id")
        public static let kind = Column("kind")
        public static let location = Column("location")
        public static let sha256 = Column("sha256")
        public static let byteCount = Column("byte_count")
    }
    public static let databaseTableName = "evidence"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension AuditEntry: SnakeCaseRecord {
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let at = Column("at")
        public static let actor = Column("actor")
        public static let entity = Column("entity")
        public static let entityId = Column("entity_id")
        public static let action = Column("action")
        public static let before = Column("before")
        public static let after = Column("after")
    }
    public static let databaseTableName = "audit"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension ItemMapping: SnakeCaseRecord, PersistableRecord {
    public static let databaseTableName = "activity_item"
    /// The table's columns.
    public enum Columns {
        public static let activityId = Column("activity_id")
        public static let framework = Column("framework")
        public static let version = Column("version")
        public static let item = Column("item")
        public static let kind = Column("kind")
    }
}

extension PhasePeriod: SnakeCaseRecord {
    public static let databaseTableName = "phase_period"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public enum Columns {
        public static let personId = Column("person_id")
        public static let since = Column("since")
    }
}

extension RolePeriod: SnakeCaseRecord {
    public static let databaseTableName = "role_period"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public enum Columns {
        public static let personId = Column("person_id")
        public static let role = Column("role")
        public static let since = Column("since")
    }
}

extension Employment: SnakeCaseRecord {
    public static let databaseTableName = "employment"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public enum Columns {
        public static let personId = Column("person_id")
        public static let since = Column("since")
    }
}

extension Registration: SnakeCaseRecord {
    public static let databaseTableName = "registration"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public enum Columns {
        public static let personId = Column("person_id")
        public static let register = Column("register")
    }
}

// Reading by column rather than through Codable: the report and the line read every person's periods, and a
// decoder that converts each key from snake_case costs more than the query. Same columns, same values.

extension Person {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), name: try row.decode(forColumn: "name"), email: try row.decode(forColumn: "email"),
                  createdAt: try row.decode(forColumn: "created_at"), updatedAt: try row.decode(forColumn: "updated_at"))
    }
}

extension ExternalID {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), boardId: try row.decode(forColumn: "board_id"),
                  value: try row.decode(forColumn: "value"))
    }
}

extension Membership {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), schoolId: try row.decode(forColumn: "school_id"),
                  since: try row.decode(forColumn: "since"), until: try row.decode(forColumn: "until"))
    }
}

extension PhasePeriod {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), phase: try row.decode(forColumn: "phase"),
                  since: try row.decode(forColumn: "since"), route: try row.decode(forColumn: "route"), institute: try row.decode(forColumn: "institute"),
                  studyYear: try row.decode(forColumn: "study_year"))
    }
}

extension RolePeriod {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), role: try row.decode(forColumn: "role"),
                  since: try row.decode(forColumn: "since"), until: try row.decode(forColumn: "until"),
                  minutesPerWeek: try row.decode(forColumn: "minutes_per_week"))
    }
}

extension Employment {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), boardId: try row.decode(forColumn: "board_id"),
                  schoolId: try row.decode(forColumn: "school_id"), since: try row.decode(forColumn: "since"), until: try row.decode(forColumn: "until"),
                  fte: try row.decode(forColumn: "fte"), function: try row.decode(forColumn: "function"))
    }
}

extension Registration {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), register: try row.decode(forColumn: "register"),
                  since: try row.decode(forColumn: "since"), number: row.hasColumn("number") ? try row.decode(forColumn: "number") : nil,
                  until: row.hasColumn("until") ? try row.decode(forColumn: "until") : nil)
    }
}

extension Activity {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), date: try row.decode(forColumn: "date"),
                  minutes: try row.decode(forColumn: "minutes"), kind: try row.decode(forColumn: "kind"), title: try row.decode(forColumn: "title"),
                  description: try row.decode(forColumn: "description"), provider: try row.decode(forColumn: "provider"),
                  reflection: try row.decode(forColumn: "reflection"), budget: try row.decode(forColumn: "budget"),
                  guidedPersonId: try row.decode(forColumn: "guided_person_id"), createdAt: try row.decode(forColumn: "created_at"),
                  updatedAt: try row.decode(forColumn: "updated_at"), deletedAt: try row.decode(forColumn: "deleted_at"),
                  revision: try row.decode(forColumn: "revision"))
    }
}

extension ItemMapping {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(activityId: try row.decode(forColumn: "activity_id"), framework: try row.decode(forColumn: "framework"),
                  version: try row.decode(forColumn: "version"), item: try row.decode(forColumn: "item"), kind: try row.decode(forColumn: "kind"))
    }
}
