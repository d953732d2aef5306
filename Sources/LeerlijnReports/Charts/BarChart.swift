/// A bar chart as SVG: one or more series over categories, vertical (columns, for months) or horizontal
/// (bars, for schools, phases and areas with long names). Each bar has a tooltip with its figure; a legend
/// names the series. The chart is drawn by the library, with no script.
public struct BarChart: Sendable {
    /// One series of values, one per category.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]

        public init(name: String, values: [Double]) {
            self.name = name
            self.values = values
        }
    }

    public enum Orientation: Sendable { case vertical, horizontal }

    /// The chart's name and a sentence describing it, for `<title>` and `<desc>`.
    public var title: String
    public var description: String
    public var categories: [String]
    public var series: [Series]
    public var orientation: Orientation
    /// Formats a value for axis ticks and tooltips (e.g. as hours in the reader's language).
    public var format: @Sendable (Double) -> String
    /// The chart's width in SVG units.
    public var width: Double
    /// The unit the axis ticks step in: 60 for values in minutes shown as hours, so ticks fall on whole hours.
    public var tickUnit: Double

    public init(title: String, description: String, categories: [String], series: [Series], orientation: Orientation = .vertical,
                width: Double = 640, tickUnit: Double = 1, format: @escaping @Sendable (Double) -> String) {
        self.tickUnit = tickUnit
        self.title = title
        self.description = description
        self.categories = categories
        self.series = series
        self.orientation = orientation
        self.width = width
        self.format = format
    }

    /// The SVG element; `id` must be unique in the page (it names the title and description).
    public func svg(id: String) -> String {
        orientation == .vertical ? vertical(id: id) : horizontal(id: id)
    }

    private var maximum: Double { series.flatMap(\.values).max() ?? 0 }

    private func legend(x: Double, y: Double) -> (String, Double) {
        guard series.count > 1 else { return ("", 0) }
        var out = "<g class=\"legend\">"
        var cursor = x, row = 0.0
        for (index, item) in series.enumerated() {
            let itemWidth = 18 + Double(item.name.count) * 6.2 + 14
            if cursor + itemWidth > width - 8 && cursor > x {
                cursor = x
                row += 16
            }
            out += "<rect x=\"\(SVG.n(cursor))\" y=\"\(SVG.n(y + row))\" width=\"12\" height=\"12\" fill=\"\(Palette.category(index))\" stroke=\"#333\" stroke-width=\"0.5\"/>"
            out += SVG.text(item.name, x: cursor + 16, y: y + row + 10)
            cursor += itemWidth
        }
        return (out + "</g>", row + 20)
    }

    private func vertical(id: String) -> String {
        let left = 64.0, right = 8.0, top = 10.0, bottom = 34.0
        let (legendMarkup, legendHeight) = legend(x: left, y: 0)
        let plotTop = top + legendHeight
        let plotHeight = 180.0
        let height = plotTop + plotHeight + bottom
        let (topValue, step) = SVG.ticks(maximum: maximum, unit: tickUnit)
        let plotWidth = width - left - right
        let groupWidth = categories.isEmpty ? plotWidth : plotWidth / Double(categories.count)
        let barWidth = max(2, (groupWidth * 0.8) / Double(max(1, series.count)))
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description) + legendMarkup
        var tick = 0.0
        while tick <= topValue + step / 2 {
            let y = plotTop + plotHeight - tick / topValue * plotHeight
            out += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(y))\" y2=\"\(SVG.n(y))\" stroke=\"\(Palette.grid)\"/>"
            out += SVG.text(format(tick), x: left - 4, y: y + 4, anchor: "end", fill: Palette.axis)
            tick += step
        }
        let labelEvery = max(1, Int((Double(categories.count) * 34 / plotWidth).rounded(.up)))
        for (index, category) in categories.enumerated() {
            let x0 = left + Double(index) * groupWidth + groupWidth * 0.1
            for (seriesIndex, item) in series.enumerated() {
                let value = index < item.values.count ? item.values[index] : 0
                let barHeight = value / topValue * plotHeight
                let x = x0 + Double(seriesIndex) * barWidth
                out += "<rect x=\"\(SVG.n(x))\" y=\"\(SVG.n(plotTop + plotHeight - barHeight))\" width=\"\(SVG.n(barWidth))\" height=\"\(SVG.n(barHeight))\" fill=\"\(Palette.category(seriesIndex))\">"
                out += "<title>\(HTML.escape(category)), \(HTML.escape(item.name)): \(HTML.escape(format(value)))</title></rect>"
            }
            if index % labelEvery == 0 {
                out += SVG.text(SVG.fit(category, characters: Int(groupWidth * Double(labelEvery) / 6.2)), x: left + (Double(index) + 0.5) * groupWidth,
                                y: plotTop + plotHeight + 16, anchor: "middle")
            }
        }
        out += "<line x1=\"\(SVG.n(left))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(plotTop + plotHeight))\" y2=\"\(SVG.n(plotTop + plotHeight))\" stroke=\"\(Palette.axis)\"/>"
        return out + "</svg>"
    }

    private func horizontal(id: String) -> String {
        let labelWidth = 150.0, right = 70.0, top = 6.0
        let (legendMarkup, legendHeight) = legend(x: 8, y: 0)
        let barHeight = 14.0, gap = 10.0
        let rowHeight = barHeight * Double(max(1, series.count)) + gap
        let plotTop = top + legendHeight
        let height = plotTop + rowHeight * Double(categories.count) + 22
        let (topValue, step) = SVG.ticks(maximum: maximum, unit: tickUnit)
        let plotWidth = width - labelWidth - right
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description) + legendMarkup
        var tick = 0.0
        let bottom = plotTop + rowHeight * Double(categories.count)
        while tick <= topValue + step / 2 {
            let x = labelWidth + tick / topValue * plotWidth
            out += "<line x1=\"\(SVG.n(x))\" x2=\"\(SVG.n(x))\" y1=\"\(SVG.n(plotTop))\" y2=\"\(SVG.n(bottom))\" stroke=\"\(Palette.grid)\"/>"
            out += SVG.text(format(tick), x: x, y: bottom + 14, anchor: "middle", fill: Palette.axis)
            tick += step
        }
        for (index, category) in categories.enumerated() {
            let y0 = plotTop + Double(index) * rowHeight + gap / 2
            out += SVG.text(SVG.fit(category, characters: Int((labelWidth - 10) / 6.6)), x: labelWidth - 6, y: y0 + rowHeight / 2, anchor: "end")
            for (seriesIndex, item) in series.enumerated() {
                let value = index < item.values.count ? item.values[index] : 0
                let length = value / topValue * plotWidth
                let y = y0 + Double(seriesIndex) * barHeight
                out += "<rect x=\"\(SVG.n(labelWidth))\" y=\"\(SVG.n(y))\" width=\"\(SVG.n(length))\" height=\"\(SVG.n(barHeight - 2))\" fill=\"\(Palette.category(seriesIndex))\">"
                out += "<title>\(HTML.escape(category)), \(HTML.escape(item.name)): \(HTML.escape(format(value)))</title></rect>"
                out += SVG.text(format(value), x: labelWidth + length + 4, y: y + barHeight - 4, fill: Palette.axis, size: 10)
            }
        }
        out += "<line x1=\"\(SVG.n(labelWidth))\" x2=\"\(SVG.n(labelWidth))\" y1=\"\(SVG.n(plotTop))\" y2=\"\(SVG.n(bottom))\" stroke=\"\(Palette.axis)\"/>"
        return out + "</svg>"
    }
}
