import Foundation

/// Close matches for something a user mistyped, for "did you mean" messages.
public enum Suggestions {
    /// Up to `limit` candidates closest to `input`, best first: those containing it or contained in it,
    /// then those within an edit distance of a third of the input's length (at least 2).
    /// Case and accents are ignored. An input longer than ``longestInput`` characters gets none (no name or id is that
    /// long, and comparing it would take long).
    public static func closest(to input: String, among candidates: [String], limit: Int = 3) -> [String] {
        guard input.utf8.count <= longestInput * 4 else { return [] }
        let needle = fold(input)
        guard !needle.isEmpty, needle.count <= longestInput else { return [] }
        let allowed = max(2, needle.count / 3)
        var scored: [(score: Int, candidate: String)] = []
        for candidate in candidates {
            let folded = fold(candidate)
            if folded.contains(needle) || (folded.count >= 3 && needle.contains(folded)) {
                scored.append((0, candidate))
                continue
            }
            // Compare against the whole candidate and against each of its words.
            let words = [folded] + folded.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
            // The distance is at least the difference in length: skip the words that cannot be close.
            let distance = words.filter { abs($0.count - needle.count) <= allowed }.map { editDistance(needle, $0) }.min() ?? Int.max
            if distance <= allowed { scored.append((distance, candidate)) }
        }
        return scored.sorted { ($0.score, $0.candidate) < ($1.score, $1.candidate) }.prefix(limit).map(\.candidate)
    }

    /// The longest input that gets suggestions, in characters.
    public static let longestInput = 200

    /// Lowercased, without accents (é becomes e).
    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The Levenshtein distance between two strings (insertions, deletions, substitutions).
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
