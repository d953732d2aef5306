import Foundation
import Testing

/// Issue 17, point 5: HR export shapes for `leerlijn import people` (split names, Dutch HR headers, tabs, `--map`).
@Suite("Import people from HR export shapes")
struct HRShapesCLITests {
    /// The people as `person list --format json` gives them: name to external ids.
    static func people(_ cli: CLI) throws -> [String: [String]] {
        let list = try json(try cli.ok(["person", "list", "--format", "json"])) as! [[String: Any]]
        return Dictionary(uniqueKeysWithValues: list.map { ($0["name"] as! String, $0["externalIds"] as! [String]) })
    }

    /// A person's employments as `line --format json` gives them: (fte, since, function).
    static func employments(_ cli: CLI, _ person: String) throws -> [[String]] {
        let line = try json(try cli.ok(["line", person, "--format", "json"])) as! [String: Any]
        return (line["employments"] as! [[String: Any]]).map { [$0["fte"] as! String, $0["since"] as! String, $0["function"] as! String] }
    }

    @Test("A tab-separated roster with split names and Dutch HR headers imports the joined names, personeelsnummers and werktijdfactors")
    func tabSeparatedSplitNames() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let roster = [
            "Personeelsnummer\tRoepnaam\tVoornaam\tTussenvoegsel\tAchternaam\tBestuur\tBRIN\tWerktijdfactor\tDatum in dienst\tFunctie",
            "100234\tSanne\tSusanna\tde\tVries\tEemvallei\t12AB\t0,8\t1-8-2026\tleraar",
            "100235\t\tPieter\t\tBakker\tEemvallei\t12AB\t1\t1-9-2026\toop",
            "100236\tKarin\tCatharina\tvan der\tBerg\tEemvallei\t12AB\t0,4\t1-8-2025\tLeraar",
        ].joined(separator: "\r\n") + "\r\n"
        let path = cli.folder + "/afas-export.txt"
        try Data(roster.utf8).write(to: URL(fileURLWithPath: path))

        let report = try json(try cli.ok(["import", "people", path, "--format", "json"])) as! [String: Any]
        #expect(report["separator"] as? String == "\t")
        #expect(report["imported"] as? Int == 3)
        #expect(report["rejected"] as? Int == 0)
        #expect(try Self.people(cli) == ["Sanne de Vries": ["100234"], "Pieter Bakker": ["100235"], "Karin van der Berg": ["100236"]])
        #expect(try Self.employments(cli, "100234") == [["0.8", "2026-08-01", "leraar"]])
        #expect(try Self.employments(cli, "100235") == [["1", "2026-09-01", "oop"]])
        #expect(try Self.employments(cli, "100236") == [["0.4", "2025-08-01", "leraar"]])

        // The same file again changes nothing.
        let again = try json(try cli.ok(["import", "people", path, "--format", "json"])) as! [String: Any]
        #expect(again["unchanged"] as? Int == 3)
        #expect(again["imported"] as? Int == 0)
    }

    @Test("--map reads unknown headers as the fields named; a mapped column missing from the file refuses it")
    func mapColumns() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let path = cli.folder + "/medewerkers.csv"
        try Data("Werknemer,Naam,Uren factor,Werkgever,Ingangsdatum\nW-1,Karin Smit,\"0,6\",Eemvallei,1-8-2026\n".utf8)
            .write(to: URL(fileURLWithPath: path))
        // Without --map the file has no external_id column.
        let unmapped = try cli.run(["import", "people", path])
        #expect(unmapped.status == 65)
        #expect(unmapped.stderr.contains("lacks the columns external_id"))

        try cli.ok(["import", "people", path, "--map", "Werknemer=external_id", "--map", "uren factor = FTE",
                    "--map", "Werkgever=board", "--map", "Ingangsdatum=employment_since"])
        #expect(try Self.people(cli) == ["Karin Smit": ["W-1"]])
        #expect(try Self.employments(cli, "W-1") == [["0.6", "2026-08-01", "leraar"]])

        let absent = try cli.run(["import", "people", path, "--map", "Personeelsnr=external_id"])
        #expect(absent.status == 65)
        #expect(absent.stderr.contains("lacks the columns Personeelsnr"))
    }

    @Test("An unknown --map field is refused before anything is read, with the fields listed, in English and Dutch")
    func unknownMapField() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let path = cli.folder + "/medewerkers.csv"
        try Data("Werknemer,Naam\nW-1,Karin Smit\n".utf8).write(to: URL(fileURLWithPath: path))
        let fields = "external_id, name, email, board, school, phase, phase_since, fte, employment_since, sector, board_sector, function, "
            + "salary_step, salary_step_since, first_name, name_prefix, last_name, school_name."

        let english = try cli.run(["import", "people", path, "--map", "Werknemer=personnel_number"])
        #expect(english.status == 64)
        #expect(english.stderr.contains("--map: 'personnel_number' is not a field of a people file; the fields are: " + fields))

        let dutch = try cli.run(["import", "people", path, "--map", "Werknemer=personeel", "--lang", "nl"])
        #expect(dutch.status == 64)
        #expect(dutch.stderr.contains("--map: 'personeel' is geen veld van een personenbestand; de velden zijn: " + fields))

        let form = try cli.run(["import", "people", path, "--map", "Werknemer", "--lang", "nl"])
        #expect(form.status == 64)
        #expect(form.stderr.contains("--map 'Werknemer' is niet KOLOM=VELD"))
        #expect(try Self.people(cli).isEmpty)
    }
}
