import Foundation
import LeerlijnReports

/// The language of the help texts (`leerlijn --help`, `leerlijn help X`, `leerlijn X --help`, usage errors).
/// ArgumentParser builds help while it parses, from each command's `configuration` and its options' `help:`,
/// so the language is read from the raw command line (`--lang`) and the environment before parsing.
/// Commands read their texts through ``help``; `configuration` is a computed `static var` so that it follows
/// the language each time it is read.
enum HelpLanguage {
    /// Set by tests to render help in a given language inside one task.
    @TaskLocal static var override: Language?

    /// The language of this process's command line and environment.
    static let process = Language.forHelp(arguments: Array(CommandLine.arguments.dropFirst()), environment: GlobalOptions.environment)

    static var current: Language { override ?? process }

    /// The arguments to parse. `leerlijn help X --lang nl` has been read for the language already, and
    /// ArgumentParser's `help` command takes no options, so `--lang` is taken out after `help`.
    static func parsingArguments(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var result: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--lang" { skipNext = true; continue }
            if argument.hasPrefix("--lang=") { continue }
            result.append(argument)
        }
        return result
    }
}

/// The help texts in the help language: `help.log.abstract`, `help.global.db`.
var help: HelpStrings { HelpLanguage.current.help }
