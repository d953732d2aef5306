import Foundation
import GRDB
import Testing
import LeerlijnReports

@Suite("The BRLO dossier: what the BRLO asks first, recorded by command, in the JSON and in the assessor's document", .serialized)
struct DossierCLITests {
    /// The demo schoolopleider's recorded reflections (DemoEducator.swift), per area.
    static let reflections = [
        ("Foundation", "Grondslag", "Ik zie mezelf als opleider die leraren helpt hun eigen praktijk te onderzoeken"),
        ("Competent in the pedagogy of teacher education", "Opleidingsdidactisch bekwaam", "In het ontwerpatelier liet ik studenten hun lesontwerp hardop toelichten"),
        ("Competent in guiding adult learners (agogic competence)", "Agogisch bekwaam", "Volwassen studenten willen eigenaar zijn van hun leervragen"),
        ("Organisationally and policy competent", "Organisatorisch en beleidsmatig bekwaam", "Met de pabo en de directie heb ik de stageplaatsen"),
        ("Competent in (professional) development", "Ontwikkelingsbekwaam", "De conferentie en de intervisie met schoolopleiders gebruik ik"),
    ]

    @Test("The demo teacher educator's dossier JSON keeps the brlo-dossier/1 fields and adds role, tasks, context, route with the manager's statement and a reflection per area")
    func demoJSON() throws {
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let dossier = try json(try cli.ok(["dossier", "karin", "--format", "json"])) as! [String: Any]
        #expect(dossier["schema"] as? String == "leerlijn.brlo-dossier/1")
        for key in ["dossierId", "register", "asOf", "person", "roles", "hoursPerYear", "registration", "standard", "activities", "reflections"] {
            #expect(dossier[key] != nil, "\(key) is gone")
        }
        let role = try #require(dossier["educatorRole"] as? [String: Any])
        #expect((role["description"] as? String)?.hasPrefix("Als schoolopleider van OBS De Regenboog") == true && role["justification"] is String)
        #expect(role["confirmedHoursPerYear"] as? Double == 480 && (role["confirmedBy"] as? String)?.hasPrefix("M. Jansen") == true)
        let tasks = try #require(role["tasks"] as? [[String: Any]])
        #expect(tasks.map { $0["kind"] as? String ?? "" } == ["education", "education", "coaching"] && role["coachingOnly"] as? Bool == false)
        let context = try #require(dossier["workContext"] as? [String: Any])
        #expect(context["context"] as? String == "opleidingsschool" && context["sector"] as? String == "po")
        #expect((context["partnership"] as? [String: Any])?["code"] as? String == "eemvallei")
        let route = try #require(dossier["route"] as? [String: Any])
        #expect(route["id"] as? String == "zelfstandig" && route["managerStatementRequired"] as? Bool == true)
        #expect(((route["managerStatement"] as? [String: Any])?["statement"] as? String)?.contains("besproken") == true)
        let areas = try #require(dossier["areaReflections"] as? [[String: Any]])
        #expect(areas.map { $0["item"] as? String ?? "" } == ["grondslag", "opleidingsdidactisch", "agogisch", "organisatorisch-beleidsmatig", "ontwikkelingsbekwaam"]
            .map { "velon-beroepsstandaard-2012:" + $0 })
        #expect(areas.allSatisfy { $0["text"] is String })
        #expect(dossier["missing"] as? [Any] != nil && (dossier["missing"] as! [Any]).isEmpty)
    }

    @Test("The demo teacher educator's dossier as HTML in Chromium shows, in the assessor's order, the role description, work context, the reflections per area and the criteria; it prints to PDF",
          .enabled(if: Chromium.available, "chromium is not installed; CI sets LEERLIJN_REQUIRE_CHROMIUM=1"))
    func demoHTML() throws {
        let cli = try CLI()
        try cli.ok(["demo", "--db", cli.db])
        let page = cli.folder + "/karin.html"
        #expect(try cli.ok(["dossier", "karin", "--html", page]).contains(page))
        let dom = try Chromium.run(["--dump-dom"], page: page)
        #expect(!dom.timedOut && dom.status == 0)
        let text = TranslationCheck.visibleText(dom.stdout)
        let ordered = ["BRLO dossier of Karin Vos", "Registration", "Role as teacher educator",
                       "Als schoolopleider van OBS De Regenboog leid ik pabo-studenten in de school op",
                       "Mijn werk is opleiden en niet alleen begeleiden", "Confirmed by the employer: 480 hours a year",
                       "Work context", "opleidingsschool (schoolopleider)", "OBS De Regenboog (opleidingsschool, fictief)", "Samen Opleiden Eemvallei",
                       "Route and the manager's statement", "Independent route", "Ik heb de aanvraag met Karin besproken",
                       "Reflection per area of the standard"]
            + Self.reflections.flatMap { [$0.0, $0.2] }
            + ["Criteria of the register", "Worked as a teacher educator for 2 consecutive years", "At least 100 hours a year as a teacher educator",
               "Reflection on the foundation and every area of competence", "Activities and evidence"]
        var from = text.startIndex
        for phrase in ordered {
            guard let found = text.range(of: phrase, range: from..<text.endIndex) else {
                Issue.record("'\(phrase)' is not in the page after the phrase before it")
                continue
            }
            from = found.upperBound
        }
        #expect(!text.contains("Not recorded yet"))
        #expect(try Chromium.pageRequests(netLog: dom.netLog) == [])
        let pdf = page + ".pdf"
        let print = try Chromium.run(["--print-to-pdf=\(pdf)", "--no-pdf-header-footer"], page: page)
        #expect(!print.timedOut && print.status == 0)
        if let pdfText = Chromium.pdfText(pdf) {
            let flat = pdfText.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
            for phrase in ["Role as teacher educator", "Work context", "Foundation", Self.reflections[2].2, "Criteria of the register"] {
                #expect(flat.contains(phrase), "\(phrase) not in the PDF")
            }
            #expect(Chromium.pdfInfo(pdf)?.contains("(A4)") == true)
        } else {
            #expect(ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_CHROMIUM"] != "1", "pdftotext (poppler-utils) is needed in CI")
        }

        // In Dutch: the same parts, and no English text of the dossier's tables left.
        let dutch = cli.folder + "/karin-nl.html"
        try cli.ok(["dossier", "karin", "--html", dutch, "--lang", "nl"])
        let nl = TranslationCheck.visibleText(try String(contentsOfFile: dutch, encoding: .utf8))
        for phrase in ["BRLO-dossier van Karin Vos", "Rol als lerarenopleider", "Werkcontext", "Reflectie per bekwaamheidsgebied", "Criteria van het register"]
            + Self.reflections.map(\.1) {
            #expect(nl.contains(phrase), "\(phrase) not in the Dutch page")
        }
        let english = Self.englishPhrases().filter { nl.contains($0) }
        #expect(english == [], "English left in the Dutch dossier: \(english)")
    }

    /// Phrases of the English dossier strings that differ from the Dutch ones (plain strings of at least two words).
    static func englishPhrases() -> [String] {
        let nl = Dictionary(Mirror(reflecting: RegisterStrings.nl).children.compactMap { child in child.label.map { ($0, child.value) } }, uniquingKeysWith: { a, _ in a })
        return Mirror(reflecting: RegisterStrings.en).children.compactMap { child -> String? in
            guard let label = child.label, let en = child.value as? String, let other = nl[label] as? String, en != other, en.contains(" ") else { return nil }
            return en
        }
    }

    @Test("The dossier commands record role, tasks, reflections, route and the registration's number and term; what is missing is listed; bad input writes nothing")
    func recording() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Ellen Bos", "--external-id", "100999", "--school", "12AB"])
        try cli.ok(["role", "add", "ellen", "schoolopleider", "--since", "2023-08-01", "--hours-per-week", "8"])
        var dossier = try json(try cli.ok(["dossier", "ellen", "--format", "json"])) as! [String: Any]
        let parts = (dossier["missing"] as? [[String: Any]] ?? []).map { $0["part"] as? String ?? "" }
        #expect(Array(parts.prefix(6)) == ["role-description", "role-justification", "tasks", "confirmed-hours", "work-context", "route"])
        #expect(parts.filter { $0 == "area-reflection" }.count == 5)

        let before = try RowCounts(cli.db)
        for (arguments, says) in [
            (["dossier", "reflect", "ellen", "--area", "didactiek", "--text", "x"], "not an area of velon-beroepsstandaard-2012"),
            (["dossier", "reflect", "ellen", "--area", "agogisch", "--text", "  "], "empty"),
            (["dossier", "reflect", "ellen", "--area", "agogisch"], "--text or with --file"),
            (["dossier", "reflect", "ellen", "--area", "agogisch", "--text", "a", "--file", "/etc/hostname"], "not both"),
            (["dossier", "route", "ellen", "snelweg"], "Route 'snelweg' is not listed"),
            (["dossier", "role", "ellen", "--sector", "hbo"], "Sector 'hbo'"),
            (["dossier", "role", "ellen"], "Nothing to record"),
            (["dossier", "role", "ellen", "--partnership", "onbekend"], "onbekend"),
            (["dossier", "task", "ellen", "--remove", "7"], "no task 7"),
            (["dossier", "role", "niemand", "--description", "x"], "niemand"),
            (["registration", "record", "ellen", "--register", "brlo", "--since", "2026-01-01", "--until", "2025-01-01"], "2025-01-01"),
        ] {
            let result = try cli.run(arguments)
            #expect(result.status != 0 && result.stderr.contains(says), "\(arguments): \(result.stderr)")
            #expect(try RowCounts(cli.db) == before, "\(arguments) wrote rows")
        }

        try cli.ok(["dossier", "role", "ellen", "--description", "Ik begeleid studenten", "--justification", "Coaching", "--context", "opleidingsschool",
                    "--organisation", "OBS De Regenboog", "--sector", "po", "--confirmed-hours", "300", "--confirmed-by", "De directeur", "--confirmed-on", "2025-09-01"])
        try cli.ok(["dossier", "task", "ellen", "Startende leraren begeleiden", "--kind", "coaching", "--hours-per-year", "120"])
        dossier = try json(try cli.ok(["dossier", "ellen", "--format", "json"])) as! [String: Any]
        #expect((dossier["educatorRole"] as? [String: Any])?["coachingOnly"] as? Bool == true)
        #expect((dossier["missing"] as? [[String: Any]])?.contains { $0["part"] as? String == "education-task" } == true)
        let added = try json(try cli.ok(["dossier", "task", "ellen", "Stages beoordelen", "--kind", "education", "--format", "json"])) as! [String: Any]
        try cli.ok(["dossier", "task", "ellen", "Een vergissing"])
        try cli.ok(["dossier", "task", "ellen", "--remove", String(added["id"] as! Int + 1)])
        try cli.ok(["dossier", "reflect", "ellen", "--area", "velon-beroepsstandaard-2012:agogisch", "--text", "Eerste versie"])
        let file = cli.folder + "/agogisch.txt"
        try "Tweede versie\n\nmet een alinea".write(toFile: file, atomically: true, encoding: .utf8)
        try cli.ok(["dossier", "reflect", "ellen", "--area", "agogisch", "--file", file])
        try cli.ok(["dossier", "route", "ellen", "coaching"])
        try cli.ok(["registration", "record", "ellen", "--register", "brlo", "--since", "2025-06-01", "--number", "BRLO-2025-0042", "--until", "2029-05-31"])
        dossier = try json(try cli.ok(["dossier", "ellen", "--format", "json"])) as! [String: Any]
        let role = try #require(dossier["educatorRole"] as? [String: Any])
        #expect((role["tasks"] as? [[String: Any]])?.map { $0["description"] as? String ?? "" } == ["Startende leraren begeleiden", "Stages beoordelen"])
        #expect(role["coachingOnly"] as? Bool == false && role["confirmedHoursPerYear"] as? Double == 300)
        let agogisch = (dossier["areaReflections"] as? [[String: Any]])?.first { $0["item"] as? String == "velon-beroepsstandaard-2012:agogisch" }
        #expect(agogisch?["text"] as? String == "Tweede versie\n\nmet een alinea")
        let missing = (dossier["missing"] as? [[String: Any]] ?? []).map { $0["part"] as? String ?? "" }
        #expect(missing.contains("manager-statement") && !missing.contains("route") && !missing.contains("education-task"))
        let record = try #require(dossier["registrationRecord"] as? [String: Any])
        #expect(record["number"] as? String == "BRLO-2025-0042" && record["until"] as? String == "2029-05-31" && record["since"] as? String == "2025-06-01")
        // Every change is in the audit trail.
        let audited = try DatabaseQueue(path: cli.db).read { db in
            try String.fetchAll(db, sql: "SELECT entity FROM audit WHERE entity IN ('educator-role', 'educator-task', 'dossier-reflection') ORDER BY id")
        }
        #expect(audited == ["educator-role", "educator-task", "educator-task", "educator-task", "educator-task", "dossier-reflection", "dossier-reflection", "educator-role"])
        // A dossier change queues a new dossier for the register.
        let sink = try DocumentSink(token: "t")
        defer { sink.stop() }
        let environment = ["LEERLIJN_BRLO_ENDPOINT": sink.url, "LEERLIJN_BRLO_TOKEN": "t"]
        #expect((try json(try cli.ok(["export", "--register", "brlo", "--format", "json"], environment: environment)) as! [String: Any])["sent"] as? Int == 1)
        try cli.ok(["dossier", "route", "ellen", "--manager", "De directeur", "--statement", "Besproken", "--statement-on", "2026-10-01"])
        #expect((try json(try cli.ok(["export", "--register", "brlo", "--format", "json"], environment: environment)) as! [String: Any])["sent"] as? Int == 1)
        #expect((try sink.receipts().last?.body["route"] as? [String: Any])?["managerStatement"] != nil)
    }

    @Test("Text in the dossier document is escaped: markup in a role description or a reflection shows as text")
    func escaped() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["role", "add", "sanne", "instituutsopleider", "--since", "2024-08-01", "--hours-per-week", "6"])
        try cli.ok(["dossier", "role", "sanne", "--description", "<script>alert('rol')</script>", "--context", "instituut"])
        try cli.ok(["dossier", "reflect", "sanne", "--area", "grondslag", "--text", "<img src=x onerror=alert(1)> & meer"])
        let page = cli.folder + "/sanne.html"
        try cli.ok(["dossier", "sanne", "--html", page])
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(!html.contains("<script>") && !html.contains("<img"))
        #expect(html.contains("&lt;script&gt;alert(&#39;rol&#39;)&lt;/script&gt;") && html.contains("&lt;img src=x onerror=alert(1)&gt; &amp; meer"))
        #expect(html.contains("institute (instituutsopleider)"))
    }

    @Test("The dossier commands have help in English and Dutch")
    func help() throws {
        let cli = try CLI()
        for command in [["dossier"], ["dossier", "role"], ["dossier", "task"], ["dossier", "reflect"], ["dossier", "route"], ["export", "secret"], ["export", "enable"]] {
            let en = try cli.run(command + ["--help"], useDatabase: false)
            let nl = try cli.run(command + ["--help", "--lang", "nl"], useDatabase: false)
            #expect(en.status == 0 && nl.status == 0 && en.stdout != nl.stdout, "\(command)")
        }
        #expect(try cli.run(["dossier", "role", "--help", "--lang", "nl"], useDatabase: false).stdout.contains("Leg de rol als lerarenopleider vast"))
    }
}
