import LeerlijnCore

extension ReportStrings {
    /// Nederlands.
    public static let nl = ReportStrings(
        reasons: "reden",
        groupName: { by in
            switch by {
            case .school: "schoolnaam"
            case .board: "naam bestuur"
            case .partnership: "naam partnerschap"
            case .phase: "fase"
            case .role: "rol"
            }
        },
        duration: { ReportStrings.duration($0, hours: "uur") },
        behind: { title, behind, shortfall in "\(title): \(behind) achter op schema, op dit tempo \(shortfall) tekort op 31 juli" },
        gaps: { titles in "geen activiteit bij " + titles.map { "‘\($0)’" }.joined(separator: ", ") },
        expiring: { register, day in "registratie \(register) loopt af op \(day)" },
        idle: { last, weeks in last.map { "geen activiteit sinds \($0) (meer dan \(weeks) weken)" } ?? "nog geen activiteit" },
        unverified: { "\($0) niet afgetekend" },
        editPartnership: .init(
            abstract: "Wijzig de instellingen van een partnerschap.",
            discussion: "Met --expects-sign-off yes verwacht het partnerschap dat activiteiten worden afgetekend: alleen dan krijgen niet-afgetekende minuten een signaal in het HR-overzicht (standaard: nee).\nVoorbeeld: leerlijn org edit-partnership eemvallei --expects-sign-off yes",
            code: "De code van het partnerschap.",
            expectsSignOff: "Of activiteiten afgetekend moeten worden: yes of no."),
        signOffSet: { code, expects in expects ? "Partnerschap \(code) verwacht nu aftekenen" : "Partnerschap \(code) verwacht nu geen aftekenen" },
        instrumentsHeading: "Observatie-instrumenten:", domains: "domeinen", items: "items", usable: "bruikbaar",
        structureOnly: "alleen structuur", complete: "volledig",
        frameworkKind: { kind in
            switch kind {
            case .competences: "competenties"
            case .domains: "domeinen"
            }
        }
    )
}
