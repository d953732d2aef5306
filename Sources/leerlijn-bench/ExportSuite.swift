import Foundation
import GRDB
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnStore

/// `export`: `leerlijn export --register lrs` of all M activities (queueing the statements and sending them) to a
/// sink on loopback, vs curl posting the identical batches (the same payloads, batch size and concurrency) to the
/// same sink. Compared as throughput: statements per second.
struct ExportSuite {
    let workspace: Workspace
    let rounds: Int

    func run() throws -> SuiteResult {
        try workspace.ensureFullDatabase()
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder())
        guard let register = registers.first(where: { $0.id == "lrs" }) else { throw ProcessRunner.Failure(description: "no lrs register in exports/") }
        let sink = try SinkServer()
        let environment = ["LEERLIJN_LRS_ENDPOINT": sink.endpoint, "LEERLIJN_LRS_USERNAME": "bench", "LEERLIJN_LRS_PASSWORD": "bench"]
        let target = workspace.folder + "/export.sqlite"
        var leerlijn = Samples(), baseline = Samples(), cpu = Samples(), baselineCPU = Samples()
        var peak = 0
        var curlConfig: String?
        for round in 1...rounds {
            Status.show("export: round \(round) of \(rounds)")
            try workspace.copyDatabase(workspace.fullDatabase, to: target)
            // The copy's 800 MB are written back by the kernel: let that finish before the measured run, so that
            // neither side pays for it.
            sync()
            sink.reset()
            let report = workspace.folder + "/export-report.json"
            let outcome = try workspace.runLeerlijn(["export", "--register", "lrs", "--format", "json"], database: target, stdout: report, environment: environment,
                                                   measureMemory: true)
            let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: report))) as? [String: Any]
            guard object?["sent"] as? Int == workspace.activities, sink.statements == workspace.activities else {
                throw ProcessRunner.Failure(description: "leerlijn export sent \(object?["sent"] ?? "?") and the sink received \(sink.statements) of \(workspace.activities)")
            }
            leerlijn.add(outcome.seconds)
            cpu.add(outcome.cpuSeconds)
            peak = max(peak, outcome.peakMemoryBytes)

            if curlConfig == nil { curlConfig = try writeBatches(from: workspace.fullDatabase, register: register, endpoint: sink.endpoint) }
            sink.reset()
            sync()
            let curl = try ProcessRunner.check(["curl", "--silent", "--show-error", "--fail", "--parallel", "--parallel-max", String(register.concurrency),
                                                "--config", curlConfig!])
            guard sink.statements == workspace.activities else {
                throw ProcessRunner.Failure(description: "curl delivered \(sink.statements) of \(workspace.activities) statements")
            }
            baseline.add(curl.seconds)
            baselineCPU.add(curl.cpuSeconds)
        }
        Status.clear()
        var result = SuiteResult(suite: "export", leerlijnLabel: "leerlijn export --register lrs (\(workspace.activities) statements)",
                                 baselineLabel: "curl --parallel-max \(register.concurrency), the same \(register.batchSize)-statement batches",
                                 leerlijn: leerlijn, baseline: baseline, peakMemoryBytes: peak,
                                 target: ">= 0.7x curl's throughput (time ratio <= 1.43)", met: false)
        let throughput = Double(workspace.activities) / max(leerlijn.median, 1e-9)
        let curlThroughput = Double(workspace.activities) / max(baseline.median, 1e-9)
        result.extra["statementsPerSecond"] = throughput
        result.extra["baselineStatementsPerSecond"] = curlThroughput
        result.extra["throughputRatio"] = throughput / curlThroughput
        result.extra["cpuSeconds"] = cpu.median
        result.extra["baselineCpuSeconds"] = baselineCPU.median
        result.met = throughput / curlThroughput >= 0.7
        return result
    }

    /// Writes the statements Leerlijn sends, in its batches (the same bytes, built by the library from a copy of the same
    /// database), one file per batch, and a curl config that posts them all.
    func writeBatches(from database: String, register: LeerlijnCore.Register, endpoint: String) throws -> String {
        let folder = workspace.folder + "/export-batches"
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let copy = workspace.folder + "/export-batches.sqlite"
        try workspace.copyDatabase(database, to: copy)
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: copy + suffix) } }
        let store = try LeerlijnDatabase.open(at: copy)
        guard let vocabulary = register.xapi else { throw ProcessRunner.Failure(description: "the lrs register has no xapi vocabulary") }
        var writer = XAPIStatementWriter(vocabulary: vocabulary, kinds: try store.activityKinds())
        let unsent = try store.unsentStatements(register: register.id, person: nil, since: nil)
        let config = try CSVWriter(path: workspace.folder + "/export-curl.config", lineEnd: "\n")
        let authorization = "Basic " + Data("bench:bench".utf8).base64EncodedString()
        var index = 0
        var pending: [StatementFields] = []
        func flush() throws {
            guard !pending.isEmpty else { return }
            var body: [UInt8] = [0x5B]
            for fields in pending {
                if body.count > 1 { body.append(0x2C) }
                writer.write(fields, to: &body)
            }
            body.append(0x5D)
            let file = folder + "/batch-\(index).json"
            try Data(body).write(to: URL(fileURLWithPath: file))
            if index > 0 { config.line("next") }
            config.line("url = \"\(endpoint)/statements\"")
            config.line("data-binary = \"@\(file)\"")
            config.line("header = \"Content-Type: application/json\"")
            config.line("header = \"X-Experience-API-Version: 1.0.3\"")
            config.line("header = \"Authorization: \(authorization)\"")
            config.line("output = \"/dev/null\"")
            index += 1
            pending.removeAll(keepingCapacity: true)
        }
        // Leerlijn sends a page of activities at a time, cut into batches of batchSize.
        while case let page = try unsent.next(limit: 2_000), !page.isEmpty {
            for start in stride(from: 0, to: page.count, by: register.batchSize) {
                pending = Array(page[start..<min(start + register.batchSize, page.count)])
                try flush()
            }
        }
        try config.close()
        return workspace.folder + "/export-curl.config"
    }
}
