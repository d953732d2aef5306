import Foundation

/// Shared pieces of the SVG charts: the root element with its accessible name, coordinates and axis ticks.
enum SVG {
    /// A coordinate with at most one decimal, always with a dot.
    static func n(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
    }

    /// The opening `<svg>` with `<title>` and `<desc>`, named for screen readers by `aria-labelledby`.
    static func open(id: String, width: Double, height: Double, title: String, description: String) -> String {
        let id = HTML.escape(id)
        return "<svg class=\"chart-svg\" viewBox=\"0 0 \(n(width)) \(n(height))\" width=\"\(n(width))\" height=\"\(n(height))\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" font-family=\"system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif\" font-size=\"11\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
    }

    /// Text at a point, escaped.
    static func text(_ value: String, x: Double, y: Double, anchor: String = "start", fill: String = "#000000", size: Double? = nil, weight: String? = nil) -> String {
        "<text x=\"\(n(x))\" y=\"\(n(y))\" text-anchor=\"\(anchor)\" fill=\"\(fill)\"\(size.map { " font-size=\"\(n($0))\"" } ?? "")\(weight.map { " font-weight=\"\($0)\"" } ?? "")>\(HTML.escape(value))</text>"
    }

    /// A "nice" upper bound and tick step for values up to `maximum`: 1, 2 or 5 times a power of ten (in `unit`s:
    /// with 60, steps of whole hours for values in minutes), about 4 ticks.
    static func ticks(maximum: Double, unit: Double = 1) -> (top: Double, step: Double) {
        guard maximum > 0 else { return (unit, unit) }
        if unit != 1 {
            let (top, step) = ticks(maximum: maximum / unit)
            let wholeStep = max(1, step.rounded(.up))
            return ((top / wholeStep).rounded(.up) * wholeStep * unit, wholeStep * unit)
        }
        let rough = maximum / 4
        let power = pow(10, floor(log10(rough)))
        let step = [1.0, 2, 5, 10].map { $0 * power }.first { $0 >= rough } ?? 10 * power
        return (ceil(maximum / step) * step, step)
    }

    /// Cuts a label to about `characters` characters with an ellipsis (the full text stays in the tooltip and table).
    static func fit(_ label: String, characters: Int) -> String {
        label.count <= characters ? label : String(label.prefix(max(1, characters - 1))) + "…"
    }
}
