import Foundation
import GRDB

extension LeerlijnDatabase {
    /// The highest outbox id of `register` (0 when it has none): a run notes it before it queues.
    public func lastItemID(register: String) throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM export_item WHERE register = ?", arguments: [register]) ?? 0 }
    }

    /// Removes what a run queued for `register` (the records with ids above `after`) when it failed before the register
    /// confirmed anything, so that a failed command leaves the outbox as it was. Nothing is lost: what a run queues is
    /// derived from the activities and dossiers, and the next run queues it again.
    public func removeQueued(register: String, after: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM export_item WHERE register = ? AND id > ? AND state IN ('pending', 'done') AND attempts = 0",
                           arguments: [register, after])
        }
    }

    /// The highest flight id of `register` (0 when none is open): an xAPI run notes it, with ``lastItemID(register:)``,
    /// after it recovered what a killed run left.
    public func lastFlightID(register: String) throws(StoreError) -> Int64 {
        try read { db in try Int64.fetchOne(db, sql: "SELECT MAX(id) FROM export_flight WHERE register = ?", arguments: [register]) ?? 0 }
    }

    /// Removes what an xAPI run wrote for `register` when the register confirmed nothing (a 401/403, a failure before the
    /// first answer): the outbox records above `items` (the voids it queued, the statements the register answered for
    /// without taking them) and the flights above `flights`. Nothing is lost: the voids are queued again from the
    /// ledger, and statements that are neither in the ledger nor in the outbox are streamed again by the next run.
    public func removeRunRecords(register: String, items: Int64, flights: Int64) throws(StoreError) {
        try write { db in
            try db.execute(sql: "DELETE FROM export_item WHERE register = ? AND id > ?", arguments: [register, items])
            try db.execute(sql: "DELETE FROM export_flight WHERE register = ? AND id > ?", arguments: [register, flights])
        }
    }
}
