import Foundation

/// `startup`: `leerlijn --version` as a whole process vs `sqlite3 --version`, a small tool on the same libraries.
struct StartupSuite {
    let workspace: Workspace
    let rounds: Int

    func run() throws -> SuiteResult {
        var leerlijn = Samples(), baseline = Samples()
        _ = try ProcessRunner.check([workspace.leerlijn, "--version"], environment: workspace.environment)   // warm the page cache
        for round in 1...rounds {
            Status.show("startup: round \(round) of \(rounds)")
            leerlijn.add(try ProcessRunner.check([workspace.leerlijn, "--version"], environment: workspace.environment).seconds)
            baseline.add(try ProcessRunner.check(["sqlite3", "--version"]).seconds)
        }
        Status.clear()
        var result = SuiteResult(suite: "startup", leerlijnLabel: "leerlijn --version", baselineLabel: "sqlite3 --version",
                                 leerlijn: leerlijn, baseline: baseline, target: "< 30 ms", met: false)
        result.met = leerlijn.median < 0.030
        return result
    }
}
