import Foundation
import LeerlijnCore

/// The portfolio (bewijsportfolio) as one self-contained HTML page: inline CSS and SVG, no scripts, fonts or
/// images to fetch. Evidence files are linked relative to the page, with their names and SHA-256.
///
/// Sections: the line (timeline), hours per school year and budget, coverage per framework, activities
/// with reflections and evidence, sign-offs. Each chart has its figures in a table beside it. See docs/html.md.
public struct PortfolioPage: Sendable {
    public let portfolio: Portfolio
    public let language: Language
    /// The folder the page will be written to, for relative links to evidence files (nil: absolute links).
    public let pageFolder: String?

    public init(_ portfolio: Portfolio, language: Language, pageFolder: String?) {
        self.portfolio = portfolio
        self.language = language
        self.pageFolder = pageFolder
    }

    private var s: Strings { language.strings }
    private var p: PageStrings { language.page }
    private func date(_ day: Day) -> String { Formatting.longDate(day, language) }
    private func hours(_ minutes: Int) -> String { Formatting.exactDuration(minutes, language) }
    private func text(_ localized: LocalizedText) -> String { language.text(localized) }

    /// The whole page.
    public func render() -> String {
        let title = p.portfolioTitle(portfolio.person)
        let period = portfolio.from == nil && portfolio.to == nil ? p.periodAll : p.period(portfolio.from.map(date), portfolio.to.map(date))
        let sections: [(id: String, title: String, body: String)] = [
            ("line", p.lineSection, lineSection()),
            ("hours", p.hoursSection, hoursSection()),
            ("coverage", p.coverageSection, coverageSection()),
            ("activities", p.activitiesSection, activitiesSection()),
            ("signoffs", p.signOffsSection, signOffsSection()),
        ]
        var out = Page.head(title: title, language: language)
        out += "<header class=\"page-head\"><h1>\(HTML.escape(title))</h1>"
        var meta = [period]
        if !portfolio.externalIds.isEmpty { meta.append("\(s.externalIds): \(portfolio.externalIds.joined(separator: ", "))") }
        if let phase = portfolio.progress.phase { meta.append("\(s.phase): \(p.phaseName(phase))") }
        if !portfolio.progress.roles.isEmpty { meta.append("\(s.roles): \(portfolio.progress.roles.map(\.rawValue).joined(separator: ", "))") }
        if let fte = portfolio.progress.fte { meta.append("\(s.fte) \(Formatting.decimal(Double(fte.tenThousandths) / 10_000, language, decimals: 4))") }
        out += "<p class=\"meta\">\(HTML.escape(meta.joined(separator: " · ")))</p>"
        out += "<p class=\"hint\">\(HTML.escape(p.printHint))</p>"
        out += "<nav class=\"contents\" aria-label=\"\(HTML.escape(p.contents))\"><strong>\(HTML.escape(p.contents))</strong><ol>"
        for section in sections { out += "<li><a href=\"#\(section.id)\">\(HTML.escape(section.title))</a></li>" }
        out += "</ol></nav></header><main>"
        for section in sections {
            out += "<section class=\"part\" id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\"><h2 id=\"\(section.id)-h\">\(HTML.escape(section.title))</h2>\(section.body)</section>"
        }
        out += "</main><footer class=\"page-foot\">\(HTML.escape(p.madeWith(date(portfolio.generatedOn))))</footer></body></html>\n"
        return out
    }

    // MARK: - The line

    func lineSection() -> String {
        let line = portfolio.line
        let language = self.language
        let end = portfolio.to.map { min($0, portfolio.generatedOn) } ?? portfolio.generatedOn
        func detail(_ label: String, _ start: Day, _ until: Day?) -> String {
            "\(label): \(date(start)) – \(until.map(date) ?? p.ongoing)"
        }
        // Phases last until the next phase.
        let phases = line.phases.sorted { $0.since < $1.since }
        let phasePeriods = phases.enumerated().map { index, phase -> Timeline.Period in
            let until = index + 1 < phases.count ? phases[index + 1].since.adding(days: -1) : nil
            return Timeline.Period(label: p.phaseName(phase.phase), start: phase.since, end: until, detail: detail(p.phaseName(phase.phase), phase.since, until))
        }
        let lanes = [
            Timeline.Lane(name: p.lanePhase, periods: phasePeriods),
            Timeline.Lane(name: p.laneRole, periods: line.roles.map {
                Timeline.Period(label: $0.role.rawValue, start: $0.since, end: $0.until, detail: detail($0.role.rawValue, $0.since, $0.until))
            }),
            Timeline.Lane(name: p.laneEmployment, periods: line.employments.map {
                let label = "\($0.school ?? $0.board) \(Formatting.decimal(Double($0.fte.tenThousandths) / 10_000, language, decimals: 4))"
                return Timeline.Period(label: label, start: $0.since, end: $0.until, detail: detail("\(s.fte) \(label), \(s.board) \($0.board)", $0.since, $0.until))
            }),
            Timeline.Lane(name: p.laneSchool, periods: line.memberships.map {
                Timeline.Period(label: $0.schoolName, start: $0.since, end: $0.until, detail: detail("\($0.schoolName) (\($0.school))", $0.since, $0.until))
            }),
            Timeline.Lane(name: p.laneRegistration, periods: line.registrations.map {
                Timeline.Period(label: $0.register, start: $0.since, end: nil, detail: detail($0.register, $0.since, nil))
            }),
        ].filter { !$0.periods.isEmpty }
        let months = portfolio.minutesPerMonth
        let chart = Timeline(
            title: p.timelineTitle(portfolio.person), description: p.timelineDescription + " " + p.chartNote, lanes: lanes, months: months,
            monthsLane: p.laneActivity, end: end,
            monthDetail: { "\(Formatting.monthName(year: $0.year, month: $0.month, language)): \(Formatting.exactDuration($0.minutes, language))" })
        // The facts in a table, oldest first.
        var facts: [(Day, [String])] = []
        for period in phasePeriods { facts.append((period.start, [p.lanePhase, period.label, date(period.start), period.end.map(date) ?? ""])) }
        for role in line.roles {
            let hours = role.minutesPerWeek.map { " (\(Formatting.exactDuration($0, language)) / week)" } ?? ""
            facts.append((role.since, [p.laneRole, role.role.rawValue + hours, date(role.since), role.until.map(date) ?? ""]))
        }
        for job in line.employments {
            facts.append((job.since, [p.laneEmployment, "\(s.fte) \(Formatting.decimal(Double(job.fte.tenThousandths) / 10_000, language, decimals: 4)), \(s.board) \(job.board)\(job.school.map { ", \(s.school) \($0)" } ?? "")",
                                      date(job.since), job.until.map(date) ?? ""]))
        }
        for school in line.memberships { facts.append((school.since, [p.laneSchool, "\(school.schoolName) (\(school.school))", date(school.since), school.until.map(date) ?? ""])) }
        for registration in line.registrations { facts.append((registration.since, [p.laneRegistration, registration.register, date(registration.since), ""])) }
        let factRows = facts.sorted { $0.0 < $1.0 }.map(\.1)
        let factTable = HTML.table(caption: nil, headers: [s.type, s.value, s.since, s.until], rows: factRows)
        let yearRows = line.schoolYears.map { [$0.schoolYear.description, String($0.activities), hours($0.minutes)] }
        let yearTable = HTML.table(caption: p.hoursPerYearTitle, headers: [s.schoolYear, s.activities, s.duration], rows: yearRows, numeric: [1, 2])
        return "<p class=\"intro\">\(HTML.escape(p.lineIntro))</p>" + HTML.figure(chart: chart.svg(id: "timeline"), table: factTable + yearTable, stacked: true)
    }

    // MARK: - Hours

    func hoursSection() -> String {
        let years = portfolio.progress.schoolYears
        var out = "<p class=\"intro\">\(HTML.escape(p.hoursIntro))</p>"
        for warning in portfolio.progress.warnings { out += "<p class=\"muted\">\(HTML.escape(s.warning(warning)))</p>" }
        let budgets = years.flatMap { year in year.budgets.map { (year.schoolYear, $0) } }
        if budgets.isEmpty {
            return out + "<p>\(HTML.escape(s.noBudgets))</p>"
        }
        let categories = Self.budgetLabels(budgets.map { ($0.0, text($0.1.title)) })
        let language = self.language
        let chart = BarChart(
            title: p.hoursChartTitle, description: p.hoursChartTitle + ". " + p.chartNote, categories: categories,
            series: [
                .init(name: s.entitled, values: budgets.map { Double($0.1.entitledMinutes) }),
                .init(name: s.used, values: budgets.map { Double($0.1.usedMinutes) }),
                .init(name: s.remaining, values: budgets.map { Double($0.1.remainingMinutes) }),
                .init(name: s.projected, values: budgets.map { Double($0.1.projectedMinutes) }),
            ],
            orientation: .horizontal, tickUnit: 60, format: { Formatting.hours(Int($0), language) })
        let rows = budgets.map { year, budget in
            [year.description, text(budget.title), hours(budget.entitledMinutes), hours(budget.usedMinutes),
             hours(budget.remainingMinutes) + (budget.exceededMinutes > 0 ? " (+\(hours(budget.exceededMinutes)) \(s.exceeded))" : ""),
             hours(budget.projectedMinutes), budget.behind ? s.behind : s.onTrack]
        }
        let table = HTML.table(caption: nil, headers: [s.schoolYear, s.title, s.entitled, s.used, s.remaining, s.projected, s.status], rows: rows,
                               numeric: [2, 3, 4, 5])
        out += HTML.figure(chart: chart.svg(id: "hours"), table: table, stacked: true)
        let unbudgeted = years.filter { $0.unbudgetedMinutes > 0 }
        if !unbudgeted.isEmpty {
            out += HTML.table(caption: s.unbudgeted, headers: [s.schoolYear, s.duration],
                              rows: unbudgeted.map { [$0.schoolYear.description, hours($0.unbudgetedMinutes)] }, numeric: [1])
        }
        return out + observationPart()
    }

    /// The latest lesson observation beside the budgets (docs/observations.md): domain means, coaching focus, readiness flag.
    func observationPart() -> String {
        guard let brief = portfolio.progress.latestObservation else { return "" }
        let o = language.observationStrings
        let heading = o.progressHeading.trimmingCharacters(in: CharacterSet(charactersIn: ": "))
        var facts = ["\(o.date): \(date(brief.date))", "\(o.observations): \(brief.observations)"]
        if let observer = brief.observer { facts.insert("\(o.observer): \(observer)", at: 1) }
        var out = "<h3>\(HTML.escape(heading))</h3><p class=\"meta\">\(HTML.escape(brief.instrument + " · " + facts.joined(separator: " · ")))</p>"
        out += HTML.table(caption: nil, headers: [o.domain, o.mean],
                          rows: brief.domains.map { [text($0.title), $0.mean.map { Formatting.decimal($0, language, decimals: 2) } ?? "–"] }, numeric: [1])
        if !brief.focus.isEmpty { out += "<p>\(HTML.escape(o.progressFocus(Views(language: language).focusNames(brief))))</p>" }
        if let ready = brief.readyForBasisbekwaamConversation { out += "<p>\(HTML.escape(o.progressReady(ready)))</p>" }
        return out
    }

    /// Chart labels that tell budgets apart when cut to the label column: the words all titles share at the start
    /// (`CAO PO: `) left out, the part that differs first, after the school year in short (`2026-27`) when there are several.
    static func budgetLabels(_ budgets: [(year: SchoolYear, title: String)]) -> [String] {
        var titles: [String] = []
        for budget in budgets where !titles.contains(budget.title) { titles.append(budget.title) }
        var shared = titles.first ?? ""
        for title in titles.dropFirst() { shared = String(shared.commonPrefix(with: title)) }
        // Cut after the last space, so no word is split; nothing shared when there is only one title.
        let cut = titles.count < 2 ? "" : String(shared.prefix(upTo: shared.lastIndex(where: { $0 == " " }).map { shared.index(after: $0) } ?? shared.startIndex))
        let severalYears = Set(budgets.map(\.year)).count > 1
        return budgets.map { year, title in
            let rest = title.dropFirst(cut.count).trimmingCharacters(in: .whitespaces)
            let label = rest.isEmpty ? title : rest
            return severalYears ? "\(year.startYear)-\(String(format: "%02d", (year.startYear + 1) % 100)) \(label)" : label
        }
    }

    // MARK: - Coverage

    func coverageSection() -> String {
        var out = "<p class=\"intro\">\(HTML.escape(p.coverageIntro))</p>"
        if portfolio.coverage.isEmpty { return out + "<p>\(HTML.escape(s.noCoverage))</p>" }
        let language = self.language
        for (index, report) in portfolio.coverage.enumerated() {
            let version = Views.versionUnlessInTitle(report.version, text(report.title))
            let name = text(report.title) + (version.isEmpty ? "" : " (\(version))")
            let top = report.items.filter { $0.depth == 0 }
            let chart = BarChart(
                title: p.coverageChartTitle(name), description: p.coverageChartTitle(name) + ". " + p.chartNote, categories: top.map { text($0.title) },
                series: [.init(name: s.duration, values: top.map { Double($0.minutes) })], orientation: .horizontal,
                tickUnit: 60, format: { Formatting.hours(Int($0), language) })
            let rows = report.items.map { item in
                [String(repeating: "\u{2003}", count: item.depth) + text(item.title), hours(item.minutes), String(item.activities),
                 item.lastDate.map(date) ?? "–", String(item.evidence)]
            }
            let table = HTML.table(caption: nil, headers: [p.item, s.duration, s.activities, s.lastDate, s.evidence], rows: rows, numeric: [1, 2, 4])
            out += "<h3>\(HTML.escape(name))</h3>"
            out += "<p class=\"muted\">\(HTML.escape(s.coverageTotals(report.activities, hours(report.minutes), report.coveredActivities)))</p>"
            out += HTML.figure(chart: chart.svg(id: "coverage-\(index)"), table: table, stacked: true)
        }
        return out
    }

    // MARK: - Activities

    func activitiesSection() -> String {
        guard !portfolio.activities.isEmpty else { return "<p>\(HTML.escape(p.noActivities))</p>" }
        var out = ""
        out.reserveCapacity(portfolio.activities.count * 600)
        let signers = Dictionary(portfolio.signOffs.map { ($0.activityId, $0.verifiedBy) }, uniquingKeysWith: { first, _ in first })
        for entry in portfolio.activities.reversed() {
            let a = entry.activity
            out += "<article class=\"activity\" id=\"a-\(a.id)\"><h3>\(HTML.escape(a.title))</h3>"
            var facts = [date(a.date), hours(a.minutes), s.kind + ": " + (portfolio.kindTitles[a.kind].map(text) ?? a.kind)]
            if let provider = a.provider { facts.append(s.provider + ": " + provider) }
            if let budget = a.budget { facts.append(budget) }
            out += "<p class=\"facts\">\(HTML.escape(facts.joined(separator: " · ")))</p>"
            if let description = a.description { out += "<p>\(HTML.escape(description))</p>" }
            if let reflection = a.reflection {
                out += "<blockquote class=\"reflection\" aria-label=\"\(HTML.escape(s.reflection))\">\(HTML.escape(reflection))</blockquote>"
            }
            if !entry.evidence.isEmpty {
                out += "<ul class=\"evidence\" aria-label=\"\(HTML.escape(s.evidence))\">"
                for item in entry.evidence { out += "<li>\(evidence(item))</li>" }
                out += "</ul>"
            }
            if let verification = entry.verification {
                let by = signers[a.id] ?? verification.verifiedBy.description
                out += "<p class=\"signed\">\(HTML.escape(p.signedOff(by, date(Day(verification.at)))))\(verification.note.map { ": " + HTML.escape($0) } ?? "")</p>"
            }
            out += "</article>"
        }
        return out
    }

    /// One piece of evidence: a link the user gave, or a kept file linked relative to the page, with its name and SHA-256.
    func evidence(_ item: Evidence) -> String {
        switch item.kind {
        case .url:
            return "\(HTML.escape(p.link)): <a href=\"\(HTML.escape(item.location))\" rel=\"noreferrer\">\(HTML.escape(item.location))</a>"
        case .file:
            let name = HTML.escape(item.location)
            guard let digest = item.sha256 else { return "\(HTML.escape(p.file)): \(name)" }
            let stored = portfolio.evidenceFolder + "/" + digest.prefix(2) + "/" + digest
            let href = pageFolder.map { HTML.relativeLink(from: $0, to: stored) } ?? stored
            let size = item.byteCount.map { ", \($0) \(p.bytes)" } ?? ""
            return "\(HTML.escape(p.file)): <a href=\"\(HTML.escape(href))\" download=\"\(name)\">\(name)</a>\(HTML.escape(size)) "
                + "<br><span class=\"muted\">\(HTML.escape(p.sha256))</span> <code class=\"hash\">\(HTML.escape(digest))</code>"
        }
    }

    // MARK: - Sign-offs

    func signOffsSection() -> String {
        guard !portfolio.signOffs.isEmpty else { return "<p>\(HTML.escape(p.noSignOffs))</p>" }
        let rows = portfolio.signOffs.map {
            [date($0.date), $0.title, hours($0.minutes), $0.verifiedBy, date(Day($0.at)), $0.note ?? ""]
        }
        let total = portfolio.signOffs.reduce(0) { $0 + $1.minutes }
        return HTML.table(caption: "\(s.verifiedMinutes): \(hours(total))", headers: [s.date, s.title, s.duration, p.verifiedBy, s.at, p.note], rows: rows, numeric: [2])
    }
}
