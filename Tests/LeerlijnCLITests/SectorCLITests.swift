import Foundation
import Testing

/// Issue 16 on the command line: sectors, functions, salary steps, the roster's new columns, doctor.
@Suite("Sectors, functions and salary steps on the command line")
struct SectorCLITests {
    @Test("org add-school --sector, employment add --function, salary-step add, line and person show; progress shows the day the budget ends and why")
    func commands() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["org", "add-school", "Het Lyceum", "--code", "34CD", "--board", "eemvallei", "--sector", "vo"])
        let orgs = try json(try cli.ok(["org", "list", "--format", "json"])) as! [String: Any]
        let schools = orgs["schools"] as! [[String: Any]]
        #expect(schools.first { $0["brin"] as? String == "34CD" }?["sector"] as? String == "vo")
        // 12AB was added without a sector: po, assumed, and doctor says so.
        #expect(schools.first { $0["brin"] as? String == "12AB" }?["sectorAssumed"] as? Bool == true)
        let doctor = try json(try cli.ok(["doctor", "--format", "json"])) as! [String: Any]
        #expect(doctor["assumedSectorSchools"] as? [String] == ["12AB"])
        let orgTable = try cli.ok(["org", "list", "--lang", "nl"])
        #expect(orgTable.contains("po (aangenomen)") && orgTable.contains("vo"))
        try cli.ok(["org", "set-sector", "12AB", "--sector", "po"])
        #expect(!(try cli.ok(["org", "list", "--lang", "nl"])).contains("aangenomen"))
        let after = try json(try cli.ok(["doctor", "--format", "json"])) as! [String: Any]
        #expect(after["assumedSectorSchools"] as? [String] == [])

        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2025"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2025", "--fte", "1", "--school", "12AB", "--function", "leraar"])
        try cli.ok(["salary-step", "add", "sanne", "LB-4", "--since", "1-2-2027"])
        #expect(try cli.run(["salary-step", "add", "sanne", "vier", "--since", "1-3-2027"]).status != 0)
        let line = try cli.ok(["line", "sanne", "--lang", "en"])
        #expect(line.contains("LB-4") && line.contains("(po, leraar)"))
        #expect(try cli.ok(["person", "show", "sanne", "--lang", "en"]).contains("LB-4"))
        let progress = try json(try cli.ok(["progress", "sanne", "--year", "2026-2027", "--format", "json"], environment: ["LEERLIJN_TODAY": "2027-03-01"])) as! [String: Any]
        let budgets = (progress["schoolYears"] as! [[String: Any]])[0]["budgets"] as! [[String: Any]]
        let starter = try #require(budgets.first { $0["rule"] as? String == "cao-po-starter" })
        // 1 Aug 2026 - 31 Jan 2027 = 184 days: 2400 × 184 / 365 = 1209.86 -> 1210.
        #expect(starter["entitledMinutes"] as? Int == 1210)
        #expect(starter["endsOn"] as? String == "2027-02-01")
        #expect(starter["endReason"] as? String == "salary-step")
        #expect(starter["state"] as? String == "lapsed")
        #expect((progress["warnings"] as? [String])?.contains("budget-ended-without-basisbekwaam") == true)
        let table = try cli.ok(["progress", "sanne", "--year", "2026-2027", "--lang", "en"], environment: ["LEERLIJN_TODAY": "2027-03-01"])
        #expect(table.contains("cao-po-starter: the right ends after 2027-01-31 (fourth periodiek reached)"))
        #expect(table.contains("basisbekwaam judgement"))
    }

    @Test("The roster import reads sector, function and salary step columns; a new school takes its board's default sector")
    func rosterColumns() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        try cli.ok(["org", "add-board", "VO Stichting", "--code", "vostichting", "--sector", "vo"])
        let file = cli.folder + "/people.csv"
        try """
            external_id,name,board,school,sector,phase,phase_since,fte,employment_since,function,salary_step,salary_step_since
            501,Olga Oop,Stichting Po,11AA,po,,,1,2026-08-01,oop,,
            502,Vera Vo,vostichting,22BB,,starter,2026-08-01,0.8,2026-08-01,leraar,LB-2,2026-08-01
            """.write(toFile: file, atomically: true, encoding: .utf8)
        try cli.ok(["import", "people", file])
        let orgs = try json(try cli.ok(["org", "list", "--format", "json"])) as! [String: Any]
        let schools = orgs["schools"] as! [[String: Any]]
        #expect(schools.first { $0["brin"] as? String == "11AA" }?["sector"] as? String == "po")
        #expect(schools.first { $0["brin"] as? String == "22BB" }?["sector"] as? String == "vo")
        #expect(schools.allSatisfy { $0["sectorAssumed"] as? Bool == false })
        let line = try json(try cli.ok(["line", "501", "--format", "json"])) as! [String: Any]
        #expect((line["employments"] as! [[String: Any]]).first?["function"] as? String == "oop")
        let vera = try json(try cli.ok(["line", "502", "--format", "json"])) as! [String: Any]
        #expect((vera["salarySteps"] as! [[String: Any]]).first?["step"] as? Int == 2)
        // A VO starter: no CAO PO starter budget.
        let progress = try json(try cli.ok(["progress", "502", "--year", "2026-2027", "--format", "json"])) as! [String: Any]
        let budgets = (progress["schoolYears"] as! [[String: Any]])[0]["budgets"] as! [[String: Any]]
        #expect(!budgets.contains { ($0["rule"] as? String)?.hasPrefix("cao-po") == true })
        // board_sector sets a board's default: a new school of that board without a sector takes it.
        try "external_id,name,board,board_sector,school\n504,Mbo Docent,ROC Stichting,mbo,55EE\n".write(toFile: file, atomically: true, encoding: .utf8)
        try cli.ok(["import", "people", file])
        let after = (try json(try cli.ok(["org", "list", "--format", "json"])) as! [String: Any])["schools"] as! [[String: Any]]
        #expect(after.first { $0["brin"] as? String == "55EE" }?["sector"] as? String == "mbo")
        #expect(after.first { $0["brin"] as? String == "55EE" }?["sectorAssumed"] as? Bool == false)
        // A bad sector is refused with its line and column.
        try "external_id,name,board,school,sector\n503,X,vostichting,33CC,hbo\n".write(toFile: file, atomically: true, encoding: .utf8)
        let bad = try cli.run(["import", "people", file])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("sector"))
    }

    @Test("log and import warn on a date in the future but store the activity, and the JSON says so")
    func futureDates() throws {
        let cli = try CLI.withSanne()
        // Today is 2026-11-23 in the tests.
        let logged = try cli.run(["log", "sanne", "1u", "cursus", "Rekenen", "--date", "2026-12-01", "--format", "json", "--lang", "en"])
        #expect(logged.status == 0)
        #expect(logged.stderr.contains("2026-12-01 is in the future"))
        let entry = try json(logged.stdout) as! [String: Any]
        #expect(entry["warnings"] as? [String] == ["future-date"])
        let today = try json(try cli.ok(["log", "sanne", "1u", "cursus", "Taal", "--format", "json"])) as! [String: Any]
        #expect(today["warnings"] == nil)
        let file = cli.folder + "/activities.csv"
        try "external_id,date,duration_minutes,kind,title\n100234,2026-11-01,60,cursus,Oud\n100234,2027-01-15,60,cursus,Nieuw\n"
            .write(toFile: file, atomically: true, encoding: .utf8)
        let imported = try cli.run(["import", "activities", file, "--format", "json", "--lang", "en"])
        #expect(imported.status == 0)
        let report = try json(imported.stdout) as! [String: Any]
        #expect(report["futureDates"] as? [Int] == [3])
        #expect(report["futureDateCount"] as? Int == 1)
        #expect(report["imported"] as? Int == 2)
        #expect(imported.stderr.contains("lines 3"))
    }

    @Test("registration for a po teacher under the lerarenregister lists no VO-only criterion; for a vo teacher it does")
    func registrationBySector() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["org", "add-school", "Het Lyceum", "--code", "34CD", "--board", "eemvallei", "--sector", "vo"])
        try cli.ok(["person", "add", "Vera Vo", "--external-id", "200", "--school", "34CD"])
        for (person, school) in [("sanne", "12AB"), ("vera", "34CD")] {
            try cli.ok(["employment", "add", person, "--since", "1-8-2013", "--fte", "1", "--school", school])
            try cli.ok(["registration", "record", person, "--register", "lerarenregister-2017", "--since", "1-9-2014"])
        }
        let environment = ["LEERLIJN_TODAY": "2016-06-01"]
        let po = try json(try cli.ok(["registration", "sanne", "--register", "lerarenregister-2017", "--format", "json"], environment: environment)) as! [String: Any]
        let vo = try json(try cli.ok(["registration", "vera", "--register", "lerarenregister-2017", "--format", "json"], environment: environment)) as! [String: Any]
        let ids = { (status: [String: Any]) in (status["reregistration"] as! [[String: Any]]).compactMap { $0["id"] as? String } }
        #expect(ids(po) == ["total", "primary-process", "work"])
        #expect(ids(vo) == ["total", "primary-process", "vo-subject-matter", "work"])
        #expect(!(try cli.ok(["registration", "sanne", "--register", "lerarenregister-2017", "--lang", "en"], environment: environment)).contains("For vo"))
    }
}
