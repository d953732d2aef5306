import Foundation
import Testing
@testable import LeerlijnCore

@Suite("Robustness of the core: paths, long fields, encodings, messages (issue 21)")
struct CoreRobustnessTests {
    @Test("PathName splits every path a user can type, one character, '.', '..', '/', '', spaces and unicode alike, as NSString meant it")
    func pathNames() {
        let cases: [(path: String, folder: String, last: String)] = [
            ("x", "", "x"), (".", "", "."), ("..", "", ".."), ("/", "/", "/"), ("", "", ""), ("/x", "/", "x"),
            ("a/b", "a", "b"), ("a/b/", "a", "b"), ("a//b", "a", "b"), ("/a/b/c.sqlite", "/a/b", "c.sqlite"), ("//", "/", "/"),
            ("map met spaties/bestand é.html", "map met spaties", "bestand é.html"), ("ü/ß", "ü", "ß"), ("./y", ".", "y"), ("../q", "..", "q"),
        ]
        for item in cases {
            #expect(PathName.folder(of: item.path) == item.folder, "folder of '\(item.path)'")
            #expect(PathName.lastComponent(of: item.path) == item.last, "last component of '\(item.path)'")
        }
        #expect(PathName.containingFolder(of: "x") == ".")
        #expect(PathName.containingFolder(of: "/x") == "/")
    }

    @Test("A field over 64 KiB is not kept: the parser names its line and column (a quoted field by the line it began on), whatever the chunking")
    func fieldLimit() {
        let long = String(repeating: "€", count: CSVParser.fieldLimit / 3 + 10)
        let text = "a;b;c\n1;2;3\n4;\"x\ny\";\(long)\n5;6;7\n"
        for chunk in [1, 7, 4096, 1 << 20] {
            let (records, parser) = parse(Array(text.utf8), chunk: chunk)
            // The record starts on line 3; its quoted second field runs to line 4, where the long third field begins.
            #expect(parser.overlongField == CSVParser.FieldPosition(line: 4, column: 3), "chunk \(chunk)")
            #expect(records.allSatisfy { $0.fields.allSatisfy { $0.unicodeScalars.count <= CSVParser.fieldLimit } })
        }
        let quoted = "a;b\n1;2\n3;\"begin\n" + String(repeating: "z", count: CSVParser.fieldLimit + 1) + "\"\n"
        #expect(parse(Array(quoted.utf8)).parser.overlongField == CSVParser.FieldPosition(line: 3, column: 2))
        // Exactly at the limit is fine.
        let atLimit = "a\n" + String(repeating: "q", count: CSVParser.fieldLimit) + "\n"
        let (records, parser) = parse(Array(atLimit.utf8), chunk: 1000)
        #expect(parser.overlongField == nil)
        #expect(records.last?.fields.first?.utf8.count == CSVParser.fieldLimit)
    }

    @Test("An unclosed quote is reported at the line where its field began, not at the end of the file")
    func unclosedQuoteLine() {
        var parser = CSVParser()
        _ = parser.feed(Array("a;b\n1;2\n3;\"open\nmore\nand more\n".utf8))
        #expect(parser.openQuoteLine == 3)
        var closed = CSVParser()
        _ = closed.feed(Array("a;b\n1;\"x\ny\"\n".utf8))
        #expect(closed.openQuoteLine == nil)
    }

    @Test("UTF-16 and UTF-32, with or without a byte-order mark, are named; UTF-8, Windows-1252 and ASCII are not")
    func encodings() {
        let header = "external_id;name\n"
        #expect(CSVParser.unsupportedEncoding(Array(header.data(using: .utf16LittleEndian)!)) == "UTF-16LE")
        #expect(CSVParser.unsupportedEncoding(Array(header.data(using: .utf16BigEndian)!)) == "UTF-16BE")
        #expect(CSVParser.unsupportedEncoding([0xFF, 0xFE] + Array(header.data(using: .utf16LittleEndian)!)) == "UTF-16LE")
        #expect(CSVParser.unsupportedEncoding([0xFE, 0xFF] + Array(header.data(using: .utf16BigEndian)!)) == "UTF-16BE")
        #expect(CSVParser.unsupportedEncoding([0xFF, 0xFE, 0, 0] + Array(header.data(using: .utf32LittleEndian)!)) == "UTF-32LE")
        #expect(CSVParser.unsupportedEncoding([0, 0, 0xFE, 0xFF] + Array(header.data(using: .utf32BigEndian)!)) == "UTF-32BE")
        #expect(CSVParser.unsupportedEncoding(Array(header.data(using: .utf32LittleEndian)!)) == "UTF-32LE")
        #expect(CSVParser.unsupportedEncoding([0xEF, 0xBB, 0xBF] + Array(header.utf8)) == nil)
        #expect(CSVParser.unsupportedEncoding(Array("Naam;Café\n".data(using: .windowsCP1252)!)) == nil)
        #expect(CSVParser.unsupportedEncoding([UInt8]()) == nil)
        #expect(CSVParser.unsupportedEncoding(Array("a".utf8)) == nil)
    }

    @Test("Values in messages are cut to 80 characters with the full length, and control characters are shown, not printed")
    func cutValues() {
        #expect(MessageText.cut("kort") == "kort")
        let long = String(repeating: "x", count: 1_000_000)
        let cut = MessageText.cut(long)
        #expect(cut == String(repeating: "x", count: 80) + "… (1000000)")
        #expect(MessageText.cut("a\nb\tc\u{1}") == "a\\nb\\tc?")
        let problem = RowProblem(line: 2, column: "title", value: long, problem: .titleLength)
        #expect(problem.value == cut)
    }

    @Test("Suggestions for a 64 KiB input return at once and empty; short typos still get their suggestion")
    func suggestionsStayFast() {
        let candidates = (0..<500).map { "item-nummer-\($0)" }
        let started = Date()
        #expect(Suggestions.closest(to: String(repeating: "a", count: 65_536), among: candidates).isEmpty)
        #expect(Suggestions.closest(to: String(repeating: "€", count: 20_000), among: candidates).isEmpty)
        #expect(Date().timeIntervalSince(started) < 1)
        #expect(Suggestions.closest(to: "item-nummer-1x", among: ["item-nummer-1", "iets anders"]) == ["item-nummer-1"])
    }

    @Test("One sign-off rule: someone else, holding a mentor, schoolopleider or coach role on the day")
    func signOffRule() {
        let owner = PersonID(), signer = PersonID()
        let day = Day(year: 2026, month: 10, day: 6)!
        #expect(Verification.refusal(signer: owner, owner: owner, signerRoles: [.mentor], on: day) == .ownActivity)
        #expect(Verification.refusal(signer: signer, owner: owner, signerRoles: [], on: day) == .noVerifierRole(on: day))
        #expect(Verification.refusal(signer: signer, owner: owner, signerRoles: [.instituutsopleider], on: day) == .noVerifierRole(on: day))
        for role in [Role.mentor, .schoolopleider, .coach] {
            #expect(Verification.refusal(signer: signer, owner: owner, signerRoles: [role], on: day) == nil)
        }
    }
}
