import ArgumentParser
import Foundation

/// `leerlijn-bench`: benchmarks at partnership and national scale, each beside a baseline measured in the same
/// run on the same machine (docs/performance.md).
@main
struct LeerlijnBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leerlijn-bench",
        abstract: "Benchmark Leerlijn at partnership and national scale, side by side with baselines (sqlite3, curl).",
        discussion: """
            Examples:
              swift run -c release leerlijn-bench run --json out.json          # N=10,000 people, M=1,000,000 activities
              swift run -c release leerlijn-bench run report progress --people 2000 --activities 100000
              swift run leerlijn-bench run --quick                              # what CI runs: small, 2 rounds
              swift run leerlijn-bench generate --people 200 --activities 5000 --seed 1 --out /tmp/partnership
            See docs/performance.md.
            """,
        subcommands: [Generate.self, Run.self, Sink.self])
}

/// `generate`: the synthetic partnership as CSV files.
struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write a deterministic synthetic partnership as the CSV files `leerlijn import` reads.",
        discussion: "Files: people.csv, people-changes.csv (FTE changes), roles.csv (added through the library), activities.csv.")

    @Option(help: "Number of people.") var people = 10_000
    @Option(help: "Number of activities.") var activities = 1_000_000
    @Option(help: "The seed: the same seed and sizes give identical files.") var seed: UInt64 = 1
    @Option(help: "The folder to write to (created when missing).") var out: String

    func validate() throws {
        guard people > 0 else { throw ValidationError("--people must be at least 1") }
        guard activities >= 0 else { throw ValidationError("--activities cannot be negative") }
    }

    func run() throws {
        try PartnershipGenerator(people: people, activities: activities, seed: seed).write(to: out)
        print("wrote \(PartnershipGenerator.files.map { out + "/" + $0 }.joined(separator: ", "))")
    }
}

/// `run`: the suites, with their baselines.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run benchmark suites (all when none is named): import, report, progress, export, startup.",
        discussion: """
            Each suite runs several rounds and prints min/median/max for Leerlijn and its baseline and their ratio.
            The `leerlijn` binary measured is the one built beside this one (built first with `swift build --product
            leerlijn` in the same configuration, unless --leerlijn is given).
            """)

    enum Suite: String, ExpressibleByArgument, CaseIterable {
        case `import`, report, progress, export, startup
    }

    @Argument(help: "Suites to run: import, report, progress, export, startup (default: all).") var suites: [Suite] = []
    @Option(help: "Number of people (default 10,000; 200 with --quick).") var people: Int?
    @Option(help: "Number of activities (default 1,000,000; 5,000 with --quick).") var activities: Int?
    @Option(help: "Write the results as JSON to this file.") var json: String?
    @Flag(help: "Small sizes and 2 rounds: checks that every suite still runs (what CI runs).") var quick = false
    @Option(help: "Rounds per suite (default: 3 for import and export (2 above 300,000 activities), 5 for report, 20 processes for progress, 20 for startup; 2 with --quick).") var rounds: Int?
    @Option(help: "The seed of the generated partnership.") var seed: UInt64 = 1
    @Option(help: "The folder to work in (default: a folder in the temporary directory; removed afterwards unless --keep).") var work: String?
    @Flag(help: "Keep the work folder (generated files and databases).") var keep = false
    @Option(help: "The leerlijn binary to measure (default: the one beside leerlijn-bench, built first).") var leerlijn: String?

    func validate() throws {
        if let people, people < 1 { throw ValidationError("--people must be at least 1") }
        if let activities, activities < 1 { throw ValidationError("--activities must be at least 1") }
        if let rounds, rounds < 1 { throw ValidationError("--rounds must be at least 1") }
    }

    func run() throws {
        let people = self.people ?? (quick ? 200 : 10_000)
        let activities = self.activities ?? (quick ? 5_000 : 1_000_000)
        let chosen = suites.isEmpty ? Suite.allCases : suites
        func rounds(_ normal: Int) -> Int { self.rounds ?? (quick ? 2 : normal) }
        // Import and export take minutes each at national size: fewer rounds there keep a full run within 15 minutes.
        let heavyRounds = rounds(activities > 300_000 ? 2 : 3)
        let binary = try leerlijn ?? Self.buildLeerlijn()
        let folder = work ?? NSTemporaryDirectory() + "leerlijn-bench-\(getpid())"
        let workspace = Workspace(folder: folder, leerlijn: binary, people: people, activities: activities)
        defer { if !keep && work == nil { try? FileManager.default.removeItem(atPath: folder) } }

        let started = Clock.now()
        print("leerlijn-bench: \(people) people, \(activities) activities, seed \(seed); \(ProcessInfo.processInfo.activeProcessorCount) cores; load \(Self.loadAverage())")
        print("leerlijn: \(binary)")
        if chosen != [.startup] { try workspace.prepare(seed: seed) }
        var results: [SuiteResult] = []
        for suite in chosen {
            // The suites before write gigabytes (the export's outbox, the imports' databases): let the kernel write
            // them out now, not while the next suite is timed (a startup of 20 ms measured 30 ms right after the export).
            sync()
            let result: SuiteResult
            switch suite {
            case .import: result = try ImportSuite(workspace: workspace, rounds: heavyRounds).run()
            case .report: result = try ReportSuite(workspace: workspace, rounds: rounds(5)).run()
            case .progress: result = try ProgressSuite(workspace: workspace, people: quick ? 50 : 500, processRounds: rounds(20)).run()
            case .export: result = try ExportSuite(workspace: workspace, rounds: heavyRounds).run()
            case .startup: result = try StartupSuite(workspace: workspace, rounds: rounds(20)).run()
            }
            results.append(result)
            print(Output.lines(for: result).joined(separator: "\n"))
        }
        let total = Clock.now() - started
        print(String(format: "done in %.0f s; load %@", total, Self.loadAverage()))
        if let json {
            try Output.writeJSON(results, to: json, context: ["people": people, "activities": activities, "totalSeconds": total])
        }
    }

    /// The 1, 5 and 15 minute load averages, to judge how busy the machine was.
    static func loadAverage() -> String {
        ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// Builds `leerlijn` in this binary's configuration (when run from the source tree) and returns its path.
    static func buildLeerlijn() throws -> String {
        let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() ?? URL(fileURLWithPath: CommandLine.arguments[0])
        let folder = executable.deletingLastPathComponent()
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) {
            let configuration = folder.path.contains("/release") ? "release" : "debug"
            Status.show("building leerlijn (\(configuration))...")
            try ProcessRunner.check(["swift", "build", "-c", configuration, "--product", "leerlijn", "--package-path", root.path])
            Status.clear()
        }
        let binary = folder.appendingPathComponent("leerlijn").path
        guard FileManager.default.isExecutableFile(atPath: binary) else {
            throw ValidationError("no leerlijn binary at \(binary): build it (swift build --product leerlijn) or give --leerlijn PATH")
        }
        return binary
    }
}

/// `sink`: the export suite's xAPI sink on its own, for profiling an export by hand.
struct Sink: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run the export suite's loopback xAPI sink until interrupted, printing its endpoint.",
        discussion: "Example: LEERLIJN_LRS_ENDPOINT=$(leerlijn-bench sink | head -1) ... (or read the endpoint from the first line).")

    func run() throws {
        let sink = try SinkServer()
        FileHandle.standardOutput.write(Data((sink.endpoint + "\n").utf8))
        while true { sleep(60) }
    }
}
