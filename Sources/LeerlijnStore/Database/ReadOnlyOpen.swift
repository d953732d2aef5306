import Foundation
import GRDB

extension LeerlijnDatabase {
    /// Opens the database file at `path` for a command that only reads: one read-only connection, so nothing is
    /// written: no migration, no pragma that writes, no checkpoint (and no fdatasync) when it closes. A database whose
    /// schema is not current yet is opened as ``open(at:create:now:)`` opens it, which migrates it first.
    /// - Throws: as ``open(at:create:now:)``; writing through the result fails.
    public static func openForReading(at path: String) throws(StoreError) -> LeerlijnDatabase {
        guard FileManager.default.fileExists(atPath: path) else { return try open(at: path) }
        var configuration = makeConfiguration()
        configuration.readonly = true
        let queue: DatabaseQueue
        let current: Bool
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            current = try queue.read { db in try Schema.migrator.hasCompletedMigrations(db) && !(try Schema.migrator.hasBeenSuperseded(db)) }
        } catch {
            // Not readable read-only (no WAL index yet, say): open it the usual way, which also explains what is wrong.
            return try open(at: path)
        }
        guard current else {
            try? queue.close()
            return try open(at: path)
        }
        return try LeerlijnDatabase(writer: queue, evidenceFolder: DatabaseLocation.evidenceFolder(for: path), now: { Date() })
    }
}
