import Foundation
import GRDB
import LeerlijnCore

/// What `leerlijn doctor` found.
public struct DoctorReport: Codable, Sendable {
    /// `ok`, or SQLite's description of the damage.
    public var integrity: String
    public var foreignKeyProblems: Int
    public var migrationsApplied: [String]
    /// Migrations this Leerlijn knows that the database lacks (applied on the next open for writing).
    public var migrationsPending: [String]
    /// Files in the evidence folder that no activity refers to (e.g. left by an erasure or a failed log).
    public var orphanedEvidence: [String]
    /// Evidence that activities refer to but whose file is missing.
    public var missingEvidence: [String]
    /// Export records waiting to be sent, over all registers.
    public var pendingExports: Int
    /// True when nothing is wrong.
    public var healthy: Bool
    /// Schools whose sector was assumed (`po`, from before sectors or added without one), by code: the rules that
    /// apply to their staff may be wrong until the sector is set (`org set-sector`). A notice, not a fault.
    public var assumedSectorSchools: [String] = []

    init(integrity: String, foreignKeyProblems: Int, migrationsApplied: [String], migrationsPending: [String], orphanedEvidence: [String],
         missingEvidence: [String], pendingExports: Int) {
        self.integrity = integrity
        self.foreignKeyProblems = foreignKeyProblems
        self.migrationsApplied = migrationsApplied
        self.migrationsPending = migrationsPending
        self.orphanedEvidence = orphanedEvidence
        self.missingEvidence = missingEvidence
        self.pendingExports = pendingExports
        self.healthy = integrity == "ok" && foreignKeyProblems == 0 && migrationsPending.isEmpty && missingEvidence.isEmpty
    }
}

extension LeerlijnDatabase {
    /// Copies the database to `path` with SQLite's online backup (safe while other processes write), and the
    /// evidence folder beside it (`path-evidence`). An existing file at `path` is replaced.
    public func backup(to path: String) throws(StoreError) {
        let fileManager = FileManager.default
        do {
            for suffix in ["", "-wal", "-shm"] where fileManager.fileExists(atPath: path + suffix) { try fileManager.removeItem(atPath: path + suffix) }
            let target = try DatabaseQueue(path: path)
            try writer.backup(to: target)
            try target.close()
            if fileManager.fileExists(atPath: evidenceFolder) {
                let copy = DatabaseLocation.evidenceFolder(for: path)
                if fileManager.fileExists(atPath: copy) { try fileManager.removeItem(atPath: copy) }
                try fileManager.copyItem(atPath: evidenceFolder, toPath: copy)
            }
        } catch let error as DatabaseError {
            throw StoreError.wrap(error)
        } catch {
            throw .cannotCreate(path: path, detail: error.localizedDescription)
        }
    }

    /// Checks the database and the evidence folder.
    public func doctor() throws(StoreError) -> DoctorReport {
        let migrator = Schema.migrator
        let (integrity, foreignKeys, applied, referenced) = try read { db in
            (try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; "),
             try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").count,
             try migrator.appliedIdentifiers(db),
             Set(try String.fetchAll(db, sql: "SELECT DISTINCT sha256 FROM evidence WHERE sha256 IS NOT NULL")))
        }
        // As `export status` counts them: the outbox's, and statements handed over without an answer.
        let pending = try exportStatus(register: nil).reduce(0) { $0 + $1.pending }
        let known = migrator.migrations
        var stored: Set<String> = []
        if let enumerator = FileManager.default.enumerator(atPath: evidenceFolder) {
            while let relative = enumerator.nextObject() as? String {
                let name = PathName.lastComponent(of: relative)
                if name.count == 64, name.allSatisfy(\.isHexDigit) { stored.insert(name) }
            }
        }
        var report = DoctorReport(
            integrity: integrity, foreignKeyProblems: foreignKeys, migrationsApplied: known.filter(applied.contains),
            migrationsPending: known.filter { !applied.contains($0) }, orphanedEvidence: stored.subtracting(referenced).sorted(),
            missingEvidence: referenced.subtracting(stored).sorted(), pendingExports: pending)
        // Before "v14-sectors" every school will migrate with the sector po assumed.
        report.assumedSectorSchools = applied.contains("v14-sectors") ? try schoolsWithAssumedSector()
            : try read { db in try Row.fetchAll(db, sql: "SELECT brin, vestiging FROM school ORDER BY brin, vestiging").map { ($0["brin"] as String) + (($0["vestiging"] as String?) ?? "") } }
        return report
    }
}
