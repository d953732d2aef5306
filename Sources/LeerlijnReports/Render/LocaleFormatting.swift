import LeerlijnCore

extension Formatting {
    /// A day as people write it: "3 October 2026", "3 oktober 2026".
    public static func longDate(_ day: Day, _ language: Language) -> String {
        "\(day.day) \(language.page.months[day.month - 1]) \(day.year)"
    }

    /// A month and year: "October 2026", "oktober 2026".
    public static func monthName(year: Int, month: Int, _ language: Language) -> String {
        "\(language.page.months[month - 1]) \(year)"
    }

    /// A short month label for chart axes: "Oct", "okt".
    public static func shortMonth(_ month: Int, _ language: Language) -> String {
        language.page.shortMonths[month - 1]
    }

    /// A number with at most `decimals` decimals in the language's notation, trailing zeros dropped:
    /// `decimal(1.5, .nl)` is "1,5", `decimal(40, .en)` is "40".
    public static func decimal(_ value: Double, _ language: Language, decimals: Int = 1) -> String {
        var scale = 1
        for _ in 0..<max(0, decimals) { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let whole = scaled / scale
        var fraction = scale > 1 ? String(scaled % scale) : ""
        while fraction.count < decimals && scale > 1 { fraction = "0" + fraction }
        while fraction.hasSuffix("0") { fraction.removeLast() }
        let sign = value < 0 && scaled > 0 ? "-" : ""
        return sign + String(whole) + (fraction.isEmpty ? "" : language.page.decimalSeparator + fraction)
    }

    /// Minutes as hours in words with at most one decimal: "1.5 hours", "1,5 uur", "40 uur".
    /// A duration exactly, in words: `45 min`, `22 uur 15 min`, `3 hours` (pages' tables and figures; chart axes keep ``hours(_:_:)``).
    public static func exactDuration(_ minutes: Int, _ language: Language) -> String {
        language.reportStrings.duration(minutes)
    }

    public static func hours(_ minutes: Int, _ language: Language) -> String {
        let text = decimal(Double(minutes) / 60, language)
        return language.page.hours(text, text == "1")
    }
}
