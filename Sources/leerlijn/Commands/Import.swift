import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Import a roster of people or a file of activities from CSV (as HR systems and Dutch Excel write it).",
        discussion: """
            Separator , or ; and encoding (UTF-8 with or without BOM, Windows-1252) are detected; header names are matched
            case-insensitively. A file is imported whole or not at all: any bad row rejects it and every bad row is listed
            with line, column and reason. See docs/import.md.
            """,
        subcommands: [People.self, Activities.self])

    struct Options: ParsableArguments {
        @Argument(help: "The CSV file.") var file: String
        @Flag(help: "Report what would change, and write nothing.") var dryRun = false
        @Option(name: .customLong("skip-invalid"), help: ArgumentHelp("Import the good rows and write the bad ones to this CSV file with a reason column.", valueName: "rejects.csv"))
        var rejects: String?
    }

    struct People: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import people: external_id, name, email, board, school, phase, phase_since, fte, employment_since.",
            discussion: """
                Boards and schools are created when new (a new school needs its BRIN code in the school column). Importing the
                same file again changes nothing; a changed FTE or school becomes a new period.
                Example: leerlijn import people personeel.csv --dry-run
                """)
        @OptionGroup var options: GlobalOptions
        @OptionGroup var file: Import.Options

        func run() throws {
            let database = try options.openDatabase()
            let report = try database.importPeople(
                from: file.file, options: ImportOptions(dryRun: file.dryRun, rejectsPath: file.rejects, actor: options.actorName, today: options.today,
                                                              describe: options.strings.rowReason),
                progress: ProgressLine.make())
            ProgressLine.finish()
            try options.emit(report, table: options.views.importProblems(report), message: options.views.importSummary(report))
        }
    }

    struct Activities: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import activities: external_id, date, duration, kind, title, competences, domains, budget, verified_by.",
            discussion: """
                duration as in `log` (90m, 1,5u) or plain minutes; competences and domains separated by | or spaces. A row is the
                same activity as an earlier imported one when person, date, minutes, kind and title are the same: re-importing
                adds nothing.
                Example: leerlijn import activities activiteiten.csv --skip-invalid afgewezen.csv
                """)
        @OptionGroup var options: GlobalOptions
        @OptionGroup var file: Import.Options

        func run() throws {
            let database = try options.openDatabase()
            let profiles = try options.loadProfiles()
            let report = try database.importActivities(
                from: file.file, options: ImportOptions(dryRun: file.dryRun, rejectsPath: file.rejects, actor: options.actorName, today: options.today,
                                                              describe: options.strings.rowReason),
                catalog: profiles.catalog, rules: profiles.rules, progress: ProgressLine.make())
            ProgressLine.finish()
            try options.emit(report, table: options.views.importProblems(report), message: options.views.importSummary(report))
        }
    }
}

/// A progress line on standard error, only when it is a terminal (quiet in pipes and scripts).
enum ProgressLine {
    static let isTerminal = isatty(STDERR_FILENO) == 1

    static func make() -> (@Sendable (Int64, Int64) -> Void)? {
        guard isTerminal else { return nil }
        return { read, size in
            let percent = size > 0 ? Int(read * 100 / size) : 0
            FileHandle.standardError.write(Data("\r\(percent)% (\(read / 1_048_576) MiB)".utf8))
        }
    }

    static func makeCount() -> (@Sendable (Int, Int) -> Void)? {
        guard isTerminal else { return nil }
        return { done, total in FileHandle.standardError.write(Data("\r\(done)/\(total)".utf8)) }
    }

    static func finish() {
        if isTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}
