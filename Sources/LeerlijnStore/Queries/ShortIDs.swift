import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// `entries` with their ``ActivityEntry/shortId`` set: one length for the whole listing (the longest any of
    /// them needs), each unique among all activities in the database, deleted ones included.
    public func withShortIds(_ entries: [ActivityEntry]) throws(StoreError) -> [ActivityEntry] {
        guard !entries.isEmpty else { return entries }
        return try read { db in try Self.withShortIds(entries, db) }
    }

    static func withShortIds(_ entries: [ActivityEntry], _ db: Database) throws -> [ActivityEntry] {
        var length = ShortID.minimumLength
        if entries.count > 2_000 {
            // A long listing: one pass over the tail index instead of three lookups per row.
            let tails = try String.fetchAll(db, sql: "SELECT substr(id, 25) FROM activity ORDER BY substr(id, 25)")
            for index in tails.indices.dropFirst() {
                length = max(length, ShortID.commonPrefixLength(tails[index - 1], tails[index]) + 1)
            }
            length = min(length, ShortID.tailLength)
            // The digits may also start an id; check the listing's own, lengthening as the lookups do.
            // Ids start with the time, so only tails between the first and last id's start need the lookup.
            let first = try String.fetchOne(db, sql: "SELECT min(id) FROM activity") ?? ""
            let last = (try String.fetchOne(db, sql: "SELECT max(id) FROM activity") ?? "") + "\u{7f}"
            for entry in entries {
                let start = String(ShortID.tail(of: entry.activity.id.description).prefix(length))
                if start >= String(first.prefix(length)) && start <= last {
                    length = max(length, try shortIDLength(entry.activity.id.description, from: length, db))
                }
            }
        } else {
            for entry in entries { length = max(length, try shortIDLength(entry.activity.id.description, db)) }
        }
        return entries.map { entry in
            var entry = entry
            entry.shortId = length > ShortID.tailLength ? entry.activity.id.description
                : String(ShortID.tail(of: entry.activity.id.description).prefix(length))
            return entry
        }
    }

    /// The fewest digits of `id`'s tail that no other tail starts with and no other id starts with
    /// (two lookups in the tail index and one in the primary key per extra digit); 13 when even the
    /// whole tail is not enough.
    static func shortIDLength(_ id: String, _ db: Database) throws -> Int {
        let tail = ShortID.tail(of: id)
        let before = try String.fetchOne(db, sql: """
            SELECT substr(id, 25) FROM activity WHERE substr(id, 25) < ? ORDER BY substr(id, 25) DESC LIMIT 1
            """, arguments: [tail])
        let after = try String.fetchOne(db, sql: """
            SELECT substr(id, 25) FROM activity WHERE substr(id, 25) > ? ORDER BY substr(id, 25) LIMIT 1
            """, arguments: [tail])
        var length = ShortID.minimumLength
        for neighbour in [before, after].compactMap({ $0 }) {
            length = max(length, ShortID.commonPrefixLength(tail, neighbour) + 1)
        }
        return try shortIDLength(id, from: length, db)
    }

    /// `length`, or more while the first `length` digits of `id`'s tail also start some other id
    /// (a command reads them as either).
    static func shortIDLength(_ id: String, from length: Int, _ db: Database) throws -> Int {
        let tail = ShortID.tail(of: id)
        var length = length
        while length <= ShortID.tailLength {
            let start = String(tail.prefix(length))
            let clash = try String.fetchOne(db, sql: "SELECT id FROM activity WHERE id >= ? AND id < ? AND id <> ? LIMIT 1",
                                            arguments: [start, start + "\u{7f}", id])
            if clash == nil { break }
            length += 1
        }
        return length
    }

    /// The activity a typed id names: the full id, a start of it, or a start of its tail (a short id), at least
    /// ``ShortID/minimumLength`` characters.
    /// - Throws: ``LookupError/notFound(_:query:suggestions:)``, or ``LookupError/ambiguousID(_:query:candidates:more:)``
    ///   listing the first ten that match.
    static func activityMatching(_ id: String, _ db: Database) throws -> Activity {
        let typed = id.trimmingCharacters(in: .whitespaces).lowercased()
        if let full = ActivityID(typed) {
            guard let activity = try Activity.fetchOne(db, key: full) else { throw LookupError.notFound(.activity, query: id, suggestions: []) }
            return activity
        }
        guard typed.count >= ShortID.minimumLength, typed.allSatisfy({ $0.isHexDigit || $0 == "-" }) else {
            throw LookupError.notFound(.activity, query: id, suggestions: [])
        }
        let shown = 10
        let upper = typed + "\u{7f}"
        var matches = try Activity.filter(sql: "id >= ? AND id < ?", arguments: [typed, upper]).limit(shown + 1).fetchAll(db)
        if ShortID.couldBeTail(typed) {
            let byTail = try Activity.filter(sql: "substr(id, 25) >= ? AND substr(id, 25) < ?", arguments: [typed, upper])
                .limit(shown + 1).fetchAll(db)
            matches += byTail.filter { tail in !matches.contains { $0.id == tail.id } }
        }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty { throw LookupError.notFound(.activity, query: id, suggestions: []) }
        var total = try Int.fetchOne(db, sql: "SELECT count(*) FROM activity WHERE id >= ? AND id < ?", arguments: [typed, upper]) ?? 0
        if ShortID.couldBeTail(typed) {
            total += try Int.fetchOne(db, sql: """
                SELECT count(*) FROM activity WHERE substr(id, 25) >= ? AND substr(id, 25) < ? AND NOT (id >= ? AND id < ?)
                """, arguments: [typed, upper, typed, upper]) ?? 0
        }
        let listed = Array(matches.sorted { $0.id < $1.id }.prefix(shown))
        throw LookupError.ambiguousID(.activity, query: id, candidates: listed.map { "\($0.id)  \($0.date)  \($0.title)" },
                                      more: max(0, total - listed.count))
    }
}
