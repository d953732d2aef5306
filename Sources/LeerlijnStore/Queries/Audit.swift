import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The audit trail of one record (`entity` is `activity` or `person`), oldest first.
    public func auditTrail(entity: String, id: String) throws(StoreError) -> [AuditEntry] {
        try read { db in
            try AuditEntry.filter(AuditEntry.Columns.entity == entity && AuditEntry.Columns.entityId == id)
                .order(AuditEntry.Columns.id).fetchAll(db)
        }
    }

    /// Records a change in the audit trail, in the caller's transaction.
    func audit<T: Encodable>(
        _ action: AuditEntry.Action, entity: String, id: String, before: T?, after: T?, actor: String, _ db: Database
    ) throws {
        var entry = AuditEntry(
            at: now(), actor: actor, entity: entity, entityId: id, action: action,
            before: try before.map(Self.auditJSON), after: try after.map(Self.auditJSON))
        try entry.insert(db)
    }

    /// The JSON kept in the audit trail: sorted keys, ISO 8601 times.
    static func auditJSON<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }
}
