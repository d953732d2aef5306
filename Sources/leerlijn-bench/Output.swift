import Foundation

/// Printing results as a table, and writing them as JSON for `--json`.
enum Output {
    /// Seconds in a readable unit (ms below one second).
    static func time(_ seconds: Double) -> String {
        seconds < 1 ? String(format: "%.2f ms", seconds * 1000) : String(format: "%.2f s", seconds)
    }

    static func bytes(_ count: Int) -> String { String(format: "%.1f MB", Double(count) / 1_000_000) }

    /// The lines printed for one suite: min/median/max of Leerlijn and its baseline, their ratio, and the target.
    static func lines(for result: SuiteResult) -> [String] {
        func row(_ label: String, _ samples: Samples) -> String {
            "  \(label.padding(toLength: 44, withPad: " ", startingAt: 0)) min \(time(samples.min))  median \(time(samples.median))  max \(time(samples.max))  (\(samples.count) rounds)"
        }
        var lines = ["[\(result.suite)]", row(result.leerlijnLabel, result.leerlijn), row(result.baselineLabel, result.baseline)]
        var ratio = String(format: "  ratio (leerlijn / baseline, medians): %.2fx", result.ratio)
        if let memory = result.peakMemoryBytes { ratio += "   peak memory: \(bytes(memory))" }
        if let memory = result.baselinePeakMemoryBytes { ratio += " (baseline \(bytes(memory)))" }
        lines.append(ratio)
        for (key, value) in result.extra.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(key): " + (key.hasSuffix("Seconds") ? time(value) : String(format: "%.2f", value)))
        }
        lines.append("  target: \(result.target) -> \(result.met ? "met" : "MISSED")")
        return lines
    }

    /// The `--json` file: a list with per suite `suite`, `leerlijnSeconds` and `baselineSeconds` (medians),
    /// `ratio`, `peakMemoryBytes` where measured, and the min/max, rounds, target and further figures.
    static func writeJSON(_ results: [SuiteResult], to path: String, context: [String: Any]) throws {
        let list: [[String: Any]] = results.map { result in
            var object: [String: Any] = [
                "suite": result.suite,
                "leerlijnSeconds": result.leerlijn.median,
                "baselineSeconds": result.baseline.median,
                "ratio": result.ratio,
                "leerlijnMinSeconds": result.leerlijn.min, "leerlijnMaxSeconds": result.leerlijn.max,
                "baselineMinSeconds": result.baseline.min, "baselineMaxSeconds": result.baseline.max,
                "rounds": result.leerlijn.count,
                "leerlijn": result.leerlijnLabel, "baseline": result.baselineLabel,
                "target": result.target, "met": result.met,
            ]
            if let memory = result.peakMemoryBytes { object["peakMemoryBytes"] = memory }
            if let memory = result.baselinePeakMemoryBytes { object["baselinePeakMemoryBytes"] = memory }
            for (key, value) in result.extra { object[key] = value }
            object.merge(context) { current, _ in current }
            return object
        }
        let data = try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
        try data.write(to: URL(fileURLWithPath: path))
    }
}

/// A status line on a terminal (rewritten in place), nothing when standard error is a pipe or file.
enum Status {
    static let enabled = isatty(2) == 1

    static func show(_ text: String) {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K\(text)".utf8))
    }

    static func clear() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
