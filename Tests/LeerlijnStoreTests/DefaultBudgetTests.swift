import Foundation
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

/// Issue 16, point 6: default budgets. Activities without a budget count toward the rule files' default budgets,
/// resolved from the person's line on the activity's day (docs/rules.md, "Default budgets").
@Suite("Default budgets")
struct DefaultBudgetTests {
    let year = SchoolYear(startYear: 2026)

    func log(_ f: Fixture, _ person: String, _ minutes: Int, on date: String, kind: String, budget: String? = nil) throws {
        _ = try f.database.logActivity(NewActivity(person: person, date: day(date), minutes: minutes, kind: kind, title: kind, budget: budget),
                                       rules: shippedProfiles.rules, actor: "test")
    }

    func used(_ f: Fixture, _ person: String, rules: RuleCatalog = shippedProfiles.rules) throws -> (budgets: [String: Int], unbudgeted: Int, report: [String: Int]) {
        let progress = try f.database.progress(of: person, year: year, rules: rules, today: Fixture.today)
        let budgets = progress.schoolYears[0].budgets.reduce(into: [String: Int]()) { $0[$1.rule] = $1.usedMinutes }.filter { $0.value > 0 }
        let facts = try f.database.read { db in try LeerlijnDatabase.personFacts(ReportSettings(by: .school, year: year), rules: rules, today: Fixture.today, db) }
        let id = try f.database.progress(of: person, year: year, rules: rules, today: Fixture.today).person
        let report = facts.first { $0.name == id }?.budgetMinutes ?? [:]
        return (budgets, progress.schoolYears[0].unbudgetedMinutes, report)
    }

    func vakbekwaam(_ f: Fixture) throws {
        try f.addPerson("Vera Vakbekwaam", "300")
        _ = try f.database.setPhase("vera", NewPhase(phase: .vakbekwaam, since: day("2020-08-01")), actor: "hr")
        _ = try f.database.addEmployment("vera", NewEmployment(since: day("2020-08-01"), fte: .fullTime, school: "11AA"), actor: "hr")
    }

    func starter(_ f: Fixture) throws {
        try f.addPerson("Sanne Starter", "301")
        _ = try f.database.setPhase("sanne", NewPhase(phase: .starter, since: day("2026-08-01")), actor: "hr")
        _ = try f.database.addEmployment("sanne", NewEmployment(since: day("2026-08-01"), fte: .fullTime, school: "11AA"), actor: "hr")
    }

    @Test("A vakbekwaam teacher's 23 h course without a budget counts as 23 h used of the professionalisation hours, in progress and the HR report")
    func vakbekwaamCourse() throws {
        let f = try Fixture()
        try vakbekwaam(f)
        try log(f, "vera", 23 * 60, on: "2026-10-01", kind: "cursus")
        let figures = try used(f, "vera")
        #expect(figures.budgets == ["cao-po-professionalisering": 1380])
        #expect(figures.unbudgeted == 0)
        #expect(figures.report == ["cao-po-professionalisering": 1380])
        // The portfolio shows the same figures (it rests on progress).
        let portfolio = try f.database.portfolio(of: "vera", from: nil, to: nil, catalog: shippedProfiles.catalog, rules: shippedProfiles.rules, today: Fixture.today)
        #expect(portfolio.progress.schoolYears.last?.budgets.first { $0.rule == "cao-po-professionalisering" }?.usedMinutes == 1380)
    }

    @Test("A starter's lesbezoek counts toward cao-po-starter and her course toward the professionalisation hours, without flags")
    func starterLesbezoek() throws {
        let f = try Fixture()
        try starter(f)
        try log(f, "sanne", 90, on: "2026-09-10", kind: "lesbezoek")
        try log(f, "sanne", 120, on: "2026-09-20", kind: "cursus")
        let figures = try used(f, "sanne")
        #expect(figures.budgets == ["cao-po-starter": 90, "cao-po-professionalisering": 120])
        #expect(figures.report == ["cao-po-starter": 90, "cao-po-professionalisering": 120])
        #expect(figures.unbudgeted == 0)
    }

    @Test("--budget none counts toward nothing; an explicit budget stays the user's choice")
    func optOut() throws {
        let f = try Fixture()
        try starter(f)
        try log(f, "sanne", 60, on: "2026-09-10", kind: "lesbezoek", budget: "none")
        try log(f, "sanne", 45, on: "2026-09-11", kind: "lesbezoek", budget: "cao-po-professionalisering")
        var figures = try used(f, "sanne")
        #expect(figures.budgets == ["cao-po-professionalisering": 45])
        #expect(figures.report == ["cao-po-professionalisering": 45])
        #expect(figures.unbudgeted == 60)
        // Editing the budget back to "" returns the activity to its default.
        let id = try f.database.activities(matching: ActivityFilter(person: "sanne")).first { $0.activity.minutes == 60 }!.activity.id
        _ = try f.database.editActivity(id.description, ActivityEdit(budget: ""), rules: shippedProfiles.rules, actor: "test")
        figures = try used(f, "sanne")
        #expect(figures.budgets == ["cao-po-starter": 60, "cao-po-professionalisering": 45])
        #expect(figures.report == ["cao-po-starter": 60, "cao-po-professionalisering": 45])
        _ = try f.database.editActivity(id.description, ActivityEdit(budget: "none"), rules: shippedProfiles.rules, actor: "test")
        #expect(try used(f, "sanne").report == ["cao-po-professionalisering": 45])
    }

    @Test("Where two budgets could take an activity, the declared priority decides; swapping it swaps the budget")
    func priorityDecides() throws {
        let f = try Fixture()
        try starter(f)
        try log(f, "sanne", 90, on: "2026-09-10", kind: "lesbezoek")
        #expect(try used(f, "sanne").budgets == ["cao-po-starter": 90])
        let swapped = RuleCatalog(rules: shippedProfiles.rules.rules.map { rule in
            var rule = rule
            if rule.id == "cao-po-starter" { rule.defaultBudget?.priority = 3 }
            return rule
        })
        #expect(swapped.defaultBudgetRules.map(\.id) == ["cao-po-professionalisering", "cao-po-starter"])
        let figures = try used(f, "sanne", rules: swapped)
        #expect(figures.budgets == ["cao-po-professionalisering": 90])
        #expect(figures.report == ["cao-po-professionalisering": 90])
        // Equal priorities: the lower rule id first.
        let equal = RuleCatalog(rules: shippedProfiles.rules.rules.map { rule in
            var rule = rule
            if rule.id == "cao-po-starter" { rule.defaultBudget?.priority = 2 }
            return rule
        })
        #expect(equal.defaultBudgetRules.map(\.id) == ["cao-po-professionalisering", "cao-po-starter"])
    }

    @Test("A default follows later changes of the line: lesbezoek after basisbekwaam goes to the professionalisation hours, before it to the starter budget")
    func followsTheLine() throws {
        let f = try Fixture()
        try starter(f)
        try log(f, "sanne", 90, on: "2026-10-15", kind: "lesbezoek")
        try log(f, "sanne", 30, on: "2026-11-10", kind: "lesbezoek")
        #expect(try used(f, "sanne").report == ["cao-po-starter": 120])
        // Judged basisbekwaam on 1 November, recorded afterwards: the second visit moves, in progress and the HR report.
        _ = try f.database.setPhase("sanne", NewPhase(phase: .basisbekwaam, since: day("2026-11-01")), actor: "hr")
        let figures = try used(f, "sanne")
        #expect(figures.budgets == ["cao-po-starter": 90, "cao-po-professionalisering": 30])
        #expect(figures.report == ["cao-po-starter": 90, "cao-po-professionalisering": 30])
        // A VO teacher's course counts toward no CAO PO budget: nothing applies, so it stays unbudgeted.
        _ = try f.database.addSchool(name: "Lyceum", code: "33CC", board: "een", sector: .vo)
        try f.addPerson("Victor VO", "302", school: "33CC")
        _ = try f.database.setPhase("victor", NewPhase(phase: .vakbekwaam, since: day("2020-08-01")), actor: "hr")
        _ = try f.database.addEmployment("victor", NewEmployment(since: day("2020-08-01"), fte: .fullTime, school: "33CC"), actor: "hr")
        try log(f, "victor", 600, on: "2026-10-01", kind: "cursus")
        let vo = try used(f, "victor")
        #expect(vo.budgets.isEmpty)
        #expect(vo.report.isEmpty)
        #expect(vo.unbudgeted == 600)
    }
}
