import Foundation
import Testing

@Suite("A day's use without friction: short ids, corrections, Excel CSV, duration units")
struct FrictionCLITests {
    /// Sanne with ten activities imported in one run (one process, the same second): their ids start alike.
    static func tenInOneSecond() throws -> CLI {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Karin Vos", "--external-id", "300", "--school", "12AB"])
        try cli.ok(["role", "add", "karin", "mentor", "--since", "1-8-2026"])
        let lines = (1...10).map { "100234;\($0)-10-2026;60m;cursus;Bijeenkomst \($0)" }
        let path = cli.folder + "/tien.csv"
        try ((["personeelsnummer;datum;duur;soort;titel"] + lines).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try cli.ok(["import", "activities", path])
        return cli
    }

    @Test("The id the list shows works in activities edit and verify for ten activities logged in the same second")
    func shortIDsWork() throws {
        let cli = try Self.tenInOneSecond()
        let listed = try json(try cli.ok(["activities", "list", "sanne", "--format", "json"])) as! [[String: Any]]
        #expect(listed.count == 10)
        let full = listed.map { $0["id"] as! String }
        // Made in one second, they share their first 8 characters: that start names none of them alone.
        #expect(Set(full.map { $0.prefix(8) }).count == 1)
        let csv = try cli.ok(["activities", "list", "sanne", "--format", "csv"])
        let shown = csv.split(whereSeparator: \.isNewline).dropFirst().map { String($0.split(separator: ",")[0]) }
        #expect(shown.count == 10 && Set(shown).count == 10)
        #expect(shown.allSatisfy { $0.count >= 4 && $0.count <= 12 })
        // The table shows the same ids as the CSV.
        let table = try cli.ok(["activities", "list", "sanne"])
        #expect(shown.allSatisfy { table.contains($0) })
        for (index, id) in shown.enumerated() {
            let edited = try json(try cli.ok(["activities", "edit", id, "--title", "Bijeenkomst \(index + 1) (bijgewerkt)", "--format", "json"])) as! [String: Any]
            #expect(edited["id"] as? String == full[index])
            let verified = try json(try cli.ok(["verify", id, "--by", "karin", "--format", "json"])) as! [String: Any]
            #expect(verified["id"] as? String == full[index])
            #expect((verified["verification"] as? [String: Any]) != nil)
        }
        let titles = (try json(try cli.ok(["activities", "list", "sanne", "--format", "json"])) as! [[String: Any]]).map { $0["title"] as! String }
        #expect(titles.allSatisfy { $0.hasSuffix("(bijgewerkt)") })
    }

    @Test("An id's start shared by ten activities is refused naming how to give more of an id and listing every candidate")
    func ambiguousID() throws {
        let cli = try Self.tenInOneSecond()
        let full = (try json(try cli.ok(["activities", "list", "sanne", "--format", "json"])) as! [[String: Any]]).map { $0["id"] as! String }
        let start = String(full[0].prefix(8))
        let refused = try cli.run(["activities", "edit", start, "--title", "X"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("'\(start)' is the start of more than one activity id"))
        #expect(full.allSatisfy { refused.stderr.contains($0) })
        #expect(refused.stderr.contains("Type more characters of the id"))
        #expect(!refused.stderr.contains("name, the external id or the email"))
        // Eleven match: ten are listed, and the rest is counted.
        try cli.ok(["log", "sanne", "1u", "cursus", "Nog een", "--date", "12-10-2026"])
        let eleven = try cli.run(["verify", String(full[0].prefix(4)), "--by", "karin", "--lang", "nl"])
        #expect(eleven.status == 65)
        #expect(eleven.stderr.contains("en nog 1") && eleven.stderr.contains("Typ meer tekens van het id"))
    }

    /// The CAO starter budget of 2026-2027 in minutes.
    static func starterBudget(_ cli: CLI) throws -> Int {
        let progress = try json(try cli.ok(["progress", "sanne", "--year", "2026-2027", "--format", "json"])) as! [String: Any]
        let budgets = (progress["schoolYears"] as! [[String: Any]])[0]["budgets"] as! [[String: Any]]
        return try #require(budgets.first { $0["rule"] as? String == "cao-po-starter" }?["entitledMinutes"] as? Int)
    }

    @Test("An FTE typo is corrected with employment edit: the budget is right again, the audit trail keeps the old value")
    func fteTypoCorrected() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "Starter", "--since", "1-8-2026"])   // any case
        // 8 instead of 0,8: allowed with --force (above 1.5), and warned about (above 1.0).
        let typo = try cli.run(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "8", "--school", "12AB", "--force"])
        #expect(typo.status == 0)
        #expect(typo.stderr.contains("Warning: On 2026-08-01 the employments add up to an FTE of 8, more than 1.0"))
        #expect(try Self.starterBudget(cli) == 8 * 2400)
        let fixed = try cli.run(["employment", "edit", "sanne", "--started", "1-8-2026", "--fte", "0,8"])
        #expect(fixed.status == 0 && fixed.stderr.isEmpty)
        #expect(fixed.stdout.contains("Corrected the employment that started on 2026-08-01"))
        // 0.8 × 40 h = 32 h.
        #expect(try Self.starterBudget(cli) == 1920)
        let audit = try cli.ok(["employment", "edit", "sanne", "--fte", "0,8", "--lang", "nl"])   // the only one: no --started needed
        #expect(audit.contains("De aanstelling die begon op 2026-08-01 is verbeterd"))
        let rows = try sqlite(cli.db, "SELECT action || ' ' || ifnull(json_extract(before, '$.fte'), '') || ' ' || json_extract(after, '$.fte') FROM audit WHERE entity = 'employment' ORDER BY id")
        #expect(rows == ["create  8", "update 8 0.8", "update 0.8 0.8"])
    }

    @Test("employment add refuses an overlap at the same board, --replace ends the old one the day before and says so; other boards add up")
    func employmentOverlap() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["org", "add-board", "De Brug", "--code", "de-brug"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2025", "--fte", "0,6", "--school", "12AB"])
        let refused = try cli.run(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("does not overlap the employment at board eemvallei from 2025-08-01") && refused.stderr.contains("--replace"))
        let replaced = try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB", "--replace"])
        #expect(replaced.contains("Ended the employment at board eemvallei (since 2025-08-01) on 2026-07-31."))
        let line = try json(try cli.ok(["line", "sanne", "--format", "json"])) as! [String: Any]
        let employments = line["employments"] as! [[String: Any]]
        #expect(employments.map { "\($0["since"]!)-\($0["until"] ?? "open") \($0["fte"]!)" } == ["2025-08-01-2026-07-31 0.6", "2026-08-01-open 0.8"])
        // Another board may run beside it; together above 1.0 is warned about.
        let second = try cli.run(["employment", "add", "sanne", "--since", "1-1-2027", "--fte", "0,4", "--board", "de-brug"])
        #expect(second.status == 0 && second.stderr.contains("On 2027-01-01 the employments add up to an FTE of 1.2"))
        // Editing into an overlap is refused too, and writes nothing.
        let overlap = try cli.run(["employment", "edit", "sanne", "--started", "1-8-2026", "--since", "1-6-2026"])
        #expect(overlap.status == 65 && overlap.stderr.contains("from 2025-08-01 to 2026-07-31"))
        // Several run today: the choice needs --started, and the message lists the days.
        let unclear = try cli.run(["employment", "end", "sanne", "--until", "31-12-2027"], environment: ["LEERLIJN_TODAY": "2027-02-01"])
        #expect(unclear.status == 65 && unclear.stderr.contains("--started: 2025-08-01, 2026-08-01, 2027-01-01"))
        try cli.ok(["employment", "end", "sanne", "--started", "1-1-2027", "--until", "31-7-2027"])
        try cli.ok(["employment", "delete", "sanne", "--started", "1-8-2025"])
        let after = (try json(try cli.ok(["line", "sanne", "--format", "json"])) as! [String: Any])["employments"] as! [[String: Any]]
        #expect(after.map { "\($0["board"]!) \($0["since"]!)-\($0["until"] ?? "open")" } == ["eemvallei 2026-08-01-open", "de-brug 2027-01-01-2027-07-31"])
        #expect(try sqlite(cli.db, "SELECT count(*) FROM audit WHERE entity = 'employment'") == ["6"])
    }

    @Test("Phases and roles are edited, ended and deleted; overlaps and out-of-order phases are refused; values in any case")
    func phasesAndRoles() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "STARTER", "--since", "1-8-2026"])
        try cli.ok(["phase", "set", "sanne", "basisbekwaam", "--since", "1-8-2027"])
        let outOfOrder = try cli.run(["phase", "edit", "sanne", "--started", "1-8-2026", "--phase", "vakbekwaam"])
        #expect(outOfOrder.status == 65 && outOfOrder.stderr.contains("phases in order along the line"))
        try cli.ok(["phase", "edit", "sanne", "--started", "1-8-2026", "--since", "15-8-2026"])
        let missing = try cli.run(["phase", "delete", "sanne", "--started", "1-8-2026"])
        #expect(missing.status == 65 && missing.stderr.contains("--started: 2026-08-15, 2027-08-01"))
        try cli.ok(["phase", "delete", "sanne", "--started", "1-8-2027"])
        try cli.ok(["role", "add", "sanne", "Mentor", "--since", "1-8-2026", "--until", "31-7-2027"])
        try cli.ok(["role", "add", "sanne", "mentor", "--since", "1-8-2028"])
        let overlap = try cli.run(["role", "edit", "sanne", "mentor", "--started", "1-8-2026", "--open"])
        #expect(overlap.status == 65 && overlap.stderr.contains("does not overlap the mentor role from 2028-08-01"))
        try cli.ok(["role", "edit", "sanne", "MENTOR", "--started", "1-8-2026", "--hours-per-week", "2"])
        try cli.ok(["role", "end", "sanne", "mentor", "--started", "1-8-2028", "--until", "31-7-2029"])
        try cli.ok(["role", "delete", "sanne", "mentor", "--started", "1-8-2028"])
        let line = try json(try cli.ok(["line", "sanne", "--format", "json"])) as! [String: Any]
        let phases = (line["phases"] as! [[String: Any]]).map { "\($0["phase"]!) \($0["since"]!)" }
        #expect(phases == ["starter 2026-08-15"])
        let roles = (line["roles"] as! [[String: Any]]).map { "\($0["role"]!) \($0["since"]!) \($0["until"] ?? "") \($0["minutesPerWeek"] ?? "")" }
        #expect(roles == ["mentor 2026-08-01 2027-07-31 120"])
        #expect(try sqlite(cli.db, "SELECT entity || ' ' || action FROM audit WHERE entity IN ('phase', 'role') ORDER BY id")
                == ["phase create", "phase create", "phase update", "phase delete", "role create", "role create", "role update", "role update", "role delete"])
    }

    @Test("person edit --school at another board keeps the old employment unless --end-employment, and says what it did; memberships are corrected")
    func moveToAnotherBoard() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["org", "add-board", "De Brug", "--code", "de-brug"])
        try cli.ok(["org", "add-school", "De Wilg", "--code", "34CD", "--board", "de-brug"])
        try cli.ok(["person", "add", "Tom Bakker", "--external-id", "200", "--school", "12AB", "--since", "1-8-2025"])
        try cli.ok(["employment", "add", "tom", "--since", "1-8-2025", "--fte", "1", "--school", "12AB"])
        let kept = try cli.run(["person", "edit", "tom", "--school", "34CD", "--since", "1-1-2027", "--external-id", "t-200"])
        #expect(kept.status == 0 && kept.stderr.contains("The employment at board eemvallei (since 2025-08-01) goes on") && kept.stderr.contains("--end-employment"))
        try cli.ok(["membership", "delete", "tom", "--started", "1-1-2027"])
        try cli.ok(["membership", "edit", "tom", "--open"])
        let moved = try cli.ok(["person", "edit", "tom", "--school", "34CD", "--since", "1-1-2027", "--end-employment"])
        #expect(moved.contains("Ended the employment at board eemvallei (since 2025-08-01) on 2026-12-31."))
        let employments = (try json(try cli.ok(["line", "tom", "--format", "json"])) as! [String: Any])["employments"] as! [[String: Any]]
        #expect(employments.map { "\($0["since"]!)-\($0["until"] ?? "open")" } == ["2025-08-01-2026-12-31"])
        let overlap = try cli.run(["membership", "edit", "tom", "--started", "1-1-2027", "--since", "1-12-2026"])
        #expect(overlap.status == 65 && overlap.stderr.contains("does not overlap the membership of school 12AB from 2025-08-01 to 2026-12-31"))
        try cli.ok(["membership", "end", "tom", "--started", "1-1-2027", "--until", "31-7-2027"])
        let profile = try json(try cli.ok(["person", "show", "tom", "--format", "json"])) as! [String: Any]
        let memberships = (profile["memberships"] as! [[String: Any]]).map { "\($0["school"]!) \($0["since"]!)-\($0["until"] ?? "open")" }
        #expect(memberships == ["12AB 2025-08-01-2026-12-31", "34CD 2027-01-01-2027-07-31"])
    }

    /// Reads CSV text with Python's csv module and `delimiter`, giving the rows (the BOM dropped by utf-8-sig).
    static func pythonCSV(_ data: Data, delimiter: String, encoding: String = "utf-8-sig") throws -> [[String]] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", """
            import csv, io, json, sys
            text = sys.stdin.buffer.read().decode(sys.argv[1])
            print(json.dumps(list(csv.reader(io.StringIO(text, newline=''), delimiter=sys.argv[2]))))
            """, encoding, delimiter]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let result = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return try JSONSerialization.jsonObject(with: result) as! [[String]]
    }

    @Test("Dutch CSV opens in columns: ; separators, a BOM, Dutch headers; read back by Python's csv with ; it gives the right columns")
    func dutchCSV() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB"])
        try cli.ok(["log", "sanne", "1u30", "cursus", "Rekenen; groep 3, 4", "--cao", "--date", "1-10-2026"])
        let dutch = try cli.ok(["activities", "list", "--format", "csv", "--lang", "nl"])
        #expect(dutch.hasPrefix("\u{FEFF}id;datum;persoon;duur;minuten;soort;titel;bewijs\r\n"))
        let rows = try Self.pythonCSV(Data(dutch.utf8), delimiter: ";")
        #expect(rows.count == 2)
        #expect(rows[0] == ["id", "datum", "persoon", "duur", "minuten", "soort", "titel", "bewijs"])
        #expect(Array(rows[1].dropFirst()) == ["2026-10-01", "Sanne de Vries", "1u30", "90", "cursus", "Rekenen; groep 3, 4", "0"])
        // A Dutch LANG gives the same; --csv-dialect rfc4180 chooses commas and no BOM.
        #expect(try cli.ok(["activities", "list", "--format", "csv"], environment: ["LANG": "nl_NL.UTF-8"]) == dutch)
        let plain = try cli.ok(["activities", "list", "--format", "csv", "--lang", "nl", "--csv-dialect", "rfc4180"])
        #expect(plain.hasPrefix("id,datum,persoon"))
        let english = try cli.ok(["activities", "list", "--format", "csv"])
        #expect(english.hasPrefix("id,date,person,duration,minutes,kind,title,evidence\r\n"))
        #expect(try cli.ok(["activities", "list", "--format", "csv", "--csv-dialect", "excel-nl"]).hasPrefix("\u{FEFF}id;date;person"))
        // Progress: every header Dutch, the values too.
        let progress = try Self.pythonCSV(Data(try cli.ok(["progress", "sanne", "--year", "2026-2027", "--format", "csv", "--lang", "nl"]).utf8), delimiter: ";")
        #expect(progress[0] == ["schooljaar", "regeling", "recht in minuten", "gebruikt in minuten", "over in minuten", "verwacht in minuten", "achter",
                               "stand", "ongebruikt in minuten", "eindigt op", "reden van einde"])
        let starter = try #require(progress.first { $0.count > 1 && $0[1] == "cao-po-starter" })
        #expect(starter == ["2026-2027", "cao-po-starter", "1920", "90", "1830", "286", "ja", "ACHTER", "", "", ""])
        // No English header in Dutch CSV.
        let englishWords = ["rule", "Minutes", "behind", "pending", "sent", "failed", "last error", "date", "person", "title"]
        for command in [["activities", "list"], ["progress", "sanne"], ["line", "sanne"], ["export", "status"], ["person", "list"], ["report"]] {
            let header = try cli.ok(command + ["--format", "csv", "--lang", "nl"]).split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
            #expect(header.hasPrefix("\u{FEFF}") && header.contains(";"), "\(command): \(header)")
            for word in englishWords { #expect(!header.split(separator: ";").contains { $0.contains(word) }, "\(command): \(word) in \(header)") }
        }
    }

    @Test("The rejects file keeps the input's separator, byte order mark and encoding")
    func rejectsKeepTheInputsForm() throws {
        let cli = try CLI.withSanne()
        let header = "personeelsnummer;datum;duur;soort;titel"
        // UTF-8 with a BOM.
        let utf8 = cli.folder + "/bom.csv"
        try Data([0xEF, 0xBB, 0xBF] + Array((header + "\r\n100234;1-10-2026;60m;cursus;Café\r\n100234;1-10-2026;60m;cursu5;Fout\r\n").utf8))
            .write(to: URL(fileURLWithPath: utf8))
        try cli.ok(["import", "activities", utf8, "--skip-invalid", cli.folder + "/bom-rejects.csv"])
        let rejects = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/bom-rejects.csv"))
        #expect(Array(rejects.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let rows = try Self.pythonCSV(rejects, delimiter: ";")
        #expect(rows.count == 2 && rows[0].prefix(5) == ["personeelsnummer", "datum", "duur", "soort", "titel"] && rows[1][4] == "Fout")
        // Windows-1252, as older Excel writes it: the rejects are Windows-1252 too.
        let ansi = cli.folder + "/ansi.csv"
        try ((header + "\r\n100234;2-10-2026;60m;cursu5;Caf\u{E9} \u{E9}\u{E9}n\r\n").data(using: .windowsCP1252)!).write(to: URL(fileURLWithPath: ansi))
        try cli.ok(["import", "activities", ansi, "--skip-invalid", cli.folder + "/ansi-rejects.csv"])
        let ansiRejects = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/ansi-rejects.csv"))
        #expect(ansiRejects.first != 0xEF)
        #expect(ansiRejects.contains(0xE9) && String(data: ansiRejects, encoding: .utf8) == nil)
        let ansiRows = try Self.pythonCSV(ansiRejects, delimiter: ";", encoding: "cp1252")
        #expect(ansiRows[1][4] == "Caf\u{E9} \u{E9}\u{E9}n")
    }

    @Test("8 in a duration column is refused with the units named, unless the column's name or --duration-unit says the unit")
    func durationUnit() throws {
        let cli = try CLI.withSanne()
        let path = cli.folder + "/uren.csv"
        try "personeelsnummer;datum;duur;soort;titel\n100234;1-10-2026;8;studiedag;Studiedag\n100234;2-10-2026;1,5u;cursus;Cursus\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        let refused = try cli.run(["import", "activities", path])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("line 2, duration"))
        #expect(refused.stderr.contains("duration_minutes, duur_uren") && refused.stderr.contains("--duration-unit minutes|hours"))
        let dutch = try cli.run(["import", "activities", path, "--lang", "nl"])
        #expect(dutch.status == 65 && dutch.stderr.contains("een eenheid: in de waarde (90m, 1,5u), in de kolomnaam"))
        #expect(try sqlite(cli.db, "SELECT count(*) FROM activity") == ["0"])
        // --duration-unit hours: 8 is 8 hours; a value with its own unit keeps it.
        try cli.ok(["import", "activities", path, "--duration-unit", "hours"])
        #expect(try sqlite(cli.db, "SELECT minutes FROM activity ORDER BY date") == ["480", "90"])
        // A column named for its unit needs no option.
        let minutes = cli.folder + "/minuten.csv"
        try "personeelsnummer;datum;duur_minuten;soort;titel\n100234;3-10-2026;45;cursus;Kort\n".write(toFile: minutes, atomically: true, encoding: .utf8)
        try cli.ok(["import", "activities", minutes])
        let hours = cli.folder + "/uren2.csv"
        try "personeelsnummer;datum;Duur (uren);soort;titel\n100234;4-10-2026;2,5;cursus;Lang\n".write(toFile: hours, atomically: true, encoding: .utf8)
        try cli.ok(["import", "activities", hours])
        #expect(try sqlite(cli.db, "SELECT minutes FROM activity ORDER BY date") == ["480", "90", "45", "150"])
    }

    @Test("Tables fit COLUMNS (or 100): dates and the missing areas of registration wrap instead of being cut, and are named by title")
    func tablesFit() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Karin Vos", "--external-id", "300", "--school", "12AB"])
        try cli.ok(["role", "add", "karin", "schoolopleider", "--since", "1-8-2024"])
        let title = "Een heel lange titel over klassenmanagement, differentiatie en het jonge kind in de onderbouw"
        try cli.ok(["log", "sanne", "1u", "begeleidingsgesprek", title, "--date", "1-10-2026"])
        for columns in [80, 100] {
            let table = try cli.ok(["activities", "list"], environment: ["COLUMNS": String(columns)])
            #expect(table.split(whereSeparator: \.isNewline).allSatisfy { $0.count <= columns }, "\(columns): \(table)")
            #expect(table.contains("2026-10-01") && !table.contains("…"))
            // The title is there, over several lines of its column (long words may break).
            #expect(title.split(separator: " ").filter { $0.count <= 8 }.allSatisfy { table.contains($0) })
        }
        let unknown = try cli.ok(["activities", "list"])   // no COLUMNS, not a terminal: 100
        #expect(unknown.split(whereSeparator: \.isNewline).allSatisfy { $0.count <= 100 })
        let registration = try cli.ok(["registration", "karin", "--register", "brlo"], environment: ["COLUMNS": "80"])
        let lines = registration.split(separator: "\n", omittingEmptySubsequences: false)
        let table = lines.drop { !$0.hasPrefix("criterion") }.prefix { !$0.isEmpty }
        #expect(table.count > 5 && table.allSatisfy { $0.count <= 80 })
        // Each missing area by its title and id, over several lines of the last column.
        let rule = String(table.dropFirst().first ?? "")
        let offset = rule.distance(from: rule.startIndex, to: rule.range(of: " -", options: .backwards)?.upperBound ?? rule.endIndex) - 1
        let missing = table.dropFirst(2).map { $0.count > offset ? String($0.dropFirst(offset)) : "" }.joined(separator: " ")
        for part in ["Foundation", "grondslag);", "Competent in guiding adult", "agogisch);", "ontwikkelingsbekwaam"] {
            #expect(missing.contains(part), "\(part) in \(registration)")
        }
        #expect(!registration.contains("…"))
    }

    @Test("Read-only commands write nothing to the database; profiles are read from a cache that follows the files")
    func readOnlyStart() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["log", "sanne", "1u", "cursus", "Cursus", "--cao", "--date", "1-10-2026"])
        _ = try sqlite(cli.db, "PRAGMA wal_checkpoint(TRUNCATE)")
        func state() throws -> (Data, Int) {
            let wal = (try? FileManager.default.attributesOfItem(atPath: cli.db + "-wal")[.size] as? Int) ?? 0
            return (try Data(contentsOf: URL(fileURLWithPath: cli.db)), wal ?? 0)
        }
        let before = try state()
        #expect(before.1 == 0)
        for arguments in [["progress", "sanne", "--format", "json"], ["activities", "list"], ["line", "sanne"], ["registration", "sanne", "--register", "brlo"],
                          ["coverage", "sanne"], ["report"], ["person", "show", "sanne"]] {
            try cli.ok(arguments)
            let after = try state()
            #expect(after.0 == before.0, "\(arguments) changed the database file")
            #expect(after.1 == 0, "\(arguments) wrote \(after.1) bytes to the write-ahead log")
        }
        // The profiles were read once and cached; a changed profile file is read again.
        let cache = cli.folder + "/.cache/leerlijn"
        let cached = try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".json") }
        #expect(cached.count == 1)
        let mine = cli.folder + "/mijn-profielen"
        try FileManager.default.createDirectory(atPath: mine, withIntermediateDirectories: true)
        try "schema: leerlijn.framework/1\nid: kapot\n".write(toFile: mine + "/kapot.yaml", atomically: true, encoding: .utf8)
        for _ in 0..<2 {   // a bad file is reported every time, never cached
            let refused = try cli.run(["progress", "sanne", "--profiles", mine])
            #expect(refused.status != 0 && refused.stderr.contains("kapot.yaml"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache).filter { $0.hasSuffix(".json") }.count == 1)
    }

    @Test("A mistyped command is answered with the closest one")
    func typoSuggestion() throws {
        let cli = try CLI()
        let result = try cli.run(["lgo"], useDatabase: false)
        #expect(result.status == 64)
        #expect(result.stderr.contains("log"))
    }
}

/// The rows of `query` on the database, by the sqlite3 shell, each row's columns joined by `|`.
func sqlite(_ path: String, _ query: String) throws -> [String] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/sqlite3")
    process.arguments = [path, query]
    let out = Pipe()
    process.standardOutput = out
    try process.run()
    let data = out.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline).map(String.init)
}
