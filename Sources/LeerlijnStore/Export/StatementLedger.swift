import Foundation
import GRDB
import LeerlijnCore

// The statements an xAPI export streams: built from the activities as they are read and sent straight away, with one
// small row per activity in `export_statement` (the ledger) instead of a queued record with its payload. A first
// export of a partnership sends a million statements; queueing each with its JSON cost more than sending it
// (docs/performance.md, section 8).
//
// Before a page's batches go out, the page is noted in one row (`export_flight`, its activities and revisions packed in
// a blob); when the register has answered for all of them, the confirmed ones enter the ledger as `sent` and the row
// goes, in one transaction. A run that is killed in between leaves the row behind: the next run turns it into
// `sending` rows (statements that may have reached the register) and sends those again (the id is deterministic, so
// the register does not double it) or, when the activity changed since, voids them. A batch the register does not take
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

/// The activities and revisions of a flight, packed: 16 bytes of id and 8 of revision (big-endian) each.
enum FlightKeys {
    static func encode(_ keys: [StatementKey]) -> Data {
        var data = Data(capacity: keys.count * 24)
        for key in keys {
            withUnsafeBytes(of: key.activity.uuid.uuid) { data.append(contentsOf: $0) }
            withUnsafeBytes(of: UInt64(key.revision).bigEndian) { data.append(contentsOf: $0) }
        }
        return data
    }

    static func decode(_ data: Data) -> [StatementKey] {
        let bytes = [UInt8](data)
        return stride(from: 0, to: bytes.count - bytes.count % 24, by: 24).map { start in
            let id = bytes[start..<(start + 16)]
            let uuid = UUID(uuid: (id[start], id[start + 1], id[start + 2], id[start + 3], id[start + 4], id[start + 5], id[start + 6], id[start + 7],
                                   id[start + 8], id[start + 9], id[start + 10], id[start + 11], id[start + 12], id[start + 13], id[start + 14], id[start + 15]))
            let revision = bytes[(start + 16)..<(start + 24)].reduce(0) { $0 << 8 | Int($1) }
            return StatementKey(activity: ActivityID(uuid), revision: revision)
        }
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

/// A person as statements name them: name, email, and the schools they belonged to (membership periods).
struct StatementPerson {
    var name: String
    var email: String?
    var memberships: [(school: Int64, since: String, until: String?)]

    /// The school of the latest-starting membership that covers `day` (days compare as their ISO text).
    func school(on day: String) -> Int64? {
        memberships.last { $0.since <= day && ($0.until.map { $0 >= day } ?? true) }?.school
    }
}

/// The activities whose current revision has not reached a register, read a page at a time in id order, each with
/// what its statement needs. Used by one thread at a time (it may be handed to another).
public final class UnsentStatements: @unchecked Sendable {
    private let database: LeerlijnDatabase
    private let register: String
    private let person: PersonID?
    private let since: Day?
    private var after = ""
    private var people: [PersonID: StatementPerson] = [:]
    /// Every school with its board and partnership, as statements name them (a few hundred at most).
    private let organisations: [Int64: StatementOrganisation]
    private var texts = TextInterner()
    /// Whether the ledger, and the outbox, held statements for the register when this began. A first export asks
    /// neither about each activity. (Rows this reading's own export adds are for activities it has passed.)
    private let ledgerHasRows: Bool
    private let outboxHasStatements: Bool

    fileprivate init(database: LeerlijnDatabase, register: String, person: PersonID?, since: Day?) throws(StoreError) {
        self.database = database
        self.register = register
        self.person = person
        self.since = since
        organisations = try database.read { db in
            var result: [Int64: StatementOrganisation] = [:]
            for row in try Row.fetchAll(db, sql: """
                SELECT s.id, s.name, s.brin, s.vestiging, b.code AS board_code, b.name AS board_name, p.code AS partnership_code, p.name AS partnership_name
                FROM school s LEFT JOIN board b ON b.id = s.board_id LEFT JOIN partnership p ON p.id = b.partnership_id
                """) {
                let code = (row["brin"] as String? ?? "") + (row["vestiging"] as String? ?? "")
                result[row["id"]] = StatementOrganisation(
                    school: .init(code: code, name: row["name"]),
                    board: (row["board_code"] as String?).map { StatementOrganisation.Unit(code: $0, name: row["board_name"] ?? $0) },
                    partnership: (row["partnership_code"] as String?).map { StatementOrganisation.Unit(code: $0, name: row["partnership_name"] ?? $0) })
            }
            return result
        }
        (ledgerHasRows, outboxHasStatements) = try database.read { db in
            (try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM export_statement WHERE register = ?)", arguments: [register]) ?? true,
             try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM export_item WHERE register = ? AND kind = 'statement')", arguments: [register]) ?? true)
        }
    }

    /// The filters and their arguments, after the register's: `a` is the activity.
    private var filter: (sql: String, arguments: StatementArguments) { LeerlijnDatabase.activityFilter(person: person, since: since) }

    /// What an activity needs to be sent, with its arguments: not deleted, its current revision's statement neither
    /// confirmed in the ledger nor in the outbox (a void queued for an earlier revision carries the current one).
    private var unsent: (sql: String, arguments: StatementArguments) {
        var sql = "a.deleted_at IS NULL"
        var arguments = StatementArguments()
        if ledgerHasRows {
            sql += " AND NOT EXISTS (SELECT 1 FROM export_statement s WHERE s.register = ? AND s.activity_id = a.id AND s.revision = a.revision AND s.state = 'sent')"
            _ = arguments.append(contentsOf: [register])
        }
        if outboxHasStatements {
            sql += " AND NOT EXISTS (SELECT 1 FROM export_item e WHERE e.register = ? AND e.activity_id = a.id AND e.revision = a.revision AND e.kind = 'statement')"
            _ = arguments.append(contentsOf: [register])
        }
        return (sql, arguments)
    }

    /// How many statements are left to send (for a progress line).
    public func count() throws(StoreError) -> Int {
        let filter = self.filter, unsent = self.unsent
        return try database.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity a WHERE \(unsent.sql)\(filter.sql)", arguments: unsent.arguments + filter.arguments) ?? 0
        }
    }

    /// The next page of at most `limit` activities (empty at the end), in id order, with their items.
    public func next(limit: Int) throws(StoreError) -> [StatementFields] {
        var page = try nextPage(limit: limit)
        try addItems(to: &page)
        return page.statements
    }

    /// A page of unsent statements: first without their items (``nextPage(limit:)``), then with them (``addItems(to:)``).
    struct Page {
        /// The statements, in id order.
        var statements: [StatementFields]
        /// The ids as stored (36 bytes each, one after the other), to match the items' rows against.
        fileprivate var ids: [UInt8]
        fileprivate var offsets: [Int]
        /// The page is scattered (a filter applies): items are looked up per activity, not read as one range.
        fileprivate var scattered: Bool

        func id(_ index: Int) -> String { String(decoding: ids[offsets[index]..<offsets[index + 1]], as: UTF8.self) }
    }

    /// The next page of at most `limit` activities (empty at the end), in id order, without their items.
    private func nextPage(limit: Int) throws(StoreError) -> Page {
        let filter = self.filter, unsent = self.unsent
        let after = self.after
        // Local copies while reading (no access to the object per row); kept again afterwards.
        var texts = self.texts, people = self.people
        defer {
            self.texts = texts
            self.people = people
        }
        let page: Page = try database.read { db in
            let personQuery = try db.cachedStatement(sql: "SELECT name, email FROM person WHERE id = ?")
            let membershipQuery = try db.cachedStatement(sql: "SELECT school_id, since, until FROM membership WHERE person_id = ? ORDER BY since, id")
            var page = Page(statements: [], ids: [], offsets: [0], scattered: !filter.sql.isEmpty)
            page.statements.reserveCapacity(limit)
            page.ids.reserveCapacity(limit * 36)
            page.offsets.reserveCapacity(limit + 1)
            try forEachRawRow(db, """
                SELECT a.id, a.revision, a.person_id, a.date, a.minutes, a.kind, a.title, a.description, a.updated_at, a.session_id,
                       v.verified_by, s.title
                FROM activity a LEFT JOIN verification v ON v.activity_id = a.id LEFT JOIN session s ON s.id = a.session_id
                WHERE a.id > ? AND \(unsent.sql)\(filter.sql) ORDER BY a.id LIMIT ?
                """, [after] + unsent.arguments + filter.arguments + [limit]) { raw in
                let idText = raw.text(0), personText = raw.text(2)
                guard let activity = ActivityID(utf8: idText) ?? ActivityID(String(decoding: idText, as: UTF8.self)),
                      let person = PersonID(utf8: personText) ?? PersonID(String(decoding: personText, as: UTF8.self)) else {
                    throw RawColumnError(column: 0, text: String(decoding: idText, as: UTF8.self), expected: "an activity and person id")
                }
                let known: StatementPerson
                if let cached = people[person] {
                    known = cached
                } else {
                    let row = try Row.fetchOne(personQuery, arguments: [person])
                    let memberships = try Row.fetchAll(membershipQuery, arguments: [person]).map {
                        (school: $0["school_id"] as Int64, since: $0["since"] as String, until: $0["until"] as String?)
                    }
                    known = StatementPerson(name: row?["name"] as String? ?? "", email: row?["email"] as String?, memberships: memberships)
                    people[person] = known
                }
                let day = texts.string(raw.text(3))
                let session: StatementSession? = raw.isNull(9) ? nil
                    : StatementSession(id: String(decoding: raw.text(9), as: UTF8.self), title: raw.isNull(11) ? "" : String(decoding: raw.text(11), as: UTF8.self))
                page.ids.append(contentsOf: idText)
                page.offsets.append(page.ids.count)
                page.statements.append(StatementFields(
                    activity: activity, revision: raw.int(1), person: person, personName: known.name, email: known.email,
                    day: day, minutes: raw.int(4), kind: texts.string(raw.text(5)), title: String(decoding: raw.text(6), as: UTF8.self),
                    description: raw.isNull(7) ? nil : String(decoding: raw.text(7), as: UTF8.self), competences: [], domains: [],
                    revisedAt: String(decoding: raw.text(8), as: UTF8.self),
                    organisation: known.school(on: day).flatMap { organisations[$0] }, session: session,
                    verifiedBy: raw.isNull(10) ? nil : PersonID(utf8: raw.text(10))))
            }
            return page
        }
        // The next page starts after this one's last id as stored.
        if !page.statements.isEmpty { self.after = page.id(page.statements.count - 1) }
        return page
    }

    /// Reads the items of a page's activities (competences and domains, in framework and item order).
    private func addItems(to page: inout Page) throws(StoreError) {
        guard !page.statements.isEmpty else { return }
        var texts = self.texts
        defer { self.texts = texts }
        try database.read { db in
            var position = 0
            var composite: [UInt8] = []
            func collect(_ raw: RawColumns) {
                let id = raw.text(0)
                while position < page.statements.count && Self.compare(page.ids, page.offsets[position]..<page.offsets[position + 1], id) < 0 { position += 1 }
                guard position < page.statements.count, Self.compare(page.ids, page.offsets[position]..<page.offsets[position + 1], id) == 0 else { return }
                composite.removeAll(keepingCapacity: true)
                composite.append(contentsOf: raw.text(1))
                composite.append(0x3A)
                composite.append(contentsOf: raw.text(2))
                let full = composite.withUnsafeBufferPointer { texts.string($0) }
                if raw.text(3).equals(Self.domain) { page.statements[position].domains.append(full) } else { page.statements[position].competences.append(full) }
            }
            // Without filters the page is every unsent activity between its first and last id, so one range of the
            // primary key holds its items (and those of sent activities in between, skipped here); with a filter the
            // page is scattered and each activity's items are looked up.
            if !page.scattered {
                try forEachRawRow(db, "SELECT activity_id, framework, item, kind FROM activity_item WHERE activity_id BETWEEN ? AND ? ORDER BY activity_id, framework, item",
                                  [page.id(0), page.id(page.statements.count - 1)]) { collect($0) }
            } else {
                for start in stride(from: 0, to: page.statements.count, by: 500) {
                    let chunk = (start..<min(start + 500, page.statements.count)).map { page.id($0) }
                    position = start
                    try forEachRawRow(db, """
                        SELECT activity_id, framework, item, kind FROM activity_item WHERE activity_id IN (\(databaseQuestionMarks(count: chunk.count)))
                        ORDER BY activity_id, framework, item
                        """, StatementArguments(chunk)) { collect($0) }
                }
            }
        }
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

}

extension LeerlijnDatabase {
    /// The activities whose current revision has not reached `register` (optionally one person's, from a day on).
    /// - Parameter person: an id, number or name, as the CLI takes them.
    public func unsentStatements(register: String, person: String?, since: Day?) throws(StoreError) -> UnsentStatements {
        var personID: PersonID? = nil
        if let person { personID = try read { db in try Self.person(matching: person, db).id } }
        return try UnsentStatements(database: self, register: register, person: personID, since: since)
    }

    /// Notes a page of statements that is about to be handed to the register (a "flight"), in one row, and returns
    /// its number for ``landFlight(register:_:confirmed:)``.
    public func beginFlight(register: String, _ keys: [StatementKey]) throws(StoreError) -> Int64 {
        let time = now()
        return try write { db in
            try db.execute(sql: "INSERT INTO export_flight (register, statements, created_at) VALUES (?, ?, ?)",
                           arguments: [register, FlightKeys.encode(keys), time])
            return db.lastInsertedRowID
        }
    }

    /// Notes that the register has answered for every statement of a flight: those it confirmed enter the ledger as
    /// `sent`, and the flight's row goes, in one transaction. (The others went to the outbox, or were never handed over.)
    public func landFlight(register: String, _ flight: Int64, confirmed keys: [StatementKey]) throws(StoreError) {
        let time = now()
        try write { db in
            let sentAt = String.fromDatabaseValue(time.databaseValue) ?? ""
            let insert = try FastInsert(db, sql: """
                INSERT INTO export_statement (register, activity_id, revision, state, sent_at) VALUES (?, ?, ?, 'sent', ?)
                ON CONFLICT (register, activity_id) DO UPDATE SET revision = excluded.revision, state = 'sent', sent_at = excluded.sent_at
                """)
            try insert.run(fixed: [1: .text(register), 4: .text(sentAt)], rows: keys, idAt: 2, { $0.activity }, integerAt: 3, { $0.revision })
            try db.execute(sql: "DELETE FROM export_flight WHERE id = ?", arguments: [flight])
        }
    }

    /// Turns the flights a run left behind (it was killed, or is still running in another process) into `sending` rows:
    /// statements that may have reached the register. The stream sends them again when their activity is unchanged
    /// (the same id: the register does not double it); ``queueVoids(for:person:since:dryRun:)`` voids them when it
    /// changed. A statement that is confirmed, or waits in the outbox, is left as it is, and so is one of an activity
    /// that is gone (its person was erased).
    public func recoverFlights(register: String) throws(StoreError) {
        try write { db in
            let flights = try Row.fetchAll(db, sql: "SELECT id, statements FROM export_flight WHERE register = ?", arguments: [register])
            for flight in flights {
                for key in FlightKeys.decode(flight["statements"]) {
                    try db.execute(sql: """
                        INSERT INTO export_statement (register, activity_id, revision, state)
                        SELECT ?1, ?2, ?3, 'sending'
                        WHERE EXISTS (SELECT 1 FROM activity WHERE id = ?2)
                          AND NOT EXISTS (SELECT 1 FROM export_item WHERE register = ?1 AND activity_id = ?2 AND revision = ?3 AND kind = 'statement')
                        ON CONFLICT (register, activity_id) DO UPDATE SET revision = excluded.revision, state = 'sending', sent_at = NULL
                        WHERE export_statement.revision < excluded.revision OR (export_statement.revision = excluded.revision AND export_statement.state = 'sending')
                        """, arguments: [register, key.activity, key.revision])
                }
                try db.execute(sql: "DELETE FROM export_flight WHERE id = ?", arguments: [flight["id"] as Int64])
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
