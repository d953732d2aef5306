import Foundation
import GRDB
import LeerlijnCore

/// One record in the export outbox and ledger.
public struct OutboxItem: Codable, Hashable, Sendable {
    public var id: Int64
    public var register: String
    /// The activity (empty for a dossier).
    public var activityId: String
    /// The person the record is about.
    public var personId: String?
    public var revision: Int
    /// `statement` (send the activity), `void` (void an earlier statement), `event` (a webhook's activity change),
    /// `dossier` (a BRLO dossier).
    public var kind: String
    public var statementId: String?
    public var voids: String?
    /// For an event: `created`, `updated`, `deleted` or `restored`.
    public var change: String?
    /// For a dossier: the fingerprint of the data behind it.
    public var fingerprint: String?
    /// The JSON to send, fixed when the record was queued.
    public var payload: String?
    /// `pending`, `sent` or `failed`.
    public var state: String
    public var attempts: Int
    public var lastStatus: Int?
    public var lastError: String?
}

/// What a queueing run added to the outbox.
public struct QueuedRecords: Sendable {
    /// How many records it queued.
    public var count = 0
    /// The records with their payloads, for a dry run only (a real run keeps no copy: they are in the outbox).
    public var items: [OutboxItem] = []

    public init() {}
}

/// Pending, sent and failed records per register, with the last error.
public struct ExportStatus: Codable, Hashable, Sendable {
    public var register: String
    public var pending: Int
    public var sent: Int
    public var failed: Int
    public var lastError: String?
    public var lastSent: Date?
}

extension OutboxItem: FetchableRecord {
    public init(row: Row) throws {
        id = row["id"]
        register = row["register"]
        activityId = row["activity_id"] ?? ""
        personId = row["person_id"]
        revision = row["revision"]
        kind = row["kind"]
        statementId = row["statement_id"]
        voids = row["voids"]
        change = row["change"]
        fingerprint = row["fingerprint"]
        payload = row["payload"]
        state = row["state"]
        attempts = row["attempts"]
        lastStatus = row["last_status"]
        lastError = row["last_error"]
    }
}

extension LeerlijnDatabase {
    /// Queues the voiding statements an xAPI register needs: one for each statement of an edited or deleted activity
    /// that may have reached the register (confirmed, or handed over by a run that did not learn the answer) and is not
    /// voided yet. A statement in the outbox that was never tried is removed instead. The statements of new revisions
    /// are not queued: an export streams them (``unsentStatements(register:person:since:)``). With `dryRun`, nothing is
    /// written and the records that would be queued are returned.
    /// - Parameters:
    ///   - person: only this person's activities; `since`: only activities on or after this day.
    public func queueVoids(for register: Register, person: String?, since: Day?, dryRun: Bool) throws(StoreError) -> QueuedRecords {
        guard let vocabulary = register.xapi else { return QueuedRecords() }
        return try queueing(dryRun: dryRun) { db, remember in
            let (filter, filterArguments) = Self.activityFilter(person: try person.map { try Self.person(matching: $0, db).id }, since: since)
            let arguments = [register.id] + filterArguments
            let personQuery = try db.cachedStatement(sql: "SELECT name, email FROM person WHERE id = ?")
            let now = self.now()
            // Queues the void of `old` unless the outbox holds it already.
            func void(_ old: UUID, activity: Activity) throws {
                let id = XAPIStatement.voidingID(of: old)
                guard try Int.fetchOne(db, sql: "SELECT 1 FROM export_item WHERE register = ? AND statement_id = ?",
                                       arguments: [register.id, id.uuidString.lowercased()]) == nil else { return }
                let person = try Row.fetchOne(personQuery, arguments: [activity.personId])
                let payload = XAPIStatement.json(XAPIStatement.voiding(old, name: person?["name"] ?? "", email: person?["email"], person: activity.personId,
                                                                       at: now, vocabulary: vocabulary))
                remember(try Self.enqueue(register.id, activity: activity, kind: "void", statement: id, voids: old.uuidString.lowercased(),
                                          payload: payload, now: now, db))
            }
            // Statements in the ledger (confirmed, or handed over without an answer) of an earlier revision or of a
            // deleted activity. A deleted activity's row goes once its void is queued: there is nothing left to send.
            let ledger = try Row.fetchAll(db, sql: """
                SELECT s.revision AS ledger_revision, a.* FROM export_statement s JOIN activity a ON a.id = s.activity_id
                WHERE s.register = ? AND (s.revision != a.revision OR a.deleted_at IS NOT NULL)\(filter)
                """, arguments: arguments)
            for row in ledger {
                let activity = try Activity(row: row)
                try void(XAPIStatement.statementID(activity: activity.id, revision: row["ledger_revision"]), activity: activity)
                if activity.deletedAt != nil {
                    try db.execute(sql: "DELETE FROM export_statement WHERE register = ? AND activity_id = ?", arguments: [register.id, activity.id])
                }
            }
            // Statements in the outbox (waiting, or refused) of an earlier revision or of a deleted activity.
            let outbox = try Row.fetchAll(db, sql: """
                SELECT e.id AS item_id, e.statement_id AS item_statement, e.state AS item_state, e.attempts AS item_attempts, a.*
                FROM export_item e JOIN activity a ON a.id = e.activity_id
                WHERE e.register = ? AND e.kind = 'statement' AND (e.revision != a.revision OR a.deleted_at IS NOT NULL)\(filter)
                """, arguments: arguments)
            for row in outbox {
                let activity = try Activity(row: row)
                if row["item_state"] as String == "pending" && row["item_attempts"] as Int == 0 {
                    try db.execute(sql: "DELETE FROM export_item WHERE id = ?", arguments: [row["item_id"] as Int64])   // never tried: nothing to void
                    continue
                }
                guard let old = (row["item_statement"] as String?).flatMap(UUID.init(uuidString:)) else { continue }
                try void(old, activity: activity)
            }
        }
    }

    /// Runs `body` in one write transaction in which it queues outbox records through `remember`. A dry run rolls
    /// everything back and returns the records with their payloads; a real run commits and returns only how many it
    /// queued (a first export can queue a million, and the records are in the database).
    func queueing(dryRun: Bool, _ body: (Database, _ remember: (OutboxItem) -> Void) throws -> Void) throws(StoreError) -> QueuedRecords {
        var queued = QueuedRecords()
        do {
            try writer.writeWithoutTransaction { db in
                try db.inTransaction {
                    try body(db) { item in
                        queued.count += 1
                        if dryRun { queued.items.append(item) }
                    }
                    return dryRun ? .rollback : .commit
                }
            }
        } catch {
            throw StoreError.wrap(error)
        }
        return queued
    }

    /// The activities whose current revision has no record yet for `register` (optionally one person's, from a day on),
    /// oldest first, a page at a time: call it again with the last activity of the page as `after` until it returns
    /// nothing, so a first export of a million never holds them all. Each comes with whether a record of one of
    /// `earlierKinds` was queued for it before. A page uses the `activity(date)` index and starts after the key of the
    /// previous one, so queueing the page's records does not move the next page.
    static func unqueuedActivities(register: String, person: PersonID?, since: Day?, earlierKinds: [String], after: ActivityPageKey?,
                                   limit: Int = 500, _ db: Database) throws -> [(activity: Activity, queuedBefore: Bool, key: ActivityPageKey)] {
        var sql = """
            SELECT a.*, EXISTS (SELECT 1 FROM export_item e WHERE e.register = ? AND e.activity_id = a.id
                                AND e.kind IN (\(earlierKinds.map { _ in "?" }.joined(separator: ",")))) AS queued_before
            FROM activity a WHERE NOT EXISTS (
                SELECT 1 FROM export_item e WHERE e.register = ? AND e.activity_id = a.id AND e.revision = a.revision)
            """
        let filter = activityFilter(person: person, since: since)
        sql += filter.sql
        var arguments = StatementArguments([register] + earlierKinds + [register]) + filter.arguments
        if let after {
            sql += " AND (a.date, a.created_at, a.id) > (?, ?, ?)"
            _ = arguments.append(contentsOf: [after.date, after.createdAt, after.id])
        }
        _ = arguments.append(contentsOf: [limit])
        return try Row.fetchAll(db, sql: sql + " ORDER BY a.date, a.created_at, a.id LIMIT ?", arguments: arguments).map { row in
            (try Activity(row: row), row["queued_before"] as Bool,
             ActivityPageKey(date: row["date"], createdAt: row["created_at"], id: row["id"]))
        }
    }

    /// The conditions `AND a.person_id = ?` and `AND a.date >= ?` (`a` is the activity) for what is given, with their
    /// arguments: an export's filters.
    static func activityFilter(person: PersonID?, since: Day?) -> (sql: String, arguments: StatementArguments) {
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

    /// Runs `body` on every page of ``unqueuedActivities(register:person:since:earlierKinds:after:limit:_:)``.
    static func forEachUnqueuedPage(register: String, person: String?, since: Day?, earlierKinds: [String], pageSize: Int = 500, _ db: Database,
                                    _ body: ([(activity: Activity, queuedBefore: Bool, key: ActivityPageKey)]) throws -> Void) throws {
        let personID = try person.map { try Self.person(matching: $0, db).id }
        var after: ActivityPageKey? = nil
        while true {
            let page = try unqueuedActivities(register: register, person: personID, since: since, earlierKinds: earlierKinds, after: after,
                                              limit: pageSize, db)
            guard let last = page.last else { return }
            try body(page)
            after = last.key
        }
    }

    private static func enqueue(_ register: String, activity: Activity, kind: String, statement: UUID?, voids: String?, payload: String?,
                                now: Date, _ db: Database) throws -> OutboxItem {
        try db.cachedStatement(sql: """
            INSERT INTO export_item (register, activity_id, person_id, revision, kind, statement_id, voids, payload, state, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (register, statement_id) WHERE statement_id IS NOT NULL DO NOTHING
            """).execute(arguments: [register, activity.id, activity.personId, activity.revision, kind, statement?.uuidString.lowercased(), voids, payload,
                                     kind == "skip" ? "done" : "pending", now])
        return OutboxItem(id: db.lastInsertedRowID, register: register, activityId: activity.id.description, personId: activity.personId.description,
                          revision: activity.revision, kind: kind, statementId: statement?.uuidString.lowercased(), voids: voids, change: nil,
                          fingerprint: nil, payload: payload, state: "pending", attempts: 0)
    }

    /// The records waiting to be sent to a register, oldest first (voids after the statements they void).
    public func pendingItems(register: String) throws(StoreError) -> [OutboxItem] {
        try read { db in
            try OutboxItem.fetchAll(db, sql: "SELECT * FROM export_item WHERE register = ? AND state = 'pending' ORDER BY id", arguments: [register])
        }
    }

    /// One page of the records waiting for a register: at most `limit`, with ids above `after`, oldest first. An
    /// export reads the outbox page by page, so its memory does not grow with the number of records.
    public func pendingItems(register: String, after: Int64, limit: Int) throws(StoreError) -> [OutboxItem] {
        try read { db in
            try OutboxItem.fetchAll(db, sql: "SELECT * FROM export_item WHERE register = ? AND state = 'pending' AND id > ? ORDER BY id LIMIT ?",
                                    arguments: [register, after, limit])
        }
    }

    /// How many records wait for a register.
    public func pendingCount(register: String) throws(StoreError) -> Int {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM export_item WHERE register = ? AND state = 'pending'", arguments: [register]) ?? 0
        }
    }

    /// Records the register's answer for a batch after `attempts` more tries: sent, or not (with `failed` true when it
    /// will not be retried).
    public func recordAttempt(_ ids: [Int64], sent: Bool, status: Int?, error: String?, failed: Bool = false, attempts: Int = 1) throws(StoreError) {
        guard !ids.isEmpty else { return }
        let time = now()
        _ = try write { db in
            // One statement per batch (a register's batch is up to a few hundred records; SQLite takes 32,766 values).
            for chunk in stride(from: 0, to: ids.count, by: 500).map({ Array(ids[$0..<min($0 + 500, ids.count)]) }) {
                let marks = databaseQuestionMarks(count: chunk.count)
                if sent {
                    try db.cachedStatement(sql: """
                        UPDATE export_item SET state = 'sent', attempts = attempts + ?, last_status = ?, last_error = NULL, sent_at = ? WHERE id IN (\(marks))
                        """).execute(arguments: [attempts, status, time] + StatementArguments(chunk))
                } else {
                    try db.cachedStatement(sql: "UPDATE export_item SET state = ?, attempts = attempts + ?, last_status = ?, last_error = ? WHERE id IN (\(marks))")
                        .execute(arguments: [failed ? "failed" : "pending", attempts, status, error] + StatementArguments(chunk))
                }
            }
        }
    }

    /// What still waits for a register after an export: the pending and failed records and the last error. Unlike
    /// ``exportStatus(register:)`` it does not count the sent ones, so it reads indexes only (a register may hold a
    /// million confirmed statements).
    public func waiting(register: String) throws(StoreError) -> (pending: Int, failed: Int, lastError: String?) {
        try read { db in
            let row = try Row.fetchOne(db, sql: """
                SELECT (SELECT COUNT(*) FROM export_item WHERE register = ?1 AND state = 'pending'),
                       (SELECT COUNT(*) FROM export_item WHERE register = ?1 AND state = 'failed'),
                       (SELECT COUNT(*) FROM export_statement WHERE register = ?1 AND state = 'sending'),
                       (SELECT IFNULL(SUM(length(statements) / 24), 0) FROM export_flight WHERE register = ?1),
                       (SELECT last_error FROM export_item WHERE register = ?1 AND last_error IS NOT NULL ORDER BY id DESC LIMIT 1)
                """, arguments: [register])
            return (pending: (row?[0] ?? 0) + (row?[2] ?? 0) + (row?[3] ?? 0), failed: row?[1] ?? 0, lastError: row?[4])
        }
    }

    /// Pending, sent and failed records per register (or for one register).
    public func exportStatus(register: String?) throws(StoreError) -> [ExportStatus] {
        try read { db in
            // The outbox's records, and the statements an xAPI export streamed: confirmed (sent), or handed over by a run
            // that is still going or ended before the answers (pending: the next run sends them again).
            let rows = try Row.fetchAll(db, sql: """
                SELECT register, SUM(pending), SUM(sent), SUM(failed), MAX(sent_at),
                       (SELECT last_error FROM export_item e2 WHERE e2.register = r.register AND e2.last_error IS NOT NULL ORDER BY id DESC LIMIT 1)
                FROM (SELECT register, state = 'pending' AS pending, state = 'sent' AS sent, state = 'failed' AS failed, sent_at
                      FROM export_item WHERE (? IS NULL OR register = ?) AND kind != 'skip'
                      UNION ALL
                      SELECT register, state = 'sending', state = 'sent', 0, sent_at FROM export_statement WHERE (? IS NULL OR register = ?)
                      UNION ALL
                      SELECT register, length(statements) / 24, 0, 0, NULL FROM export_flight WHERE (? IS NULL OR register = ?)) r
                GROUP BY register ORDER BY register
                """, arguments: [register, register, register, register, register, register])
            return rows.map { ExportStatus(register: $0[0], pending: $0[1] ?? 0, sent: $0[2] ?? 0, failed: $0[3] ?? 0, lastError: $0[5], lastSent: $0[4]) }
        }
    }
}

/// Where a page of activities ends: the raw stored day, creation time and id of its last activity (the sort key).
struct ActivityPageKey {
    var date: DatabaseValue
    var createdAt: DatabaseValue
    var id: DatabaseValue
}
