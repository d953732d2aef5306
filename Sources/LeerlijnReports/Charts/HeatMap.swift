/// A heat-map as SVG: rows (people, schools) against columns (framework areas), each cell shaded on a
/// light-to-dark sequential scale and showing its figure, so it reads without colour too.
public struct HeatMap: Sendable {
    public var title: String
    public var description: String
    public var rows: [String]
    public var columns: [String]
    /// values[row][column].
    public var values: [[Int]]
    /// Formats a cell's figure (e.g. minutes as hours).
    public var format: @Sendable (Int) -> String
    public var width: Double

    public init(title: String, description: String, rows: [String], columns: [String], values: [[Int]], width: Double = 640,
                format: @escaping @Sendable (Int) -> String) {
        self.title = title
        self.description = description
        self.rows = rows
        self.columns = columns
        self.values = values
        self.width = width
        self.format = format
    }

    /// The SVG element; `id` must be unique in the page.
    public func svg(id: String) -> String {
        let labelWidth = 130.0, cellHeight = 26.0, headerHeight = 44.0, legendHeight = 34.0
        let cellWidth = columns.isEmpty ? 0 : (width - labelWidth - 8) / Double(columns.count)
        let height = headerHeight + cellHeight * Double(rows.count) + legendHeight
        let maximum = Double(values.flatMap { $0 }.max() ?? 0)
        var out = SVG.open(id: id, width: width, height: height, title: title, description: description)
        // Column headers on up to two lines.
        let perLine = max(4, Int((cellWidth - 8) / 7.2))
        for (index, column) in columns.enumerated() {
            let cx = labelWidth + (Double(index) + 0.5) * cellWidth
            let lines = Self.wrap(column, width: perLine)
            for (lineIndex, line) in lines.prefix(2).enumerated() {
                out += SVG.text(lineIndex == 1 && lines.count > 2 ? SVG.fit(line + "…", characters: perLine) : line,
                                x: cx, y: headerHeight - 22 + Double(lineIndex) * 13 - (lines.count > 1 ? 0 : -6), anchor: "middle", weight: "600")
            }
        }
        for (rowIndex, row) in rows.enumerated() {
            let y = headerHeight + Double(rowIndex) * cellHeight
            out += SVG.text(SVG.fit(row, characters: 20), x: labelWidth - 6, y: y + cellHeight / 2 + 4, anchor: "end")
            for (columnIndex, column) in columns.enumerated() {
                let value = columnIndex < values[rowIndex].count ? values[rowIndex][columnIndex] : 0
                let shade = value == 0 ? (fill: Palette.empty, text: "#555555") : Palette.sequential(maximum == 0 ? 0 : Double(value) / maximum)
                let x = labelWidth + Double(columnIndex) * cellWidth
                out += "<g><title>\(HTML.escape(row)), \(HTML.escape(column)): \(HTML.escape(format(value)))</title>"
                out += "<rect x=\"\(SVG.n(x + 1))\" y=\"\(SVG.n(y + 1))\" width=\"\(SVG.n(cellWidth - 2))\" height=\"\(SVG.n(cellHeight - 2))\" fill=\"\(shade.fill)\"/>"
                out += SVG.text(format(value), x: x + cellWidth / 2, y: y + cellHeight / 2 + 4, anchor: "middle", fill: shade.text)
                out += "</g>"
            }
        }
        // The scale: light is little, dark is much.
        let legendY = headerHeight + cellHeight * Double(rows.count) + 12
        let swatch = 22.0
        out += SVG.text(format(0), x: labelWidth - 6, y: legendY + 11, anchor: "end", fill: Palette.axis)
        for (index, colour) in Palette.sequential.enumerated() {
            out += "<rect x=\"\(SVG.n(labelWidth + Double(index) * swatch))\" y=\"\(SVG.n(legendY))\" width=\"\(SVG.n(swatch))\" height=\"14\" fill=\"\(colour)\"/>"
        }
        out += SVG.text(format(Int(maximum)), x: labelWidth + Double(Palette.sequential.count) * swatch + 6, y: legendY + 11, fill: Palette.axis)
        return out + "</svg>"
    }

    /// Splits text into lines of at most `width` characters at spaces.
    static func wrap(_ text: String, width: Int) -> [String] {
        var lines: [String] = [], current = ""
        for word in text.split(separator: " ") {
            if current.isEmpty {
                current = String(word)
            } else if current.count + 1 + word.count <= width {
                current += " " + word
            } else {
                lines.append(current)
                current = String(word)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines.map { SVG.fit($0, characters: width) }
    }
}
