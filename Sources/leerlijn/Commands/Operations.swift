import ArgumentParser
import LeerlijnReports
import LeerlijnStore

struct Backup: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Copy the database (online backup, safe while others write) and its evidence folder.",
        discussion: "Example: leerlijn backup ~/backups/leerlijn-2026-11-23.sqlite")
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The backup file (replaced when it exists); the evidence folder goes to FILE-evidence.") var file: String

    func run() throws {
        try options.openDatabase().backup(to: file)
        try options.emit(["backup": file], table: TableData(headers: ["backup"], rows: [[file]]), message: options.strings.backedUp(file))
    }
}

struct Doctor: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the database: integrity, foreign keys, migrations, evidence files; exit 65 when something is wrong.",
        discussion: "Example: leerlijn doctor --format json")
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let report = try options.openDatabase().doctor()
        let rows: [[String]] = [
            ["integrity", report.integrity], ["foreign keys", report.foreignKeyProblems == 0 ? "ok" : "\(report.foreignKeyProblems) problems"],
            ["migrations", "\(report.migrationsApplied.count) applied, \(report.migrationsPending.count) pending"],
            ["orphaned evidence", String(report.orphanedEvidence.count)], ["missing evidence", report.missingEvidence.joined(separator: " ")],
            ["pending exports", String(report.pendingExports)], ["healthy", report.healthy ? options.strings.yes : options.strings.no],
        ]
        try options.emit(report, table: TableData(headers: [options.strings.field, options.strings.value], rows: rows))
        if !report.healthy { throw ExitCode(ExitStatus.code(for: .badData)) }
    }
}
