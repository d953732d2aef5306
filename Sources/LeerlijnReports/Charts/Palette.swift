/// Colours for charts that colour-blind readers can tell apart, and that stay distinct when printed in grey.
///
/// Categories use the Okabe-Ito palette (Okabe & Ito, "Color Universal Design", 2008), never red against
/// green alone; amounts use a viridis-like sequential scale from light to dark, so more is darker for every
/// reader. Charts never rely on colour only: bars carry their figure in a tooltip and every chart has a
/// table with its numbers.
public enum Palette {
    /// Okabe-Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow, black.
    public static let categorical = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The categorical colour for index `index` (repeating after eight).
    public static func category(_ index: Int) -> String { categorical[((index % categorical.count) + categorical.count) % categorical.count] }

    /// Viridis stops from light (few) to dark (many).
    public static let sequential = ["#fde725", "#addc30", "#5ec962", "#28ae80", "#21918c", "#2c728e", "#3b528b", "#472d7b", "#440154"]

    /// The sequential colour for `fraction` in 0...1 (0 gives the lightest stop), and a text colour readable on it.
    public static func sequential(_ fraction: Double) -> (fill: String, text: String) {
        let clamped = min(1, max(0, fraction.isNaN ? 0 : fraction))
        let index = Int((clamped * Double(sequential.count - 1)).rounded())
        return (sequential[index], index >= 4 ? "#ffffff" : "#000000")
    }

    /// The fill of a cell with nothing in it.
    public static let empty = "#f2f2f2"
    /// Axis lines, grid and muted text.
    public static let axis = "#555555"
    public static let grid = "#dddddd"
}
