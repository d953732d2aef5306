import Foundation
import LeerlijnCore

/// The BRLO dossier as one self-contained HTML document (inline CSS, no scripts, nothing fetched), printable to PDF,
/// in the order an assessor reads it: the registration, the role as teacher educator (description, justification,
/// tasks, the hours the employer confirmed), the work context, the route and the manager's statement, the reflection
/// per area of the standard with the activities behind it, the register's criteria, and the activities with their
/// evidence. What is not recorded yet is listed at the top. See docs/registers.md.
public struct DossierPage: Sendable {
    public let dossier: BRLODossier
    public let language: Language

    public init(_ dossier: BRLODossier, language: Language) {
        self.dossier = dossier
        self.language = language
    }

    private var r: RegisterStrings { language.registerStrings }
    private func date(_ day: Day) -> String { Formatting.longDate(day, language) }
    private func hours(_ minutes: Int) -> String { Formatting.hours(minutes, language) }
    private func text(_ localized: LocalizedText) -> String { language.text(localized) }
    private func e(_ text: String) -> String { HTML.escape(text) }
    private func paragraphs(_ text: String) -> String {
        text.components(separatedBy: "\n\n").map { "<p>\(e($0).replacingOccurrences(of: "\n", with: "<br>"))</p>" }.joined()
    }
    private func field(_ label: String, _ value: String?) -> String {
        "<dt>\(e(label))</dt><dd>\(value.map(e) ?? "<span class=\"muted\">\(e(r.notRecorded))</span>")</dd>"
    }

    /// The whole document.
    public func render() -> String {
        let title = r.pageTitle(dossier.person.name)
        let sections: [(id: String, title: String, body: String)] = [
            ("registration", r.registrationSection, registrationSection()),
            ("role", r.roleSection, roleSection()),
            ("context", r.contextSection, contextSection()),
            ("route", r.routeSection, routeSection()),
            ("reflections", r.reflectionsSection, reflectionsSection()),
            ("criteria", r.criteriaSection, criteriaSection()),
            ("activities", r.activitiesSection, activitiesSection()),
        ]
        var out = Page.head(title: title, language: language) + "<style>\(Self.css)</style>"
        out += "<header class=\"page-head\"><h1>\(e(title))</h1>"
        out += "<p class=\"meta\">\(e(r.pageIntro(dossier.register, date(dossier.asOf))))</p>"
        out += "<p class=\"hint\">\(e(r.printHint))</p>"
        if let missing = dossier.missing, !missing.isEmpty {
            out += "<div class=\"todo\" id=\"missing\"><strong>\(e(r.toDo))</strong><ul>"
            for part in missing { out += "<li>\(e(r.missingPart(part)))</li>" }
            out += "</ul></div>"
        }
        out += "<nav class=\"contents\" aria-label=\"\(e(r.contents))\"><strong>\(e(r.contents))</strong><ol>"
        for section in sections { out += "<li><a href=\"#\(section.id)\">\(e(section.title))</a></li>" }
        out += "</ol></nav></header><main>"
        for section in sections {
            out += "<section class=\"part\" id=\"\(section.id)\" aria-labelledby=\"\(section.id)-h\"><h2 id=\"\(section.id)-h\">\(e(section.title))</h2>\(section.body)</section>"
        }
        out += "</main><footer class=\"page-foot\">\(e(r.madeWith(date(dossier.asOf))))</footer></body></html>\n"
        return out
    }

    /// What the dossier adds to the shared stylesheet: facts as a two-column list, warnings, the to-do box, the statement.
    static let css = """
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: .5rem 0 1rem; }
        dl.facts dt { font-weight: 600; } dl.facts dd { margin: 0; }
        .warning { color: #8a4b00; font-weight: 600; }
        .todo { border: 2px solid #D55E00; padding: .5rem 1rem; margin: .5rem 0 1rem; }
        blockquote.statement { border-left: 4px solid var(--accent); margin: .5rem 0; padding: .2rem 1rem; background: var(--band); }
        article.area { break-inside: avoid; page-break-inside: avoid; }
        """

    func registrationSection() -> String {
        let record = dossier.registrationRecord
        var out = "<dl class=\"facts\">"
        out += field(r.state, language.strings.registrationState(dossier.registration.state, dossier.registration.registeredSince,
                                                                 dossier.registration.expires, nil))
        out += field(r.registrationNumberLabel, record?.number)
        out += field(r.registeredSince, record.map { date($0.since) })
        out += field(r.registeredUntil, record?.until.map(date))
        if let expires = record?.expiresByTerm { out += field(r.expiresByTerm, date(expires)) }
        return out + "</dl>"
    }

    func roleSection() -> String {
        let role = dossier.educatorRole
        var out = "<h3>\(e(r.descriptionLabel))</h3>" + (role?.description.map(paragraphs) ?? "<p class=\"muted\">\(e(r.notRecorded))</p>")
        out += "<h3>\(e(r.justificationLabel))</h3>" + (role?.justification.map(paragraphs) ?? "<p class=\"muted\">\(e(r.notRecorded))</p>")
        out += "<h3>\(e(r.tasksLabel))</h3>"
        if let tasks = role?.tasks, !tasks.isEmpty {
            out += HTML.table(caption: nil, headers: ["#", r.tasksLabel, r.taskKindLabel, r.hoursPerYearLabel],
                              rows: tasks.map { [String($0.id), $0.description, r.taskKindName($0.kind), $0.minutesPerYear.map(hours) ?? ""] }, numeric: [3])
        } else {
            out += "<p class=\"muted\">\(e(r.notRecorded))</p>"
        }
        if role?.coachingOnly == true { out += "<p class=\"warning\">\(e(r.coachingOnly))</p>" }
        if let confirmed = role?.confirmedHoursPerYear {
            out += "<p class=\"confirmed\">\(e(r.confirmedHours(Formatting.decimal(confirmed, language, decimals: 1), role?.confirmedBy, role?.confirmedOn.map(date))))</p>"
        } else {
            out += "<p class=\"warning\">\(e(r.hoursNotConfirmed))</p>"
        }
        if !dossier.hoursPerYear.isEmpty {
            out += HTML.table(caption: r.roleHoursHeading, headers: [r.schoolYear, r.hours, r.complete],
                              rows: dossier.hoursPerYear.map { [$0.schoolYear.description, hours($0.minutes), $0.complete ? r.yes : r.no] }, numeric: [1])
        }
        return out
    }

    func contextSection() -> String {
        let context = dossier.workContext
        var out = "<dl class=\"facts\">"
        out += field(r.contextLabel, context?.context.map(r.contextKind))
        out += field(r.organisationLabel, context?.organisation)
        out += field(r.partnershipLabel, context?.partnership.map { "\($0.name) (\($0.code))" })
        out += field(r.sectorLabel, context?.sector)
        return out + "</dl>"
    }

    func routeSection() -> String {
        guard let route = dossier.route else { return "<p class=\"muted\">\(e(r.notRecorded))</p>" }
        var out = "<dl class=\"facts\">"
        out += field(r.routeLabel, route.title.map(text) ?? route.id)
        out += field(r.interviewLabel, route.interview.map { $0 ? r.yes : r.no })
        out += "</dl><p>\(e(route.managerStatementRequired ? r.managerStatementNeeded : r.managerStatementNotNeeded))</p>"
        if let statement = route.managerStatement, statement.statement != nil || statement.manager != nil {
            out += "<dl class=\"facts\">" + field(r.managerLabel, statement.manager) + field(r.statementDateLabel, statement.date.map(date)) + "</dl>"
            if let text = statement.statement { out += "<blockquote class=\"statement\">\(paragraphs(text))</blockquote>" }
        } else if route.managerStatementRequired {
            out += "<p class=\"warning\">\(e(r.managerStatementMissing))</p>"
        }
        return out
    }

    func reflectionsSection() -> String {
        let activities = Dictionary(dossier.activities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let areas = Dictionary((dossier.standard?.areas ?? []).map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
        var out = ""
        if let standard = dossier.standard { out += "<p class=\"meta\">\(e(text(standard.title))) (\(e(standard.version)))</p>" }
        for reflection in dossier.areaReflections ?? [] {
            out += "<article class=\"area\" id=\"area-\(e(reflection.item.replacingOccurrences(of: ":", with: "-")))\"><h3>\(e(text(reflection.title)))</h3>"
            out += reflection.text.map(paragraphs) ?? "<p class=\"warning\">\(e(r.noReflection))</p>"
            if let area = areas[reflection.item], !area.activities.isEmpty {
                out += "<p class=\"meta\">\(e(r.activitiesBehind(area.activities.count, hours(area.minutes))))</p><ul class=\"behind\">"
                for id in area.activities { if let activity = activities[id] { out += "<li>\(e(date(activity.date))): \(e(activity.title)) (\(e(hours(activity.minutes))))</li>" } }
                out += "</ul>"
            }
            out += "</article>"
        }
        if !dossier.reflections.isEmpty {
            out += "<h3>\(e(r.activityReflections))</h3>"
            for reflection in dossier.reflections {
                let title = activities[reflection.activity]?.title ?? reflection.activity
                out += "<article class=\"activity-reflection\"><h4>\(e(date(reflection.date))): \(e(title))</h4>\(paragraphs(reflection.text))</article>"
            }
        }
        return out
    }

    func criteriaSection() -> String {
        let status = dossier.registration
        func number(_ value: Double?) -> String { value.map { Formatting.decimal($0, language, decimals: 1) } ?? "" }
        return HTML.table(caption: text(status.title), headers: [r.criterion, r.met, r.actual, r.required, r.missingItems],
                          rows: status.criteria.map { criterion in
                              [criterion.title.map(text) ?? criterion.id, r.metValue(criterion.met), number(criterion.actual), number(criterion.required),
                               criterion.missing.joined(separator: ", ")]
                          }, numeric: [2, 3], className: "criteria")
    }

    func activitiesSection() -> String {
        HTML.table(caption: nil, headers: [r.date, r.kind, r.title, r.duration, r.evidence, r.reflection],
                   rows: dossier.activities.map { activity in
                       [date(activity.date), activity.kind, activity.title, hours(activity.minutes),
                        activity.evidence.map { $0.location + ($0.sha256.map { " (SHA-256 \($0.prefix(12))…)" } ?? "") }.joined(separator: "; "),
                        activity.reflection ?? ""]
                   }, numeric: [3])
    }
}
