import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnReports

/// A portfolio and a dashboard built from values, for the page tests.
enum PageFixture {
    static let day = Day(year: 2026, month: 11, day: 23)!
    static let person = PersonID(UUID(uuidString: "00000000-0000-0000-0000-0000000000a1")!)
    static let mentor = PersonID(UUID(uuidString: "00000000-0000-0000-0000-0000000000b2")!)

    static func portfolio(name: String = "Sanne de Vries", activities count: Int = 3) throws -> Portfolio {
        let line = LineOverview(
            person: name, phases: [PhasePeriod(personId: person, phase: .starter, since: Day(year: 2025, month: 8, day: 1)!)], roles: [],
            employments: [.init(board: "eemvallei", school: "12AB", since: Day(year: 2025, month: 8, day: 1)!, until: nil, fte: FTE(tenThousandths: 8000))],
            memberships: [.init(school: "12AB", schoolName: "OBS De Regenboog", board: "eemvallei", since: Day(year: 2025, month: 8, day: 1)!, until: nil)],
            registrations: [], schoolYears: [.init(schoolYear: SchoolYear(startYear: 2026), activities: count, minutes: 90 * count, domains: [:], withoutDomain: 90 * count)])
        let progress = try JSONDecoder().decode(Progress.self, from: Data("""
            {"person": "\(name)", "phase": "starter", "roles": [], "fte": "0.8", "warnings": [],
             "schoolYears": [{"schoolYear": "2026-2027", "unbudgetedMinutes": 0, "budgets": [
               {"rule": "cao-po-starter", "title": {"nl": "Startersbudget", "en": "Starters' budget"}, "entitledMinutes": 1920,
                "usedMinutes": 90, "remainingMinutes": 1830, "exceededMinutes": 0, "projectedMinutes": 270, "behind": true, "carriesOver": false}]}]}
            """.utf8))
        let time = Date(timeIntervalSince1970: 1_790_000_000)
        var activities: [ActivityEntry] = []
        for index in 0..<count {
            let id = ActivityID()
            let activity = Activity(id: id, personId: person, date: Day(year: 2026, month: 10, day: 3)!.adding(days: index % 50), minutes: 90, kind: "intervisie",
                                    title: "Intervisie \(index) <b>vet</b>", reflection: index == 0 ? "Ik wil \"meer\" denktijd & rust." : nil,
                                    budget: "cao-po-starter", createdAt: time, updatedAt: time)
            let evidence = index == 0 ? [Evidence(activityId: id, kind: .file, location: "verslag lesbezoek.pdf", sha256: String(repeating: "ab", count: 32), byteCount: 1234),
                                         Evidence(activityId: id, kind: .url, location: "https://example.org/certificaat")] : []
            let verification = index == 0 ? Verification(activityId: id, verifiedBy: mentor, at: time, note: "Samen besproken") : nil
            activities.append(ActivityEntry(activity: activity, personName: name, evidence: evidence, verification: verification))
        }
        let signOffs = activities.compactMap { entry in
            entry.verification.map { Portfolio.SignOff(activityId: entry.activity.id, date: entry.activity.date, title: entry.activity.title,
                                                       minutes: entry.activity.minutes, verifiedBy: "Marieke Mulder", at: $0.at, note: $0.note) }
        }
        return Portfolio(person: name, externalIds: ["100234"], from: nil, to: nil, generatedOn: day, line: line, progress: progress, coverage: [],
                         activities: activities, signOffs: signOffs, evidenceFolder: "/data/leerlijn.sqlite-evidence")
    }

    static func dashboard(name: String = "Sanne de Vries") throws -> Dashboard {
        try JSONDecoder().decode(Dashboard.self, from: Data("""
            {"report": {"schoolYear": "2026-2027", "by": "school", "referenceDay": "2026-11-23",
               "groups": [{"key": "12AB", "people": 2, "minutes": 600, "verifiedMinutes": 90, "domains": {"domeinen:primair-proces": 300},
                           "starters": 1, "startersWithinBudget": 0, "startersWithinBudgetShare": 0, "flagged": 1}],
               "people": [{"externalId": "100234", "name": "\(name)", "group": "12AB", "minutes": 90, "verifiedMinutes": 0, "lastActivity": "2026-10-03",
                           "flags": ["behind", "unverified"], "details": ["behind:cao-po-starter", "expires:brlo:2027-03-01"]}]},
             "peoplePerPhase": [{"phase": "starter", "people": 1}, {"people": 1}],
             "minutesPerMonth": [{"year": 2026, "month": 8, "minutes": 0, "verifiedMinutes": 0}, {"year": 2026, "month": 9, "minutes": 510, "verifiedMinutes": 90}],
             "budgetPace": [{"school": "12AB", "people": 1, "entitledMinutes": 1920, "expectedMinutes": 605, "usedMinutes": 90, "projectedMinutes": 270, "behind": 1}],
             "areas": [{"id": "domeinen:primair-proces", "title": {"nl": "Het primaire proces", "en": "The primary process"}},
                       {"id": "domeinen:beleid", "title": {"nl": "Beleid en organisatie", "en": "Policy and organisation"}}],
             "heatMap": [{"group": "12AB", "people": 2, "minutes": [300, 0]}]}
            """.utf8))
    }
}

@Suite("HTML pages and charts")
struct HTMLTests {
    @Test("Escaping turns markup characters into entities, in text and attributes")
    func escaping() {
        #expect(HTML.escape("<script>alert('x') & \"y\"</script>") == "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;")
        #expect(HTML.escape("gewoon") == "gewoon")
        #expect(HTML.escape("a\u{0}b\u{7}c") == "abc")
    }

    @Test("A person named <script> is escaped everywhere in the portfolio and the dashboard: no script element appears")
    func scriptNameEscaped() throws {
        let name = "<script>alert(1)</script> O'Brien"
        for page in [PortfolioPage(try PageFixture.portfolio(name: name), language: .en, pageFolder: "/data").render(),
                     DashboardPage(try PageFixture.dashboard(name: name), language: .nl).render()] {
            #expect(!page.lowercased().contains("<script"))
            #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; O&#39;Brien"))
        }
        let portfolio = PortfolioPage(try PageFixture.portfolio(), language: .en, pageFolder: "/data").render()
        #expect(portfolio.contains("Intervisie 0 &lt;b&gt;vet&lt;/b&gt;"))
        #expect(portfolio.contains("Ik wil &quot;meer&quot; denktijd &amp; rust."))
    }

    @Test("The pages are self-contained: no scripts, no external stylesheets, fonts or images; a CSP forbids fetching")
    func selfContained() throws {
        for page in [PortfolioPage(try PageFixture.portfolio(), language: .nl, pageFolder: "/data").render(), DashboardPage(try PageFixture.dashboard(), language: .en).render()] {
            let lower = page.lowercased()
            for forbidden in ["<script", "<link", "<img", "<iframe", "<object", "src=", "url(", "@import", "srcset"] {
                #expect(!lower.contains(forbidden), "found \(forbidden)")
            }
            #expect(lower.contains("content-security-policy\" content=\"default-src 'none'"))
            #expect(lower.contains("<style>") && lower.contains("@page { size: a4"))
            // The only http(s) addresses are evidence links the person gave, as plain anchors.
            let addresses = try NSRegularExpression(pattern: "https?://[^\"<\\s]*").matches(in: page, range: NSRange(page.startIndex..., in: page))
                .map { String(page[Range($0.range, in: page)!]) }
            #expect(addresses.allSatisfy { $0 == "https://example.org/certificaat" })
        }
    }

    @Test("Evidence files link relative to the page, with the file name and its SHA-256; links open as anchors only")
    func evidence() throws {
        let page = PortfolioPage(try PageFixture.portfolio(), language: .en, pageFolder: "/data/pages").render()
        let digest = String(repeating: "ab", count: 32)
        #expect(page.contains("href=\"../leerlijn.sqlite-evidence/ab/\(digest)\""))
        #expect(page.contains("verslag lesbezoek.pdf"))
        #expect(page.contains("<code class=\"hash\">\(digest)</code>"))
        #expect(page.contains("<a href=\"https://example.org/certificaat\" rel=\"noreferrer\">"))
        #expect(HTML.relativeLink(from: "/a/b", to: "/a/c/d e") == "../c/d%20e")
        #expect(HTML.relativeLink(from: "/a", to: "/a/x") == "x")
    }

    @Test("Every chart is an SVG image with a title and description for screen readers, and has its figures in a table beside it")
    func chartsAccessible() throws {
        let portfolio = PortfolioPage(try PageFixture.portfolio(), language: .en, pageFolder: "/data").render()
        let dashboard = DashboardPage(try PageFixture.dashboard(), language: .en).render()
        for page in [portfolio, dashboard] {
            let charts = page.components(separatedBy: "<svg ").count - 1
            #expect(charts >= 2)
            #expect(page.components(separatedBy: "role=\"img\" aria-labelledby=").count - 1 == charts)
            #expect(page.components(separatedBy: "<div class=\"figure").count - 1 == charts)
            for figure in page.components(separatedBy: "<div class=\"figure").dropFirst() {
                let svg = figure.components(separatedBy: "</svg>")[0]
                #expect(svg.contains("<title id=") && svg.contains("<desc id="))
                #expect(figure.components(separatedBy: "</svg>")[1].hasPrefix("</div><div class=\"numbers\"><table"))
            }
        }
        // The budget figures are in the table, exactly: 1920 minutes entitled = 32 hours, 90 used = 1 hour 30 min.
        #expect(portfolio.contains(">32 hours<") && portfolio.contains(">1 hour 30 min<"))
        #expect(dashboard.contains(">32 hours<") && dashboard.contains("10.1 hours"))
    }

    @Test("Charts use the Okabe-Ito palette and a light-to-dark sequential scale, never red against green")
    func palette() {
        #expect(Palette.categorical.prefix(3) == ["#0072B2", "#E69F00", "#009E73"])
        #expect(!Palette.categorical.contains { ["#ff0000", "#00ff00", "#FF0000", "#00FF00"].contains($0) })
        #expect(Palette.sequential(0).fill == Palette.sequential.first)
        #expect(Palette.sequential(1).fill == Palette.sequential.last)
        #expect(Palette.sequential(1).text == "#ffffff" && Palette.sequential(0).text == "#000000")
        let heat = HeatMap(title: "t", description: "d", rows: ["a"], columns: ["x", "y"], values: [[0, 60]], format: { "\($0)" }).svg(id: "h")
        #expect(heat.contains(Palette.sequential.last!) && heat.contains(Palette.empty))
        #expect(heat.contains(">60<") && heat.contains(">0<"))
    }

    @Test("Bar chart axes step in whole hours for minutes, and bars carry their figure in a tooltip")
    func barChart() {
        let chart = BarChart(title: "Uren", description: "d", categories: ["aug", "sep"], series: [.init(name: "duur", values: [90, 150])],
                             tickUnit: 60, format: { Formatting.hours(Int($0), .nl) }).svg(id: "c")
        #expect(chart.contains("<title>sep, duur: 2,5 uur</title>"))
        #expect(chart.contains(">1 uur<") && chart.contains(">3 uur<"))
        #expect(!chart.contains(",5 uur</text>"))
    }

    @Test("Dates and decimal numbers follow the language: 3 oktober 2026 and 1,5 uur; 3 October 2026 and 1.5 hours")
    func localeFormatting() {
        let day = Day(year: 2026, month: 10, day: 3)!
        #expect(Formatting.longDate(day, .nl) == "3 oktober 2026")
        #expect(Formatting.longDate(day, .en) == "3 October 2026")
        #expect(Formatting.hours(90, .nl) == "1,5 uur")
        #expect(Formatting.hours(90, .en) == "1.5 hours")
        #expect(Formatting.hours(60, .en) == "1 hour")
        #expect(Formatting.hours(2400, .nl) == "40 uur")
        #expect(Formatting.hours(100, .nl) == "1,7 uur")
        #expect(Formatting.decimal(0.8, .nl, decimals: 4) == "0,8")
        #expect(Formatting.decimal(-2.25, .en, decimals: 2) == "-2.25")
    }

    @Test("Dutch pages contain no English UI string from the string tables; English pages contain the English ones")
    func noEnglishInDutch() throws {
        #expect(TranslationCheck.phrases().count > 150)
        let nl = [PortfolioPage(try PageFixture.portfolio(), language: .nl, pageFolder: "/data").render(), DashboardPage(try PageFixture.dashboard(), language: .nl).render()]
        for page in nl {
            let found = TranslationCheck.found(in: TranslationCheck.visibleText(page))
            #expect(found.isEmpty, "English in the Dutch page: \(found)")
            #expect(page.contains("<html lang=\"nl\">"))
        }
        let en = PortfolioPage(try PageFixture.portfolio(), language: .en, pageFolder: "/data").render()
        #expect(TranslationCheck.found(in: TranslationCheck.visibleText(en)).count > 10)
        #expect(nl[0].contains("Bewijsportfolio van Sanne de Vries") && nl[0].contains("3 oktober 2026") && nl[0].contains("1,5 uur"))
    }

    @Test("Every error, usage problem and expectation has Dutch text that differs from the English")
    func errorsInDutch() {
        let expectations: [LeerlijnCore.Expectation] = [
            .nonEmptyName, .atMostCharacters(200), .characters(1, 300), .emailAddress, .externalID, .fte, .moreThanZero, .hoursPerWeek, .minutes(maximum: 1440),
            .activityNotDeleted(restoreFirst: true), .activityNotDeleted(restoreFirst: false), .notYetDeleted, .deletedActivity, .someoneElseSignsOff,
            .verifierRole(on: PageFixture.day), .participant, .someoneElseGuided, .kindID, .evidence, .schoolCode, .organisationCode,
            .dayAfterMembership(PageFixture.day), .studentPhase, .studyYear, .phaseDayTaken(phase: .starter, day: PageFixture.day),
            .phaseAtOrAfter(phase: .starter, since: PageFixture.day), .phaseAtOrBefore(phase: .starter, since: PageFixture.day),
            .dayOnOrAfter(option: "--since", day: PageFixture.day), .noRoleOverlap(role: .mentor, since: PageFixture.day, until: nil), .fteAtMost,
            .schoolOrBoard, .registerRule, .schoolYear,
        ]
        for expectation in expectations {
            #expect(Strings.en.expectation(expectation) != Strings.nl.expectation(expectation), "\(expectation)")
        }
        let usages: [UsageProblem] = [.idleWeeks, .expiringMonths, .sinceNeedsSchool, .eraseNeedsConfirm, .notBoth("--a", "--b"), .demoDatabaseExists(path: "/x"), .htmlOrJSON]
        for usage in usages { #expect(Strings.en.usage(usage) != Strings.nl.usage(usage)) }
        let bad = Strings.nl.describe(ValueError(field: "fte", value: "2x", expected: .fte))
        #expect(bad.text.hasPrefix("Ongeldige ") && bad.text.contains("'2x': verwacht een werktijdfactor als 0,8"))
        #expect(Strings.nl.describe(PageError.noFolder(path: "/x/y.html", folder: "/x")).category == .io)
        #expect(Strings.nl.describe(PageError.noFolder(path: "/x/y.html", folder: "/x")).text.contains("bestaat niet"))
    }

    @Test("A portfolio of 2,000 activities renders in well under a second")
    func largePortfolio() throws {
        let portfolio = try PageFixture.portfolio(activities: 2000)
        let start = Date()
        let page = PortfolioPage(portfolio, language: .nl, pageFolder: "/data").render()
        #expect(Date().timeIntervalSince(start) < 5)
        #expect(page.components(separatedBy: "<article class=\"activity\"").count - 1 == 2000)
    }
}
