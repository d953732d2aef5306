import LeerlijnCore

extension Views {
    /// A BRLO dossier as text: who, the hours in the role per school year, and per area of the standard what lies behind it.
    public func dossier(_ dossier: BRLODossier) -> String {
        var out = "\(dossier.person.name): \(s.registrationState(dossier.registration.state, dossier.registration.registeredSince, dossier.registration.expires, nil))\n"
        if !dossier.hoursPerYear.isEmpty {
            out += "\n" + TableData(headers: [s.schoolYear, s.duration, s.complete],
                                    rows: dossier.hoursPerYear.map { [$0.schoolYear.description, Formatting.duration($0.minutes, language), $0.complete ? s.yes : s.no] })
                .renderTable()
        }
        out += "\n" + dossierAreas(dossier).renderTable()
        out += dossierRecord(dossier)
        return out
    }

    /// The role, tasks, work context, route and area reflections recorded for the dossier, and what is still missing.
    func dossierRecord(_ dossier: BRLODossier) -> String {
        let r = language.registerStrings
        var out = ""
        if let role = dossier.educatorRole {
            if let description = role.description { out += "\n\(r.descriptionLabel): \(description)\n" }
            if !role.tasks.isEmpty {
                out += "\n" + TableData(headers: ["#", r.tasksLabel, r.taskKindLabel, r.hoursPerYearLabel],
                                        rows: role.tasks.map { [String($0.id), $0.description, r.taskKindName($0.kind), $0.minutesPerYear.map { Formatting.duration($0, language) } ?? ""] })
                    .renderTable()
            }
            if role.coachingOnly { out += r.coachingOnly + "\n" }
        }
        if let context = dossier.workContext, let kind = context.context {
            out += "\(r.contextLabel): \(r.contextKind(kind))\(context.organisation.map { ", \($0)" } ?? "")\(context.partnership.map { ", \($0.name)" } ?? "")\n"
        }
        if let route = dossier.route { out += "\(r.routeLabel): \(route.title.map(text) ?? route.id)\n" }
        let written = (dossier.areaReflections ?? []).filter { $0.text != nil }.count
        if let all = dossier.areaReflections, !all.isEmpty { out += "\(r.reflectionsSection): \(written)/\(all.count)\n" }
        if let missing = dossier.missing, !missing.isEmpty {
            out += "\n\(r.toDo):\n" + missing.map { "  - " + r.missingPart($0) }.joined(separator: "\n") + "\n"
        }
        return out
    }

    /// Per area of the standard: activities, minutes, reflections and evidence behind it.
    public func dossierAreas(_ dossier: BRLODossier) -> TableData {
        TableData(headers: [s.code, s.title, s.activities, s.duration, s.reflection, s.evidence],
                  rows: (dossier.standard?.areas ?? []).map { area in
                      [String(repeating: "  ", count: area.depth) + area.item, text(area.title), String(area.activities.count),
                       Formatting.duration(area.minutes, language), String(area.reflections), String(area.evidence)]
                  })
    }
}
