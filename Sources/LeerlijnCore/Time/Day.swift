import Foundation

/// A calendar day without a time of day or time zone, e.g. the date of an activity.
///
/// Days compare and count in whole days. Text form is ISO 8601 (`2026-10-03`), which is also how
/// a day is stored and how it appears in JSON. To parse what a user types (Dutch forms included),
/// use ``DayParser``.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The year, e.g. 2026.
    public let year: Int
    /// The month, 1...12.
    public let month: Int
    /// The day of the month, 1...31.
    public let day: Int

    /// Creates a day, or nil when the combination does not exist (e.g. 29 February 2027).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Day.daysInMonth(month, of: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Creates the day that `dayNumber` days lie after 1 January 1970 (negative before it).
    public init(dayNumber: Int) {
        // Civil-from-days (H. Hinnant, "chrono-Compatible Low-Level Date Algorithms").
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// The number of days from 1 January 1970 to this day.
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> Day { Day(dayNumber: dayNumber + days) }

    /// Whole days from this day to `other` (positive when `other` is later).
    public func days(until other: Day) -> Int { other.dayNumber - dayNumber }

    /// The ISO 8601 form, `yyyy-mm-dd`.
    public var description: String {
        if (0...9999).contains(year) {
            // The common case, written digit by digit: days are written for every row of a report.
            return String(unsafeUninitializedCapacity: 10) { buffer in
                func put(_ value: Int, at offset: Int, width: Int) {
                    var value = value
                    for position in stride(from: offset + width - 1, through: offset, by: -1) {
                        buffer[position] = UInt8(48 + value % 10)
                        value /= 10
                    }
                }
                put(year, at: 0, width: 4)
                buffer[4] = UInt8(ascii: "-")
                put(month, at: 5, width: 2)
                buffer[7] = UInt8(ascii: "-")
                put(day, at: 8, width: 2)
                return 10
            }
        }
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    /// The day on which `date` falls in `timeZone` (the user's clock, at the edge of the program).
    public init(_ date: Date, in timeZone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self.year = parts.year!
        self.month = parts.month!
        self.day = parts.day!
    }

    /// Parses exactly the ISO form `yyyy-mm-dd`; nil for anything else.
    public init?(iso text: some StringProtocol) {
        // Read in place (no copy of the text) when its UTF-8 is contiguous, as it is for native strings.
        guard let parts = text.utf8.withContiguousStorageIfAvailable({ Day.isoParts($0) }) ?? Day.isoParts(Array(text.utf8)) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// Parses exactly the ISO form `yyyy-mm-dd` from its UTF-8 bytes, as a database hands them out; nil for anything else.
    public init?(isoUTF8 bytes: UnsafeBufferPointer<UInt8>) {
        guard let parts = Day.isoParts(bytes) else { return nil }
        self.init(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The numbers of `yyyy-mm-dd`, not yet checked as a calendar day.
    private static func isoParts<Bytes: RandomAccessCollection<UInt8>>(_ utf8: Bytes) -> (year: Int, month: Int, day: Int)? where Bytes.Index == Int {
        let start = utf8.startIndex
        guard utf8.count == 10, utf8[start + 4] == UInt8(ascii: "-"), utf8[start + 7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[start + index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return (y, m, d)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// True for leap years of the Gregorian calendar.
    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    /// The number of days in `month` of `year`.
    public static func daysInMonth(_ month: Int, of year: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= 48, byte <= 57 else { return nil }
            value = value * 10 + Int(byte - 48)
        }
        return value
    }
}

extension Day: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let day = Day(iso: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a yyyy-mm-dd date: \(text)")
        }
        self = day
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
