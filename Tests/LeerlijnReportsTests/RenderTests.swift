import Foundation
import Testing
import LeerlijnCore
import LeerlijnStore
@testable import LeerlijnReports

@Suite("Rendering and language")
struct RenderTests {
    @Test("Tables align columns, right-align numbers and flatten line breaks")
    func table() {
        let table = TableData(headers: ["name", "minutes"], rows: [["Sanne", "90"], ["Daan\nJansen", "5"]], numericColumns: [1])
        #expect(table.renderTable() == """
            name         minutes
            -----------  -------
            Sanne             90
            Daan Jansen        5

            """)
    }

    @Test("CSV quotes fields with separators, quotes or line breaks (RFC 4180)")
    func csv() {
        let table = TableData(headers: ["title", "minutes"], rows: [["Intervisie, deel 1", "90"], ["Zei \"ja\"", "5"], ["a;b", "1"]])
        #expect(table.renderCSV() == "title,minutes\r\n\"Intervisie, deel 1\",90\r\n\"Zei \"\"ja\"\"\",5\r\n\"a;b\",1\r\n")
    }

    @Test("Durations print in a form log accepts: 45m, 2h, 1h30, and 1u30 in Dutch")
    func durations() throws {
        #expect(Formatting.duration(45, .en) == "45m")
        #expect(Formatting.duration(120, .en) == "2h")
        #expect(Formatting.duration(90, .en) == "1h30")
        #expect(Formatting.duration(65, .nl) == "1u05")
        for minutes in [1, 59, 60, 61, 90, 600, 1275] {
            for language in Language.allCases {
                #expect(try DurationParser.minutes(from: Formatting.duration(minutes, language)) == minutes)
            }
        }
    }

    @Test("The language is --lang, else LC_ALL, LC_MESSAGES or LANG, else English")
    func language() {
        #expect(Language.resolve(flag: .nl, environment: ["LANG": "en_US.UTF-8"]) == .nl)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "nl_NL.UTF-8"]) == .nl)
        #expect(Language.resolve(flag: nil, environment: ["LC_ALL": "en_GB.UTF-8", "LANG": "nl_NL.UTF-8"]) == .en)
        #expect(Language.resolve(flag: nil, environment: ["LANG": "nl_BE"]) == .nl)
        #expect(Language.resolve(flag: nil, environment: [:]) == .en)
    }

    @Test("Errors become a message in the user's language and a category for the exit code")
    func errorMessages() {
        let notFound = StoreError.lookup(.notFound(.person, query: "sane", suggestions: ["Sanne de Vries"]))
        let en = Strings.en.describe(notFound)
        #expect(en.category == .notFound)
        #expect(en.text.contains("sane") && en.text.contains("Sanne de Vries"))
        let nl = Strings.nl.describe(notFound)
        #expect(nl.text == "Geen persoon gevonden voor 'sane'. Bedoelde je: Sanne de Vries?")
        let duration = Strings.nl.describe(DurationParseError(input: "1.33h", reason: .notWholeMinutes))
        #expect(duration.category == .badData)
        #expect(duration.text.contains("1,5u"))
        #expect(Strings.en.describe(StoreError.databaseMissing(path: "/x.sqlite")).text.contains("leerlijn init --db /x.sqlite"))
        #expect(Strings.en.describe(StoreError.busy(detail: "locked")).category == .temporary)
    }

    @Test("Dutch and English headers differ where the words differ, and are never empty")
    func stringTables() {
        let en = Views(language: .en).activities([]).headers
        let nl = Views(language: .nl).activities([]).headers
        #expect(en.count == nl.count)
        #expect(nl.allSatisfy { !$0.isEmpty })
        #expect(nl.contains("datum") && nl.contains("duur") && nl.contains("soort"))
        #expect(!nl.contains("date") && !nl.contains("duration"))
    }

    @Test("JSON output is pretty, sorted, with ISO 8601 days and times")
    func json() throws {
        let activity = Activity(
            id: ActivityID(UUID(uuidString: "00000000-0000-0000-0000-000000000001")!), personId: PersonID(UUID(uuidString: "00000000-0000-0000-0000-000000000002")!),
            date: Day(year: 2026, month: 10, day: 3)!, minutes: 90, kind: "intervisie", title: "Intervisie",
            createdAt: Date(timeIntervalSince1970: 0), updatedAt: Date(timeIntervalSince1970: 0))
        let text = try JSONOutput.render(ActivityEntry(activity: activity, personName: "Sanne", evidence: []))
        let object = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [String: Any]
        #expect(object["minutes"] as? Int == 90)
        #expect(object["date"] as? String == "2026-10-03")
        #expect(object["createdAt"] as? String == "1970-01-01T00:00:00Z")
        #expect(object["id"] as? String == "00000000-0000-0000-0000-000000000001")
        #expect(object["personName"] as? String == "Sanne")
    }
}
