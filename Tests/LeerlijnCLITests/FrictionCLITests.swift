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
}
