import Foundation
import Testing

@Suite("Profiles and coverage on the command line")
struct ProfilesCLITests {
    /// The shipped SBL file, next to the package's sources.
    static let shippedSBL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("profiles/frameworks/sbl-2006.yaml").path

    @Test("profiles list --format json lists the shipped frameworks with their item counts")
    func list() throws {
        let cli = try CLI()
        let list = try json(try cli.ok(["profiles", "list", "--format", "json"])) as! [[String: Any]]
        let top = Dictionary(uniqueKeysWithValues: list.map { ($0["id"] as! String, $0["topLevelItems"] as! Int) })
        #expect(top["bekwaamheidseisen-2017-po"] == 3)
        #expect(top["bekwaamheidseisen-2017-vo"] == 3)
        #expect(top["sbl-2006"] == 7)
        #expect(top["domeinen-beroepsbeeld"] == 4)
        #expect(top.keys.contains("velon-beroepsstandaard-2012"))
        #expect(top.keys.contains("teachers-standards-england-2012"))
        #expect(list.allSatisfy { ($0["totalItems"] as! Int) >= ($0["topLevelItems"] as! Int) })
        #expect(try cli.run(["profiles", "validate"]).status == 0)
    }

    @Test("A copy with a duplicated item id or a crosswalk to a missing item fails validation with file:line, exit 65")
    func validationFailures() throws {
        let cli = try CLI()
        let own = cli.folder + "/eigen"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        let copy = try String(contentsOfFile: Self.shippedSBL, encoding: .utf8)
            .replacingOccurrences(of: "id: sbl-2006", with: "id: sbl-kopie")
            .replacingOccurrences(of: "id: organisatorisch", with: "id: pedagogisch")
        try copy.write(toFile: own + "/sbl-kopie.yaml", atomically: true, encoding: .utf8)
        let result = try cli.run(["profiles", "validate", own])
        #expect(result.status == 65)
        #expect(result.stdout.contains(own + "/sbl-kopie.yaml:"))
        #expect(result.stdout.contains("duplicate item id 'pedagogisch'"))

        let crosswalk = cli.folder + "/cw"
        try FileManager.default.createDirectory(atPath: crosswalk, withIntermediateDirectories: true)
        try """
            schema: leerlijn.crosswalk/1
            id: sbl-naar-domeinen
            from: sbl-2006
            to: domeinen-beroepsbeeld
            mappings:
              - {from: pedagogisch, to: [bestaat-niet], basis: proposal}
            """.write(toFile: crosswalk + "/cw.yaml", atomically: true, encoding: .utf8)
        let json = try json(try cli.run(["profiles", "validate", crosswalk, "--format", "json"]).stdout) as! [String: Any]
        #expect(json["valid"] as? Bool == false)
        let issues = json["issues"] as! [[String: Any]]
        #expect(issues.count == 1)
        #expect(issues[0]["line"] as? Int == 2)
        #expect((issues[0]["message"] as? String)?.contains("bestaat-niet") == true)
        // A bad file in the user folder stops commands that need profiles, with the same message.
        let blocked = try cli.run(["profiles", "list"], environment: ["LEERLIJN_PROFILES": own])
        #expect(blocked.status == 65)
        #expect(blocked.stderr.contains("sbl-kopie.yaml:"))
    }

    @Test("After logging activities mapped to SBL items only, coverage under the 2017 framework shows their minutes")
    func coverageThroughCrosswalk() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["log", "sanne", "1h", "intervisie", "Intervisie", "--competence", "sbl-2006:interpersoonlijk", "--domain", "primair-proces"])
        try cli.ok(["log", "sanne", "30m", "lesbezoek", "Lesbezoek", "--competence", "sbl-2006:pedagogisch"])
        let report = try json(try cli.ok(["coverage", "sanne", "--framework", "bekwaamheidseisen-2017-po", "--format", "json"])) as! [String: Any]
        let items = report["items"] as! [[String: Any]]
        let pedagogisch = items.first { $0["item"] as? String == "bekwaamheidseisen-2017-po:pedagogisch" }
        #expect(pedagogisch?["minutes"] as? Int == 90)
        #expect(pedagogisch?["activities"] as? Int == 2)
        #expect((report["gaps"] as! [String]).contains("bekwaamheidseisen-2017-po:vakdidactisch"))
        let domains = report["domains"] as! [[String: Any]]
        #expect(domains.first { $0["domain"] as? String == "domeinen-beroepsbeeld:primair-proces" }?["minutes"] as? Int == 60)
        #expect(report["minutesWithoutDomain"] as? Int == 30)
        let table = try cli.ok(["coverage", "sanne", "--framework", "2017-po", "--lang", "nl"])
        #expect(table.contains("Pedagogisch bekwaam") && table.contains("zonder activiteit"))
        // The activity shows its mappings with the framework version.
        let list = try json(try cli.ok(["activities", "list", "--format", "json"])) as! [[String: Any]]
        let mappings = list[0]["mappings"] as! [[String: Any]]
        #expect(mappings.contains { $0["framework"] as? String == "sbl-2006" && $0["version"] as? String == "2006" })
    }

    @Test("An ambiguous or unknown competence is refused with the candidates; nothing is logged")
    func badCompetence() throws {
        let cli = try CLI.withSanne()
        let ambiguous = try cli.run(["log", "sanne", "1h", "cursus", "x", "--competence", "pedagogisch"])
        #expect(ambiguous.status == 65)
        #expect(ambiguous.stderr.contains("sbl-2006:pedagogisch"))
        let unknown = try cli.run(["log", "sanne", "1h", "cursus", "x", "--competence", "sbl-2006:reflectie-en-ontwikkeling"])
        #expect(unknown.status == 66)
        #expect(unknown.stderr.contains("sbl-2006:reflectie-ontwikkeling"))
        #expect((try json(try cli.ok(["activities", "list", "--format", "json"])) as! [Any]).isEmpty)
    }

    @Test("An own framework in --profiles extends a shipped one and takes mapped activities")
    func ownFramework() throws {
        let cli = try CLI.withSanne()
        let own = cli.folder + "/eigen"
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        try """
            schema: leerlijn.framework/1
            id: eemvallei-po
            kind: competences
            title: {nl: "Profiel Eemvallei", en: "Eemvallei profile"}
            version: "2026"
            sector: po
            source: {citation: "Partnerschap Eemvallei, eigen uitbreiding"}
            extends: bekwaamheidseisen-2017-po
            items:
              - id: communicatie-ouders
                title: {nl: "Communicatie met ouders", en: "Communication with parents"}
            """.write(toFile: own + "/eemvallei-po.yaml", atomically: true, encoding: .utf8)
        try cli.ok(["log", "sanne", "45m", "cursus", "Oudergesprekken", "--competence", "communicatie-ouders", "--profiles", own])
        let report = try json(try cli.ok(["coverage", "sanne", "--framework", "eemvallei-po", "--format", "json", "--profiles", own])) as! [String: Any]
        let items = report["items"] as! [[String: Any]]
        #expect(items.first { $0["item"] as? String == "eemvallei-po:communicatie-ouders" }?["minutes"] as? Int == 45)
        #expect(items.contains { $0["item"] as? String == "bekwaamheidseisen-2017-po:pedagogisch" })
        let show = try cli.ok(["profiles", "show", "eemvallei-po", "--profiles", own])
        #expect(show.contains("eemvallei-po:communicatie-ouders"))
    }
}
