import Foundation

/// Parses the durations users type into whole minutes.
///
/// Accepted: `90m`, `90 min`, `45 minuten`, `1h30`, `1u30`, `1h30m`, `1.5h`, `1,5u`, `2u`, `2 uur`, `1:30`;
/// with `allowPlainMinutes` (imports) also a bare number of minutes, `90`. A decimal number of hours must
/// come to whole minutes (`1.5h` is 90; `1.33h` is rejected: write `1h20`).
public enum DurationParser {
    /// The longest duration one activity can have: 999 hours. A guard against typing errors, not a rule.
    public static let maximumMinutes = 999 * 60

    /// The forms accepted, as shown to users in error messages.
    public static let acceptedForms = ["90m", "1h30", "1.5h", "1,5u", "2u", "1:30"]

    /// Parses `text` into a positive number of whole minutes.
    /// - Throws: ``DurationParseError`` naming the input, the reason and the accepted forms.
    public static func minutes(from text: String, allowPlainMinutes: Bool = false) throws(DurationParseError) -> Int {
        if let minutes = commonForm(text, allowPlainMinutes: allowPlainMinutes), minutes > 0, minutes <= maximumMinutes { return minutes }
        let compact = String(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace })
        guard !compact.isEmpty else { throw DurationParseError(input: text, reason: .empty) }
        let minutes: Int
        if let colon = compact.firstIndex(of: ":") {
            let hours = compact[..<colon], rest = compact[compact.index(after: colon)...]
            guard let h = wholeNumber(hours), rest.count == 2, let m = wholeNumber(rest), m < 60 else {
                throw DurationParseError(input: text, reason: .unrecognised)
            }
            minutes = h * 60 + m
        } else {
            let tokens = tokenize(compact)
            minutes = try evaluate(tokens, input: text, allowPlainMinutes: allowPlainMinutes)
        }
        guard minutes > 0 else { throw DurationParseError(input: text, reason: .notPositive) }
        guard minutes <= maximumMinutes else { throw DurationParseError(input: text, reason: .tooLong) }
        return minutes
    }

    /// Parses hours per week (`12`, `7.5`, `7,5`; 0 to 60) into whole minutes per week.
    /// - Throws: ``ValueError`` for anything else or for hours that do not come to whole minutes.
    public static func minutesPerWeek(fromHours text: String) throws(ValueError) -> Int {
        let normalised = text.trimmingWhitespace().replacingOccurrences(of: ",", with: ".")
        guard let hours = Double(normalised), hours >= 0, hours <= 60, (hours * 60).rounded() == hours * 60 else {
            throw ValueError(field: "hours per week", value: text, expected: .hoursPerWeek)
        }
        return Int((hours * 60).rounded())
    }

    /// The forms nearly every row of an import uses, read without building tokens: up to four ASCII digits without a
    /// leading zero, then nothing (plain minutes, when allowed), `m` (minutes), or `u` or `h` (hours). Nil for anything
    /// else, which the full parser then reads (and gives the same answer for these forms).
    private static func commonForm(_ text: String, allowPlainMinutes: Bool) -> Int? {
        var number = 0, digits = 0
        var unit: UInt8? = nil
        for byte in text.utf8 {
            if unit != nil { return nil }
            switch byte {
            case 0x30...0x39:
                if digits == 0 && byte == 0x30 { return nil }
                digits += 1
                guard digits <= 4 else { return nil }
                number = number * 10 + Int(byte - 0x30)
            case 0x6D, 0x75, 0x68:
                guard digits > 0 else { return nil }
                unit = byte
            default:
                return nil
            }
        }
        guard digits > 0 else { return nil }
        switch unit {
        case nil: return allowPlainMinutes ? number : nil
        case 0x6D: return number
        default: return number * 60
        }
    }

    private enum Token: Equatable {
        case number(String)
        case unit(String)
    }

    private static let hourUnits: Set<String> = ["h", "u", "uur", "uren", "hr", "hrs", "hour", "hours", "std"]
    private static let minuteUnits: Set<String> = ["m", "min", "mins", "minute", "minutes", "minuut", "minuten"]

    private static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsNumber = false
        for ch in text {
            let isNumberChar = ch.isASCII && (ch.isNumber || ch == "." || ch == ",")
            if !current.isEmpty && isNumberChar != currentIsNumber {
                tokens.append(currentIsNumber ? .number(current) : .unit(current))
                current = ""
            }
            currentIsNumber = isNumberChar
            current.append(ch)
        }
        if !current.isEmpty { tokens.append(currentIsNumber ? .number(current) : .unit(current)) }
        return tokens
    }

    private static func evaluate(_ tokens: [Token], input: String, allowPlainMinutes: Bool) throws(DurationParseError) -> Int {
        func number(_ i: Int) -> String? {
            guard i < tokens.count, case let .number(text) = tokens[i] else { return nil }
            return text
        }
        func unit(_ i: Int) -> String? {
            guard i < tokens.count, case let .unit(text) = tokens[i] else { return nil }
            return text
        }
        switch (tokens.count, number(0), unit(1), number(2), unit(3)) {
        case (1, let n?, _, _, _):
            guard allowPlainMinutes else { throw DurationParseError(input: input, reason: .missingUnit) }
            guard let m = wholeNumber(n) else { throw DurationParseError(input: input, reason: .unrecognised) }
            return m
        case (2, let n?, let u?, _, _) where minuteUnits.contains(u):
            guard let m = wholeNumber(n) else { throw DurationParseError(input: input, reason: .notWholeMinutes) }
            return m
        case (2, let n?, let u?, _, _) where hourUnits.contains(u):
            return try hoursToMinutes(n, input: input)
        case (3, let h?, let u?, let m?, _) where hourUnits.contains(u):
            return try hoursAndMinutes(h, m, input: input)
        case (4, let h?, let u?, let m?, let v?) where hourUnits.contains(u) && minuteUnits.contains(v):
            return try hoursAndMinutes(h, m, input: input)
        default:
            throw DurationParseError(input: input, reason: .unrecognised)
        }
    }

    /// `1h30`: whole hours and fewer than 60 whole minutes.
    private static func hoursAndMinutes(_ h: String, _ m: String, input: String) throws(DurationParseError) -> Int {
        guard let hours = wholeNumber(h), let mins = wholeNumber(m), m.count <= 2, mins < 60 else {
            throw DurationParseError(input: input, reason: .unrecognised)
        }
        return hours * 60 + mins
    }

    /// `1.5` or `1,5` hours to minutes; rejects values that do not come to whole minutes.
    private static func hoursToMinutes(_ text: String, input: String) throws(DurationParseError) -> Int {
        let parts = text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "." || $0 == "," })
        guard (1...2).contains(parts.count), let whole = wholeNumber(parts[0]) else {
            throw DurationParseError(input: input, reason: .unrecognised)
        }
        guard whole <= maximumMinutes else { throw DurationParseError(input: input, reason: .tooLong) }
        guard parts.count == 2 else { return whole * 60 }
        let fraction = parts[1]
        guard !fraction.isEmpty, fraction.count <= 6, let digits = wholeNumber(fraction) else {
            throw DurationParseError(input: input, reason: .unrecognised)
        }
        var scale = 1
        for _ in 0..<fraction.count { scale *= 10 }
        let numerator = digits * 60
        guard numerator % scale == 0 else { throw DurationParseError(input: input, reason: .notWholeMinutes) }
        return whole * 60 + numerator / scale
    }

    private static func wholeNumber(_ text: some StringProtocol) -> Int? {
        guard !text.isEmpty, text.count <= 9, text.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(text)
    }
}

/// A duration the user typed could not be read.
public struct DurationParseError: Error, Equatable, Sendable {
    /// Why the text was rejected.
    public enum Reason: Equatable, Sendable {
        /// Nothing was typed.
        case empty
        /// Not one of the accepted forms.
        case unrecognised
        /// A bare number: say whether it is minutes or hours.
        case missingUnit
        /// Does not come to whole minutes, e.g. `1.33h`.
        case notWholeMinutes
        /// Zero.
        case notPositive
        /// Longer than ``DurationParser/maximumMinutes``.
        case tooLong
    }
    /// What the user typed.
    public let input: String
    /// Why it was rejected.
    public let reason: Reason
    /// The forms that are accepted.
    public var acceptedForms: [String] { DurationParser.acceptedForms }

    public init(input: String, reason: Reason) {
        self.input = input
        self.reason = reason
    }
}
