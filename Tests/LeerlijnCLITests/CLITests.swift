import Foundation
import GRDB
import Testing
import LeerlijnStore

@Suite("The leerlijn command, end to end")
struct CLITests {
    @Test("init, person add and log, then activities list --format json shows the activity with its minutes; the file is in WAL mode")
    func walkingSkeleton() throws {
        let cli = try CLI.withSanne()
        let logged = try cli.ok(["log", "sanne", "90m", "intervisie", "Intervisie klassenmanagement"])
        #expect(logged.contains("Sanne de Vries"))
        let list = try json(try cli.ok(["activities", "list", "--format", "json"])) as! [[String: Any]]
        #expect(list.count == 1)
        #expect(list[0]["minutes"] as? Int == 90)
        #expect(list[0]["kind"] as? String == "intervisie")
        #expect(list[0]["title"] as? String == "Intervisie klassenmanagement")
        #expect(list[0]["date"] as? String == "2026-11-23")
        let mode = try DatabaseQueue(path: cli.db).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") }
        #expect(mode == "wal")
    }

    @Test("Logging for an unknown person exits 66, names the person, and changes no row")
    func unknownPerson() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1h", "cursus", "Cursus"])
        let before = try counts(cli.db)
        let result = try cli.run(["log", "nobody", "1h", "cursus", "x"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("nobody"))
        #expect(try counts(cli.db) == before)
        let typo = try cli.run(["log", "sane", "1h", "cursus", "x"])
        #expect(typo.status == 66)
        #expect(typo.stderr.contains("Did you mean: Sanne de Vries?"))
    }

    @Test("A bad duration or date exits 65 and lists the accepted forms; nothing is written")
    func badDurationAndDate() throws {
        let cli = try CLI.withSanne()
        let before = try counts(cli.db)
        let duration = try cli.run(["log", "sanne", "anderhalf", "cursus", "x"])
        #expect(duration.status == 65)
        #expect(duration.stderr.contains("90m") && duration.stderr.contains("1,5u"))
        let date = try cli.run(["log", "sanne", "1h", "cursus", "x", "--date", "31-2-2026"])
        #expect(date.status == 65)
        #expect(date.stderr.contains("3-10-2026") && date.stderr.contains("gisteren"))
        let kind = try cli.run(["log", "sanne", "1h", "cursis", "x"])
        #expect(kind.status == 65)
        #expect(kind.stderr.contains("cursus"))
        #expect(try counts(cli.db) == before)
    }

    @Test("Dutch durations and dates are accepted on the command line")
    func dutchForms() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "100234", "1,5u", "lesbezoek", "Lesbezoek rekenen", "--date", "gisteren"])
        try cli.ok(["log", "s.devries@regenboog.nl", "2u", "cursus", "Cursus", "--date", "3-10-2026"])
        let list = try json(try cli.ok(["activities", "list", "sanne", "--format", "json"])) as! [[String: Any]]
        #expect(list.map { $0["minutes"] as? Int } == [120, 90])
        #expect(list.map { $0["date"] as? String } == ["2026-10-03", "2026-11-22"])
    }

    @Test("A command on a missing database exits 66 and says how to create one")
    func missingDatabase() throws {
        let cli = try CLI()
        let result = try cli.run(["activities", "list"])
        #expect(result.status == 66)
        #expect(result.stderr.contains("leerlijn init"))
        #expect(!FileManager.default.fileExists(atPath: cli.db))
    }

    @Test("Without --db the database is $LEERLIJN_DB, else under $XDG_DATA_HOME")
    func databaseLocation() throws {
        let cli = try CLI()
        let viaEnv = cli.folder + "/env.sqlite"
        #expect(try cli.run(["init"], useDatabase: false, environment: ["LEERLIJN_DB": viaEnv]).status == 0)
        #expect(FileManager.default.fileExists(atPath: viaEnv))
        #expect(try cli.run(["init"], useDatabase: false, environment: ["XDG_DATA_HOME": cli.folder + "/xdg"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.folder + "/xdg/leerlijn/leerlijn.sqlite"))
    }

    @Test("Edit, delete and restore are in the history; deleted activities are listed with --deleted")
    func editDeleteHistory() throws {
        let cli = try CLI.withSanne()
        let logged = try json(try cli.ok(["log", "sanne", "1h", "cursus", "Cursus", "--format", "json"])) as! [String: Any]
        let id = String((logged["id"] as! String).prefix(8))
        let edited = try json(try cli.ok(["activities", "edit", id, "--duration", "1h30", "--reflection", "Goed", "--format", "json"])) as! [String: Any]
        #expect(edited["minutes"] as? Int == 90)
        #expect(edited["reflection"] as? String == "Goed")
        try cli.ok(["activities", "delete", id])
        #expect((try json(try cli.ok(["activities", "list", "--format", "json"])) as! [Any]).isEmpty)
        let deleted = try json(try cli.ok(["activities", "list", "--deleted", "--format", "json"])) as! [[String: Any]]
        #expect(deleted.count == 1 && deleted[0]["deletedAt"] != nil)
        let history = try json(try cli.ok(["activities", "history", id, "--format", "json"])) as! [[String: Any]]
        #expect(history.map { $0["action"] as? String } == ["create", "update", "delete"])
        #expect(history.allSatisfy { $0["actor"] as? String == "tester" })
        try cli.ok(["activities", "restore", id])
        #expect((try json(try cli.ok(["activities", "list", "--format", "json"])) as! [Any]).count == 1)
    }

    @Test("Evidence files are kept with their SHA-256 and shown by activities show")
    func evidence() throws {
        let cli = try CLI.withSanne()
        let file = cli.folder + "/certificaat.pdf"
        try Data("abc".utf8).write(to: URL(fileURLWithPath: file))
        let logged = try json(try cli.ok(["log", "sanne", "3h", "cursus", "Cursus", "--evidence", file, "--evidence", "https://example.org/c", "--format", "json"])) as! [String: Any]
        let evidence = logged["evidence"] as! [[String: Any]]
        #expect(evidence.first?["sha256"] as? String == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(evidence.last?["location"] as? String == "https://example.org/c")
        let shown = try cli.ok(["activities", "show", String((logged["id"] as! String).prefix(6))])
        #expect(shown.contains("certificaat.pdf sha256:ba7816bf"))
        #expect(FileManager.default.fileExists(atPath: cli.db + "-evidence/ba/ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"))
    }

    @Test("person list, person show and org list print table, JSON and CSV")
    func peopleAndOrganisations() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "45m", "intervisie", "Intervisie"])
        let people = try json(try cli.ok(["person", "list", "--format", "json"])) as! [[String: Any]]
        #expect(people.first?["school"] as? String == "12AB")
        #expect(people.first?["externalIds"] as? [String] == ["100234"])
        let show = try json(try cli.ok(["person", "show", "sanne", "--format", "json"])) as! [String: Any]
        let years = show["schoolYears"] as! [[String: Any]]
        #expect(years.first?["schoolYear"] as? String == "2026-2027")
        #expect(years.first?["minutes"] as? Int == 45)
        let csv = try cli.ok(["person", "list", "--format", "csv"])
        #expect(csv.hasPrefix("name,external ids,email,school,board,id\r\n"))
        let table = try cli.ok(["org", "list"])
        #expect(table.contains("12AB") && table.contains("eemvallei"))
    }

    @Test("--lang nl and LANG=nl_NL print Dutch")
    func dutchOutput() throws {
        let cli = try CLI.withSanne()
        let logged = try cli.ok(["log", "sanne", "90m", "intervisie", "Intervisie", "--lang", "nl"])
        #expect(logged.contains("vastgelegd voor Sanne de Vries"))
        let error = try cli.run(["log", "niemand", "1u", "cursus", "x"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(error.stderr.hasPrefix("fout: Geen persoon gevonden voor 'niemand'"))
        let list = try cli.ok(["activities", "list"], environment: ["LANG": "nl_NL.UTF-8"])
        #expect(list.hasPrefix("id    datum"))   // the short id: 4 digits of the random tail
    }

    @Test("demo builds a throwaway partnership and prints what a starter, HR and a schoolopleider see")
    func demo() throws {
        let cli = try CLI()
        let demoDB = cli.folder + "/demo.sqlite"
        let result = try cli.run(["demo", "--db", demoDB], useDatabase: false)
        #expect(result.status == 0)
        #expect(result.stdout.contains("Sanne de Vries") && result.stdout.contains("99AA") && result.stdout.contains("Karin Vos"))
        // HR's report lists the person without any activity as idle, near the top.
        #expect(result.stdout.contains("Joost van Leeuwen") && result.stdout.contains("idle"))
        let output = try json(try cli.run(["demo", "--format", "json", "--db", cli.folder + "/demo2.sqlite"], useDatabase: false).stdout) as! [String: Any]
        let overview = output["overview"] as! [String: Any]
        #expect(!(overview["starterActivities"] as! [Any]).isEmpty)
        // The demo never writes into an existing database.
        #expect(try cli.run(["demo", "--db", demoDB], useDatabase: false).status == 64)
    }

    @Test("--help lists every command with examples; --version prints the version")
    func help() throws {
        let cli = try CLI()
        let help = try cli.run(["--help"], useDatabase: false).stdout
        for command in ["init", "demo", "log", "activities", "person", "org", "kinds", "Examples:"] {
            #expect(help.contains(command))
        }
        #expect(try cli.run(["--version"], useDatabase: false).stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
        #expect(try cli.run(["log", "--help"], useDatabase: false).stdout.contains("1,5u"))
        #expect(try cli.run(["log"], useDatabase: false).status == 64)
    }

    private func counts(_ path: String) throws -> [Int] {
        try DatabaseQueue(path: path).read { db in
            try ["person", "activity", "evidence", "audit", "membership", "external_id"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1 }
        }
    }
}
