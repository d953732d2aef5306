import Foundation
import LeerlijnCore
import LeerlijnStore

/// `report`: the HR group report (by school, school year 2026-2027) over N people, as the whole
/// `leerlijn report --format json` process and as the library call, vs a hand-written SQL aggregate of the same
/// figures (per person: school, minutes, signed-off minutes, last activity; per school: people, minutes,
/// signed-off minutes, minutes per domain) run by the sqlite3 shell.
struct ReportSuite {
    let workspace: Workspace
    let rounds: Int

    static func baselineSQL(year: SchoolYear, reference: Day) -> String {
        let first = year.firstDay, last = year.lastDay
        return """
        CREATE TEMP TABLE home AS
          SELECT m.person_id, m.school_id, MAX(m.since) FROM membership m
          WHERE m.since <= '\(last)' AND (m.until IS NULL OR m.until >= '\(first)')
          GROUP BY m.person_id;
        CREATE TEMP TABLE facts AS
          SELECT p.id AS person_id, p.name, h.school_id,
                 (SELECT value FROM external_id e WHERE e.person_id = p.id ORDER BY e.id LIMIT 1) AS external_id,
                 a.minutes, a.activities, v.minutes AS verified, l.last_activity
          FROM person p
          LEFT JOIN home h ON h.person_id = p.id
          LEFT JOIN (SELECT person_id, SUM(minutes) AS minutes, COUNT(*) AS activities FROM activity
                     WHERE date BETWEEN '\(first)' AND '\(last)' AND deleted_at IS NULL GROUP BY person_id) a ON a.person_id = p.id
          LEFT JOIN (SELECT a.person_id, SUM(a.minutes) AS minutes FROM activity a JOIN verification v ON v.activity_id = a.id
                     WHERE a.date BETWEEN '\(first)' AND '\(last)' AND a.deleted_at IS NULL GROUP BY a.person_id) v ON v.person_id = p.id
          LEFT JOIN (SELECT person_id, MAX(date) AS last_activity FROM activity WHERE date <= '\(reference)' AND deleted_at IS NULL
                     GROUP BY person_id) l ON l.person_id = p.id
          WHERE h.school_id IS NOT NULL OR a.activities IS NOT NULL;
        .mode csv
        SELECT s.brin, COUNT(*), SUM(ifnull(f.minutes, 0)), SUM(ifnull(f.verified, 0))
          FROM facts f LEFT JOIN school s ON s.id = f.school_id GROUP BY s.brin ORDER BY s.brin;
        SELECT s.brin, i.framework || ':' || i.item, SUM(a.minutes)
          FROM activity_item i JOIN activity a ON a.id = i.activity_id JOIN home h ON h.person_id = a.person_id JOIN school s ON s.id = h.school_id
          WHERE i.kind = 'domain' AND a.date BETWEEN '\(first)' AND '\(last)' AND a.deleted_at IS NULL
          GROUP BY s.brin, i.framework, i.item;
        SELECT f.external_id, f.name, s.brin, ifnull(f.minutes, 0), ifnull(f.verified, 0), f.last_activity
          FROM facts f LEFT JOIN school s ON s.id = f.school_id ORDER BY ifnull(f.minutes, 0), f.name;

        """
    }

    func run() throws -> SuiteResult {
        try workspace.ensureFullDatabase()
        let year = PartnershipGenerator.reportYear, today = PartnershipGenerator.today
        let script = workspace.folder + "/report-baseline.sql"
        try Self.baselineSQL(year: year, reference: min(today, year.lastDay)).write(toFile: script, atomically: true, encoding: .utf8)
        guard let profiles = workspace.profiles else { throw ProcessRunner.Failure(description: "the shipped profiles did not load") }
        let database = try LeerlijnDatabase.open(at: workspace.fullDatabase)
        var process = Samples(), library = Samples(), baseline = Samples(), cpu = Samples(), baselineCPU = Samples()
        var peak = 0
        let output = workspace.folder + "/report.json"
        for round in 1...rounds {
            Status.show("report: round \(round) of \(rounds)")
            let outcome = try workspace.runLeerlijn(["report", "--by", "school", "--year", year.description, "--format", "json"],
                                                    database: workspace.fullDatabase, stdout: output, measureMemory: true)
            process.add(outcome.seconds)
            cpu.add(outcome.cpuSeconds)
            peak = max(peak, outcome.peakMemoryBytes)
            var report: GroupReport?
            library.add(try Clock.measure {
                report = try database.groupReport(ReportSettings(by: .school, year: year), catalog: profiles.catalog, rules: profiles.rules, today: today)
            })
            if round == 1, let report {
                let people = report.groups.reduce(0) { $0 + $1.people }
                guard people > 0 else { throw ProcessRunner.Failure(description: "the report holds no people") }
            }
            let sqlite = try ProcessRunner.check(["sqlite3", "-readonly", workspace.fullDatabase], stdin: script)
            baseline.add(sqlite.seconds)
            baselineCPU.add(sqlite.cpuSeconds)
        }
        Status.clear()
        var result = SuiteResult(suite: "report", leerlijnLabel: "leerlijn report --by school --format json (\(workspace.people) people)",
                                 baselineLabel: "SQL aggregate in the sqlite3 shell", leerlijn: process, baseline: baseline,
                                 peakMemoryBytes: peak, target: "<= 1.5x the SQL baseline and < 0.5 s", met: false)
        result.extra["librarySeconds"] = library.median
        result.extra["libraryMaxSeconds"] = library.max
        result.extra["cpuSeconds"] = cpu.median
        result.extra["baselineCpuSeconds"] = baselineCPU.median
        result.met = result.ratio <= 1.5 && process.median < 0.5
        return result
    }
}
