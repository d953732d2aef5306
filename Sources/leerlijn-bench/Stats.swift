/// Timings of several rounds of one measurement, in seconds.
struct Samples: Codable {
    private(set) var values: [Double] = []

    init(_ values: [Double] = []) { self.values = values }

    mutating func add(_ seconds: Double) { values.append(seconds) }

    var count: Int { values.count }
    var min: Double { values.min() ?? 0 }
    var max: Double { values.max() ?? 0 }
    /// The middle value (the mean of the two middle values for an even count).
    var median: Double { percentile(50) }
    /// The value below which `p` percent of the rounds fall (nearest rank).
    func percentile(_ p: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let sorted = values.sorted()
        if p == 50 {
            let middle = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
        }
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[Swift.min(Swift.max(rank, 1), sorted.count) - 1]
    }
}

/// One suite's result: Leerlijn and its baseline, measured in the same run.
struct SuiteResult {
    /// `import`, `report`, `progress`, `export` or `startup`.
    var suite: String
    /// What was measured, for the printed table.
    var leerlijnLabel: String
    var baselineLabel: String
    var leerlijn: Samples
    var baseline: Samples
    /// Peak resident memory of Leerlijn's process, where measured.
    var peakMemoryBytes: Int?
    /// Peak resident memory of the baseline's process, where measured.
    var baselinePeakMemoryBytes: Int?
    /// The target, in words, and whether this run met it.
    var target: String
    var met: Bool
    /// Further figures (the progress suite's p99 and whole-process timings, the export's throughputs).
    var extra: [String: Double] = [:]

    /// Leerlijn's median over the baseline's median (for export: time, so the throughput ratio is its inverse).
    var ratio: Double { baseline.median > 0 ? leerlijn.median / baseline.median : 0 }
}
