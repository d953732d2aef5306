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
