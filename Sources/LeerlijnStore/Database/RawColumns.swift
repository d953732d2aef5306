import Foundation
import GRDB
import GRDBSQLite
import LeerlijnCore

// The group report reads every row of the per person-year summaries (hundreds of thousands at national size). Read
// through `Row`, each text column becomes a new `String` (a length scan, a check and, above 15 bytes, an
// allocation), though a framework or item id repeats in thousands of rows and a person id in a dozen in a row.
// These read the current row of a GRDB statement straight from SQLite instead; GRDB still steps the statement and
// reports its errors.

/// The columns of a statement's current row, read with SQLite's C interface. Valid between one step of the
/// statement (through its GRDB cursor) and the next; columns are numbered from 0.
struct RawColumns {
    private let statement: SQLiteStatement

    init(_ statement: Statement) { self.statement = statement.sqliteStatement }

    /// An integer column (NULL reads as 0).
    func int(_ column: Int32) -> Int { Int(sqlite3_column_int64(statement, column)) }

    /// True when the column is NULL.
    func isNull(_ column: Int32) -> Bool { sqlite3_column_type(statement, column) == SQLITE_NULL }

    /// A text column's UTF-8 bytes (empty for NULL), valid until the statement steps again.
    func text(_ column: Int32) -> UnsafeBufferPointer<UInt8> {
        // `sqlite3_column_text` first, then `sqlite3_column_bytes`: the order SQLite documents for the length to match.
        guard let pointer = sqlite3_column_text(statement, column) else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: pointer, count: Int(sqlite3_column_bytes(statement, column)))
    }

    /// A `yyyy-mm-dd` column.
    /// - Throws: when the text is not such a day (or NULL).
    func day(_ column: Int32) throws -> Day {
        let bytes = text(column)
        guard let day = Day(isoUTF8: bytes) else { throw RawColumnError(column: column, text: String(decoding: bytes, as: UTF8.self), expected: "a yyyy-mm-dd day") }
        return day
    }
}

/// Runs `body` for each row of `sql`: the row's columns straight from SQLite (`raw`) and as a GRDB `Row` (`row`),
/// both valid only during the call.
func forEachRow(_ db: Database, _ sql: String, _ arguments: StatementArguments = [],
                        _ body: (_ raw: RawColumns, _ row: Row) throws -> Void) throws {
    let statement = try db.makeStatement(sql: sql)
    let rows = try Row.fetchCursor(statement, arguments: arguments)
    let raw = RawColumns(statement)
    while let row = try rows.next() { try body(raw, row) }
}

/// Runs `body` for each row of `sql`, stepping the statement with SQLite's C interface (no GRDB row or cursor per
/// row): for the loops that read a million rows, such as an export's statements. Errors come back as GRDB's
/// `DatabaseError`.
func forEachRawRow(_ db: Database, _ sql: String, _ arguments: StatementArguments = [], _ body: (_ raw: RawColumns) throws -> Void) throws {
    let statement = try db.cachedStatement(sql: sql)
    try statement.setArguments(arguments)
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    let raw = RawColumns(statement)
    while true {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { return }
        guard code == SQLITE_ROW else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db.sqliteConnection)), sql: sql)
        }
        try body(raw)
    }
}

/// A column whose text is not what the schema promises.
struct RawColumnError: Error, CustomStringConvertible {
    var column: Int32
    var text: String
    var expected: String
    var description: String { "column \(column): '\(text)' is not \(expected)" }
}

/// Texts read before, kept once: a text column that repeats a few values (framework and item ids, budget names)
/// gives back the same `String` for the same bytes, without making a new one.
struct TextInterner {
    /// Places in `texts` plus one (0: empty), open addressing; the count is a power of two.
    private var slots = [Int32](repeating: 0, count: 64)
    private var hashes: [UInt64] = []
    private var texts: [String] = []

    /// The string with these UTF-8 bytes (invalid UTF-8 repaired, as `String(decoding:as:)` does).
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            let index = Int(slots[slot]) - 1
            if hashes[index] == hash && Self.equal(texts[index], bytes) { return texts[index] }
            slot = (slot + 1) & mask
        }
        let text = String(decoding: bytes, as: UTF8.self)
        hashes.append(hash)
        texts.append(text)
        slots[slot] = Int32(texts.count)
        if texts.count * 2 > slots.count { grow() }
        return text
    }

    /// FNV-1a over 8 bytes at a time, then the rest byte by byte.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let prime: UInt64 = 0x0000_0100_0000_01b3
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
        var index = 0
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= bytes.count {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* prime
                hash ^= hash >> 29
                index += 8
            }
        }
        while index < bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* prime
            index += 1
        }
        return hash
    }

    private static func equal(_ text: String, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var text = text
        return text.withUTF8 { stored in
            stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
        }
    }

    private mutating func grow() {
        slots = [Int32](repeating: 0, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index + 1)
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when these bytes are `utf8` (a column's enumerated value, such as an item kind's raw value).
    func equals(_ utf8: [UInt8]) -> Bool {
        count == utf8.count && (isEmpty || utf8.withUnsafeBufferPointer { memcmp(baseAddress!, $0.baseAddress!, count) == 0 })
    }
}
