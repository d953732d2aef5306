import Foundation
import LeerlijnCore

extension Views {
    var o: ObservationStrings { language.observationStrings }

    /// A number with two decimals, with a decimal comma in Dutch; `-` for none.
    func decimal(_ value: Double?) -> String {
        guard let value else { return "-" }
        let text = String(format: "%.2f", value)
        return language == .nl ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    /// A change with its sign (`+0.50`, `-0.25`).
    func signed(_ value: Double?) -> String {
        guard let value else { return "-" }
        return (value > 0 ? "+" : "") + decimal(value)
    }

    /// The `observations` report as text: lessons, growth, school years, Rasch, coaching focus, readiness, agreement.
    public func observationSummary(_ summary: ObservationSummary) -> String {
        var out = "== " + o.summaryHeading(summary.person, summary.instrument, summary.instrumentVersion, summary.observations.count) + "\n"
        let domains = summary.growth.map { text($0.title) }
        out += "\n" + o.lessonsHeading + "\n" + observationsTable(summary).renderTable(maxWidth: 40)
        out += "\n" + o.growthHeading + "\n" + TableData(
            headers: [o.domain, o.first, o.latest, o.change],
            rows: summary.growth.map { [text($0.title), decimal($0.first), decimal($0.latest), signed($0.change)] },
            numericColumns: [1, 2, 3]).renderTable()
        out += "\n" + o.schoolYearsHeading + "\n" + TableData(
            headers: [o.schoolYear, o.observations] + domains,
            rows: summary.schoolYears.map { year in [year.schoolYear.description, String(year.observations)] + year.domains.map { decimal($0.mean) } },
            numericColumns: Set(1..<(2 + domains.count))).renderTable(maxWidth: 40)
        out += "\n"
        if let estimate = summary.rasch { out += o.rasch(estimate, { self.decimal($0) }) + "\n" }
        if summary.focus.items.isEmpty {
            out += o.noFocus + "\n"
        } else {
            out += o.focusHeading(summary.focus.method) + "\n" + focusTable(summary.focus).renderTable()
        }
        if let readiness = summary.readiness { out += "\n" + o.readiness(readiness, { self.decimal($0) }) + "\n" }
        if !summary.agreements.isEmpty {
            out += "\n" + o.agreementHeading + "\n" + TableData(
                headers: [o.date, o.group, o.subject, o.observer, o.identical, o.kappa],
                rows: summary.agreements.map { a in
                    [a.date.description, a.group ?? "", a.subject ?? "", a.observers.joined(separator: " / "),
                     o.agreementLine(a.agreement) + " (\(decimal(a.agreement.share * 100))%)", decimal(a.agreement.kappa)]
                }).renderTable()
        }
        if !summary.unconfirmed.isEmpty { out += "\n" + o.unconfirmed(summary.unconfirmed) + "\n" }
        return out
    }

    /// One row per observation with its domain means (the CSV of `observations`).
    public func observationsTable(_ summary: ObservationSummary) -> TableData {
        let domains = summary.growth.map { text($0.title) }
        return TableData(
            headers: [o.date, o.schoolYear, o.observer, o.group, o.subject] + domains + (summary.rasch != nil ? [o.ability] : []),
            rows: summary.observations.map { lesson in
                [lesson.date.description, lesson.schoolYear.description, lesson.observer ?? "", lesson.group ?? "", lesson.subject ?? ""]
                    + lesson.domains.map { decimal($0.mean) } + (summary.rasch != nil ? [decimal(lesson.ability)] : [])
            },
            numericColumns: Set(5..<(5 + domains.count + 1)))
    }

    /// The coaching focus items.
    public func focusTable(_ focus: CoachingFocus) -> TableData {
        let rasch = focus.method == .zoneOfProximalDevelopment
        return TableData(
            headers: [o.item, o.domain, o.score] + (rasch ? [o.difficulty, o.probability] : []) + [s.title],
            rows: focus.items.map { item in
                [item.item, item.domain, String(item.score)] + (rasch ? [decimal(item.difficulty), decimal(item.probability)] : []) + [text(item.text)]
            },
            numericColumns: rasch ? [2, 3, 4] : [2])
    }

    /// The focus items of a brief by their text, the id in brackets (`Zorgt voor een ontspannen sfeer (2)`).
    public func focusNames(_ brief: ObservationBrief) -> [String] {
        guard let texts = brief.focusTexts, texts.count == brief.focus.count else { return brief.focus }
        return zip(brief.focus, texts).map { "\(text($1)) (\($0))" }
    }

    /// The latest observation beside the budgets in `progress`.
    public func observationBrief(_ brief: ObservationBrief) -> String {
        var out = "\n" + o.progressHeading + " " + o.progressLine(brief) + "\n"
        out += TableData(headers: [o.domain, o.mean], rows: brief.domains.map { [text($0.title), decimal($0.mean)] }, numericColumns: [1]).renderTable()
        if !brief.focus.isEmpty { out += o.progressFocus(focusNames(brief)) + "\n" }
        if let ready = brief.readyForBasisbekwaamConversation { out += o.progressReady(ready) + "\n" }
        return out
    }
}
