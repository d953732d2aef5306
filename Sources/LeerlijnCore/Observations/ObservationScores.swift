/// One score as read from a scores file or typed in, before it is checked against the instrument.
public struct RawScore: Hashable, Sendable {
    /// The item id as written.
    public var item: String
    /// The score as written.
    public var score: String
    /// Indicators as written: `id`, `id=yes` or `id=no` (also ja/nee, 1/0, true/false).
    public var indicators: [String]
    /// The line in the file, from 1.
    public var line: Int?

    public init(item: String, score: String, indicators: [String] = [], line: Int? = nil) {
        self.item = item
        self.score = score
        self.indicators = indicators
        self.line = line
    }
}

/// Checks scores against an instrument: every item known, every score a whole number on the scale, no
/// item twice, indicators known for their item.
public enum ObservationScores {
    /// The checked scores, in the order given.
    /// - Throws: ``ObservationError`` naming the file, line, item and reason of the first problem.
    public static func check(_ raw: [RawScore], instrument: Instrument, file: String?) throws(ObservationError) -> [ItemScore] {
        guard instrument.complete else { throw ObservationError(file: file, reason: .incompleteInstrument(instrument.id)) }
        guard !raw.isEmpty else { throw ObservationError(file: file, reason: .noScores) }
        var result: [ItemScore] = []
        var seen: [String: Int?] = [:]
        for entry in raw {
            let itemID = entry.item.trimmingWhitespace()
            func fail(_ reason: ObservationError.Reason) -> ObservationError {
                ObservationError(file: file, line: entry.line, item: itemID, reason: reason)
            }
            guard let item = instrument.item(itemID) ?? instrument.item(itemID.lowercased()) else {
                throw fail(.unknownItem(instrument: instrument.id, suggestions: Suggestions.closest(to: itemID, among: instrument.items.map(\.id))))
            }
            if let first = seen[item.id] { throw fail(.duplicateItem(firstLine: first)) }
            seen[item.id] = entry.line
            let text = entry.score.trimmingWhitespace()
            guard let score = Int(text), instrument.scale.points.contains(score) else {
                throw fail(.scoreOutsideScale(text, minimum: instrument.scale.minimum, maximum: instrument.scale.maximum))
            }
            var indicators: [String: Bool] = [:]
            let known = item.indicators.map(\.id)
            for token in entry.indicators {
                let trimmed = token.trimmingWhitespace()
                if trimmed.isEmpty { continue }
                let parts = trimmed.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace() }
                let id = parts[0]
                guard known.contains(id) else { throw fail(.badIndicator(trimmed, expected: known)) }
                if parts.count == 2 {
                    guard let value = yesNo(parts[1]) else { throw fail(.badIndicator(trimmed, expected: known.map { "\($0)=yes|no" })) }
                    indicators[id] = value
                } else {
                    indicators[id] = true
                }
            }
            result.append(ItemScore(item: item.id, score: score, indicators: indicators))
        }
        return result
    }

    /// yes/no in English or Dutch, or 1/0, true/false; nil for anything else.
    public static func yesNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "ja", "j", "1", "true", "waar": return true
        case "no", "n", "nee", "0", "false", "onwaar": return false
        default: return nil
        }
    }
}
