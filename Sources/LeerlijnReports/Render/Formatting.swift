import LeerlijnCore

/// Numbers as people read them.
public enum Formatting {
    /// Minutes as a duration that `log` also accepts: `45m`, `2h`, `1h30` (Dutch: `2u`, `1u30`).
    public static func duration(_ minutes: Int, _ language: Language) -> String {
        let hourUnit = language == .nl ? "u" : "h"
        let sign = minutes < 0 ? "-" : ""
        let value = abs(minutes)
        if value < 60 { return "\(sign)\(value)m" }
        let hours = value / 60, rest = value % 60
        if rest == 0 { return "\(sign)\(hours)\(hourUnit)" }
        return "\(sign)\(hours)\(hourUnit)\(rest < 10 ? "0" : "")\(rest)"
    }
}
