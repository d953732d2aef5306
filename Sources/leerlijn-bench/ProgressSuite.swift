import Foundation
import GRDB
import LeerlijnCore
import LeerlijnStore

/// `progress`: one person's progress (every school year on their line, every hours budget) in the library, median
/// and p99 over many people, and as a whole `leerlijn progress` process; vs the query that fetches the same
/// person's minutes per school year and budget, through GRDB in the library and in the sqlite3 shell as a process.
struct ProgressSuite {
    let workspace: Workspace
    let people: Int
    let processRounds: Int

    static func baselineSQL(_ externalID: String) -> String {
        """
        SELECT CASE WHEN substr(date, 6, 2) >= '08' THEN substr(date, 1, 4) ELSE substr(date, 1, 4) - 1 END AS year, budget, SUM(minutes)
        FROM activity WHERE person_id = (SELECT person_id FROM external_id WHERE value = '\(externalID)') AND deleted_at IS NULL
        GROUP BY year, budget;
        """
    }

    func run() throws -> SuiteResult {
        try workspace.ensureFullDatabase()
        guard let profiles = workspace.profiles else { throw ProcessRunner.Failure(description: "the shipped profiles did not load") }
        let today = PartnershipGenerator.today
        let database = try LeerlijnDatabase.open(at: workspace.fullDatabase)
        let queue = try DatabaseQueue(path: workspace.fullDatabase, configuration: { var c = Configuration(); c.readonly = true; return c }())
        var library = Samples(), libraryBaseline = Samples()
        let sample = workspace.samplePeople(people)
        _ = try database.progress(of: sample[0], year: nil, rules: profiles.rules, today: today)   // warm the caches
        for (index, person) in sample.enumerated() {
            if index % 50 == 0 { Status.show("progress: \(index) of \(sample.count) people") }
            library.add(try Clock.measure { _ = try database.progress(of: person, year: nil, rules: profiles.rules, today: today) })
            libraryBaseline.add(try Clock.measure { _ = try queue.read { db in try Row.fetchAll(db, sql: Self.baselineSQL(person)) } })
        }
        var process = Samples(), processBaseline = Samples(), version = Samples()
        // The first run writes the profile cache (once per set of profile files); the rounds measure the runs after it.
        _ = try workspace.runLeerlijn(["progress", sample[0], "--format", "json"], database: workspace.fullDatabase)
        for (index, person) in workspace.samplePeople(processRounds).enumerated() {
            Status.show("progress: process round \(index + 1) of \(processRounds)")
            process.add(try workspace.runLeerlijn(["progress", person, "--format", "json"], database: workspace.fullDatabase).seconds)
            processBaseline.add(try ProcessRunner.check(["sqlite3", "-readonly", workspace.fullDatabase, Self.baselineSQL(person)]).seconds)
            // Beside it, the fixed cost of any process of the program: the target is at most twice this.
            version.add(try ProcessRunner.check([workspace.leerlijn, "--version"], environment: workspace.environment).seconds)
        }
        Status.clear()
        var result = SuiteResult(suite: "progress", leerlijnLabel: "library progress(of:) per person (\(sample.count) people)",
                                 baselineLabel: "GRDB query of the person's minutes per year and budget", leerlijn: library, baseline: libraryBaseline,
                                 target: "< 10 ms in the library (median and p99), < 60 ms and at most 2x leerlijn --version as a process", met: false)
        result.extra["p99Seconds"] = library.percentile(99)
        result.extra["baselineP99Seconds"] = libraryBaseline.percentile(99)
        result.extra["processSeconds"] = process.median
        result.extra["processMaxSeconds"] = process.max
        result.extra["processBaselineSeconds"] = processBaseline.median
        result.extra["processRatio"] = processBaseline.median > 0 ? process.median / processBaseline.median : 0
        result.extra["processVersionSeconds"] = version.median
        let versusVersion = version.median > 0 ? process.median / version.median : 0
        result.extra["processVersusVersion"] = versusVersion
        result.met = library.median < 0.010 && library.percentile(99) < 0.010 && process.median < 0.060 && versusVersion <= 2
        return result
    }
}
