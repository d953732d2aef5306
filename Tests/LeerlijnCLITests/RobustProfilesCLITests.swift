import Foundation
import Testing

@Suite("Robustness of profile files: what the docs refuse is refused, with file and line (issue 21)")
struct RobustProfilesCLITests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

    /// A small valid framework, with `replacing` applied to its text.
    static func framework(id: String = "eigen", _ replacing: [(String, String)] = [], items: String? = nil) -> String {
        var text = """
            schema: leerlijn.framework/1
            id: \(id)
            kind: competences
            title: {nl: "Eigen", en: "Own"}
            version: "1"
            sector: po
            source: {citation: "Eigen bron", url: "https://example.nl/bron", retrieved: 2026-11-23}
            note: "Een notitie."
            items:
            \(items ?? "  - {id: een, title: {nl: \"Een\", en: \"One\"}}")

            """
        for (old, new) in replacing { text = text.replacingOccurrences(of: old, with: new) }
        return text
    }

    /// `profiles validate FILE --format json`: the exit status and the issues.
    static func validate(_ text: String, name: String = "eigen.yaml", bytes: Data? = nil) throws -> (status: Int32, issues: [[String: Any]], seconds: Double, path: String) {
        let cli = try CLI()
        let path = cli.folder + "/" + name
        try (bytes ?? Data(text.utf8)).write(to: URL(fileURLWithPath: path))
        let started = Date()
        let result = try cli.run(["profiles", "validate", path, "--format", "json"], useDatabase: false)
        let seconds = Date().timeIntervalSince(started)
        let issues = ((try? json(result.stdout)) as? [String: Any])?["issues"] as? [[String: Any]] ?? []
        return (result.status, issues, seconds, path)
    }

    /// Refused with exit 65 and an issue on `line` whose message contains `message`, naming the file.
    static func expectRefused(_ text: String, line: Int, _ message: String, bytes: Data? = nil, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let outcome = try validate(text, bytes: bytes)
        #expect(outcome.status == 65, sourceLocation: sourceLocation)
        #expect(outcome.issues.contains { ($0["message"] as? String)?.contains(message) == true && $0["line"] as? Int == line && $0["file"] as? String == outcome.path },
                "\(outcome.issues)", sourceLocation: sourceLocation)
    }

    @Test("The small framework these tests mutate is valid as written")
    func baseIsValid() throws {
        #expect(try Self.validate(Self.framework()).status == 0)
    }

    @Test("Anchors and aliases are refused at the first anchor; a billion-laughs file (9 levels of 9) is refused within a second")
    func anchors() throws {
        try Self.expectRefused(Self.framework([("note: \"Een notitie.\"", "note: &n \"Een notitie.\"\ntranslations: {en: *n}")]), line: 8, "anchors and aliases")
        var laughs = "lol:\n  a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n"
        for level in 1..<9 {
            let name = String(UnicodeScalar(UInt8(97 + level))), previous = String(UnicodeScalar(UInt8(96 + level)))
            laughs += "  \(name): &\(name) [\(Array(repeating: "*" + previous, count: 9).joined(separator: ", "))]\n"
        }
        let outcome = try Self.validate(Self.framework() + laughs)
        #expect(outcome.status == 65)
        #expect(outcome.seconds < 5)
        #expect(outcome.issues.first?["line"] as? Int == 12)
        #expect((outcome.issues.first?["message"] as? String)?.contains("anchors and aliases (&, *) are not allowed") == true)
    }

    @Test("An id that YAML reads as a number or a truth value is refused, quoted it is text")
    func nonStringIDs() throws {
        try Self.expectRefused(Self.framework([("id: eigen", "id: 123")]), line: 2, "'id' must be text")
        try Self.expectRefused(Self.framework([("id: eigen", "id: true")]), line: 2, "'id' must be text")
        try Self.expectRefused(Self.framework([("id: een,", "id: 7,")]), line: 10, "'id' must be text")
        #expect(try Self.validate(Self.framework([("id: eigen", "id: \"123\"")])).status == 0)
    }

    @Test("retrieved must be a real date, a url http(s), a note text; nesting is capped at 64 levels with the line")
    func commonFields() throws {
        try Self.expectRefused(Self.framework([("retrieved: 2026-11-23", "retrieved: 2026-99-99")]), line: 7, "'retrieved' must be a date written yyyy-mm-dd, not '2026-99-99'")
        try Self.expectRefused(Self.framework([("retrieved: 2026-11-23", "retrieved: [1]")]), line: 7, "'retrieved' must be a date")
        try Self.expectRefused(Self.framework([("https://example.nl/bron", "javascript:alert(1)")]), line: 7, "'url' must start with http:// or https://")
        try Self.expectRefused(Self.framework([("note: \"Een notitie.\"", "note: [[a, [b]]]")]), line: 8, "'note' must be text")
        let deep = String(repeating: "[", count: 1000) + String(repeating: "]", count: 1000)
        try Self.expectRefused(Self.framework([("note: \"Een notitie.\"", "note: \(deep)")]), line: 8, "nested more than 64 levels")
    }

    @Test("In rule files too: an additionalSources url of javascript:, a bad retrieved, a criterion note that is a nested list")
    func ruleFiles() throws {
        let brlo = try String(contentsOfFile: Self.root + "/profiles/rules/brlo.yaml", encoding: .utf8)
        #expect(try Self.validate(brlo, name: "brlo.yaml").status == 0)
        let url = "url: \"https://fdocuments.nl/document/velon-2012-beroepsstandaard-voor-lerarenopleiders-.html\""
        let lineOfURL = brlo.components(separatedBy: "\n").firstIndex { $0.contains(url) }! + 1
        var outcome = try Self.validate(brlo.replacingOccurrences(of: url, with: "url: \"javascript:alert(1)\""), name: "brlo.yaml")
        #expect(outcome.status == 65)
        #expect(outcome.issues.contains { $0["line"] as? Int == lineOfURL && ($0["message"] as? String)?.contains("'url' must start with http") == true }, "\(outcome.issues)")
        outcome = try Self.validate(brlo.replacingOccurrences(of: url + "\n    retrieved: 2026-11-23", with: url + "\n    retrieved: 2026-99-99"), name: "brlo.yaml")
        #expect(outcome.issues.contains { $0["line"] as? Int == lineOfURL + 1 && ($0["message"] as? String)?.contains("'retrieved' must be a date") == true }, "\(outcome.issues)")
        let lineOfYears = brlo.components(separatedBy: "\n").firstIndex { $0.contains("consecutiveYears: 2") }! + 1
        outcome = try Self.validate(brlo.replacingOccurrences(of: "consecutiveYears: 2\n", with: "consecutiveYears: 2\n          note: [[a, [b]]]\n"), name: "brlo.yaml")
        #expect(outcome.status == 65)
        #expect(outcome.issues.contains { $0["line"] as? Int == lineOfYears + 1 && ($0["message"] as? String)?.contains("'note' must be text") == true }, "\(outcome.issues)")
    }

    @Test("A file that is not UTF-8, or holds a control character, is refused with its line in the JSON issue")
    func encodingAndControlCharacters() throws {
        var latin = Data(Self.framework().utf8)
        latin.append(contentsOf: Array("# caf".utf8) + [0xE9] + Array("\n".utf8))
        try Self.expectRefused("", line: 11, "the file is not UTF-8 text: the byte 0xE9", bytes: latin)
        try Self.expectRefused(Self.framework([("\"Een notitie.\"", "\"Een\u{01} notitie.\"")]), line: 8, "control characters are not allowed (U+0001)")
    }

    @Test("A folder named x.yaml inside a profiles folder is passed over; the files beside it load")
    func folderNamedYAML() throws {
        let cli = try CLI()
        let own = cli.folder + "/eigen"
        try FileManager.default.createDirectory(atPath: own + "/x.yaml", withIntermediateDirectories: true)
        try Self.framework().write(toFile: own + "/eigen.yaml", atomically: true, encoding: .utf8)
        let result = try cli.run(["profiles", "list", "--format", "json"], useDatabase: false, environment: ["LEERLIJN_PROFILES": own])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("\"eigen\""))
    }

    @Test("A framework of 10,000 items loads (the documented limit is 250,000 values a file); one past the limit is refused with its line")
    func sizeLimits() throws {
        let many = (0..<10_000).map { "  - {id: i\($0), title: {nl: \"Item \($0)\", en: \"Item \($0)\"}}" }.joined(separator: "\n")
        let outcome = try Self.validate(Self.framework(items: many))
        #expect(outcome.status == 0)
        #expect(outcome.seconds < 20)
        let tooMany = (0..<26_000).map { "  - {id: i\($0), title: {nl: \"Item \($0)\", en: \"Item \($0)\"}, note: \"n\"}" }.joined(separator: "\n")
        let refused = try Self.validate(Self.framework(items: tooMany))
        #expect(refused.status == 65)
        #expect(refused.issues.contains { ($0["message"] as? String)?.contains("more than 250000 values") == true && ($0["line"] as? Int ?? 0) > 9 })
    }
}
