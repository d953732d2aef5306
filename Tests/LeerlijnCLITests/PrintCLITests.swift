import Foundation
import LeerlijnCore
import LeerlijnReports
import Testing

@Suite("A4 print never cuts a column: Chromium's PDF of the pages holds every header and every cell of the widest tables",
       .serialized, .enabled(if: Chromium.available && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext"),
                             "chromium and pdftotext are needed; CI installs both"))
struct PrintCLITests {
    /// The text of `page` printed to an A4 PDF by Chromium, every whitespace removed (a cell wraps over lines).
    static func printedText(_ page: String) throws -> String {
        let pdf = page + ".pdf"
        let run = try Chromium.run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], page: page)
        #expect(!run.timedOut && run.status == 0)
        #expect(Chromium.pdfInfo(pdf)?.contains("(A4)") == true)
        let text = try #require(Chromium.pdfText(pdf))
        return Self.squeezed(text)
    }

    /// The words of a PDF with their right edges, and each page's width, through `pdftotext -bbox`.
    static func words(_ pdf: String) throws -> (words: [(text: String, right: Double)], width: Double) {
        let out = pdf + ".bbox.html"
        #expect(RalphLRS.run(["/usr/bin/pdftotext", "-bbox", pdf, out]) == 0)
        let html = try String(contentsOfFile: out, encoding: .utf8)
        let width = html.firstMatch(of: /<page width="([0-9.]+)"/).flatMap { Double($0.1) } ?? 0
        let words = html.matches(of: /<word xMin="[0-9.]+" yMin="[0-9.]+" xMax="([0-9.]+)" yMax="[0-9.]+">([^<]*)<\/word>/).map {
            (text: String($0.2).replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&apos;", with: "'"), right: Double($0.1) ?? 0)
        }
        return (words, width)
    }

    /// `text` without whitespace, soft hyphens and quote marks (pdftotext may give a straight quote for a curly one).
    static func squeezed(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && !"\u{AD}'‘’\"".unicodeScalars.contains($0) }.map(Character.init))
    }

    @Test("A portfolio with an overspent budget prints every column of the budget table, the excess included")
    func overspentPortfolio() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB"])
        // 0.8 × 40 h = 32 h; 40 h used: 8 h over.
        for day in ["1-9-2026", "1-10-2026", "1-11-2026", "20-11-2026"] {
            try cli.ok(["log", "sanne", "10u", "cursus", "Leergang klassenmanagement en differentiëren", "--budget", "cao-po-starter", "--date", day])
        }
        try cli.ok(["portfolio", "sanne", "--html", cli.folder + "/p.html", "--lang", "nl"])
        let text = try Self.printedText(cli.folder + "/p.html")
        let strings = Strings.nl
        for header in [strings.title, strings.entitled, strings.used, strings.remaining, strings.projected] {
            #expect(text.contains(Self.squeezed(header)), "\(header) not in the printed portfolio")
        }
        #expect(text.contains(Self.squeezed("0 min (+8 uur \(strings.exceeded))")))
        #expect(text.contains(Self.squeezed("CAO PO: bijzonder budget startende leraren (40 uur per jaar)")))
    }

    @Test("A dashboard of 400 people prints every header and, for every flagged person, the name and the reasons")
    func largeDashboard() throws {
        let cli = try CLI()
        let data = cli.folder + "/data"
        try BenchCLITests.generate(["--people", "400", "--activities", "4000", "--seed", "5", "--out", data])
        try cli.ok(["init"])
        try cli.ok(["import", "people", data + "/people.csv"])
        try BenchCLITests.addSignerRoles(cli, data: data)
        try cli.ok(["import", "activities", data + "/activities.csv"])
        let json = try json(try cli.ok(["report", "--html", cli.folder + "/d.html", "--format", "json", "--lang", "nl"])) as! [String: Any]
        let people = ((json["report"] as! [String: Any])["people"] as! [[String: Any]]).filter { !($0["flags"] as! [String]).isEmpty }
        #expect(people.count > 100)
        let text = try Self.printedText(cli.folder + "/d.html")
        for header in [Strings.nl.name, Strings.nl.externalIds, Strings.nl.lastActivity, Strings.nl.flags, PageStrings.nl.details] {
            #expect(text.contains(Self.squeezed(header)), "\(header) not in the printed dashboard")
        }
        var missing: [String] = []
        for person in people {
            let name = person["name"] as! String, id = person["externalId"] as! String
            if !text.contains(Self.squeezed(name)) || !text.contains(Self.squeezed(id)) { missing.append(name) }
        }
        #expect(missing.isEmpty, "not printed: \(missing.prefix(10))")
        // Nothing runs past the right edge of the paper (A4: 595 points; 14 mm margins).
        let (words, width) = try Self.words(cli.folder + "/d.html.pdf")
        #expect(width > 590 && width < 600)
        let rightmost = words.map(\.right).max() ?? 0
        #expect(rightmost > 400 && rightmost <= width - 30, "a word ends at \(rightmost) of \(width)")
        // The last column: every word of every reason is on paper (a cell wraps, and text in columns interleaves).
        let printed = Set(words.map { Self.squeezed($0.text) })
        let reasons = Set(people.flatMap { person in
            ReportStrings.nl.describe(try! JSONDecoder().decode([FlagReason].self, from: JSONSerialization.data(withJSONObject: person["reasons"]!)), language: .nl)
        })
        #expect(!reasons.isEmpty)
        let reasonWords = Set(reasons.flatMap { $0.split(whereSeparator: \.isWhitespace).map { Self.squeezed(String($0)) } })
        // A word broken at a hyphen or slash prints as its parts: each part must be there.
        let lost = reasonWords.filter { word in !printed.contains(word) && !word.split(whereSeparator: { $0 == "-" }).allSatisfy { part in printed.contains { $0.contains(part) } } }
        #expect(lost.isEmpty, "reason words not printed: \(lost.sorted().prefix(20))")
    }
}

