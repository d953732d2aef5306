import Foundation
import LeerlijnReports
import Testing

@Suite("Dutch output holds no English and speaks to the user one way (je)")
struct DutchOutputCLITests {
    /// Formal address (`u`, `uw`) where the Dutch strings say `je`; `u` as the hour unit (`1u30`, `u of h`) is not address.
    static func formalAddress(in text: String) -> [String] {
        let pattern = "(?<![\\p{L}\\p{N}'])(uw|[Uu](?= (kunt|wilt|heeft|moet|kan|de|het|een)\\b)|(bedoelt|bedoelde|kunt|wilt|heeft|moet|geeft) u)(?![\\p{L}\\p{N}])"
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { Range($0.range, in: text).map { String(text[$0]) } }
    }

    static func check(_ text: String, _ context: String) {
        #expect(TranslationCheck.englishWordsFound(in: text) == [], "\(context): \(text.prefix(400))")
        #expect(TranslationCheck.found(in: text) == [], "\(context): \(text.prefix(400))")
        #expect(formalAddress(in: text) == [], "\(context)")
    }

    @Test("The kept list of English words finds each of the reported leaks, and nothing in plain Dutch")
    func listFindsLeaks() {
        #expect(TranslationCheck.englishWordsFound(in: "Schooljaar 2026-2027, per board") == ["board", "per board"])
        #expect(TranslationCheck.englishWordsFound(in: "Ongeldige person 'Karin'") == ["person"])
        #expect(TranslationCheck.englishWordsFound(in: "Kan x.csv niet lezen: no such file.").contains("no such file"))
        #expect(TranslationCheck.englishWordsFound(in: "schooljaar;rule;entitledMinutes") == ["rule", "entitledMinutes"])
        #expect(TranslationCheck.englishWordsFound(in: "Verder kijken, bijvoorbeeld: leerlijn person list --db /tmp/the/file.sqlite") == [])
        #expect(Self.formalAddress(in: "bedoelt u kinds? Laad uw eigen map; 1u30 of 2 u") == ["bedoelt u", "uw"])
    }

    @Test("leerlijn demo --lang nl, the report per board and profiles list contain no English word from the list")
    func demoInDutch() throws {
        let cli = try CLI()
        let demo = try cli.ok(["demo", "--lang", "nl"])
        Self.check(demo, "demo")
        let nl = ["LANG": "nl_NL.UTF-8"]
        let board = try cli.ok(["report", "--by", "board"], environment: nl)
        #expect(board.hasPrefix("Schooljaar 2026-2027, per bestuur ("))
        Self.check(board, "report --by board")
        Self.check(try cli.ok(["report", "--format", "csv"], environment: nl), "report csv")
        let profiles = try cli.ok(["profiles", "list"], environment: nl)
        #expect(profiles.contains("Observatie-instrumenten:"))
        #expect(profiles.contains("alleen structuur"))
        Self.check(profiles.replacingOccurrences(of: "structure", with: ""), "profiles list")   // icalt's version is the data value `structure`
    }

    @Test("Dutch error messages name the field in Dutch and suggest with je")
    func errorsInDutch() throws {
        let cli = try CLI.withSanne()
        let nl = ["LANG": "nl_NL.UTF-8"]
        let kind = try cli.run(["log", "sanne", "1u", "cursuss", "Cursus"], environment: nl)
        #expect(kind.status != 0)
        Self.check(kind.stderr, "unknown kind")
        let fte = try cli.run(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "2x"], environment: nl)
        #expect(fte.stderr.contains("Ongeldige wtf"))
        Self.check(fte.stderr, "fte")
        #expect(Strings.nl.fieldName("person") == "persoon" && Strings.nl.fieldName("field") == "veld")
        let missing = try cli.run(["import", "people", cli.folder + "/nothere.csv"], environment: nl)
        #expect(missing.stderr.contains("Er is geen bestand") && missing.stderr.contains("controleer het pad"))
        Self.check(missing.stderr, "missing import file")
        let evidence = try cli.run(["log", "sanne", "1u", "cursus", "Cursus", "--evidence", cli.folder + "/nope.pdf"], environment: nl)
        Self.check(evidence.stderr, "missing evidence")
        let file = cli.folder + "/people.csv"
        try "external_id;name;school\n9001;Test Persoon;12AB\n".write(toFile: file, atomically: true, encoding: .utf8)
        let summary = try cli.ok(["import", "people", file], environment: nl)
        #expect(summary.contains("(1 lidmaatschappen, 1 personen)"))
        Self.check(summary, "import summary")
    }
}
