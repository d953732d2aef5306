import Foundation
import Testing
@testable import LeerlijnReports

@Suite("Help texts of the command line in Dutch and English")
struct HelpStringsTests {
    /// Every text of a help table as (command.field, text).
    static func texts(_ table: HelpStrings) -> [(String, String)] {
        Mirror(reflecting: table).children.flatMap { command in
            Mirror(reflecting: command.value).children.compactMap { field in
                (field.value as? String).map { ("\(command.label ?? "?").\(field.label ?? "?")", $0) }
            }
        }
    }

    @Test("Both tables have the same texts, none empty, and every Dutch text differs from the English one")
    func tablesDiffer() {
        let en = Self.texts(.en), nl = Self.texts(.nl)
        #expect(en.count == nl.count)
        #expect(en.count > 250)
        #expect(en.map(\.0) == nl.map(\.0))
        for ((key, english), (_, dutch)) in zip(en, nl) {
            #expect(!english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty English text \(key)")
            #expect(!dutch.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty Dutch text \(key)")
            #expect(english != dutch, "\(key) is the same in Dutch and English")
        }
    }

    @Test("The command lines in the examples are the same in Dutch as in English")
    func examplesUnchanged() throws {
        let nl = Dictionary(uniqueKeysWithValues: Self.texts(.nl))
        let commandLine = try NSRegularExpression(pattern: "leerlijn [^\\n`]*")
        var checked = 0
        for (key, english) in Self.texts(.en) {
            let range = NSRange(english.startIndex..., in: english)
            for match in commandLine.matches(in: english, range: range) {
                let line = String(english[Range(match.range, in: english)!])
                #expect(nl[key]?.contains(line) == true, "\(key): \(line)")
                checked += 1
            }
        }
        #expect(checked > 50)
    }

    @Test("Help phrases: English prose only, none of it in the Dutch table, the fixed words of ArgumentParser not among them")
    func helpPhrases() {
        let phrases = TranslationCheck.helpPhrases()
        #expect(phrases.contains("Log a learning activity for a person"))
        #expect(phrases.contains("The HTML file to write"))
        #expect(!phrases.contains("Show help information"))
        // With the help texts of the sectors and salary steps table (RuleStrings, issue 16) and the corrections (FrictionHelp).
        func ruleHelp(_ table: RuleStrings) -> [String] {
            Mirror(reflecting: table).children.compactMap { $0.label?.hasPrefix("help") == true ? $0.value as? String : nil }
        }
        let dutch = ((Self.texts(.nl) + FrictionHelpTests.texts(.nl)).map(\.1) + ruleHelp(.nl)).joined(separator: "\n")
        #expect(TranslationCheck.foundInHelp(dutch).isEmpty, "\(TranslationCheck.foundInHelp(dutch))")
        let english = ((Self.texts(.en) + FrictionHelpTests.texts(.en)).map(\.1) + ruleHelp(.en)).joined(separator: "\n")
        #expect(TranslationCheck.foundInHelp(english).count == phrases.count)
    }

    @Test("The help language: --lang nl or --lang=nl anywhere before --, else LC_ALL, LC_MESSAGES, LANG, else English")
    func helpLanguage() {
        #expect(Language.forHelp(arguments: ["log", "--help", "--lang", "nl"], environment: [:]) == .nl)
        #expect(Language.forHelp(arguments: ["--lang=nl", "--help"], environment: ["LANG": "en_US.UTF-8"]) == .nl)
        #expect(Language.forHelp(arguments: ["--help", "--lang", "en"], environment: ["LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.forHelp(arguments: ["--help"], environment: ["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.forHelp(arguments: ["--help"], environment: ["LC_ALL": "nl_BE.UTF-8", "LANG": "en_GB.UTF-8"]) == .nl)
        #expect(Language.forHelp(arguments: ["--help"], environment: ["LC_ALL": "C.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.forHelp(arguments: ["--help"], environment: [:]) == .en)
        #expect(Language.forHelp(arguments: ["--lang", "fr", "--help"], environment: ["LANG": "nl_NL"]) == .nl)
        #expect(Language.forHelp(arguments: ["log", "--", "--lang", "nl"], environment: [:]) == .en)
        #expect(Language.forHelp(arguments: ["--lang"], environment: [:]) == .en)
    }
}
