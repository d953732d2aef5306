import Foundation

/// `import`: `leerlijn import activities` of the M-row file as a whole process (with its peak memory) vs the
/// sqlite3 shell's `.import` of the same file into an equivalent table with the same indexes.
struct ImportSuite {
    let workspace: Workspace
    let rounds: Int

    /// The baseline's table: the file's columns, and the indexes the activity table has (person and date, date,
    /// kind, and the unique row identity that makes a re-import add nothing).
    static func baselineScript(file: String) -> String {
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE activity_csv (external_id TEXT NOT NULL, date TEXT NOT NULL, duration TEXT NOT NULL, kind TEXT NOT NULL,
                                   title TEXT NOT NULL, competences TEXT, domains TEXT, budget TEXT, verified_by TEXT);
        CREATE INDEX activity_csv_on_person_date ON activity_csv(external_id, date);
        CREATE INDEX activity_csv_on_date ON activity_csv(date);
        CREATE INDEX activity_csv_on_kind ON activity_csv(kind);
        CREATE UNIQUE INDEX activity_csv_on_identity ON activity_csv(external_id, date, duration, kind, title);
        .mode csv
        .separator ";" "\\r\\n"
        .import --skip 1 '\(file)' activity_csv
        SELECT COUNT(*) FROM activity_csv;

        """
    }

    func run() throws -> SuiteResult {
        var leerlijn = Samples(), baseline = Samples(), cpu = Samples(), baselineCPU = Samples()
        var peak = 0, baselinePeak = 0
        let script = workspace.folder + "/import-baseline.sql"
        try Self.baselineScript(file: workspace.activitiesFile).write(toFile: script, atomically: true, encoding: .utf8)
        for round in 1...rounds {
            Status.show("import: round \(round) of \(rounds)")
            let target = workspace.folder + "/import.sqlite"
            try workspace.copyDatabase(workspace.peopleDatabase, to: target)
            let report = workspace.folder + "/import-report.json"
            let outcome = try workspace.runLeerlijn(["import", "activities", workspace.activitiesFile, "--format", "json"], database: target, stdout: report, measureMemory: true)
            try Self.expectImported(report, count: workspace.activities)
            leerlijn.add(outcome.seconds)
            cpu.add(outcome.cpuSeconds)
            peak = max(peak, outcome.peakMemoryBytes)
            if !workspace.hasFullDatabase {
                try workspace.checkpoint(target)
                try workspace.copyDatabase(target, to: workspace.fullDatabase)
                workspace.hasFullDatabase = true
            }

            let plain = workspace.folder + "/import-baseline.sqlite"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: plain + suffix) }
            let out = workspace.folder + "/import-baseline.out"
            let sqlite = try ProcessRunner.check(["sqlite3", plain], stdin: script, stdout: out, measureMemory: true)
            let count = (try String(contentsOfFile: out, encoding: .utf8)).split(whereSeparator: \.isNewline).last.flatMap { Int($0) }
            guard count == workspace.activities else { throw ProcessRunner.Failure(description: "sqlite3 .import loaded \(count ?? -1) rows") }
            baseline.add(sqlite.seconds)
            baselineCPU.add(sqlite.cpuSeconds)
            baselinePeak = max(baselinePeak, sqlite.peakMemoryBytes)
        }
        Status.clear()
        let result = SuiteResult(suite: "import", leerlijnLabel: "leerlijn import activities (\(workspace.activities) rows)",
                                 baselineLabel: "sqlite3 .import into an indexed table", leerlijn: leerlijn, baseline: baseline,
                                 peakMemoryBytes: peak, baselinePeakMemoryBytes: baselinePeak,
                                 target: "<= 1.5x sqlite3 .import, peak memory < 100 MB", met: false)
        var checked = result
        checked.extra["cpuSeconds"] = cpu.median
        checked.extra["baselineCpuSeconds"] = baselineCPU.median
        checked.met = result.ratio <= 1.5 && peak < 100_000_000
        return checked
    }

    /// Requires the import's JSON report to say every row was imported.
    static func expectImported(_ path: String, count: Int) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let object = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let imported = object?["imported"] as? Int ?? -1
        guard imported == count else {
            throw ProcessRunner.Failure(description: "the import imported \(imported) of \(count) rows: \(String(decoding: data.prefix(2000), as: UTF8.self))")
        }
    }
}
