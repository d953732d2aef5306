import Foundation
import Testing

@Suite("The HR report says why: each flag's reason in words, schools by name, unverified only where sign-off is expected")
struct ReportReasonsCLITests {
    /// Sanne, a starter at 0.8 FTE in a partnership, with 3 hours against the starters' budget by 23 November, mapped
    /// to one of the three areas of the 2017 bekwaamheidseisen (po), nothing signed off.
    static func starter() throws -> CLI {
        let cli = try CLI()
        try cli.ok(["init"])
        try cli.ok(["org", "add-partnership", "Samen Opleiden Eemvallei", "--code", "eemvallei"])
        try cli.ok(["org", "add-board", "Stichting PO Eemvallei", "--code", "spo-eemvallei", "--partnership", "eemvallei"])
        try cli.ok(["org", "add-school", "OBS De Regenboog", "--code", "12AB", "--board", "spo-eemvallei"])
        try cli.ok(["person", "add", "Sanne de Vries", "--external-id", "100234", "--school", "12AB"])
        try cli.ok(["phase", "set", "sanne", "starter", "--since", "1-8-2026"])
        try cli.ok(["employment", "add", "sanne", "--since", "1-8-2026", "--fte", "0,8", "--school", "12AB"])
        try cli.ok(["log", "sanne", "2u", "cursus", "Klassenmanagement", "--budget", "cao-po-starter", "--date", "1-10-2026",
                    "--competence", "bekwaamheidseisen-2017-po:pedagogisch"])
        try cli.ok(["log", "sanne", "1u", "intervisie", "Intervisie", "--budget", "cao-po-starter", "--date", "18-11-2026"])
        return cli
    }

    // 32 h = 1920 min entitled; by 23 November (115 of 365 days) an even pace uses 605, 180 were: 425 behind.
    // The pace so far leads to 571 by 31 July: 1349 short.
    static let behindNL = "CAO PO: bijzonder budget startende leraren (40 uur per jaar): 7 uur 5 min achter op schema, op dit tempo 22 uur 29 min tekort op 31 juli"
    static let gapsNL = "geen activiteit bij ‘Vakinhoudelijk bekwaam’, ‘Vakdidactisch bekwaam’"

    @Test("The CSV gives the school's name beside its code and, for behind and gaps, the budget's title, the hours behind and the items by title")
    func csvReasons() throws {
        let cli = try Self.starter()
        let csv = try cli.ok(["report", "--format", "csv", "--lang", "nl"])
        // Either separator: Dutch CSV may use `;` for Excel.
        let lines = csv.replacingOccurrences(of: "\u{FEFF}", with: "").split(whereSeparator: \.isNewline).map(String.init)
        let sep = lines.first?.contains(";") == true ? ";" : ","
        #expect(lines.first?.contains("groep\(sep)schoolnaam\(sep)") == true)
        #expect(lines.first?.hasSuffix("\(sep)signalen\(sep)reden") == true)
        let sanne = try #require(lines.first { $0.hasPrefix("100234\(sep)") })
        #expect(sanne.contains("\(sep)12AB\(sep)OBS De Regenboog\(sep)"))
        #expect(sanne.hasSuffix("\(sep)achter hiaten\(sep)\"\(Self.behindNL); \(Self.gapsNL)\""))
    }

    @Test("The table in English and the JSON carry the same reasons; the JSON keeps its fields and adds reasons and names")
    func tableAndJSON() throws {
        let cli = try Self.starter()
        let report = try json(try cli.ok(["report", "--format", "json"])) as! [String: Any]
        let row = try #require((report["people"] as! [[String: Any]]).first)
        #expect(row["details"] as? [String] == ["behind:cao-po-starter", "gap:bekwaamheidseisen-2017-po:vakinhoudelijk", "gap:bekwaamheidseisen-2017-po:vakdidactisch"])
        #expect(row["flags"] as? [String] == ["behind", "gaps"])
        #expect(row["schoolName"] as? String == "OBS De Regenboog" && row["groupName"] as? String == "OBS De Regenboog" && row["school"] as? String == "12AB")
        let reasons = row["reasons"] as! [[String: Any]]
        #expect(reasons.count == 3)
        #expect(reasons[0]["flag"] as? String == "behind" && reasons[0]["budget"] as? String == "cao-po-starter")
        #expect(reasons[0]["behindMinutes"] as? Int == 425 && reasons[0]["shortfallMinutes"] as? Int == 1349)
        #expect(reasons[1]["item"] as? String == "bekwaamheidseisen-2017-po:vakinhoudelijk")
        #expect((reasons[1]["itemTitle"] as? [String: String])?["nl"] == "Vakinhoudelijk bekwaam")
        #expect((report["groups"] as! [[String: Any]]).first?["name"] as? String == "OBS De Regenboog")
        let csv = try cli.ok(["report", "--format", "csv", "--lang", "en"])
        #expect(csv.contains("\"CAO PO: special budget for starting teachers (40 hours a year): 7 hours 5 min behind schedule, 22 hours 29 min short by 31 July at this pace; no activity under ‘Subject-matter competent’, ‘Competent in subject pedagogy (vakdidactiek)’\""))
    }

    @Test("Minutes not signed off are a signal only once the partnership expects sign-off; the setting is audited and can be turned off again")
    func unverifiedOnlyWhereExpected() throws {
        let cli = try Self.starter()
        func flags() throws -> [String] {
            let report = try json(try cli.ok(["report", "--format", "json"])) as! [String: Any]
            return (report["people"] as! [[String: Any]]).first?["flags"] as? [String] ?? []
        }
        #expect(try flags() == ["behind", "gaps"])
        let set = try cli.ok(["org", "edit-partnership", "eemvallei", "--expects-sign-off", "yes", "--lang", "nl"])
        #expect(set.contains("Partnerschap eemvallei verwacht nu aftekenen"))
        #expect(try flags() == ["behind", "gaps", "unverified"])
        let csv = try cli.ok(["report", "--format", "csv", "--lang", "nl"])
        #expect(csv.contains("; 3 uur niet afgetekend\""))
        let orgs = try json(try cli.ok(["org", "list", "--format", "json"])) as! [String: Any]
        #expect(((orgs["partnerships"] as? [[String: Any]])?.first?["expectsSignOff"] as? Bool) == true)
        try cli.ok(["org", "edit-partnership", "eemvallei", "--expects-sign-off", "no"])
        #expect(try flags() == ["behind", "gaps"])
        let unknown = try cli.run(["org", "edit-partnership", "eemvalei", "--expects-sign-off", "yes"])
        #expect(unknown.status != 0 && unknown.stderr.contains("eemvallei"))
    }
}
