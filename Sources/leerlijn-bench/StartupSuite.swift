import Foundation

/// `startup`: `leerlijn --version` as a whole process vs `sqlite3 --version`, a small tool on the same libraries.
struct StartupSuite {
    let workspace: Workspace
    let rounds: Int

    func run() throws -> SuiteResult {
        var leerlijn = Samples(), baseline = Samples(), progress = Samples()
        _ = try ProcessRunner.check([workspace.leerlijn, "--version"], environment: workspace.environment)   // warm the page cache
        // With the full database of this run (the progress suite makes it), `leerlijn progress PERSON --format json`
        // is measured beside --version: a read-only command's fixed cost (opening the database, the profiles).
        let people = workspace.hasFullDatabase ? workspace.samplePeople(rounds) : []
        if let first = people.first { _ = try workspace.runLeerlijn(["progress", first, "--format", "json"], database: workspace.fullDatabase) }
        for round in 1...rounds {
            Status.show("startup: round \(round) of \(rounds)")
            leerlijn.add(try ProcessRunner.check([workspace.leerlijn, "--version"], environment: workspace.environment).seconds)
            baseline.add(try ProcessRunner.check(["sqlite3", "--version"]).seconds)
            if !people.isEmpty {
                progress.add(try workspace.runLeerlijn(["progress", people[round - 1], "--format", "json"], database: workspace.fullDatabase).seconds)
            }
        }
        Status.clear()
        var result = SuiteResult(suite: "startup", leerlijnLabel: "leerlijn --version", baselineLabel: "sqlite3 --version",
                                 leerlijn: leerlijn, baseline: baseline,
                                 target: people.isEmpty ? "< 30 ms" : "< 30 ms; progress PERSON --format json at most 2x --version", met: false)
        result.met = leerlijn.median < 0.030
        if !people.isEmpty {
            let versusVersion = leerlijn.median > 0 ? progress.median / leerlijn.median : 0
            result.extra["progressProcessSeconds"] = progress.median
            result.extra["progressVersusVersion"] = versusVersion
            result.met = result.met && versusVersion <= 2
        }
        return result
    }
}
