import Foundation
import GRDB

/// Secondary indexes set aside while a large import fills their tables, and built again before it commits.
///
/// Inserting a million rows into a table keeps every index up to date row by row: an entry in a random place of
/// each index, which once the indexes outgrow SQLite's page cache means reading and rewriting a random page per
/// entry. Building an index afterwards sorts the entries once instead. Only indexes that enforce nothing are set
/// aside (never a unique index: the import's duplicate check needs its own), and only in the import's transaction:
/// other connections never see them missing, and a rollback (a rejected file, a dry run) brings them back with
/// everything else. The definitions come from the database itself, so they stay what the migrations made.
struct DeferredIndexes {
    /// Name and `CREATE INDEX` statement of each index set aside.
    private(set) var definitions: [(name: String, sql: String)] = []

    /// An import is large enough to set indexes aside when it brings at least `minimumRows` rows and at least as
    /// many as the table holds: building the indexes afterwards then costs about what the import adds, while a
    /// small import into a large table keeps them (rebuilding would read the whole table).
    static func worthwhile(estimatedRows: Int, existingRows: Int, minimumRows: Int = 20_000) -> Bool {
        estimatedRows >= minimumRows && estimatedRows >= existingRows
    }

    /// Drops the non-unique indexes of `tables` for the rest of the transaction, remembering their definitions.
    static func setAside(tables: [String], _ db: Database) throws -> DeferredIndexes {
        var deferred = DeferredIndexes()
        let marks = databaseQuestionMarks(count: tables.count)
        for row in try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master
            WHERE type = 'index' AND tbl_name IN (\(marks)) AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'
            ORDER BY name
            """, arguments: StatementArguments(tables)) {
            deferred.definitions.append((row[0], row[1]))
        }
        for definition in deferred.definitions {
            try db.execute(sql: "DROP INDEX \(definition.name.quotedDatabaseIdentifier)")
        }
        return deferred
    }

    /// Builds the indexes set aside again (each by one sort over its table).
    func rebuild(_ db: Database) throws {
        for definition in definitions { try db.execute(sql: definition.sql) }
    }
}
