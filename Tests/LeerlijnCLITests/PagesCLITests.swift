import Foundation
import Testing
import LeerlijnReports

/// Minutes as the English pages write hours: one decimal at most, "1 hour", "21.3 hours" (computed here
/// independently of the library's formatter).
func englishHours(_ minutes: Int) -> String {
    let tenths = Int((Double(minutes) / 6).rounded())
    let text = tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    return text == "1" ? "1 hour" : "\(text) hours"
}

@Suite("Portfolio and dashboard pages from the command line")
struct PagesCLITests {
    @Test("portfolio --html writes one page with the person's name and budget; a name like <script> is escaped")
    func portfolio() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "<script>alert(1)</script>", "--external-id", "666", "--school", "12AB"])
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1", "--school", "12AB"])
        try cli.ok(["log", "sanne", "90m", "intervisie", "Intervisie <klassenmanagement>", "--date", "3-10-2026", "--cao", "--reflection", "Meer denktijd."])
        try cli.ok(["log", "666", "1h", "cursus", "Cursus", "--date", "3-10-2026"])
        let page = cli.folder + "/sanne.html"
        let out = try cli.ok(["portfolio", "sanne", "--html", page])
        #expect(out.contains("Portfolio written to \(page)"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.contains("Portfolio of Sanne de Vries"))
        #expect(html.contains("Intervisie &lt;klassenmanagement&gt;") && html.contains("Meer denktijd."))
        #expect(html.contains("3 October 2026") && html.contains("1.5 hours"))
        let other = cli.folder + "/script.html"
        try cli.ok(["portfolio", "666", "--html", other, "--lang", "nl"])
        let escaped = try String(contentsOfFile: other, encoding: .utf8)
        #expect(!escaped.lowercased().contains("<script"))
        #expect(escaped.contains("Bewijsportfolio van &lt;script&gt;alert(1)&lt;/script&gt;"))
    }

    @Test("portfolio --format json gives the page's data; --from and --to limit the activities; without --html or json it is a usage error")
    func portfolioJSON() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "90m", "intervisie", "Oud", "--date", "3-10-2025"])
        try cli.ok(["log", "sanne", "60m", "cursus", "Nieuw", "--date", "3-10-2026"])
        let all = try json(try cli.ok(["portfolio", "sanne", "--format", "json"])) as! [String: Any]
        #expect(all["person"] as? String == "Sanne de Vries")
        #expect((all["activities"] as? [[String: Any]])?.count == 2)
        #expect(all["line"] is [String: Any] && all["progress"] is [String: Any] && all["signOffs"] is [Any])
        let period = try json(try cli.ok(["portfolio", "sanne", "--from", "1-8-2026", "--format", "json"])) as! [String: Any]
        #expect((period["activities"] as? [[String: Any]])?.map { $0["title"] as? String } == ["Nieuw"])
        #expect(period["from"] as? String == "2026-08-01")
        let usage = try cli.run(["portfolio", "sanne"])
        #expect(usage.status == 64 && usage.stderr.contains("--html"))
        let dutch = try cli.run(["portfolio", "sanne", "--lang", "nl"])
        #expect(dutch.status == 64 && dutch.stderr.contains("Geef --html BESTAND"))
        let backwards = try cli.run(["portfolio", "sanne", "--from", "1-8-2026", "--to", "1-1-2026", "--format", "json", "--lang", "nl"])
        #expect(backwards.status == 65 && backwards.stderr.contains("een dag op of na --from"))
        let noFolder = try cli.run(["portfolio", "sanne", "--html", cli.folder + "/missing/x.html"])
        #expect(noFolder.status == 74 && noFolder.stderr.contains("there is no folder"))
    }

    @Test("report --html writes the HR dashboard from the same data as the report; --format json prints its figures")
    func dashboard() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1", "--school", "12AB"])
        try cli.ok(["log", "sanne", "90m", "intervisie", "Intervisie", "--date", "3-10-2026", "--cao"])
        let page = cli.folder + "/dashboard.html"
        let out = try cli.ok(["report", "--html", page, "--lang", "nl"])
        #expect(out.contains("HR-overzicht geschreven naar \(page)"))
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("HR-overzicht 2026-2027") && html.contains("Sanne de Vries") && html.contains("1,5 uur"))
        let data = try json(try cli.ok(["report", "--html", page, "--format", "json"])) as! [String: Any]
        let pace = data["budgetPace"] as! [[String: Any]]
        #expect(pace.first?["school"] as? String == "12AB" && pace.first?["usedMinutes"] as? Int == 90)
        #expect((data["minutesPerMonth"] as? [[String: Any]])?.count == 12)
        #expect((data["report"] as? [String: Any])?["people"] is [Any])
    }

    @Test("demo writes the starter's portfolio and the dashboard next to its database and prints their paths")
    func demo() throws {
        let cli = try CLI()
        let out = try cli.ok(["demo"])
        #expect(out.contains("Portfolio written to \(cli.folder)/portfolio.html"))
        #expect(out.contains("HR dashboard written to \(cli.folder)/dashboard.html"))
        for file in ["portfolio.html", "dashboard.html"] {
            #expect(FileManager.default.fileExists(atPath: cli.folder + "/" + file))
        }
        let portfolio = try String(contentsOfFile: cli.folder + "/portfolio.html", encoding: .utf8)
        #expect(portfolio.contains("Portfolio of Sanne de Vries"))
    }

    @Test("With --lang nl the CLI's output and messages contain no English UI strings from the string tables")
    func dutchCLI() throws {
        let cli = try CLI()
        let nl = ["LANG": "nl_NL.UTF-8"]
        var outputs = [try cli.ok(["demo"], environment: nl)]
        outputs.append(try cli.ok(["report"], environment: nl))
        outputs.append(try cli.ok(["progress", "200101"], environment: nl))
        outputs.append(try cli.ok(["coverage", "200101"], environment: nl))
        outputs.append(try cli.ok(["portfolio", "200101", "--html", cli.folder + "/p.html", "--lang", "nl"]))
        outputs.append(try String(contentsOfFile: cli.folder + "/portfolio.html", encoding: .utf8))
        outputs.append(try String(contentsOfFile: cli.folder + "/dashboard.html", encoding: .utf8))
        // Error messages: a bad werktijdfactor, a bad school year, an unknown person, a usage problem.
        for arguments in [["employment", "add", "200101", "--since", "1-8-2026", "--fte", "2x"], ["report", "--year", "2026"], ["progress", "nobody"],
                          ["log", "200101", "1u", "cursus", "x", "--cao", "--budget", "cao-po-starter"], ["phase", "set", "200101", "student", "--since", "1-8-2026"]] {
            let result = try cli.run(arguments, environment: nl)
            #expect(result.status != 0)
            // A usage error is ArgumentParser's "Error: <our message>" followed by its own usage lines, which are English.
            outputs.append(result.stderr.hasPrefix("Error: ") ? String(result.stderr.split(separator: "\n")[0].dropFirst(7)) : result.stderr)
        }
        #expect(outputs.last!.contains("voeg --force toe"))
        for output in outputs {
            let text = output.hasPrefix("<!DOCTYPE") ? TranslationCheck.visibleText(output) : output
            let found = TranslationCheck.found(in: text)
            #expect(found.isEmpty, "English in Dutch output: \(found) in \(text.prefix(300))")
        }
    }
}

@Suite("Pages in headless Chromium", .serialized, .enabled(if: Chromium.available, "chromium is not installed; CI sets LEERLIJN_REQUIRE_CHROMIUM=1"))
struct ChromiumTests {
    /// A demo database with its portfolio and dashboard, and the starter's budget figures from `progress`.
    static func demo(language: String = "en") throws -> (cli: CLI, entitled: Int, used: Int) {
        let cli = try CLI()
        try cli.ok(["demo", "--lang", language])
        let progress = try json(try cli.ok(["progress", "200101", "--year", "2026-2027", "--format", "json"])) as! [String: Any]
        let budgets = ((progress["schoolYears"] as! [[String: Any]]).first!["budgets"] as! [[String: Any]])
        let starter = budgets.first { $0["rule"] as? String == "cao-po-starter" }!
        return (cli, starter["entitledMinutes"] as! Int, starter["usedMinutes"] as! Int)
    }

    /// Loads `page` three times (DOM, PNG, PDF) and checks each; returns the DOM's text.
    func render(_ page: String, mustShow phrases: [String]) throws -> String {
        let dom = try Chromium.run(["--dump-dom"], page: page)
        #expect(!dom.timedOut && dom.status == 0)
        let text = TranslationCheck.visibleText(dom.stdout)
        for phrase in phrases { #expect(text.contains(phrase), "\(phrase) not in the page text") }
        #expect(try Chromium.pageRequests(netLog: dom.netLog) == [])

        let png = page + ".png"
        let shot = try Chromium.run(["--window-size=1280,2000", "--screenshot=\(png)"], page: page)
        #expect(!shot.timedOut && shot.status == 0)
        let image = try Data(contentsOf: URL(fileURLWithPath: png))
        #expect(image.starts(with: [0x89, 0x50, 0x4E, 0x47]) && image.count > 20_000)
        #expect(try Chromium.pageRequests(netLog: shot.netLog) == [])

        let pdf = page + ".pdf"
        let print = try Chromium.run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], page: page)
        #expect(!print.timedOut && print.status == 0)
        let document = try Data(contentsOf: URL(fileURLWithPath: pdf))
        #expect(document.starts(with: Array("%PDF".utf8)) && document.count > 20_000)
        #expect(try Chromium.pageRequests(netLog: print.netLog) == [])
        if let pdfText = Chromium.pdfText(pdf) {
            let flat = pdfText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            for phrase in phrases { #expect(flat.contains(phrase), "\(phrase) not in the PDF text") }
            // More than one page: each section starts on a new one; and the pages are A4.
            #expect(pdfText.components(separatedBy: "\u{0C}").count > 4)
            #expect(Chromium.pdfInfo(pdf)?.contains("(A4)") == true)
        } else {
            #expect(ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_CHROMIUM"] != "1", "pdftotext (poppler-utils) is needed in CI")
        }
        return text
    }

    @Test("The portfolio renders: screenshot and A4 PDF are non-empty, the name and budget figures are in the page text, nothing is fetched")
    func portfolio() throws {
        let (cli, entitled, used) = try Self.demo()
        #expect(entitled > 0 && used > 0)
        try render(cli.folder + "/portfolio.html", mustShow: ["Portfolio of Sanne de Vries", englishHours(entitled), englishHours(used)])
    }

    @Test("The dashboard renders: screenshot and A4 PDF are non-empty, names and budget figures are in the page text, nothing is fetched")
    func dashboard() throws {
        let (cli, _, _) = try Self.demo()
        // The pace of 99AA sums, over its people, the budgets that count (used, or aimed at a phase: the starters'):
        // since default budgets (issue 16 point 6) the unbudgeted activities count toward the professionalisation hours too.
        let data = try json(try cli.ok(["report", "--html", cli.folder + "/d.html", "--format", "json"])) as! [String: Any]
        let people = ((data["report"] as! [String: Any])["people"] as! [[String: Any]]).filter { $0["group"] as? String == "99AA" }
        #expect(people.count == 5)
        var entitled = 0, used = 0
        for person in people.map({ $0["externalId"] as! String }) {
            let progress = try json(try cli.ok(["progress", person, "--year", "2026-2027", "--format", "json"])) as! [String: Any]
            for budget in (progress["schoolYears"] as! [[String: Any]]).first!["budgets"] as! [[String: Any]] {
                let minutes = budget["entitledMinutes"] as! Int, spent = budget["usedMinutes"] as! Int
                guard minutes > 0, spent > 0 || budget["rule"] as? String == "cao-po-starter" else { continue }
                entitled += minutes
                used += spent
            }
        }
        let pace = (data["budgetPace"] as! [[String: Any]]).first { $0["school"] as? String == "99AA" }!
        #expect(pace["entitledMinutes"] as? Int == entitled && pace["usedMinutes"] as? Int == used)
        let flagged = ((data["report"] as! [String: Any])["people"] as! [[String: Any]]).first!["name"] as! String
        try render(cli.folder + "/dashboard.html", mustShow: ["HR dashboard 2026-2027", flagged, englishHours(entitled), englishHours(used)])
    }

    @Test("The Dutch portfolio and dashboard, as Chromium shows them, contain no English UI strings")
    func dutch() throws {
        let (cli, _, _) = try Self.demo(language: "nl")
        for page in ["portfolio.html", "dashboard.html"] {
            let dom = try Chromium.run(["--dump-dom"], page: cli.folder + "/" + page)
            let text = TranslationCheck.visibleText(dom.stdout)
            #expect(text.contains("uur") && text.contains("november 2026"))
            #expect(TranslationCheck.found(in: text) == [])
        }
    }

    @Test("Control: the network check sees a page that fetches an image and a font (so an empty result means something)")
    func control() throws {
        let folder = try CLI().folder
        let page = folder + "/fetches.html"
        try """
            <!DOCTYPE html><html><head><style>@font-face { font-family: x; src: url(https://fonts.example.com/x.woff2) } body { font-family: x }</style></head>
            <body>hallo <img src="http://example.com/pixel.png"></body></html>
            """.write(toFile: page, atomically: true, encoding: .utf8)
        let run = try Chromium.run(["--dump-dom"], page: page)
        let requests = try Chromium.pageRequests(netLog: run.netLog)
        #expect(requests.contains("http://example.com/pixel.png"))
        #expect(requests.contains("https://fonts.example.com/x.woff2"))
    }
}
