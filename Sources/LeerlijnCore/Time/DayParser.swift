/// Parses the dates users type: `2026-10-03`, `3-10-2026`, `today`/`vandaag`, `yesterday`/`gisteren`.
///
/// Parsing is pure: the caller passes today's date, so tests and imports are repeatable.
public enum DayParser {
    /// The forms accepted, as shown to users in error messages.
    public static let acceptedForms = ["2026-10-03", "3-10-2026", "today", "vandaag", "yesterday", "gisteren"]

    /// Parses `text` relative to `today`.
    /// - Throws: ``DateParseError`` naming the input and the accepted forms.
    public static func parse(_ text: String, today: Day) throws(DateParseError) -> Day {
        let trimmed = text.trimmingWhitespace()
        switch trimmed.lowercased() {
        case "today", "vandaag": return today
        case "yesterday", "gisteren": return today.adding(days: -1)
        default: break
        }
        if let day = Day(iso: trimmed) { return day }
        let parts = trimmed.split(separator: "-", omittingEmptySubsequences: false)
        if parts.count == 3, (1...2).contains(parts[0].count), (1...2).contains(parts[1].count), parts[2].count == 4,
           let d = Day.number(ArraySlice(parts[0].utf8)), let m = Day.number(ArraySlice(parts[1].utf8)),
           let y = Day.number(ArraySlice(parts[2].utf8)) {
            if let day = Day(year: y, month: m, day: d) { return day }
            throw DateParseError(input: text, reason: .noSuchDay)
        }
        if trimmed.count == 10, trimmed.utf8.filter({ $0 == UInt8(ascii: "-") }).count == 2,
           trimmed.prefix(4).allSatisfy(\.isNumber) {
            throw DateParseError(input: text, reason: .noSuchDay)
        }
        throw DateParseError(input: text, reason: .unrecognised)
    }
}

/// A date the user typed could not be read.
public struct DateParseError: Error, Equatable, Sendable {
    /// Why the text was rejected.
    public enum Reason: Equatable, Sendable {
        /// Not one of the accepted forms.
        case unrecognised
        /// The form is right but the day does not exist (e.g. 31-2-2026).
        case noSuchDay
    }
    /// What the user typed.
    public let input: String
    /// Why it was rejected.
    public let reason: Reason
    /// The forms that are accepted.
    public var acceptedForms: [String] { DayParser.acceptedForms }

    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }
}

extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and newlines.
    func trimmingWhitespace() -> String {
        // Most values have nothing to trim: return them as they are, without copying.
        if let first = unicodeScalars.first, let last = unicodeScalars.last, !first.properties.isWhitespace, !last.properties.isWhitespace {
            return String(self)
        }
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(String.UnicodeScalarView(scalars))
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and newlines; an ASCII first and last byte that are no space
    /// answer without looking up Unicode properties (the common case, on every field of an import).
    func trimmingWhitespace() -> String {
        if let first = utf8.first, let last = utf8.last, first < 0x80, last < 0x80,
           first != 0x20, !(0x09...0x0D).contains(first), last != 0x20, !(0x09...0x0D).contains(last) {
            return self
        }
        return Substring(self).trimmingWhitespace()
    }
}
