extension Day {
    /// The same day `years` later (29 February becomes 28 February in a year that has none).
    public func addingYears(_ years: Int) -> Day {
        Day(year: year + years, month: month, day: min(day, Day.daysInMonth(month, of: year + years)))!
    }
}
