import LeerlijnCore

extension FrictionStrings {
    /// Dutch.
    public static let nl = FrictionStrings(
        ambiguousID: { subject, query, candidates, more in
            "'\(query)' is het begin van meer dan één \(subject)-id:\n" + candidates.map { "  - \($0)" }.joined(separator: "\n")
                + (more > 0 ? "\n  en nog \(more)" : "")
                + "\nTyp meer tekens van het id: meer van het eind zoals de lijst het toont (de laatste groep, bijvoorbeeld a3f9c2), of meer van het volledige id vanaf het begin."
        },
        expectation: { expected in
            switch expected {
            case let .noEmploymentOverlap(board, since, until, replace):
                "een periode die niet samenvalt met de aanstelling bij bestuur \(board) vanaf \(since)\(until.map { " tot en met \($0)" } ?? "")"
                    + (replace ? " (voeg --replace toe om die de dag ervoor te beëindigen)" : "; beëindig of verbeter die eerst (leerlijn employment end|edit)")
            case let .periodChoice(subject, starts):
                starts.isEmpty
                    ? "een \(Self.nlKind(subject)) van deze persoon, maar die is er niet"
                    : "de eerste dag van één \(Self.nlKind(subject)) met --started: \(starts.map(\.description).joined(separator: ", "))"
            case let .endOnOrAfterStart(since): "een dag op of na \(since)"
            case .phaseOrder: "fasen in volgorde van de lijn (student, starter, basisbekwaam, vakbekwaam); voeg --force toe om terug te stappen"
            case let .noMembershipOverlap(school, since, until):
                "een periode die niet samenvalt met het lidmaatschap van school \(school) vanaf \(since)\(until.map { " tot en met \($0)" } ?? "")"
            case let .durationUnit(units):
                "een eenheid: in de waarde (90m, 1,5u), in de kolomnaam (duur_minuten, duur_uren) of met --duration-unit \(units.joined(separator: "|"))"
            }
        },
        periodKind: { Self.nlKind($0) },
        notice: { notice in
            switch notice {
            case let .employmentEnded(board, since, until): "De aanstelling bij bestuur \(board) (sinds \(since)) is beëindigd op \(until)."
            case let .fteAboveFullTime(day, total):
                "Op \(day) tellen de aanstellingen op tot een wtf van \(total.description.replacingOccurrences(of: ".", with: ",")), meer dan 1,0. Verbeter een tikfout met: leerlijn employment edit PERSOON --started DAG --fte WTF"
            case let .employmentKept(board, since):
                "De aanstelling bij bestuur \(board) (sinds \(since)) loopt door. Voeg --end-employment toe om die de dag voor de overstap te beëindigen."
            }
        },
        warningPrefix: "Let op",
        corrected: { kind, started in "De \(Self.nlKind(kind)) die begon op \(started) is verbeterd." },
        ended: { kind, started, until in "De \(Self.nlKind(kind)) die begon op \(started) is beëindigd op \(until)." },
        deleted: { kind, started in "De \(Self.nlKind(kind)) die begon op \(started) is verwijderd (de audittrail bewaart hem)." },
        progressHeaders: ["regeling", "recht in minuten", "gebruikt in minuten", "over in minuten", "verwacht in minuten", "achter", "stand", "ongebruikt in minuten", "eindigt op", "reden van einde"],
        yesNo: { $0 ? "ja" : "nee" },
        exportRunHeaders: ["register", "in de wachtrij", "verstuurd", "wacht nog", "mislukt"],
        exportStatusHeaders: ["register", "wacht nog", "verstuurd", "mislukt", "laatste fout"],
        unknownCommand: { "Onbekende opdracht '\($0)'." },
        seeHelp: "Alle opdrachten zie je met: leerlijn --help"
    )
}

extension FrictionStrings {
    static func nlKind(_ kind: LinePeriodKind) -> String {
            switch kind {
            case .employment: "aanstelling"
            case .phase: "fase"
            case .role: "rol"
            case .membership: "schoollidmaatschap"
            }
    }
}
