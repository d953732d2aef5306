import Foundation
import GRDB
import LeerlijnCore

/// The Leerlijn database: the one way into stored data for every front end (the CLI, a future server).
///
/// It owns the `DatabaseWriter` and the migrator; the rest of the program asks it for data through
/// intention-revealing methods (`logActivity`, `activities(matching:)`) and never passes SQL around.
/// Every write is one transaction: on any error nothing is written.
///
/// Open a file database with ``open(at:create:)`` (WAL mode, foreign keys on, a busy timeout) or a
/// throwaway one with ``inMemory(evidenceFolder:)`` for tests.
public final class LeerlijnDatabase: Sendable {
    /// The connection pool (file) or queue (memory).
    let writer: any DatabaseWriter
    /// Where evidence files are kept (content-addressed by SHA-256).
    public let evidenceFolder: String
    /// The clock used for `created_at`, `updated_at` and the audit trail.
    let now: @Sendable () -> Date

    /// How long a writer waits for another process's write to finish before giving up.
    public static let busyTimeout: TimeInterval = 15

    init(writer: any DatabaseWriter, evidenceFolder: String, now: @escaping @Sendable () -> Date) throws(StoreError) {
        self.writer = writer
        self.evidenceFolder = evidenceFolder
        // SQLite keeps times to the millisecond: truncate here so what a write returns equals what a read gives.
        self.now = { Date(timeIntervalSince1970: (now().timeIntervalSince1970 * 1000).rounded(.down) / 1000) }
        do {
            let migrator = Schema.migrator
            let (superseded, current) = try writer.read { db in (try migrator.hasBeenSuperseded(db), try migrator.hasCompletedMigrations(db)) }
            if superseded {
                throw StoreError.databaseTooNew(path: writer.path)
            }
            // A current schema needs no migration, and so no write transaction (a read-only command writes nothing).
            if !current { try migrator.migrate(writer) }
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_FULL {
            throw StoreError.diskFull(path: writer.path)
        } catch {
            throw StoreError.notADatabase(path: writer.path, detail: "\(error)")
        }
    }

    /// Opens the database file at `path`.
    /// - Parameter create: create the file (and its folder) when missing; otherwise a missing file
    ///   throws ``StoreError/databaseMissing(path:)``.
    /// - Parameter now: the clock, injectable for tests.
    public static func open(
        at path: String, create: Bool = false, now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> LeerlijnDatabase {
        let fileManager = FileManager.default
        var isFolder: ObjCBool = false
        if fileManager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue { throw .databaseIsAFolder(path: path) }
        if !fileManager.fileExists(atPath: path) {
            guard create else { throw .databaseMissing(path: path) }
            let folder = PathName.folder(of: path)
            if !folder.isEmpty {
                do {
                    try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                } catch {
                    throw .cannotCreate(path: path, detail: error.localizedDescription)
                }
            }
        }
        let pool: DatabasePool
        do {
            pool = try DatabasePool(path: path, configuration: makeConfiguration())
        } catch {
            if create { throw .cannotCreate(path: path, detail: "\(error)") }
            throw .notADatabase(path: path, detail: "\(error)")
        }
        return try LeerlijnDatabase(writer: pool, evidenceFolder: DatabaseLocation.evidenceFolder(for: path), now: now)
    }

    /// An empty database in memory, with the same schema; for tests and previews.
    public static func inMemory(
        evidenceFolder: String = NSTemporaryDirectory() + "leerlijn-evidence-\(UUID().uuidString)",
        now: @escaping @Sendable () -> Date = { Date() }
    ) throws(StoreError) -> LeerlijnDatabase {
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(configuration: makeConfiguration())
        } catch {
            throw .database(detail: "\(error)")
        }
        return try LeerlijnDatabase(writer: queue, evidenceFolder: evidenceFolder, now: now)
    }

    /// The configuration every connection uses: foreign keys enforced, a busy timeout for concurrent writers.
    static func makeConfiguration() -> Configuration {
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.busyMode = .timeout(busyTimeout)
        config.label = "leerlijn"
        return config
    }

    /// The journal mode of the database (`wal` for a file database).
    public func journalMode() throws(StoreError) -> String {
        try read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") ?? "" }
    }

    /// Runs `body` in one write transaction, turning unexpected SQLite errors into ``StoreError``.
    func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.write(body)
        } catch {
            throw StoreError.wrap(error, path: writer.path)
        }
    }

    /// Runs `body` in a read transaction (a snapshot: concurrent writes are not seen halfway).
    func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try writer.read(body)
        } catch {
            throw StoreError.wrap(error, path: writer.path)
        }
    }
}

extension StoreError {
    /// Keeps Leerlijn's own errors (thrown inside a transaction to roll it back) and describes
    /// anything else SQLite reported as ``StoreError/database(detail:)``; a full disk (`SQLITE_FULL`) as
    /// ``StoreError/diskFull(path:)`` naming `path`, the database file.
    static func wrap(_ error: any Error, path: String = "") -> StoreError {
        switch error {
        case let error as StoreError: return error
        case let error as LookupError: return .lookup(error)
        case let error as ValueError: return .invalid(error)
        case let error as UnknownKindError: return .unknownKind(error)
        case let error as ObservationError: return .observation(error)
        case let error as DatabaseError where error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED:
            return .busy(detail: error.message ?? "\(error)")
        case let error as DatabaseError where error.resultCode == .SQLITE_FULL: return .diskFull(path: path)
        case let error as DatabaseError: return .database(detail: error.message ?? "\(error)")
        default: return .database(detail: "\(error)")
        }
    }
}
