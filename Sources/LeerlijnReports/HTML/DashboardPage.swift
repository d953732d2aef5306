import LeerlijnCore

/// The HR dashboard as one self-contained HTML page, from the same data as the group report: people per
/// phase, minutes per month, budget pace per school, a heat-map of framework areas per group, the groups,
/// and the people who need attention. Every chart has its figures in a table beside it. See docs/html.md.
public struct DashboardPage: Sendable {
    public let dashboard: Dashboard
    public let language: Language

    public init(_ dashboard: Dashboard, language: Language) {
        self.dashboard = dashboard
        self.language = language
    }

    private var s: Strings { language.strings }
    private var p: PageStrings { language.page }
    private func date(_ day: Day) -> String { Formatting.longDate(day, language) }
    private func hours(_ minutes: Int) -> String { Formatting.exactDuration(minutes, language) }
    private func text(_ localized: LocalizedText) -> String { language.text(localized) }

    /// The whole page.
    public func render() -> String {
        let report = dashboard.report
        let title = p.dashboardTitle(report.schoolYear)
        let people = dashboard.peoplePerPhase.reduce(0) { $0 + $1.people }
        let sections: [(id: String, title: String, body: String)] = [
            ("phases", p.phasesSection, phasesSection()),
            ("months", p.monthsSection, monthsSection()),
            ("pace", p.paceSection, paceSection()),
            ("areas", p.heatSection, heatSection()),
            ("groups", p.groupsSection, groupsSection()),
            ("flagged", p.flaggedSection, flaggedSection()),
        ]
        var out = Page.head(title: title, language: language)
        out += "<header class=\"page-head\"><h1>\(HTML.escape(title))</h1>"
        out += "<p class=\"meta\">\(HTML.escape(p.dashboardIntro(p.groupName(report.by), date(report.referenceDay), people)))</p>"
        out += "<p class=\"hint\">\(HTML.escape(p.printHint))</p>"
        out += "<nav class=\"contents\" aria-label=\"\(HTML.escape(p.contents))\"><strong>\(HTML.escape(p.contents))</strong><ol>"
        for section in sections { out += "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a></li>" }
        out += "</ol></nav></header><main>"
        for section in sections {
            out += "<section class=\"part\" id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\"><h2 id=\"\(section.id)-h\">\(HTML.escape(section.title))</h2>\(section.body)</section>"
        }
        out += "</main><footer class=\"page-foot\">\(HTML.escape(p.madeWith(date(report.referenceDay))))</footer></body></html>\n"
        return out
    }

    func phaseLabel(_ phase: Phase?) -> String { phase.map(p.phaseName) ?? p.noPhase }

    func phasesSection() -> String {
        let rows = dashboard.peoplePerPhase
        let chart = BarChart(
            title: p.phasesChartTitle, description: p.phasesChartTitle + ". " + p.chartNote, categories: rows.map { phaseLabel($0.phase) },
            series: [.init(name: s.people, values: rows.map { Double($0.people) })], orientation: .horizontal,
            format: { String(Int($0)) })
        let table = HTML.table(caption: nil, headers: [s.phase, s.people], rows: rows.map { [phaseLabel($0.phase), String($0.people)] }, numeric: [1])
        return HTML.figure(chart: chart.svg(id: "phases"), table: table)
    }

    func monthsSection() -> String {
        let months = dashboard.minutesPerMonth
        let language = self.language
        let chart = BarChart(
            title: p.monthsChartTitle, description: p.monthsChartTitle + ". " + p.chartNote,
            categories: months.map { Formatting.shortMonth($0.month, language) },
            series: [.init(name: s.duration, values: months.map { Double($0.minutes) }),
                     .init(name: s.verifiedMinutes, values: months.map { Double($0.verifiedMinutes) })],
            orientation: .vertical, tickUnit: 60, format: { Formatting.hours(Int($0), language) })
        let rows = months.map { [Formatting.monthName(year: $0.year, month: $0.month, language), hours($0.minutes), String($0.minutes), hours($0.verifiedMinutes)] }
        let table = HTML.table(caption: nil, headers: [p.month, s.duration, s.minutes, s.verifiedMinutes], rows: rows, numeric: [1, 2, 3])
        return HTML.figure(chart: chart.svg(id: "months"), table: table)
    }

    func paceSection() -> String {
        let rows = dashboard.budgetPace
        var out = "<p class=\"intro\">\(HTML.escape(p.paceIntro))</p>"
        guard !rows.isEmpty else { return out + "<p>\(HTML.escape(s.noBudgets))</p>" }
        let language = self.language
        let chart = BarChart(
            title: p.paceChartTitle, description: p.paceChartTitle + ". " + p.chartNote, categories: rows.map(\.school),
            series: [.init(name: s.entitled, values: rows.map { Double($0.entitledMinutes) }),
                     .init(name: p.expectedByNow, values: rows.map { Double($0.expectedMinutes) }),
                     .init(name: s.used, values: rows.map { Double($0.usedMinutes) }),
                     .init(name: s.projected, values: rows.map { Double($0.projectedMinutes) })],
            orientation: .horizontal, tickUnit: 60, format: { Formatting.hours(Int($0), language) })
        let table = HTML.table(
            caption: nil, headers: [s.school, s.people, s.entitled, p.expectedByNow, s.used, s.projected, s.behind.lowercased()],
            rows: rows.map { [$0.school, String($0.people), hours($0.entitledMinutes), hours($0.expectedMinutes), hours($0.usedMinutes), hours($0.projectedMinutes), String($0.behind)] },
            numeric: [1, 2, 3, 4, 5, 6])
        out += HTML.figure(chart: chart.svg(id: "pace"), table: table, stacked: true)
        return out
    }

    func heatSection() -> String {
        let areas = dashboard.areas.map { text($0.title) }
        let rows = dashboard.heatMap
        var out = "<p class=\"intro\">\(HTML.escape(p.heatIntro))</p>"
        guard !areas.isEmpty, !rows.isEmpty else { return out + "<p>\(HTML.escape(p.none))</p>" }
        let language = self.language
        let by = p.groupName(dashboard.report.by)
        let chart = HeatMap(title: p.heatTitle(by), description: p.heatTitle(by) + ". " + p.heatIntro + " " + p.chartNote,
                            rows: rows.map(\.group), columns: areas, values: rows.map(\.minutes), format: { Formatting.hours($0, language) })
        let table = HTML.table(caption: nil, headers: [by] + areas, rows: rows.map { [$0.group] + $0.minutes.map(hours) },
                               numeric: Set(1...areas.count))
        out += HTML.figure(chart: chart.svg(id: "heat"), table: table, stacked: true)
        return out
    }

    func groupsSection() -> String {
        let report = dashboard.report
        let rows = report.groups.map { group in
            [group.key, String(group.people), hours(group.minutes), hours(group.verifiedMinutes),
             group.starters == 0 ? "–" : "\(group.startersWithinBudget)/\(group.starters)", String(group.flagged)]
        }
        return HTML.table(caption: nil,
                          headers: [p.groupName(report.by), s.people, s.duration, s.verifiedMinutes, s.startersWithinBudget, s.flagged],
                          rows: rows, numeric: [1, 2, 3, 4, 5])
    }

    func flaggedSection() -> String {
        let people = dashboard.report.people.filter { !$0.flags.isEmpty }
        var out = "<p class=\"intro\">\(HTML.escape(p.flaggedIntro))</p>"
        guard !people.isEmpty else { return out + "<p>\(HTML.escape(p.nobodyFlagged))</p>" }
        out += "<table><thead><tr>"
        let headers = [s.name, s.externalIds, p.groupName(dashboard.report.by), s.duration, s.verifiedMinutes, s.lastActivity, s.flags, p.details]
        for (index, header) in headers.enumerated() { out += "<th scope=\"col\"\([3, 4].contains(index) ? " class=\"num\"" : "")>\(HTML.escape(header))</th>" }
        out += "</tr></thead><tbody>"
        for person in people {
            out += "<tr><th scope=\"row\">\(HTML.escape(person.name))</th><td>\(HTML.escape(person.externalId))</td><td>\(HTML.escape(person.group + (person.groupName.map { " " + $0 } ?? "")))</td>"
            out += "<td class=\"num\">\(HTML.escape(hours(person.minutes)))</td><td class=\"num\">\(HTML.escape(hours(person.verifiedMinutes)))</td>"
            out += "<td>\(HTML.escape(person.lastActivity.map(date) ?? "–"))</td><td>"
            out += person.flags.map { "<span class=\"flag\">\(HTML.escape(s.flagName($0)))</span>" }.joined(separator: " ")
            // The reasons in words (budget titles, items by title), as the report's table; the codes for a report without them.
            let reasons = person.reasons.isEmpty ? person.details.map(detail) : language.reportStrings.describe(person.reasons, language: language)
            out += "</td><td>\(HTML.escape(reasons.joined(separator: "; ")))</td></tr>"
        }
        return out + "</tbody></table>"
    }

    /// A report detail (`behind:rule`, `gap:framework:item`, `expires:register:yyyy-mm-dd`) in words, dates in full.
    func detail(_ code: String) -> String {
        if code.hasPrefix("expires:"), let last = code.split(separator: ":").last, let day = Day(iso: last) {
            return p.detail(String(code.dropLast(last.count)) + date(day))
        }
        return p.detail(code)
    }
}
