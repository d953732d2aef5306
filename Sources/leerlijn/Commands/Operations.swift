import ArgumentParser
import LeerlijnReports
import LeerlijnStore

struct Backup: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.backup.abstract,
        discussion: help.backup.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.backup.file)) var file: String

    func run() throws {
        try options.openDatabase().backup(to: file)
        try options.emit(["backup": file], table: TableData(headers: ["backup"], rows: [[file]]), message: options.strings.backedUp(file))
    }
}

struct Doctor: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.doctor.abstract,
        discussion: help.doctor.discussion) }
    @OptionGroup var options: GlobalOptions

    func run() throws {
        let report = try options.openDatabase().doctor()
        let rows: [[String]] = [
            ["integrity", report.integrity], ["foreign keys", report.foreignKeyProblems == 0 ? "ok" : "\(report.foreignKeyProblems) problems"],
            ["migrations", "\(report.migrationsApplied.count) applied, \(report.migrationsPending.count) pending"],
            ["orphaned evidence", String(report.orphanedEvidence.count)], ["missing evidence", report.missingEvidence.joined(separator: " ")],
            ["pending exports", String(report.pendingExports)], ["healthy", report.healthy ? options.strings.yes : options.strings.no],
            ["assumed sectors", report.assumedSectorSchools.isEmpty ? "0" : options.language.ruleStrings.assumedSectors(report.assumedSectorSchools)],
        ]
        try options.emit(report, table: TableData(headers: [options.strings.field, options.strings.value], rows: rows))
        if !report.healthy { throw ExitCode(ExitStatus.code(for: .badData)) }
    }
}
