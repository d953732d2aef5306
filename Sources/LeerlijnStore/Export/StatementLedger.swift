import Foundation
import GRDB
import LeerlijnCore

// The statements an xAPI export streams: built from the activities as they are read and sent straight away, with one
// small row per activity in `export_statement` (the ledger) instead of a queued record with its payload. A first
// export of a partnership sends a million statements; queueing each with its JSON cost more than sending it
// (docs/performance.md, section 8).
//
// A row is written as `sending` before its batch goes out and becomes `sent` when the register confirms it, so a run
// that is killed in between leaves a trace: the next run sends that revision again (its id is deterministic, so the
// register does not double it) or, when the activity changed since, voids it. A batch the register does not take
// after the retries goes to the outbox (`export_item`) with its payload, as any record that waits for a next run.

/// One activity revision in the ledger.
public struct StatementKey: Hashable, Sendable {
    public var activity: ActivityID
    public var revision: Int

    public init(activity: ActivityID, revision: Int) {
        self.activity = activity
        self.revision = revision
    }
}

/// A streamed statement the register did not take in this run: it goes to the outbox with its payload.
public struct ReturnedStatement: Sendable {
    public var key: StatementKey
    public var person: PersonID
    public var payload: String

    public init(key: StatementKey, person: PersonID, payload: String) {
        self.key = key
        self.person = person
        self.payload = payload
    }
}

/// The activities whose current revision has not reached a register, read a page at a time in id order, each with
/// what its statement needs. Used by one thread at a time.
public final class UnsentStatements {
    private let database: LeerlijnDatabase
    private let register: String
    private let person: PersonID?
    private let since: Day?
    private var after = ""
    private var people: [PersonID: (name: String, email: String?)] = [:]
    private var texts = TextInterner()

    fileprivate init(database: LeerlijnDatabase, register: String, person: PersonID?, since: Day?) {
        self.database = database
        self.register = register
        self.person = person
        self.since = since
    }

    /// The filters and their arguments, after the register's: `a` is the activity.
    private var filter: (sql: String, arguments: StatementArguments) {
        var sql = ""
        var arguments = StatementArguments()
        if let person {
            sql += " AND a.person_id = ?"
            _ = arguments.append(contentsOf: [person])
        }
        if let since {
            sql += " AND a.date >= ?"
            _ = arguments.append(contentsOf: [since])
        }
        return (sql, arguments)
    }

    /// What an activity needs to be sent: not deleted, its current revision's statement neither confirmed in the ledger nor
    /// in the outbox (a void queued for an earlier revision carries the current one).
    private static let unsent = """
        a.deleted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM export_statement s WHERE s.register = ? AND s.activity_id = a.id AND s.revision = a.revision AND s.state = 'sent')
        AND NOT EXISTS (SELECT 1 FROM export_item e WHERE e.register = ? AND e.activity_id = a.id AND e.revision = a.revision AND e.kind = 'statement')
        """

    /// How many statements are left to send (for a progress line).
    public func count() throws(StoreError) -> Int {
        let filter = self.filter
        return try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity a WHERE \(Self.unsent)\(filter.sql)",
                             arguments: [register, register] + filter.arguments) ?? 0
        }
    }

    /// The next page of at most `limit` activities (empty at the end), in id order.
    public func next(limit: Int) throws(StoreError) -> [StatementFields] {
        let filter = self.filter
        let register = self.register
        let after = self.after
        let (page, last): ([StatementFields], String?) = try database.read { db in
            var page: [StatementFields] = []
            page.reserveCapacity(limit)
            // The page's ids as stored (36 bytes each, one after the other), to match the items' rows against.
            var ids: [UInt8] = []
            ids.reserveCapacity(limit * 36)
            var offsets: [Int] = [0]
            try forEachRawRow(db, """
                SELECT a.id, a.revision, a.person_id, a.date, a.minutes, a.kind, a.title, a.description FROM activity a
                WHERE a.id > ? AND \(Self.unsent)\(filter.sql) ORDER BY a.id LIMIT ?
                """, [after, register, register] + filter.arguments + [limit]) { raw in
                let idText = raw.text(0), personText = raw.text(2)
                guard let activity = ActivityID(utf8: idText) ?? ActivityID(String(decoding: idText, as: UTF8.self)),
                      let person = PersonID(utf8: personText) ?? PersonID(String(decoding: personText, as: UTF8.self)) else {
                    throw RawColumnError(column: 0, text: String(decoding: idText, as: UTF8.self), expected: "an activity and person id")
                }
                let known = try self.person(person, db)
                ids.append(contentsOf: idText)
                offsets.append(ids.count)
                page.append(StatementFields(activity: activity, revision: raw.int(1), person: person, personName: known.name, email: known.email,
                                            day: texts.string(raw.text(3)), minutes: raw.int(4), kind: texts.string(raw.text(5)),
                                            title: String(decoding: raw.text(6), as: UTF8.self),
                                            description: raw.isNull(7) ? nil : String(decoding: raw.text(7), as: UTF8.self),
                                            competences: [], domains: []))
            }
            guard !page.isEmpty else { return (page, nil) }
            // The page's items. Without filters the page is every unsent activity between its first and last id, so
            // one range of the primary key holds its items (and those of sent activities in between, skipped here);
            // with a filter the page is scattered and each activity's items are looked up.
            let first = String(decoding: ids[0..<offsets[1]], as: UTF8.self)
            let last = String(decoding: ids[offsets[offsets.count - 2]..<offsets[offsets.count - 1]], as: UTF8.self)
            var position = 0
            var composite: [UInt8] = []
            func collect(_ raw: RawColumns) {
                let id = raw.text(0)
                while position < page.count && Self.compare(ids, offsets[position]..<offsets[position + 1], id) < 0 { position += 1 }
                guard position < page.count, Self.compare(ids, offsets[position]..<offsets[position + 1], id) == 0 else { return }
                composite.removeAll(keepingCapacity: true)
                composite.append(contentsOf: raw.text(1))
                composite.append(0x3A)
                composite.append(contentsOf: raw.text(2))
                let full = composite.withUnsafeBufferPointer { texts.string($0) }
                if raw.text(3).equals(Self.domain) { page[position].domains.append(full) } else { page[position].competences.append(full) }
            }
            if filter.sql.isEmpty {
                try forEachRawRow(db, "SELECT activity_id, framework, item, kind FROM activity_item WHERE activity_id BETWEEN ? AND ? ORDER BY activity_id, framework, item",
                                  [first, last]) { collect($0) }
            } else {
                for start in stride(from: 0, to: page.count, by: 500) {
                    let chunk = (start..<min(start + 500, page.count)).map { String(decoding: ids[offsets[$0]..<offsets[$0 + 1]], as: UTF8.self) }
                    position = start
                    try forEachRawRow(db, """
                        SELECT activity_id, framework, item, kind FROM activity_item WHERE activity_id IN (\(databaseQuestionMarks(count: chunk.count)))
                        ORDER BY activity_id, framework, item
                        """, StatementArguments(chunk)) { collect($0) }
                }
            }
            return (page, last)
        }
        // The next page starts after this one's last id as stored.
        if let last { self.after = last }
        return page
    }

    private static let domain = Array(ItemMapping.Kind.domain.rawValue.utf8)

    /// Compares the id at `range` of `ids` with a column's bytes, as SQLite's BINARY collation does.
    private static func compare(_ ids: [UInt8], _ range: Range<Int>, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        ids.withUnsafeBufferPointer { all in
            let common = min(range.count, bytes.count)
            let order = common == 0 ? 0 : Int(memcmp(all.baseAddress! + range.lowerBound, bytes.baseAddress!, common))
            return order != 0 ? order : range.count - bytes.count
        }
    }

    private func person(_ id: PersonID, _ db: Database) throws -> (name: String, email: String?) {
        if let known = people[id] { return known }
        let row = try Row.fetchOne(db, sql: "SELECT name, email FROM person WHERE id = ?", arguments: [id])
        let known = (name: row?["name"] as String? ?? "", email: row?["email"] as String?)
        people[id] = known
        return known
    }
}

extension LeerlijnDatabase {
    /// The activities whose current revision has not reached `register` (optionally one person's, from a day on).
    /// - Parameter person: an id, number or name, as the CLI takes them.
    public func unsentStatements(register: String, person: String?, since: Day?) throws(StoreError) -> UnsentStatements {
        var personID: PersonID? = nil
        if let person { personID = try read { db in try Self.person(matching: person, db).id } }
        return UnsentStatements(database: self, register: register, person: personID, since: since)
    }

    /// Notes that these statements are about to be sent (the ledger's `sending`), in one transaction.
    public func markSending(register: String, _ keys: [StatementKey]) throws(StoreError) {
        guard !keys.isEmpty else { return }
        try write { db in
            let insert = try FastInsert(db, sql: """
                INSERT INTO export_statement (register, activity_id, revision, state) VALUES (?, ?, ?, 'sending')
                ON CONFLICT (register, activity_id) DO UPDATE SET revision = excluded.revision, state = 'sending', sent_at = NULL
                """)
            for key in keys { try insert.run(.text(register), .text(key.activity.description), .integer(key.revision)) }
        }
    }

    /// Notes that the register confirmed these statements, in one transaction.
    public func markSent(register: String, _ keys: [StatementKey]) throws(StoreError) {
        guard !keys.isEmpty else { return }
        let time = now()
        try write { db in
            let sentAt = String.fromDatabaseValue(time.databaseValue) ?? ""
            let update = try FastInsert(db, sql: """
                UPDATE export_statement SET state = 'sent', sent_at = ? WHERE register = ? AND activity_id = ? AND revision = ?
                """)
            for key in keys { try update.run(.text(sentAt), .text(register), .text(key.activity.description), .integer(key.revision)) }
        }
    }

    /// Removes `sending` rows of statements that were never handed over after all (the run stopped before their batch).
    public func forgetSending(register: String, _ keys: [StatementKey]) throws(StoreError) {
        guard !keys.isEmpty else { return }
        try write { db in
            for key in keys {
                try db.execute(sql: "DELETE FROM export_statement WHERE register = ? AND activity_id = ? AND revision = ? AND state = 'sending'",
                               arguments: [register, key.activity, key.revision])
            }
        }
    }

    /// Moves streamed statements the register did not take into the outbox, with their payloads: pending (tried
    /// again by the next run) or, with `failed`, refused for good. One transaction.
    public func returnToOutbox(register: String, _ statements: [ReturnedStatement], attempts: Int, status: Int?, error: String?, failed: Bool) throws(StoreError) {
        guard !statements.isEmpty else { return }
        let time = now()
        try write { db in
            for statement in statements {
                try db.execute(sql: "DELETE FROM export_statement WHERE register = ? AND activity_id = ? AND revision = ?",
                               arguments: [register, statement.key.activity, statement.key.revision])
                try db.execute(sql: """
                    INSERT INTO export_item (register, activity_id, person_id, revision, kind, statement_id, payload, state, attempts, last_status, last_error, created_at)
                    VALUES (?, ?, ?, ?, 'statement', ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (register, statement_id) WHERE statement_id IS NOT NULL DO NOTHING
                    """, arguments: [register, statement.key.activity, statement.person, statement.key.revision,
                                     XAPIStatement.statementID(activity: statement.key.activity, revision: statement.key.revision).uuidString.lowercased(),
                                     statement.payload, failed ? "failed" : "pending", attempts, status, error, time])
            }
        }
    }
}
