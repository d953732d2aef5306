/// A Dutch school year (schooljaar): 1 August to 31 July, named by its two calendar years, `2026-2027`.
public struct SchoolYear: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The calendar year in which the school year starts (on 1 August).
    public let startYear: Int

    /// The school year that starts on 1 August of `startYear`.
    public init(startYear: Int) { self.startYear = startYear }

    /// The school year that contains `day`.
    public init(containing day: Day) {
        self.startYear = day.month >= 8 ? day.year : day.year - 1
    }

    /// Parses `2026-2027` (also `2026/2027`); nil when the years do not follow each other.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(whereSeparator: { $0 == "-" || $0 == "/" })
        guard parts.count == 2, parts.allSatisfy({ $0.count == 4 }),
              let first = Int(parts[0]), let second = Int(parts[1]), second == first + 1 else { return nil }
        self.startYear = first
    }

    /// 1 August of the start year.
    public var firstDay: Day { Day(year: startYear, month: 8, day: 1)! }
    /// 31 July of the following year.
    public var lastDay: Day { Day(year: startYear + 1, month: 7, day: 31)! }
    /// 365, or 366 when the year holds a 29 February.
    public var numberOfDays: Int { firstDay.days(until: lastDay) + 1 }
    /// True when `day` lies in this school year.
    public func contains(_ day: Day) -> Bool { day >= firstDay && day <= lastDay }
    /// The next school year.
    public var next: SchoolYear { SchoolYear(startYear: startYear + 1) }
    /// The previous school year.
    public var previous: SchoolYear { SchoolYear(startYear: startYear - 1) }

    /// `2026-2027`.
    public var description: String { "\(startYear)-\(startYear + 1)" }

    public static func < (lhs: SchoolYear, rhs: SchoolYear) -> Bool { lhs.startYear < rhs.startYear }
}

extension SchoolYear: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let year = SchoolYear(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a school year like 2026-2027: \(text)")
        }
        self = year
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
