import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Per person-year summaries (migration v10)")
struct YearSummaryTests {
    /// The summary tables' rows, and the same figures computed from the activities.
    static func tables(_ database: LeerlijnDatabase) throws -> (kept: [[String]], recomputed: [[String]]) {
        try database.read { db in
            let year = YearSummaries.year("a.date")
            func rows(_ sql: String) throws -> [String] { try Row.fetchAll(db, sql: sql).map { $0.description } }
            let kept = [
                try rows("SELECT person_id, school_year, activities, minutes, verified_minutes, last_activity FROM person_year_total ORDER BY 1, 2"),
                try rows("SELECT person_id, school_year, budget, minutes FROM person_year_budget ORDER BY 1, 2, 3"),
                try rows("SELECT person_id, school_year, framework, item, kind, activities, minutes FROM person_year_item ORDER BY 1, 2, 3, 4, 5"),
                try rows("SELECT person_id, school_year, kind, minutes, first_day, last_day FROM person_year_unbudgeted ORDER BY 1, 2, 3"),
            ]
            let recomputed = [
                try rows("""
                    SELECT a.person_id AS person_id, \(year) AS school_year, COUNT(*) AS activities, SUM(a.minutes) AS minutes,
                           SUM(CASE WHEN EXISTS (SELECT 1 FROM verification v WHERE v.activity_id = a.id) THEN a.minutes ELSE 0 END) AS verified_minutes,
                           MAX(a.date) AS last_activity
                    FROM activity a WHERE a.deleted_at IS NULL GROUP BY 1, 2 ORDER BY 1, 2
                    """),
                try rows("""
                    SELECT a.person_id AS person_id, \(year) AS school_year, a.budget AS budget, SUM(a.minutes) AS minutes FROM activity a
                    WHERE a.deleted_at IS NULL AND a.budget IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    """),
                try rows("""
                    SELECT a.person_id AS person_id, \(year) AS school_year, i.framework AS framework, i.item AS item, i.kind AS kind,
                           COUNT(*) AS activities, SUM(a.minutes) AS minutes
                    FROM activity a JOIN activity_item i ON i.activity_id = a.id WHERE a.deleted_at IS NULL GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
                    """),
                // Issue 16 point 6 (migration v14c-default-budgets): unbudgeted minutes per kind, not opted out.
                try rows("""
                    SELECT a.person_id AS person_id, \(year) AS school_year, a.kind AS kind, SUM(a.minutes) AS minutes,
                           MIN(a.date) AS first_day, MAX(a.date) AS last_day FROM activity a
                    WHERE a.deleted_at IS NULL AND a.budget IS NULL AND a.budget_opt_out = 0 GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
                    """),
            ]
            return (kept, recomputed)
        }
    }

    @Test("Logging, editing across school years, mapping, deleting, restoring, signing off, erasing and importing keep the summaries equal to the activities")
    func keptInStep() throws {
        let f = try Fixture()
        let profiles = try ProfileLoader.loadAll(shipped: ShippedProfiles.folder())
        try f.addPerson("Anna", "1", since: day("2020-01-01"))
        try f.addPerson("Bram", "2", since: day("2020-01-01"))
        try f.addPerson("Carla", "3", since: day("2020-01-01"))
        _ = try f.database.addRole("3", role: .mentor, since: day("2020-01-01"), until: nil, minutesPerWeek: nil, actor: "hr")
        let first = try f.database.logActivity(NewActivity(person: "1", date: day("2026-09-01"), minutes: 60, kind: "intervisie", title: "Intervisie",
                                                            competences: ["sbl-2006:pedagogisch"], domains: ["primair-proces"]),
                                                catalog: profiles.catalog, rules: profiles.rules, actor: "test")
        let second = try f.log("1", 30, on: day("2026-07-15"))
        let third = try f.log("2", 45, on: day("2027-03-01"))
        var check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
        #expect(check.kept[0].count == 3)

        // An edit that moves an activity into another school year and changes its mapping; a sign-off; a delete and a restore.
        _ = try f.database.editActivity(first.activity.id.description, ActivityEdit(date: day("2027-08-02"), minutes: 90, competences: ["sbl-2006:interpersoonlijk"]),
                                        catalog: profiles.catalog, rules: profiles.rules, actor: "test")
        _ = try f.database.verifyActivity(second.activity.id.description, by: "3", note: nil, actor: "hr")
        _ = try f.database.deleteActivity(third.activity.id.description, actor: "hr")
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
        // A change of kind and an opt-out (`--budget none`) and back move the unbudgeted minutes.
        _ = try f.database.editActivity(second.activity.id.description, ActivityEdit(kind: "cursus"), actor: "test")
        #expect(try Self.tables(f.database).kept[3].count == 2)
        _ = try f.database.editActivity(second.activity.id.description, ActivityEdit(budget: "none"), actor: "test")
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
        #expect(check.kept[3].count == 1)
        _ = try f.database.editActivity(second.activity.id.description, ActivityEdit(budget: ""), actor: "test")
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
        #expect(check.kept[3].count == 2)
        _ = try f.database.restoreActivity(third.activity.id.description, actor: "hr")
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)

        // An import adds its totals at the end; a second import of the same file changes nothing.
        let file = f.folder + "/activities.csv"
        try """
            external_id;date;duration_minutes;kind;title;competences;domains;budget;verified_by
            1;2026-10-03;1,5u;intervisie;Intervisie klassenmanagement;sbl-2006:pedagogisch;primair-proces;cao-po-starter;3
            1;2026-10-04;90;cursus;Rekenen;sbl-2006:pedagogisch sbl-2006:pedagogisch;;;
            2;2027-08-01;45m;lesbezoek;Lesbezoek;;onderwijsontwikkeling;cao-po-professionalisering;
            2;2027-08-03;45m;lesbezoek;Lesbezoek twee;;;none;
            2;2027-08-04;30m;lesbezoek;Lesbezoek drie;;;;
            """.write(toFile: file, atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            _ = try f.database.importActivities(from: file, options: ImportOptions(actor: "test", today: Fixture.today), catalog: profiles.catalog, rules: profiles.rules)
            check = try Self.tables(f.database)
            #expect(check.kept == check.recomputed)
        }
        // The import dropped the insert triggers for its transaction only: they are back, and a log after it is summed.
        #expect(try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%summary%'") } == 8)
        #expect(try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%unbudgeted%'") } == 4)
        #expect(try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM activity WHERE budget_opt_out = 1") } == 1)
        try f.log("1", 20, on: day("2026-11-01"))
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
        // A dry run and a rejected file roll back with the triggers in place.
        _ = try f.database.importActivities(from: file, options: ImportOptions(dryRun: true, actor: "test", today: Fixture.today), catalog: profiles.catalog, rules: profiles.rules)
        #expect(try f.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%summary%'") } == 8)

        // Erasing a person removes their summaries with their activities.
        _ = try f.database.erasePerson("2", actor: "hr")
        check = try Self.tables(f.database)
        #expect(check.kept == check.recomputed)
    }
}
