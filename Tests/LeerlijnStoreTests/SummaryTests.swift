import Foundation
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Summaries for HR and schoolopleiders")
struct SummaryTests {
    @Test("The group report puts each person in their group on the reference day, sums their year, and flags idle and unverified people")
    func groupReport() throws {
        let f = try Fixture()
        // Anna is at 11AA all year; Bram moves from 11AA to 11AB on 1 January 2027; Carla is at 11AB and idle.
        try f.addPerson("Anna", "1", school: "11AA", since: day("2020-01-01"))
        try f.addPerson("Bram", "2", school: "11AA", since: day("2020-01-01"))
        try f.addPerson("Carla", "3", school: "11AB", since: day("2020-01-01"))
        _ = try f.database.editPerson("2", PersonEdit(schoolCode: "11AB", since: day("2027-01-01")), actor: "hr", today: Fixture.today)
        try f.log("1", 60, on: day("2026-08-01"))
        let last = try f.log("1", 30, on: day("2027-07-31"))
        try f.log("1", 999, on: day("2026-07-31"))      // previous school year: not counted
        try f.log("2", 45, on: day("2026-12-31"))
        try f.log("2", 15, on: day("2027-01-01"))
        let deleted = try f.log("2", 500, on: day("2027-02-01"))
        _ = try f.database.deleteActivity(deleted.activity.id.description, actor: "hr")
        _ = try f.database.addRole("3", role: .mentor, since: day("2020-01-01"), until: nil, minutesPerWeek: nil, actor: "hr")
        _ = try f.database.verifyActivity(last.activity.id.description, by: "3", note: nil, actor: "hr")

        // The partnership expects sign-off, so minutes not signed off are a signal.
        _ = try f.database.setExpectsSignOff(partnership: "test", true, actor: "hr")
        // The year is over: flags are judged on 31 July 2027, when Bram is at 11AB.
        let report = try f.database.groupReport(ReportSettings(by: .school, year: SchoolYear(startYear: 2026)), catalog: .empty, rules: .empty, today: day("2027-08-15"))
        // 11AA: Anna 60 + 30 = 90. 11AB: Bram 45 + 15 = 60 (the deleted 500 does not count), Carla 0.
        #expect(report.groups.map(\.key) == ["11AA", "11AB"])
        #expect(report.groups.map(\.minutes) == [90, 60])
        #expect(report.groups.map(\.people) == [1, 2])
        #expect(report.groups.map(\.verifiedMinutes) == [30, 0])
        let flags = Dictionary(uniqueKeysWithValues: report.people.map { ($0.name, $0.flags) })
        #expect(flags["Anna"] == [.unverified])            // 60 of 90 minutes not signed off; active on 31 July
        #expect(flags["Bram"] == [.idle, .unverified])     // last activity 1 January, more than 6 weeks before 31 July
        #expect(flags["Carla"] == [.idle])                 // nothing at all
        // Worst first by weight: Bram idle (3) + unverified (1) = 4, Carla idle = 3, Anna unverified = 1.
        #expect(report.people.map(\.name) == ["Bram", "Carla", "Anna"])
        // By board: everyone in board een.
        let byBoard = try f.database.groupReport(ReportSettings(by: .board, year: SchoolYear(startYear: 2026), flags: [.idle]), catalog: .empty, rules: .empty, today: day("2027-08-15"))
        #expect(byBoard.groups.map(\.key) == ["een"])
        #expect(byBoard.groups.first?.minutes == 150)
        #expect(Set(byBoard.people.map(\.name)) == ["Bram", "Carla"])   // --flag idle lists only the idle
    }

    @Test("People at a school are listed with their minutes this year, fewest first")
    func personSummaries() throws {
        let f = try Fixture()
        try f.addPerson("Bram", "2", school: "11AB", since: day("2020-01-01"))
        try f.addPerson("Carla", "3", school: "11AB", since: day("2020-01-01"))
        try f.log("2", 45, on: day("2026-12-31"))
        try f.log("2", 15, on: day("2027-01-01"))
        let people = try f.database.personSummaries(school: "11AB", in: SchoolYear(startYear: 2026))
        // Fewest minutes first.
        #expect(people.map(\.name) == ["Carla", "Bram"])
        #expect(people.map(\.minutes) == [0, 60])
        #expect(people.last?.lastActivity == day("2027-01-01"))
    }

    @Test("The demo builds a partnership with a starter's year, an HR overview and a schoolopleider's view")
    func demo() throws {
        let database = try LeerlijnDatabase.inMemory()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        let catalog = profiles.catalog
        let overview = try DemoPartnership.build(into: database, catalog: catalog, rules: profiles.rules, today: Fixture.today)
        #expect(overview.schoolYear == SchoolYear(startYear: 2026))
        #expect(!overview.starterActivities.isEmpty)
        #expect(overview.starterActivities.allSatisfy { overview.schoolYear.contains($0.activity.date) })
        #expect(overview.report.groups.count == 4)
        #expect(overview.report.groups.reduce(0) { $0 + $1.minutes } > 0)
        #expect(overview.report.people.contains { !$0.flags.isEmpty })
        #expect(overview.people.contains { $0.minutes == 0 })
        let organisations = try database.organisations()
        #expect(organisations.boards.count == 2)
        #expect(organisations.schools.count == 4)
        // The same day gives the same data.
        let again = try DemoPartnership.build(into: try LeerlijnDatabase.inMemory(), catalog: catalog, rules: profiles.rules, today: Fixture.today)
        // The starter's budget: a full-time starter all year has 40 hours, and uses some of them.
        let budget = try #require(overview.starterProgress.schoolYears.first?.budgets.first { $0.rule == "cao-po-starter" })
        #expect(budget.entitledMinutes == 2400)
        #expect(budget.usedMinutes > 0)
        #expect(overview.schoolopleiderRegistration?.criteria.first { $0.id == "role-duration" }?.met == false)
        // Activities are mapped to the frameworks: the starter covers the 2017 items, the schoolopleider the VELON standard.
        #expect(overview.starterActivities.allSatisfy { !$0.mappings.isEmpty })
        #expect((overview.starterCoverage?.coveredActivities ?? 0) > 0)
        #expect((overview.schoolopleiderCoverage?.coveredActivities ?? 0) > 0)
        #expect(again.starterActivities.map(\.activity.minutes) == overview.starterActivities.map(\.activity.minutes))
    }
}
