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
}
