import Foundation
import GRDB
import Testing
import LeerlijnCore

/// Writes text as Windows-1252 (what Dutch Excel writes for "CSV (gescheiden door lijstscheidingsteken)").
func windows1252(_ text: String) -> Data {
    Data(text.unicodeScalars.map { $0.value < 256 ? UInt8($0.value) : UInt8(ascii: "?") })
}

@Suite("Import and the HR report, end to end")
struct ImportCLITests {
    /// A deterministic roster and activity file: 3 boards, 12 schools, 300 people, 20,000 activities,
    /// semicolons, decimal commas, Dutch dates; the expected minutes per board are summed here, independently.
    struct Files {
        let people: String
        let activities: String
        let minutesPerBoard: [String: Int]
        let activityLines: [String]
        let header: String
    }

    static func makeFiles(in folder: String) throws -> Files {
        var random = SeededGenerator(seed: 2026)
        let boards = ["noord", "zuid", "oost"]
        var roster = "External_ID;Name;Email;Board;School;Phase;Phase_since;FTE;Employment_since\r\n"
        var boardOf: [String: String] = [:]
        for index in 0..<300 {
            let board = boards[index % 3]
            let school = String(format: "%02d", 10 + index % 12) + "AB"
            let fte = ["1", "0,8", "0,6", "0,4"][index % 4]
            let phase = index % 5 == 0 ? "starter" : "vakbekwaam"
            let id = String(100_000 + index)
            boardOf[id] = board
            roster += "\(id);Jeroen Bakker-Ël \(index);p\(index)@school.nl;\(board);\(school);\(phase);1-8-2026;\(fte);1-8-2026\r\n"
        }
        // Each school belongs to one board: schools 10AB..21AB with board index % 3 == school index % 3.
        let header = "external_id;date;duration_minutes;kind;title;competences;domains;budget;verified_by"
        var lines: [String] = []
        var minutesPerBoard: [String: Int] = [:]
        let kinds = ["intervisie", "cursus", "lesbezoek", "studiedag", "zelfstudie"]
        for index in 0..<20_000 {
            let person = 100_000 + Int.random(in: 0..<300, using: &random)
            let minutes = [45, 60, 90, 120][Int.random(in: 0..<4, using: &random)]
            let duration = ["45m", "60", "1,5u", "2u"][[45, 60, 90, 120].firstIndex(of: minutes)!]
            let day = Day(year: 2026, month: 8, day: 1)!.adding(days: Int.random(in: 0..<365, using: &random))
            let kind = kinds[Int.random(in: 0..<kinds.count, using: &random)]
            lines.append("\(person);\(day.day)-\(day.month)-\(day.year);\(duration);\(kind);Activiteit \(index);sbl-2006:pedagogisch;primair-proces;;")
            minutesPerBoard[boardOf[String(person)]!, default: 0] += minutes
        }
        let people = folder + "/personeel.csv", activities = folder + "/activiteiten.csv"
        try windows1252(roster).write(to: URL(fileURLWithPath: people))
        try Data(([0xEF, 0xBB, 0xBF] as [UInt8]) + Array((([header] + lines).joined(separator: "\r\n") + "\r\n").utf8)).write(to: URL(fileURLWithPath: activities))
        return Files(people: people, activities: activities, minutesPerBoard: minutesPerBoard, activityLines: lines, header: header)
    }

    static func counts(_ db: String) throws -> [Int] {
        try DatabaseQueue(path: db).read { db in
            try ["person", "employment", "membership", "activity", "activity_item", "board", "school"].map { try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)")! }
        }
    }

    @Test("300 people and 20,000 activities in Dutch Excel CSV import; report --by board minutes equal the sums from the CSV; a second import changes nothing")
    func importAndReport() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let files = try Self.makeFiles(in: cli.folder)
        let people = try json(try cli.ok(["import", "people", files.people, "--format", "json"])) as! [String: Any]
        #expect(people["rows"] as? Int == 300)
        #expect(people["encoding"] as? String == "windows1252")
        #expect(people["separator"] as? String == ";")
        let activities = try json(try cli.ok(["import", "activities", files.activities, "--format", "json"])) as! [String: Any]
        #expect(activities["imported"] as? Int == 20_000)
        let report = try json(try cli.ok(["report", "--by", "board", "--year", "2026-2027", "--format", "json"])) as! [String: Any]
        let groups = report["groups"] as! [[String: Any]]
        let minutes = Dictionary(uniqueKeysWithValues: groups.map { ($0["key"] as! String, $0["minutes"] as! Int) })
        #expect(minutes == files.minutesPerBoard)
        #expect(groups.reduce(0) { $0 + ($1["people"] as! Int) } == 300)
        let rows = report["people"] as! [[String: Any]]
        #expect(rows.count == 300)
        #expect(rows.allSatisfy { $0["externalId"] != nil && $0["name"] != nil && $0["group"] != nil && $0["minutes"] != nil && $0["flags"] != nil })
        #expect((rows.first { ($0["name"] as? String)?.hasPrefix("Jeroen Bakker-Ël") == true }) != nil)   // Windows-1252 decoded
        // Importing the same files again changes nothing.
        let before = try Self.counts(cli.db)
        let again = try json(try cli.ok(["import", "activities", files.activities, "--format", "json"])) as! [String: Any]
        #expect(again["imported"] as? Int == 0 && again["unchanged"] as? Int == 20_000)
        try cli.ok(["import", "people", files.people])
        #expect(try Self.counts(cli.db) == before)
    }

    @Test("A file with one bad row in the middle is rejected whole, naming the line; with --skip-invalid exactly the good rows land")
    func badRow() throws {
        let cli = try CLI()
        try cli.ok(["init"])
        let files = try Self.makeFiles(in: cli.folder)
        try cli.ok(["import", "people", files.people])
        var lines = Array(files.activityLines.prefix(2000))
        lines[999] = lines[999].replacingOccurrences(of: ";intervisie;", with: ";intervisi3;")
            .replacingOccurrences(of: ";cursus;", with: ";cursu5;").replacingOccurrences(of: ";lesbezoek;", with: ";lesbez0ek;")
            .replacingOccurrences(of: ";studiedag;", with: ";studied4g;").replacingOccurrences(of: ";zelfstudie;", with: ";zelfstud1e;")
        let path = cli.folder + "/een-fout.csv"
        try (([files.header] + lines).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let before = try Self.counts(cli.db)
        let rejected = try cli.run(["import", "activities", path])
        #expect(rejected.status == 65)
        #expect(rejected.stderr.contains("line 1001, kind"))   // the header is line 1
        // In Dutch, the reason is Dutch too.
        let dutch = try cli.run(["import", "activities", path, "--lang", "nl"])
        #expect(dutch.status == 65 && dutch.stderr.contains("onbekende soort") && !dutch.stderr.contains("unknown kind"))
        let dutchJSON = try cli.run(["import", "activities", path, "--lang", "nl", "--dry-run", "--skip-invalid", cli.folder + "/y.csv", "--format", "json"])
        let problem = ((try json(dutchJSON.stdout) as! [String: Any])["problems"] as! [[String: Any]])[0]
        #expect(problem["code"] as? String == "unknown-kind" && (problem["reason"] as? String)?.hasPrefix("onbekende soort") == true)
        #expect(try Self.counts(cli.db) == before)
        let dryRun = try json(try cli.ok(["import", "activities", path, "--dry-run", "--skip-invalid", cli.folder + "/x.csv", "--format", "json"])) as! [String: Any]
        #expect(dryRun["imported"] as? Int == 1999)
        #expect(try Self.counts(cli.db) == before)
        let skipped = try json(try cli.ok(["import", "activities", path, "--skip-invalid", cli.folder + "/afgewezen.csv", "--format", "json"])) as! [String: Any]
        #expect(skipped["imported"] as? Int == 1999)
        #expect(skipped["rejected"] as? Int == 1)
        #expect(try Self.counts(cli.db)[3] == before[3] + 1999)
        let rejects = try String(contentsOfFile: cli.folder + "/afgewezen.csv", encoding: .utf8).split(separator: "\r\n")
        #expect(rejects.count == 2)
        #expect(rejects[0].hasSuffix(";line;reason"))
        #expect(rejects[1].contains(";1001;\"kind: unknown kind"))   // quoted: the reason holds the separator
    }

    @Test("Sign-off and a collective session: verified minutes and one activity per participant")
    func verifyAndSession() throws {
        let cli = try CLI.withSanne()
        try cli.ok(["person", "add", "Marieke Mulder", "--external-id", "200", "--school", "12AB"])
        try cli.ok(["person", "add", "Daan Jansen", "--external-id", "300", "--school", "12AB"])
        let logged = try json(try cli.ok(["log", "sanne", "1u", "lesbezoek", "Lesbezoek", "--format", "json"])) as! [String: Any]
        let id = String((logged["id"] as! String).prefix(8))
        let refused = try cli.run(["verify", id, "--by", "marieke"])
        #expect(refused.status == 65)
        #expect(refused.stderr.contains("mentor, schoolopleider or coach"))
        try cli.ok(["role", "add", "marieke", "mentor", "--since", "1-8-2026"])
        let verified = try json(try cli.ok(["verify", id, "--by", "marieke", "--note", "Besproken", "--format", "json"])) as! [String: Any]
        #expect((verified["verification"] as? [String: Any])?["note"] as? String == "Besproken")
        let session = try json(try cli.ok(["session", "add", "plg", "PLG lezen", "--duration", "1u30", "--participants", "sanne,200", "--participants", "daan",
                                          "--format", "json"])) as! [String: Any]
        #expect((session["activities"] as! [Any]).count == 3)
        let report = try json(try cli.ok(["report", "--format", "json"])) as! [String: Any]
        let group = (report["groups"] as! [[String: Any]]).first { $0["key"] as? String == "12AB" }!
        #expect(group["minutes"] as? Int == 60 + 3 * 90)
        #expect(group["verifiedMinutes"] as? Int == 60)
    }
}
