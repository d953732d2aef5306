import Foundation
import GRDB
import LeerlijnCore

/// Everything Leerlijn holds about one person (AVG/GDPR right of access): what `person export` writes.
public struct PersonData: Codable, Sendable {
    public var exportedAt: Date
    public var profile: PersonProfile
    public var line: LineOverview
    public var activities: [ActivityEntry]
    public var deletedActivities: [ActivityEntry]
    /// Guidance this person gave others (activity ids only), and sign-offs this person gave.
    public var guidanceGiven: [String]
    public var signOffsGiven: [Verification]
    /// The audit trail of this person's records.
    public var audit: [AuditEntry]
    /// Lesson observations of this person, with their scores.
    public var observations: [ObservationEntry] = []
    /// Lesson observations this person made of others (observation ids only).
    public var observationsMade: [String] = []
    /// What the person recorded for a BRLO dossier (role, tasks, work context, route, reflections per area), if anything.
    public var dossier: EducatorRecord? = nil
}

/// What `person erase` removed.
public struct ErasureReport: Codable, Sendable {
    /// A random id for the erasure, recorded in the `erasure` table (no personal data).
    public var erasure: String
    public var activities: Int
    public var evidenceFiles: Int
    public var auditEntries: Int
}

extension LeerlijnDatabase {
    /// Writes everything Leerlijn holds about a person to `folder`: `person.json` and the evidence files
    /// (under `evidence/`, by their original names).
    /// - Parameter overwrite: write into `folder` when it exists and is not empty (`--force`); without it such a folder is
    ///   refused with ``StoreError/outputExists(path:isFolder:)``, as is a file at `folder` always.
    /// - Returns: the paths written.
    public func exportPerson(_ query: String, to folder: String, today: Day, overwrite: Bool = false) throws(StoreError) -> [String] {
        var isFolder: ObjCBool = false
        if folder.isEmpty { throw .cannotWrite(path: folder, reason: .noFolder) }
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) {
            if !isFolder.boolValue { throw .outputExists(path: folder, isFolder: false) }
            let contents = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            if !contents.isEmpty && !overwrite { throw .outputExists(path: folder, isFolder: true) }
        }
        let data = try read { db -> PersonData in
            let person = try Self.person(matching: query, db)
            let all = try Self.entries(for: try Activity.filter(Activity.Columns.personId == person.id).order(Activity.Columns.date).fetchAll(db), db)
            let activityIDs = all.map { $0.activity.id.description }
            var audit = try AuditEntry.filter(AuditEntry.Columns.entityId == person.id.description).fetchAll(db)
            for chunk in stride(from: 0, to: activityIDs.count, by: 500).map({ Array(activityIDs[$0..<min($0 + 500, activityIDs.count)]) }) {
                audit += try AuditEntry.filter(AuditEntry.Columns.entity == "activity" && chunk.contains(AuditEntry.Columns.entityId)).fetchAll(db)
            }
            return PersonData(
                exportedAt: now(), profile: try Self.profile(person, db), line: try Self.lineOverview(person, db),
                activities: all.filter { $0.activity.deletedAt == nil }, deletedActivities: all.filter { $0.activity.deletedAt != nil },
                guidanceGiven: try String.fetchAll(db, sql: "SELECT id FROM activity WHERE person_id = ? AND guided_person_id IS NOT NULL", arguments: [person.id]),
                signOffsGiven: try Verification.filter(Column("verified_by") == person.id).fetchAll(db),
                audit: audit.sorted { ($0.id ?? 0) < ($1.id ?? 0) },
                observations: try Self.observationEntries(try Self.observations(of: person.id, db), db),
                observationsMade: try String.fetchAll(db, sql: "SELECT id FROM observation WHERE observer_id = ? ORDER BY date", arguments: [person.id]),
                dossier: try Self.educatorRecord(of: person.id, db).nilIfEmpty)
        }
        let fileManager = FileManager.default
        var written: [String] = []
        do {
            try fileManager.createDirectory(atPath: folder + "/evidence", withIntermediateDirectories: true)
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            try encoder.encode(data).write(to: URL(fileURLWithPath: folder + "/person.json"), options: .atomic)
            written.append(folder + "/person.json")
            let store = EvidenceFolder(root: evidenceFolder)
            for evidence in (data.activities + data.deletedActivities).flatMap(\.evidence) where evidence.kind == .file {
                guard let digest = evidence.sha256 else { continue }
                // The original name, kept inside the export folder whatever it says.
                let safeName = evidence.location.replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "..", with: "_")
                let target = folder + "/evidence/" + digest.prefix(8) + "-" + safeName
                if fileManager.fileExists(atPath: target) { continue }
                let source = store.path(forSHA256: digest)
                guard fileManager.isReadableFile(atPath: source) else { throw StoreError.evidenceUnreadable(path: source, detail: "missing") }
                try fileManager.copyItem(atPath: source, toPath: target)
                written.append(target)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            // The output could not be written (no permission, a full disk, a file in the way): say which and why.
            throw .cannotWrite(path: folder, reason: FileWriteReason.of(error))
        }
        return written
    }

    /// Removes a person's personal data everywhere: the person, ids, memberships, line, activities, mappings,
    /// sign-offs, evidence files no one else uses, and the audit trail's copies; other people's activities that
    /// name this person as guided or as signer lose the link. Records that an erasure happened (no personal
    /// data), then overwrites freed space and checkpoints the WAL, so the name and email are gone from the files.
    public func erasePerson(_ query: String, actor: String) throws(StoreError) -> ErasureReport {
        let erasure = UUID().uuidString.lowercased()
        var report = ErasureReport(erasure: erasure, activities: 0, evidenceFiles: 0, auditEntries: 0)
        var orphanedFiles: [String] = []
        do {
            try writer.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA secure_delete = ON")
                defer { try? db.execute(sql: "PRAGMA secure_delete = OFF") }
                try db.inTransaction {
                    let person = try Self.person(matching: query, db)
                    let id = person.id.description
                    let activityIDs = try String.fetchAll(db, sql: "SELECT id FROM activity WHERE person_id = ?", arguments: [id])
                    let digests = try String.fetchAll(db, sql: """
                        SELECT DISTINCT e.sha256 FROM evidence e JOIN activity a ON a.id = e.activity_id WHERE a.person_id = ? AND e.sha256 IS NOT NULL
                        """, arguments: [id])
                    report.activities = activityIDs.count
                    // The audit trail: this person's records and activities, then any other line that quotes the name or email.
                    report.auditEntries += try Self.deleteAudit(entityIDs: [id] + activityIDs, db)
                    var needles = [person.name, id]
                    if let email = person.email { needles.append(email) }
                    for needle in needles where needle.count >= 3 {
                        let escaped = String(String(decoding: try JSONEncoder().encode(needle), as: UTF8.self).dropFirst().dropLast())
                        try db.execute(sql: """
                            UPDATE audit SET before = replace(before, ?, '[erased]'), after = replace(after, ?, '[erased]')
                            WHERE instr(ifnull(before, ''), ?) > 0 OR instr(ifnull(after, ''), ?) > 0
                            """, arguments: [escaped, escaped, escaped, escaped])
                        report.auditEntries += db.changesCount
                    }
                    // The export outbox and ledger hold copies of the activities (names, emails in the payloads).
                    for chunk in stride(from: 0, to: activityIDs.count, by: 500).map({ Array(activityIDs[$0..<min($0 + 500, activityIDs.count)]) }) {
                        try db.execute(sql: "DELETE FROM export_item WHERE activity_id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(chunk))
                        try db.execute(sql: "DELETE FROM export_statement WHERE activity_id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                                       arguments: StatementArguments(chunk))
                    }
                    // BRLO dossiers hold the whole record.
                    try db.execute(sql: "DELETE FROM export_item WHERE person_id = ?", arguments: [id])
                    try db.execute(sql: "UPDATE activity SET guided_person_id = NULL WHERE guided_person_id = ?", arguments: [id])
                    try db.execute(sql: "DELETE FROM verification WHERE verified_by = ?", arguments: [id])
                    // Cascades: external ids, memberships, phases, roles, employments, registrations, activities with
                    // their evidence rows, items and sign-offs.
                    _ = try Person.deleteOne(db, key: person.id)
                    for digest in digests where try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM evidence WHERE sha256 = ?", arguments: [digest])! == 0 {
                        orphanedFiles.append(digest)
                    }
                    try db.execute(sql: "INSERT INTO erasure (id, at, actor, activities) VALUES (?, ?, ?, ?)",
                                   arguments: [erasure, now(), actor, report.activities])
                    return .commit
                }
                try db.checkpoint(.truncate)
            }
        } catch {
            throw StoreError.wrap(error)
        }
        let store = EvidenceFolder(root: evidenceFolder)
        for digest in orphanedFiles where (try? FileManager.default.removeItem(atPath: store.path(forSHA256: digest))) != nil {
            report.evidenceFiles += 1
        }
        return report
    }

    static func deleteAudit(entityIDs: [String], _ db: Database) throws -> Int {
        var count = 0
        for chunk in stride(from: 0, to: entityIDs.count, by: 500).map({ Array(entityIDs[$0..<min($0 + 500, entityIDs.count)]) }) {
            count += try AuditEntry.filter(chunk.contains(AuditEntry.Columns.entityId)).deleteAll(db)
        }
        return count
    }
}
