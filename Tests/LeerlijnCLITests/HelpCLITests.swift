import ArgumentParser
import Foundation
import Testing
import LeerlijnReports
@testable import leerlijn

@Suite("The help of the command line in Dutch and English")
struct HelpCLITests {
    @Test("log --help --lang nl prints the Dutch help: abstract, examples heading, argument and option texts")
    func logHelpDutch() throws {
        let cli = try CLI()
        let help = try cli.run(["log", "--help", "--lang", "nl"], useDatabase: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Leg een leeractiviteit van een persoon vast."))
        #expect(help.stdout.contains("Voorbeelden:"))
        #expect(help.stdout.contains("Een korte titel."))
        #expect(help.stdout.contains("leerlijn log sanne 90m intervisie \"Intervisie klassenmanagement\""))
        #expect(!help.stdout.contains("Log a learning activity"))
        #expect(TranslationCheck.foundInHelp(help.stdout).isEmpty, "\(TranslationCheck.foundInHelp(help.stdout))")
    }

    @Test("A Dutch LANG or LC_ALL makes leerlijn --help Dutch; LC_ALL wins over LANG")
    func rootHelpFromEnvironment() throws {
        let cli = try CLI()
        let dutch = try cli.run(["--help"], useDatabase: false, environment: ["LANG": "nl_NL.UTF-8"])
        #expect(dutch.status == 0)
        #expect(dutch.stdout.contains("Houd de professionele ontwikkeling van leraren bij"))
        #expect(dutch.stdout.contains("Leg een leeractiviteit van een persoon vast."))
        #expect(TranslationCheck.foundInHelp(dutch.stdout).isEmpty, "\(TranslationCheck.foundInHelp(dutch.stdout))")
        let all = try cli.run(["person", "add", "--help"], useDatabase: false, environment: ["LANG": "en_US.UTF-8", "LC_ALL": "nl_NL.UTF-8"])
        #expect(all.stdout.contains("Het personeelsnummer of studentnummer"))
        let english = try cli.run(["--help"], useDatabase: false, environment: ["LANG": "nl_NL.UTF-8", "LC_ALL": "en_US.UTF-8"])
        #expect(english.stdout.contains("Keep teachers' professional development as one continuous line."))
    }

    @Test("Without --lang and with an English or C locale, log --help prints the English help as before")
    func logHelpEnglish() throws {
        let cli = try CLI()
        let help = try cli.run(["log", "--help"], useDatabase: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Log a learning activity for a person."))
        #expect(help.stdout.contains("Examples:"))
        #expect(help.stdout.contains("A short title."))
        #expect(!help.stdout.contains("Leg een leeractiviteit"))
    }

    @Test("leerlijn help X --lang nl and a usage error under a Dutch LANG show the Dutch texts")
    func helpCommandAndUsageError() throws {
        let cli = try CLI()
        let help = try cli.run(["help", "org", "add-school", "--lang", "nl"], useDatabase: false)
        #expect(help.status == 0)
        #expect(help.stdout.contains("Voeg een school toe aan een bestuur."))
        #expect(help.stdout.contains("De BRIN-code"))
        let equals = try cli.run(["help", "log", "--lang=nl"], useDatabase: false)
        #expect(equals.stdout.contains("Leg een leeractiviteit van een persoon vast."))
        let usage = try cli.run(["log", "sanne"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(usage.status == 64)
        #expect(usage.stderr.contains("Hoe lang: 90m, 1h30"))
    }

    /// Every command below `command`, itself included, with its path of command names.
    static func commands(_ command: ParsableCommand.Type, path: [String] = []) -> [(String, ParsableCommand.Type)] {
        let name = command.configuration.commandName ?? command._commandName
        let here = path + [name]
        return [(here.joined(separator: " "), command)] + command.configuration.subcommands.flatMap { commands($0, path: here) }
    }

    @Test("The Dutch help of every command holds no English help prose, and differs from its English help")
    func everyCommandInDutch() {
        let all = HelpLanguage.$override.withValue(.nl) { Self.commands(Leerlijn.self) }
        #expect(all.count > 50)
        for (path, command) in all {
            let dutch = HelpLanguage.$override.withValue(.nl) { Leerlijn.helpMessage(for: command, columns: 100) }
            let english = HelpLanguage.$override.withValue(.en) { Leerlijn.helpMessage(for: command, columns: 100) }
            #expect(dutch != english, "\(path)")
            #expect(TranslationCheck.foundInHelp(dutch).isEmpty, "\(path): \(TranslationCheck.foundInHelp(dutch))")
            #expect(!TranslationCheck.foundInHelp(english).isEmpty, "\(path): the check finds no English in the English help")
        }
    }
}
