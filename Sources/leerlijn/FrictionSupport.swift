import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

/// The help texts of the correction commands in the help language.
var frictionHelp: FrictionHelp { FrictionHelp.of(HelpLanguage.current) }

// Phase and role values are read whatever their case (`Starter`, `MENTOR`).
extension Phase {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension Role {
    public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension CSVDialect: ExpressibleByArgument {}
extension DurationUnit: ExpressibleByArgument {}

extension GlobalOptions {
    /// The CSV dialect: `--csv-dialect`, else excel-nl for Dutch output and rfc4180 for English.
    var csv: CSVDialect { CSVDialect.resolve(flag: csvDialect, language: language) }

    /// The friction strings in the output language.
    var friction: FrictionStrings { language.friction }

    /// Says what a change of the line did besides what was asked (on standard output for a table, else on standard
    /// error) and warns on standard error.
    func tell(_ notices: [LineNotice]) {
        for notice in notices {
            let text = friction.notice(notice)
            switch notice {
            case .employmentEnded where format == .table: print(text)
            case .employmentEnded: FileHandle.standardError.write(Data((text + "\n").utf8))
            case .fteAboveFullTime, .employmentKept:
                FileHandle.standardError.write(Data("\(friction.warningPrefix): \(text)\n".utf8))
            }
        }
    }

    /// Prints a changed line: the message for a table, else the line as JSON or CSV; then the notices.
    func emit(_ change: LineChange, message: String) throws {
        try emit(change.line, table: views.personLine(change.line), message: message)
        tell(change.notices)
    }

    /// The period a correction is about.
    func choice(started: String?, at organisation: String? = nil) throws -> PeriodChoice {
        PeriodChoice(started: try started.map(day), organisation: organisation)
    }

    /// A new last day, `--open` for none, or no change.
    func until(_ text: String?, open: Bool) throws -> Day?? {
        if open { return .some(nil) }
        return try text.map { .some(try day($0)) }
    }
}

/// A mistyped command (`leerlijn lgo`) answered with the closest commands (`log`).
enum CommandSuggestion {
    /// The message for `arguments` whose first word is no command, with the closest ones; nil when it is a command
    /// (or an option), so that the parser's own message stands.
    static func message(for arguments: [String]) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        let names = Leerlijn.configuration.subcommands.compactMap { $0.configuration.commandName ?? defaultName($0) } + ["help"]
        guard !names.contains(first) else { return nil }
        let closest = Suggestions.closest(to: first, among: names)
        let strings = HelpLanguage.current.strings
        let unknown = HelpLanguage.current.friction.unknownCommand(first)
        return "\(strings.errorPrefix): \(unknown)" + (closest.isEmpty ? "" : " " + strings.didYouMean(closest)) + "\n"
            + HelpLanguage.current.friction.seeHelp + "\n"
    }

    /// ArgumentParser's name for a command without an explicit one: its type name in kebab case (`Log` is `log`).
    private static func defaultName(_ command: ParsableCommand.Type) -> String {
        var name = ""
        for character in String(describing: command) {
            if character.isUppercase, !name.isEmpty { name.append("-") }
            name.append(contentsOf: character.lowercased())
        }
        return name
    }
}

extension GlobalOptions {
    /// Opens the existing database for a command that only reads: nothing is written (see
    /// ``LeerlijnDatabase/openForReading(at:)``).
    func openDatabaseForReading() throws -> LeerlijnDatabase {
        try LeerlijnDatabase.openForReading(at: databasePath)
    }
}
