import Foundation
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Summaries for HR and schoolopleiders")
struct SummaryTests {
    @Test("School summaries count each activity for the school the person belonged to on its date")
    func schoolSummaries() throws {
        let f = try Fixture()
        // Anna is at 11AA all year; Bram moves from 11AA to 11AB on 1 January 2027; Carla is at 11AB and idle.
        try f.addPerson("Anna", "1", school: "11AA", since: day("2020-01-01"))
        try f.addPerson("Bram", "2", school: "11AA", since: day("2020-01-01"))
        try f.addPerson("Carla", "3", school: "11AB", since: day("2020-01-01"))
        _ = try f.database.editPerson("2", PersonEdit(schoolCode: "11AB", since: day("2027-01-01")), actor: "hr", today: Fixture.today)
        try f.log("1", 60, on: day("2026-08-01"))
        try f.log("1", 30, on: day("2027-07-31"))
        try f.log("1", 999, on: day("2026-07-31"))      // previous school year: not counted
        try f.log("2", 45, on: day("2026-12-31"))       // Bram still at 11AA
        try f.log("2", 15, on: day("2027-01-01"))       // Bram at 11AB
        let deleted = try f.log("2", 500, on: day("2027-02-01"))
        _ = try f.database.deleteActivity(deleted.activity.id.description, actor: "hr")

        let summaries = try f.database.schoolSummaries(in: SchoolYear(startYear: 2026), board: "een")
        // 11AA: Anna 60 + 30, Bram 45 -> 3 activities, 135 minutes; people Anna and Bram.
        // 11AB: Bram 15 -> 1 activity, 15 minutes; people Bram and Carla; Carla without activity.
        #expect(summaries.map(\.school) == ["11AA", "11AB"])
        #expect(summaries.map(\.minutes) == [135, 15])
        #expect(summaries.map(\.activities) == [3, 1])
        #expect(summaries.map(\.people) == [2, 2])
        #expect(summaries.map(\.peopleWithoutActivity) == [0, 1])

        let people = try f.database.personSummaries(school: "11AB", in: SchoolYear(startYear: 2026))
        // Fewest minutes first; minutes are the person's whole year, wherever logged.
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
        #expect(overview.schools.count == 2)
        #expect(overview.schools.reduce(0) { $0 + $1.minutes } > 0)
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
