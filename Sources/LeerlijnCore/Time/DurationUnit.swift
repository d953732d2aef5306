/// The unit of a bare number in a duration column (`8` from an hours column): said by the column's name
/// (`duration_minutes`, `duur_uren`) or by `--duration-unit`; without either a bare number is refused, since
/// `8` could be minutes or hours.
public enum DurationUnit: String, CaseIterable, Sendable {
    case minutes, hours

    /// Column names (normalised: lowercase, no spaces, dashes or underscores) that say minutes.
    public static let minuteColumns = ["durationminutes", "durationinminutes", "duration(minutes)", "duurminuten", "duurinminuten", "duur(minuten)", "minuten", "minutes"]
    /// Column names (normalised) that say hours.
    public static let hourColumns = ["durationhours", "durationinhours", "duration(hours)", "duururen", "duurinuren", "duur(uren)", "uren", "hours"]

    /// The unit a (normalised) column name says, if any.
    public static func named(byColumn normalised: String) -> DurationUnit? {
        if minuteColumns.contains(normalised) { return .minutes }
        if hourColumns.contains(normalised) { return .hours }
        return nil
    }

    /// Whole minutes of `text` in a duration column of this unit: a value with its own unit (`90m`, `1,5u`) is read
    /// as written; a bare number is minutes (`90`) or hours (`8`, `1,5`), as this unit says.
    public func minutes(from text: String) throws(DurationParseError) -> Int {
        switch self {
        case .minutes: return try DurationParser.minutes(from: text, allowPlainMinutes: true)
        case .hours:
            let trimmed = text.trimmingWhitespace()
            let bare = !trimmed.isEmpty && trimmed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
            return try DurationParser.minutes(from: bare ? trimmed + "u" : text)
        }
    }
}
