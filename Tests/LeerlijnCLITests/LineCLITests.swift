import Foundation
import GRDB
import Testing

@Suite("The line on the command line: phases, employment, budgets, progress, registration")
struct LineCLITests {
    @Test("progress --format json follows the contract: schoolYears with schoolYear and budgets of rule and minutes")
    func progressContract() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB"])
        try cli.ok(["log", "sanne", "2u", "cursus", "Klassenmanagement", "--cao", "--date", "1-10-2026"])
        try cli.ok(["log", "sanne", "1u", "intervisie", "Intervisie", "--budget", "cao-po-starter", "--date", "1-11-2026"])
        let progress = try json(try cli.ok(["progress", "sanne", "--year", "2026-2027", "--format", "json"])) as! [String: Any]
        let years = progress["schoolYears"] as! [[String: Any]]
        #expect(years.count == 1)
        #expect(years[0]["schoolYear"] as? String == "2026-2027")
        let budgets = years[0]["budgets"] as! [[String: Any]]
        let starter = try #require(budgets.first { $0["rule"] as? String == "cao-po-starter" })
        // 0.8 × 40 h = 32 h = 1920 minutes for the whole year; 180 used.
        #expect(starter["entitledMinutes"] as? Int == 1920)
        #expect(starter["usedMinutes"] as? Int == 180)
        #expect(starter["remainingMinutes"] as? Int == 1740)
        // On 23 November, 115 of 365 days have passed (31+30+31+23): 180 × 365 / 115 = 571.3 -> 571.
        #expect(starter["projectedMinutes"] as? Int == 571)
        #expect(progress["phase"] as? String == "starter")
        let table = try cli.ok(["progress", "sanne", "--lang", "nl"])
        #expect(table.contains("ACHTER") && table.contains("32u"))
    }

    @Test("registration on a schoolopleider with one year in the role names the criterion not met and when it will be")
    func brloReadiness() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Karin Vos", "--external-id", "300", "--school", "12AB"])
        try cli.ok(["role", "add", "karin", "schoolopleider", "--since", "23-11-2025", "--hours-per-week", "12"])
        let text = try cli.ok(["registration", "karin", "--register", "brlo"], environment: ["COLUMNS": "200"])   // wide enough for one line each
        #expect(text.contains("Worked as a teacher educator for 2 consecutive years"))
        #expect(text.contains("NOT MET; met on 2027-11-23"))
        let status = try json(try cli.ok(["registration", "karin", "--register", "brlo", "--format", "json"])) as! [String: Any]
        let criteria = status["criteria"] as! [[String: Any]]
        let duration = try #require(criteria.first { $0["id"] as? String == "role-duration" })
        #expect(duration["met"] as? Bool == false)
        #expect(duration["metOn"] as? String == "2027-11-23")
        #expect(status["ready"] as? Bool == false)
        try cli.ok(["registration", "record", "karin", "--register", "brlo", "--since", "1-9-2026"])
        let registered = try json(try cli.ok(["registration", "karin", "--register", "brlo", "--format", "json"])) as! [String: Any]
        #expect(registered["state"] as? String == "registered")
        #expect(registered["expires"] as? String == "2030-08-31")
    }

    @Test("Bad input exits 65 and writes nothing: FTE 0 or above 1.5, overlapping phases, until before since, an unknown rule")
    func badInput() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        let before = try counts(cli.db)
        for arguments in [
            ["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0"],
            ["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1,6"],
            ["employment", "add", "sanne", "--since", "1-8-2026", "--until", "1-7-2026", "--fte", "1"],
            ["phase", "set", "sanne", "basisbekwaam", "--since", "1-8-2026"],
            ["role", "add", "sanne", "mentor", "--since", "1-8-2026", "--until", "31-7-2026"],
        ] {
            let result = try cli.run(arguments)
            #expect(result.status == 65, "\(arguments)")
            #expect(!result.stderr.isEmpty)
        }
        let rule = try cli.run(["log", "sanne", "1u", "cursus", "x", "--budget", "cao-starter"])
        #expect(rule.status == 66)
        #expect(rule.stderr.contains("cao-po-starter"))
        #expect(try cli.run(["registration", "sanne", "--register", "brl"]).status == 66)
        #expect(try counts(cli.db) == before)
        // --force allows an FTE above 1.5.
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1,6", "--force", "--school", "12AB"])
        // Without a school or board, and no school on that day, the message says what to add.
        let noBoard = try cli.run(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1"])
        #expect(noBoard.stderr.contains("--school CODE or --board CODE"))
    }

    @Test("line shows phases, employments and minutes per school year per domain")
    func line() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "student", "--since", "1-9-2023", "--route", "zij-instroom", "--institute", "Hogeschool"])
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1", "--school", "12AB"])
        try cli.ok(["log", "sanne", "1u", "intervisie", "x", "--domain", "primair-proces", "--date", "1-10-2026"])
        try cli.ok(["log", "sanne", "30m", "zelfstudie", "y", "--date", "1-3-2026"])
        let line = try json(try cli.ok(["line", "sanne", "--format", "json"])) as! [String: Any]
        #expect((line["phases"] as! [[String: Any]]).map { $0["phase"] as? String } == ["student", "starter"])
        #expect((line["employments"] as! [[String: Any]]).first?["fte"] as? String == "1")
        let years = line["schoolYears"] as! [[String: Any]]
        #expect(years.map { $0["schoolYear"] as? String } == ["2025-2026", "2026-2027"])
        #expect((years[1]["domains"] as? [String: Int])?["domeinen-beroepsbeeld:primair-proces"] == 60)
        #expect(years[0]["withoutDomain"] as? Int == 30)
    }

    private func counts(_ path: String) throws -> [Int] {
        try DatabaseQueue(path: path).read { db in
            try ["phase_period", "role_period", "employment", "registration", "activity", "audit"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
    }
}
