import GRDB
import LeerlijnCore

// How the core's value types are stored: ids as lowercase UUID text, days as `yyyy-mm-dd` text.

extension Identifier: SQLExpressible {}
extension Identifier: StatementBinding {}
extension Identifier: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Identifier? {
        String.fromDatabaseValue(dbValue).flatMap(Identifier.init)
    }
}

extension Day: SQLExpressible {}
extension Day: StatementBinding {}
extension Day: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { description.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Day? {
        String.fromDatabaseValue(dbValue).flatMap { Day(iso: $0) }
    }
}

extension Evidence.Kind: SQLExpressible {}
extension Evidence.Kind: StatementBinding {}
extension Evidence.Kind: DatabaseValueConvertible {}
extension AuditEntry.Action: SQLExpressible {}
extension AuditEntry.Action: StatementBinding {}
extension AuditEntry.Action: DatabaseValueConvertible {}
extension ItemMapping.Kind: SQLExpressible {}
extension ItemMapping.Kind: StatementBinding {}
extension ItemMapping.Kind: DatabaseValueConvertible {}

extension FTE: SQLExpressible {}
extension FTE: StatementBinding {}
extension FTE: DatabaseValueConvertible {
    public var databaseValue: DatabaseValue { tenThousandths.databaseValue }
    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> FTE? { Int.fromDatabaseValue(dbValue).map(FTE.init(tenThousandths:)) }
}
extension Phase: SQLExpressible {}
extension Phase: StatementBinding {}
extension Phase: DatabaseValueConvertible {}
extension Role: SQLExpressible {}
extension Role: StatementBinding {}
extension Role: DatabaseValueConvertible {}
extension StudyRoute: SQLExpressible {}
extension StudyRoute: StatementBinding {}
extension StudyRoute: DatabaseValueConvertible {}
