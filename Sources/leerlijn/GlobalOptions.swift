import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports
import LeerlijnStore

extension OutputFormat: ExpressibleByArgument {}
extension Phase: ExpressibleByArgument {}
extension Role: ExpressibleByArgument {}
extension StudyRoute: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}
extension SchoolSector: ExpressibleByArgument {}
extension StaffFunction: ExpressibleByArgument {}

/// Options every command takes: where the database is, how to print, in which language, and who acts.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(help.global.db, valueName: "path"))
    var db: String?

    @Option(name: .long, help: ArgumentHelp(help.global.format))
    var format: OutputFormat = .table

    @Option(name: .long, help: ArgumentHelp(help.global.lang))
    var lang: Language?

    @Option(name: .long, help: ArgumentHelp(help.global.actor, valueName: "name"))
    var actor: String?

    @Option(name: .long, help: ArgumentHelp(help.global.profiles, valueName: "dir"))
    var profiles: [String] = []

    @Option(name: .long, help: ArgumentHelp(frictionHelp.csvDialect, valueName: "excel-nl|rfc4180"))
    var csvDialect: CSVDialect?

    static var environment: [String: String] { ProcessInfo.processInfo.environment }

    /// An empty `--db ''` is refused: it would silently have meant the default database.
    func validate() throws {
        if db == "" { throw ValidationError(language.inputStrings.emptyPath("--db")) }
        if profiles.contains("") { throw ValidationError(language.inputStrings.emptyPath("--profiles")) }
    }

    static var environmentLanguage: Language { Language.resolve(flag: nil, environment: environment) }

    var language: Language { Language.resolve(flag: lang, environment: Self.environment) }

    var strings: Strings { language.strings }

    var views: Views { Views(language: language) }

    /// The database path: `--db`, `$LEERLIJN_DB`, or the default location.
    var databasePath: String { DatabaseLocation.resolve(explicit: db, environment: Self.environment) }

    /// Opens the existing database (a missing one is an error that says how to create it).
    func openDatabase() throws -> LeerlijnDatabase {
        try LeerlijnDatabase.open(at: databasePath)
    }

    /// The user's profile folders: `--profiles`, else `$LEERLIJN_PROFILES`.
    var userProfileFolders: [String] {
        profiles.isEmpty ? ShippedProfiles.userFolder(environment: Self.environment).map { [$0] } ?? [] : profiles
    }

    /// The shipped frameworks and crosswalks with the user's own; every file is validated.
    func loadCatalog(extra: [String] = []) throws -> ProfileCatalog {
        try loadProfiles(extra: extra).catalog
    }

    /// Frameworks, crosswalks and rules, shipped and the user's own; every file is validated.
    func loadProfiles(extra: [String] = []) throws -> LoadedProfiles {
        try ProfileCache.loadAll(shipped: ShippedProfiles.folder(environment: Self.environment), user: userProfileFolders + extra,
                                 folder: ProfileCache.folder(environment: Self.environment))
    }

    /// Today on the user's clock; `$LEERLIJN_TODAY` (yyyy-mm-dd) fixes it for reproducible scripts.
    var today: Day {
        if let fixed = Self.environment["LEERLIJN_TODAY"], let day = Day(iso: fixed) { return day }
        return Day(Date())
    }

    /// Who acts: `--actor`, `$LEERLIJN_ACTOR`, `$USER`, or `unknown`.
    var actorName: String {
        for candidate in [actor, Self.environment["LEERLIJN_ACTOR"], Self.environment["USER"], Self.environment["LOGNAME"]] {
            if let candidate, !candidate.isEmpty { return candidate }
        }
        return "unknown"
    }

    /// A usage error in the user's language (ArgumentParser prints it with the usage and exits 64).
    func usage(_ problem: UsageProblem) -> ValidationError { ValidationError(strings.usage(problem)) }

    /// Parses a school year like `2026-2027`.
    func schoolYear(_ text: String) throws -> SchoolYear {
        guard let year = SchoolYear(text) else {
            throw ValueError(field: "school year", value: text, expected: .schoolYear)
        }
        return year
    }

    /// Parses a werktijdfactor (`0.8`, `0,8`).
    func fte(_ text: String) throws -> FTE { try FTE.parse(text) }

    /// Parses hours per week (`7.5`, `7,5`) into whole minutes per week.
    func minutesPerWeek(_ text: String) throws -> Int { try DurationParser.minutesPerWeek(fromHours: text) }

    /// Parses a date the user typed (`2026-10-03`, `3-10-2026`, `today`, `gisteren`...).
    func day(_ text: String) throws -> Day {
        try DayParser.parse(text, today: today)
    }

    /// Prints data in the chosen format: a table (or a message for table output when given), JSON or CSV.
    func emit<T: Encodable>(_ value: T, table: @autoclosure () -> TableData, message: String? = nil) throws {
        switch format {
        case .json: print(try JSONOutput.render(value), terminator: "")
        case .csv: print(table().renderCSV(dialect: csv), terminator: "")
        case .table:
            if let message { print(message) } else { print(table().renderTable(), terminator: "") }
        }
    }
}

/// A command with the global options; the entry point reads their language for error messages.
protocol DatabaseCommand: ParsableCommand {
    var options: GlobalOptions { get }
}
