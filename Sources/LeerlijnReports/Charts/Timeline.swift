import LeerlijnCore

/// A timeline as SVG: lanes of dated periods (phases, roles, employments, schools, registrations) over
/// school years, with an optional lane of bars for minutes per month. Periods that overlap in a lane are
/// stacked; each period carries its label and dates in a tooltip.
public struct Timeline: Sendable {
    /// A period in a lane; `end` nil means it is still going on.
    public struct Period: Sendable {
        public var label: String
        public var start: Day
        public var end: Day?
        /// The tooltip: the label with its dates, in the reader's words.
        public var detail: String

        public init(label: String, start: Day, end: Day?, detail: String) {
            self.label = label
            self.start = start
            self.end = end
            self.detail = detail
        }
    }

    public struct Lane: Sendable {
        public var name: String
        public var periods: [Period]

        public init(name: String, periods: [Period]) {
            self.name = name
            self.periods = periods
        }
    }

    public var title: String
    public var description: String
    public var lanes: [Lane]
    /// Minutes per month, drawn as bars under the lanes, with their lane name.
    public var months: [MonthMinutes]
    public var monthsLane: String
    /// The last day shown (periods without an end run to here).
    public var end: Day
    /// Formats a month's tooltip: the month and its minutes in the reader's words.
    public var monthDetail: @Sendable (MonthMinutes) -> String
    public var width: Double

    public init(title: String, description: String, lanes: [Lane], months: [MonthMinutes], monthsLane: String, end: Day, width: Double = 720,
                monthDetail: @escaping @Sendable (MonthMinutes) -> String) {
        self.title = title
        self.description = description
        self.lanes = lanes
        self.months = months
        self.monthsLane = monthsLane
        self.end = end
        self.width = width
        self.monthDetail = monthDetail
    }

    /// The SVG element; `id` must be unique in the page.
    public func svg(id: String) -> String {
        let starts = lanes.flatMap { $0.periods.map(\.start) } + months.compactMap { Day(year: $0.year, month: $0.month, day: 1) }
        // Whole school years, from the first fact's year to the year of `end`.
        let firstYear = SchoolYear(containing: starts.min() ?? end)
        let lastYear = SchoolYear(containing: max(end, starts.max() ?? end))
        let from = firstYear.firstDay, to = lastYear.lastDay
        let total = Double(from.days(until: to) + 1)
        let labelWidth = 120.0, right = 10.0, top = 22.0, rowHeight = 20.0, laneGap = 8.0
        let plotWidth = width - labelWidth - right
        func x(_ day: Day) -> Double { labelWidth + Double(from.days(until: day)) / total * plotWidth }

        // Stack overlapping periods of a lane into rows.
        var laneRows: [[[Period]]] = []
        for lane in lanes {
            var rows: [[Period]] = []
            for period in lane.periods.sorted(by: { $0.start < $1.start }) {
                if let index = rows.firstIndex(where: { row in row.allSatisfy { ($0.end ?? end) < period.start } }) {
                    rows[index].append(period)
                } else {
                    rows.append([period])
                }
            }
            laneRows.append(rows.isEmpty ? [[]] : rows)
        }
        let lanesHeight = laneRows.reduce(0.0) { $0 + Double($1.count) * rowHeight + laneGap }
        let histogramHeight = months.isEmpty ? 0.0 : 70.0
        let height = top + lanesHeight + histogramHeight + 24
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description)

        // School-year bands and labels.
        var year = firstYear, band = 0
        while year <= lastYear {
            let x0 = x(year.firstDay), x1 = x(year.lastDay.adding(days: 1))
            if band % 2 == 0 {
                out += "<rect x=\"\(SVG.n(x0))\" y=\"\(SVG.n(top - 4))\" width=\"\(SVG.n(x1 - x0))\" height=\"\(SVG.n(lanesHeight + histogramHeight + 4))\" fill=\"#f5f5f5\"/>"
            }
            out += "<line x1=\"\(SVG.n(x0))\" x2=\"\(SVG.n(x0))\" y1=\"\(SVG.n(top - 12))\" y2=\"\(SVG.n(top + lanesHeight + histogramHeight))\" stroke=\"\(Palette.grid)\"/>"
            out += SVG.text(year.description, x: (x0 + x1) / 2, y: top - 8, anchor: "middle", fill: Palette.axis)
            year = year.next
            band += 1
        }

        var y = top
        for (laneIndex, lane) in lanes.enumerated() {
            let rows = laneRows[laneIndex]
            out += SVG.text(lane.name, x: 4, y: y + rowHeight / 2 + 4, weight: "600")
            for (rowIndex, row) in rows.enumerated() {
                for period in row {
                    let x0 = x(max(period.start, from)), x1 = x(min(period.end ?? end, to).adding(days: 1))
                    let barY = y + Double(rowIndex) * rowHeight + 2
                    let colour = Palette.category(laneIndex)
                    let open = period.end == nil
                    out += "<g><title>\(HTML.escape(period.detail))</title>"
                    out += "<rect x=\"\(SVG.n(x0))\" y=\"\(SVG.n(barY))\" width=\"\(SVG.n(max(2, x1 - x0)))\" height=\"\(SVG.n(rowHeight - 4))\" rx=\"3\" fill=\"\(colour)\" fill-opacity=\"0.85\"\(open ? " stroke=\"#000\" stroke-dasharray=\"3 2\" stroke-width=\"0.8\"" : "")/>"
                    let room = Int((x1 - x0 - 6) / 6.2)
                    if room >= 3 {
                        let light = ["#F0E442", "#E69F00", "#56B4E9"].contains(colour)
                        out += SVG.text(SVG.fit(period.label, characters: room), x: x0 + 4, y: barY + rowHeight - 8, fill: light ? "#000000" : "#ffffff")
                    }
                    out += "</g>"
                }
            }
            y += Double(rows.count) * rowHeight + laneGap
        }

        if !months.isEmpty {
            let maximum = Double(months.map(\.minutes).max() ?? 0)
            out += SVG.text(monthsLane, x: 4, y: y + histogramHeight / 2, weight: "600")
            let base = y + histogramHeight - 6
            out += "<line x1=\"\(SVG.n(labelWidth))\" x2=\"\(SVG.n(width - right))\" y1=\"\(SVG.n(base))\" y2=\"\(SVG.n(base))\" stroke=\"\(Palette.axis)\"/>"
            for month in months where month.minutes > 0 {
                guard let first = Day(year: month.year, month: month.month, day: 1) else { continue }
                let last = Day(year: month.year, month: month.month, day: Day.daysInMonth(month.month, of: month.year))!
                let x0 = x(first) + 0.5, x1 = x(last.adding(days: 1)) - 0.5
                let barHeight = maximum == 0 ? 0 : Double(month.minutes) / maximum * (histogramHeight - 12)
                out += "<rect x=\"\(SVG.n(x0))\" y=\"\(SVG.n(base - barHeight))\" width=\"\(SVG.n(max(1, x1 - x0)))\" height=\"\(SVG.n(barHeight))\" fill=\"\(Palette.category(0))\">"
                out += "<title>\(HTML.escape(monthDetail(month)))</title></rect>"
            }
            y += histogramHeight
        }
        // Today's line.
        if end >= from && end <= to {
            out += "<line x1=\"\(SVG.n(x(end)))\" x2=\"\(SVG.n(x(end)))\" y1=\"\(SVG.n(top - 4))\" y2=\"\(SVG.n(y))\" stroke=\"#000\" stroke-width=\"1.2\"/>"
        }
        return out + "</svg>"
    }
}
