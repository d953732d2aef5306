import GRDB
import LeerlijnCore

extension Observation: SnakeCaseRecord, PersistableRecord {
    // `group` is `group_name`: GROUP is an SQL keyword. The other properties are plain snake_case.
    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }
    private static func column(for key: String) -> String {
        if key == "group" { return "group_name" }
        return key.reduce(into: "") { result, character in
            if character.isUppercase { result += "_" + character.lowercased() } else { result.append(character) }
        }
    }
    public static var databaseColumnDecodingStrategy: DatabaseColumnDecodingStrategy {
        .custom { column in
            if column == "group_name" { return Key(stringValue: "group") }
            var result = "", upper = false
            for character in column {
                if character == "_" { upper = true } else { result += upper ? character.uppercased() : String(character); upper = false }
            }
            return Key(stringValue: result)
        }
    }
    public static var databaseColumnEncodingStrategy: DatabaseColumnEncodingStrategy {
        .custom { key in column(for: key.stringValue) }
    }
    /// The table's columns.
    public enum Columns {
        public static let id = Column("id")
        public static let personId = Column("person_id")
        public static let observerId = Column("observer_id")
        public static let date = Column("date")
        public static let instrument = Column("instrument")
        public static let createdAt = Column("created_at")
    }
    public static let databaseTableName = "observation"
}
