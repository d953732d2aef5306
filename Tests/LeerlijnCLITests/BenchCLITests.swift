import Foundation
import Testing

/// `leerlijn-bench generate`: the synthetic partnership the benchmarks run on.
@Suite("Benchmark data")
struct BenchCLITests {
    /// The `leerlijn-bench` executable beside `leerlijn`.
    static var bench: URL { CLI.executable.deletingLastPathComponent().appendingPathComponent("leerlijn-bench") }

    /// Gives the signers of the generated activities their roles, as the bench does (an import's verified_by must be a
    /// mentor, schoolopleider or coach on the day: the rule of `verify --by`).
    static func addSignerRoles(_ cli: CLI, data: String) throws {
        for line in try String(contentsOfFile: data + "/roles.csv", encoding: .utf8).split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ";").map(String.init)
            try cli.ok(["role", "add", fields[0], fields[1], "--since", fields[2], "--hours-per-week", fields[3]])
        }
    }

    static func generate(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = bench
        process.arguments = ["generate"] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CLI.Failure(description: "leerlijn-bench generate exited \(process.terminationStatus)") }
    }

    static let files = ["people.csv", "people-changes.csv", "roles.csv", "activities.csv"]

    @Test("The same seed and sizes give byte-identical files; another seed gives other activities")
    func deterministic() throws {
        let cli = try CLI()
        for (folder, seed) in [("a", "7"), ("b", "7"), ("c", "8")] {
            try Self.generate(["--people", "60", "--activities", "800", "--seed", seed, "--out", cli.folder + "/" + folder])
        }
        for file in Self.files {
            let a = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/a/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/b/" + file))
            #expect(a == b, "\(file) differs between two runs with the same seed")
            #expect(!a.isEmpty)
        }
        let a = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/a/activities.csv"))
        let c = try Data(contentsOf: URL(fileURLWithPath: cli.folder + "/c/activities.csv"))
        #expect(a != c)
    }

    @Test("The generated people and activities import without a rejected row")
    func importsCleanly() throws {
        let cli = try CLI()
        let data = cli.folder + "/data"
        try Self.generate(["--people", "60", "--activities", "800", "--seed", "3", "--out", data])
        try cli.ok(["init"])
        let people = try json(try cli.ok(["import", "people", data + "/people.csv", "--format", "json"])) as? [String: Any]
        #expect(people?["imported"] as? Int == 60)
        #expect(people?["rejected"] as? Int == 0)
        let changes = try json(try cli.ok(["import", "people", data + "/people-changes.csv", "--format", "json"])) as? [String: Any]
        #expect(changes?["rejected"] as? Int == 0)
        try Self.addSignerRoles(cli, data: data)
        let activities = try json(try cli.ok(["import", "activities", data + "/activities.csv", "--format", "json"])) as? [String: Any]
        #expect(activities?["imported"] as? Int == 800)
        #expect(activities?["rejected"] as? Int == 0)
        // The report over the imported partnership counts every activity of the school year once.
        let report = try json(try cli.ok(["report", "--year", "2026-2027", "--format", "json"])) as? [String: Any]
        let groups = report?["groups"] as? [[String: Any]] ?? []
        #expect(groups.reduce(0) { $0 + ($1["people"] as? Int ?? 0) } >= 1)
    }
}
