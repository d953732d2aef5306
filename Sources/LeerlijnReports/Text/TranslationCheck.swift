import Foundation
import LeerlijnCore

/// Finds English user-interface text in output that should be Dutch: the phrases of the English string tables
/// (``Strings/en``, ``PageStrings/en``, ``ObservationStrings/en``) that differ from their Dutch counterparts. Tests run it over the Dutch
/// HTML pages and CLI output; a hit means a string that bypassed the tables.
public enum TranslationCheck {
    /// Plain string members and month names of ``Strings`` and ``PageStrings``, and the fixed parts of some
    /// sentences with blanks.
    public static func phrases() -> [String] {
        var result: Set<String> = []
        func collect(_ en: Any, _ nl: Any) {
            let nlChildren = Dictionary(Mirror(reflecting: nl).children.compactMap { child in child.label.map { ($0, child.value) } }, uniquingKeysWith: { a, _ in a })
            for child in Mirror(reflecting: en).children {
                guard let label = child.label, let other = nlChildren[label] else { continue }
                if let a = child.value as? String, let b = other as? String, a != b { result.insert(a) }
                if let a = child.value as? [String], let b = other as? [String] {
                    for (x, y) in zip(a, b) where x != y { result.insert(x) }
                }
            }
        }
        collect(Strings.en, Strings.nl)
        collect(PageStrings.en, PageStrings.nl)
        collect(ObservationStrings.en, ObservationStrings.nl)
        collect(ReportStrings.en, ReportStrings.nl)
        // Sentences with blanks: keep the fixed words between the blanks.
        let samples: [(PageStrings) -> String] = [
            { $0.portfolioTitle("§") }, { $0.signedOff("§", "§") }, { $0.madeWith("§") }, { $0.period("§", "§") }, { $0.dashboardTitle(SchoolYear(startYear: 2026)) },
            { $0.dashboardIntro("§", "§", 7) }, { $0.coverageChartTitle("§") }, { $0.timelineTitle("§") }, { $0.hours("§", false) }, { $0.heatTitle("§") },
        ]
        let year = SchoolYear(startYear: 2026)
        let messages: [(Strings) -> String] = [
            { $0.pageWritten("§", "§") }, { $0.demoIntro("§") }, { $0.demoNext("§") }, { $0.demoHRHeading(year) }, { $0.demoStarterHeading("§", year) },
            { $0.demoStarterTotal(7, "§") }, { $0.demoOpleiderHeading("§", "§", year) }, { $0.demoOpleiderOwn("§") }, { $0.usage(.htmlOrJSON) },
            { $0.expectation(.fte) }, { $0.expectation(.schoolYear) }, { $0.invalidValue("§", "§", "§") }, { $0.notFound("§", "§") },
            { $0.reportHeading(year, "§", Day(year: 2026, month: 11, day: 23)!) }, { $0.coverageTotals(7, "§", 7) }, { $0.gapsHeading(7, 7) },
            { $0.progressHeading("§", "§", "", "§") }, { $0.facilitationHeading("§", year) }, { $0.noFolder("§", "§") }, { $0.missingSecret("§", ["§"]) },
            { $0.rowReason(.unknownExternalID) }, { $0.rowReason(.notADate(accepted: ["§"])) }, { $0.rowReason(.unknownKind(suggestions: ["§"])) },
            { $0.rowReason(.unknownSchool) }, { $0.rowReason(.fteForm) }, { $0.rowReason(.ownSignOff) },
        ]
        func fragments(_ en: String, _ nl: String) {
            for part in en.components(separatedBy: "§") + [en] {
                let trimmed = part.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
                if trimmed.count >= 4 && !nl.contains(trimmed) && !trimmed.contains("2026") { result.insert(trimmed) }
            }
        }
        for sample in samples { fragments(sample(.en), sample(.nl)) }
        for message in messages { fragments(message(.en), message(.nl)) }
        // English words that are also ordinary Dutch words ("over": about, "type") say nothing about the language.
        return result.subtracting(dutchWords).filter { $0.count >= 2 }.sorted()
    }

    /// English words that never belong in Dutch output, kept by hand beside the tables' phrases: they catch text that
    /// bypassed every table (a field name passed through, a Foundation error, a header written in code).
    public static let englishWords: [String] = [
        "the", "and", "with", "competences", "not", "no such file", "such", "could", "cannot", "couldn’t", "found", "missing", "invalid", "unknown",
        "error", "file", "folder", "line", "reason", "row", "rows", "imported", "unchanged", "rejected", "skipped", "person", "people",
        "board", "per board", "per partnership", "per phase", "per role", "school year", "minutes", "hours", "activity", "activities",
        "behind", "idle", "gaps", "expiring", "unverified", "on pace", "entitled", "used", "remaining", "projected", "signed off",
        "title", "date", "duration", "kind", "evidence", "rule", "entitledMinutes", "usedMinutes", "details", "reasons", "since", "until",
        "name", "names", "structure only", "complete", "domains", "written", "what", "sees", "own", "total",
    ]

    /// The words of ``englishWords`` that occur as whole words in `text`, command lines and option names left out as
    /// ``found(in:)`` does.
    public static func englishWordsFound(in text: String) -> [String] {
        let text = withoutCommandLines(text)
        return englishWords.filter { word in
            let pattern = "(?<![\\p{L}\\p{N}_./-])" + NSRegularExpression.escapedPattern(for: word) + "(?![\\p{L}\\p{N}_-])"
            return text.range(of: pattern, options: [.regularExpression, .caseInsensitive]) != nil
        }
    }

    /// `text` without the command lines quoted in it (`leerlijn person list`), options (`--db`), paths and file names:
    /// those are the same in every language.
    static func withoutCommandLines(_ text: String) -> String {
        text.replacingOccurrences(of: "leerlijn( [a-z-]+){1,2}", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "--[a-z-]+", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "[^\\s'‘’\"]*/[^\\s'‘’\"]*", with: " ", options: .regularExpression)
    }

    /// English table entries that are also common Dutch words.
    static let dutchWords: Set<String> = ["over", "type", "link"]

    /// The English-only phrases that occur as whole words in `text`. Command lines quoted in the text
    /// (`leerlijn person list`) are left out: command and option names are the same in every language.
    public static func found(in text: String) -> [String] {
        let text = text.replacingOccurrences(of: "leerlijn( [a-z-]+){1,2}", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "--[a-z-]+", with: " ", options: .regularExpression)
        return phrases().filter { phrase in
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: phrase) + "(?![\\p{L}\\p{N}])"
            return text.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// The English help texts of the command line (``HelpStrings/en``) cut into phrases, keeping those that the
    /// Dutch counterpart (``HelpStrings/nl``) does not contain: lines are cut at sentence and clause marks, and
    /// pieces of at least two words that the Dutch text also holds (command lines of the examples, option values
    /// like `student, starter`) are left out. Whitespace is collapsed, since the help is wrapped to the terminal.
    public static func helpPhrases() -> [String] {
        var result: Set<String> = []
        // The correction commands' texts (FrictionHelp) are checked like the others; its plain texts count as one command.
        for (englishTable, dutchTable) in [(HelpStrings.en, HelpStrings.nl) as (Any, Any), (FrictionHelp.en, FrictionHelp.nl),
                                           (FrictionTexts(FrictionHelp.en), FrictionTexts(FrictionHelp.nl))] {
        let english = Mirror(reflecting: englishTable).children
        let dutch = Dictionary(Mirror(reflecting: dutchTable).children.compactMap { child in child.label.map { ($0, child.value) } }, uniquingKeysWith: { a, _ in a })
        for command in english {
            guard let label = command.label, let nlCommand = dutch[label] else { continue }
            let nlTexts = Dictionary(Mirror(reflecting: nlCommand).children.compactMap { child in
                child.label.flatMap { label in (child.value as? String).map { (label, $0) } }
            }, uniquingKeysWith: { a, _ in a })
            for text in Mirror(reflecting: command.value).children {
                guard let field = text.label, let en = text.value as? String, let nl = nlTexts[field], en != nl else { continue }
                insertPhrases(of: en, notIn: nl, into: &result)
            }
        }
        }
        // The help texts of the sectors and salary steps table (RuleStrings: fields named help...).
        let nlRules = Dictionary(Mirror(reflecting: RuleStrings.nl).children.compactMap { child in
            child.label.flatMap { label in (child.value as? String).map { (label, $0) } }
        }, uniquingKeysWith: { a, _ in a })
        for text in Mirror(reflecting: RuleStrings.en).children {
            guard let field = text.label, field.hasPrefix("help"), let en = text.value as? String, let nl = nlRules[field], en != nl else { continue }
            insertPhrases(of: en, notIn: nl, into: &result)
        }
        return result.sorted()
    }

    /// Adds the phrases of two words or more of `en` that the Dutch text `nl` does not hold.
    private static func insertPhrases(of en: String, notIn nl: String, into result: inout Set<String>) {
        let nlFlat = collapsed(nl)
        for piece in en.components(separatedBy: CharacterSet(charactersIn: "\n.;:(),")) {
            let phrase = collapsed(piece).trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
            guard phrase.split(separator: " ").count >= 2, phrase.contains(where: \.isLetter), !nlFlat.contains(phrase) else { continue }
            result.insert(phrase)
        }
    }

    /// The plain texts of a ``FrictionHelp`` table as one member, so that ``helpPhrases()`` reads them as a command's.
    private struct FrictionTexts {
        let texts: FrictionHelp
        init(_ texts: FrictionHelp) { self.texts = texts }
    }

    /// The English help phrases (``helpPhrases()``) that occur as whole words in help output that should be Dutch.
    /// ArgumentParser's own words ("USAGE:", "OPTIONS:", "Show help information.") are not in the tables, so they
    /// never count.
    public static func foundInHelp(_ text: String) -> [String] {
        let flat = collapsed(text)
        return helpPhrases().filter { phrase in
            let pattern = "(?<![\\p{L}\\p{N}])" + NSRegularExpression.escapedPattern(for: phrase) + "(?![\\p{L}\\p{N}])"
            return flat.range(of: pattern, options: .regularExpression) != nil
        }
    }

    /// `text` with every run of whitespace (line breaks and the help's wrapping indentation) as one space.
    static func collapsed(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// The text a reader sees in an HTML page: tags removed, the common entities decoded.
    public static func visibleText(_ html: String) -> String {
        var text = html.replacingOccurrences(of: "<style>[\\s\\S]*?</style>", with: " ", options: .regularExpression)
        text = text.replacingOccurrences(of: "<[^>]*>", with: " ", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }
}
