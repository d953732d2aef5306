import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

struct Import: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.importCommand.abstract,
        discussion: help.importCommand.discussion,
        subcommands: [People.self, Activities.self]) }

    struct Options: ParsableArguments {
        @Argument(help: ArgumentHelp(help.importOptions.file)) var file: String
        @Flag(help: ArgumentHelp(help.importOptions.dryRun)) var dryRun = false
        @Option(name: .customLong("skip-invalid"), help: ArgumentHelp(help.importOptions.rejects, valueName: "rejects.csv"))
        var rejects: String?
    }

    struct People: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.importPeople.abstract,
            discussion: help.importPeople.discussion) }
        @OptionGroup var options: GlobalOptions
        @OptionGroup var file: Import.Options
        @Option(name: .customLong("map"), help: ArgumentHelp(HelpLanguage.current.hrImportStrings.mapHelp, valueName: "COLUMN=FIELD"))
        var map: [String] = []

        /// `--map COLUMN=FIELD` values as pairs, the field by its canonical name; refuses a form or field it does not know.
        func columnMap() throws -> [(column: String, field: String)] {
            let strings = options.language.hrImportStrings
            let fields = LeerlijnDatabase.peopleMapFields
            return try map.map { value in
                guard let equals = value.lastIndex(of: "=") else { throw ValidationError(strings.mapForm(value)) }
                let column = value[..<equals].trimmingCharacters(in: .whitespaces)
                let field = value[value.index(after: equals)...].trimmingCharacters(in: .whitespaces)
                guard !column.isEmpty, !field.isEmpty else { throw ValidationError(strings.mapForm(value)) }
                guard let known = fields.first(where: { CSVHeader.normalise($0) == CSVHeader.normalise(field) }) else {
                    throw ValidationError(strings.mapUnknownField(field, fields))
                }
                return (column, known)
            }
        }

        /// A wrong `--map` is a usage error, refused before the database is opened.
        func validate() throws { _ = try columnMap() }

        func run() throws {
            var importOptions = ImportOptions(dryRun: file.dryRun, rejectsPath: file.rejects, actor: options.actorName, today: options.today,
                                              describe: options.strings.rowReason)
            importOptions.columnMap = try columnMap()
            let database = try options.openDatabase()
            let report = try database.importPeople(
                from: file.file, options: importOptions,
                progress: ProgressLine.make())
            ProgressLine.finish()
            try options.emit(report, table: options.views.importProblems(report), message: options.views.importSummary(report))
        }
    }

    struct Activities: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.importActivities.abstract,
            discussion: help.importActivities.discussion) }
        @OptionGroup var options: GlobalOptions
        @OptionGroup var file: Import.Options
        @Option(help: ArgumentHelp(frictionHelp.durationUnit, valueName: "minutes|hours")) var durationUnit: DurationUnit?

        func run() throws {
            let database = try options.openDatabase()
            let profiles = try options.loadProfiles()
            var importOptions = ImportOptions(dryRun: file.dryRun, rejectsPath: file.rejects, actor: options.actorName, today: options.today,
                                              describe: options.strings.rowReason)
            importOptions.durationUnit = durationUnit
            let report = try database.importActivities(
                from: file.file, options: importOptions,
                catalog: profiles.catalog, rules: profiles.rules, progress: ProgressLine.make())
            ProgressLine.finish()
            if report.futureDateCount > 0 {
                FileHandle.standardError.write(Data("! \(options.language.ruleStrings.futureDatesImported(report.futureDateCount, report.futureDates))\n".utf8))
            }
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
