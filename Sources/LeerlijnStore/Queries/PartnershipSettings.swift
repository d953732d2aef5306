import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Sets whether a partnership expects activities to be signed off (the HR report's `unverified` flag applies only
    /// there), audited. Returns the partnership as stored.
    /// - Throws: ``StoreError`` with ``LookupError/notFound(_:query:suggestions:)`` for an unknown code.
    public func setExpectsSignOff(partnership code: String, _ expects: Bool, actor: String) throws(StoreError) -> Partnership {
        try write { db in
            let before = try Self.partnership(code: code, db)
            var after = before
            after.expectsSignOff = expects
            guard after != before else { return before }
            try after.update(db)
            try self.audit(.update, entity: "partnership", id: before.code, before: before, after: after, actor: actor, db)
            return after
        }
    }
}
