import Foundation
import Testing

/// Issue 16 point 6 on the command line: default budgets, `--budget none`, `--cao` as before.
@Suite("Default budgets on the command line")
struct DefaultBudgetCLITests {
    func used(_ cli: CLI, _ person: String) throws -> (budgets: [String: Int], unbudgeted: Int?) {
        let progress = try json(try cli.ok(["progress", person, "--year", "2026-2027", "--format", "json"], environment: ["LEERLIJN_TODAY": "2026-11-23"])) as! [String: Any]
        let year = (progress["schoolYears"] as! [[String: Any]])[0]
        var budgets: [String: Int] = [:]
        for budget in year["budgets"] as! [[String: Any]] where (budget["usedMinutes"] as? Int ?? 0) > 0 {
            budgets[budget["rule"] as! String] = budget["usedMinutes"] as? Int
        }
        return (budgets, year["unbudgetedMinutes"] as? Int)
    }

    @Test("Without flags a vakbekwaam teacher's 23 h course counts toward the professionalisation hours and a starter's lesbezoek toward cao-po-starter; --budget none toward nothing")
    func defaults() throws {
        let cli = try CLI.withSanne()
        let today = ["LEERLIJN_TODAY": "2026-11-23"]
        try cli.ok(["person", "add", "Vera Vakbekwaam", "--external-id", "100300", "--school", "12AB"])
        try cli.ok(["phase", "set", "100300", "vakbekwaam", "--since", "1-8-2020"])
        try cli.ok(["employment", "add", "100300", "--since", "1-8-2020", "--fte", "1", "--school", "12AB"])
        try cli.ok(["log", "100300", "23u", "cursus", "Cursus rekendidactiek", "--date", "1-10-2026"], environment: today)
        #expect(try used(cli, "100300").budgets == ["cao-po-professionalisering": 1380])
        #expect(try used(cli, "100300").unbudgeted == 0)
        // Wide enough that no cell wraps (tables fit the terminal, else 100 columns).
        let table = try cli.ok(["progress", "100300", "--year", "2026-2027", "--lang", "nl"], environment: today.merging(["COLUMNS": "200"]) { $1 })
        // "80u recht, 23u gebruikt, 57u resterend" on the professionalisation row, not "0m gebruikt".
        let row = try #require(table.split(separator: "\n").first { $0.contains("professionele ontwikkeling") })
        #expect(row.split(separator: " ").filter { $0.hasSuffix("u") && $0.first!.isNumber }.prefix(3) == ["80u", "23u", "57u"])

        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "1", "--school", "12AB"])
        try cli.ok(["log", "sanne", "90m", "lesbezoek", "Lesbezoek door coach", "--date", "10-9-2026"], environment: today)
        try cli.ok(["log", "sanne", "30m", "lesbezoek", "Lesbezoek bij collega", "--date", "11-9-2026", "--budget", "none"], environment: today)
        try cli.ok(["log", "sanne", "45m", "cursus", "Cursus", "--date", "12-9-2026", "--cao"], environment: today)
        #expect(try used(cli, "sanne").budgets == ["cao-po-starter": 135])
        #expect(try used(cli, "sanne").unbudgeted == 30)
        // The HR report counts the same.
        let report = try json(try cli.ok(["report", "--year", "2026-2027", "--format", "json"], environment: today)) as! [String: Any]
        let text = String(data: try JSONSerialization.data(withJSONObject: report), encoding: .utf8)!
        #expect(text.contains("cao-po-professionalisering"))
    }
}
