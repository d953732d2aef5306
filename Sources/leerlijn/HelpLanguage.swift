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
}

/// The help texts in the help language: `help.log.abstract`, `help.global.db`.
var help: HelpStrings { HelpLanguage.current.help }
