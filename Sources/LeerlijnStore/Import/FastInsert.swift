import Foundation
import GRDB
import GRDBSQLite
import LeerlijnCore

/// A prepared `INSERT` whose values are bound straight through SQLite's C interface, for the rows of a bulk import
/// and of an export's ledger.
///
/// GRDB's `execute(arguments:)` builds a `StatementArguments` value of boxed `DatabaseValueConvertible`s for every
/// execution: at a million rows with three inserts each that was a tenth of an import (docs/performance.md). This
/// binds texts, integers and blobs in place and steps the statement; errors come back as GRDB's `DatabaseError`, so
/// callers handle them as any other. Only for statements that return no rows, run inside a GRDB write.
struct FastInsert {
    private let statement: Statement
    private let database: Database
    private var handle: OpaquePointer { statement.sqliteStatement }

    /// Prepares `sql` once for the connection (`db.cachedStatement`).
    init(_ db: Database, sql: String) throws {
        statement = try db.cachedStatement(sql: sql)
        database = db
    }

    /// One value to bind.
    enum Value {
        case text(String?)
        case integer(Int)
        case blob(Data)
    }

    /// Runs the insert with `values` (one per `?`, in order); true when it inserted a row (false after `DO NOTHING`
    /// or `OR IGNORE`).
    @discardableResult
    func run(_ values: Value...) throws -> Bool {
        // Every parameter is bound on every run: a value left out would keep the previous row's.
        precondition(values.count == Int(sqlite3_bind_parameter_count(handle)), "FastInsert: \(values.count) values for \(statement.sql)")
        sqlite3_reset(handle)
        for (offset, value) in values.enumerated() { try bind(Int32(offset + 1), value) }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            sqlite3_reset(handle)
            throw error(code)
        }
        return sqlite3_changes(database.sqliteConnection) > 0
    }

    /// Runs the statement for each of `rows`, binding only the parameters that change from row to row: `fixed`
    /// once (by position, from 1), then per row the text of an id at `idAt` and an integer at `integerAt`, without
    /// making a string per row. For the ledger rows of an export, a million at a time.
    func run<Row, Kind>(fixed: [Int32: Value], rows: [Row], idAt: Int32, _ id: (Row) -> Identifier<Kind>, integerAt: Int32, _ integer: (Row) -> Int) throws {
        precondition(fixed.count + 2 == Int(sqlite3_bind_parameter_count(handle)), "FastInsert: parameters of \(statement.sql)")
        sqlite3_reset(handle)
        for (index, value) in fixed { try bind(index, value) }
        try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 36) { text in
            for row in rows {
                id(row).writeDescription(to: text)
                var code = text.withMemoryRebound(to: CChar.self) { sqlite3_bind_text(handle, idAt, $0.baseAddress, 36, Self.transient) }
                guard code == SQLITE_OK else { throw error(code) }
                code = sqlite3_bind_int64(handle, integerAt, Int64(integer(row)))
                guard code == SQLITE_OK else { throw error(code) }
                code = sqlite3_step(handle)
                sqlite3_reset(handle)
                guard code == SQLITE_DONE else { throw error(code) }
            }
        }
    }

    /// Binds `value` to the parameter at `index` (from 1).
    private func bind(_ index: Int32, _ value: Value) throws {
        let code: Int32
        switch value {
        case .text(nil):
            code = sqlite3_bind_null(handle, index)
        case .text(let text?):
            var text = text
            code = text.withUTF8 { bytes in
                guard let base = bytes.baseAddress else { return sqlite3_bind_text(handle, index, "", 0, nil) }
                return base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                    sqlite3_bind_text(handle, index, $0, Int32(bytes.count), Self.transient)
                }
            }
        case .integer(let number):
            code = sqlite3_bind_int64(handle, index, Int64(number))
        case .blob(let data):
            code = data.withUnsafeBytes { bytes in
                sqlite3_bind_blob(handle, index, bytes.baseAddress, Int32(bytes.count), Self.transient)
            }
        }
        guard code == SQLITE_OK else { throw error(code) }
    }

    private func error(_ code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(database.sqliteConnection)), sql: statement.sql)
    }

    /// SQLite copies the bytes before the bind returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}
