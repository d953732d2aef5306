import GRDB
import LeerlijnCore

// Sectors, functions and salary steps (issue 16, migrations "v14-sectors" and "v14b-salary-steps").

extension SchoolSector: SQLExpressible {}
extension SchoolSector: StatementBinding {}
extension SchoolSector: DatabaseValueConvertible {}
extension StaffFunction: SQLExpressible {}
extension StaffFunction: StatementBinding {}
extension StaffFunction: DatabaseValueConvertible {}

extension SalaryStep: SnakeCaseRecord {
    public static let databaseTableName = "salary_step"
    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
    public enum Columns {
        public static let personId = Column("person_id")
        public static let since = Column("since")
    }
}

extension SalaryStep {
    /// Reads a row of the table by column name (the same columns and values as the `Codable` decoding).
    public init(row: Row) throws {
        self.init(id: try row.decode(forColumn: "id"), personId: try row.decode(forColumn: "person_id"), scale: try row.decode(forColumn: "scale"),
                  step: try row.decode(forColumn: "step"), since: try row.decode(forColumn: "since"))
    }
}
