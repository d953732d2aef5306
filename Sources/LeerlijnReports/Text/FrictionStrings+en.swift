import LeerlijnCore

extension FrictionStrings {
    /// English.
    public static let en = FrictionStrings(
        ambiguousID: { subject, query, candidates, more in
            "'\(query)' is the start of more than one \(subject) id:\n" + candidates.map { "  - \($0)" }.joined(separator: "\n")
                + (more > 0 ? "\n  and \(more) more" : "")
                + "\nType more characters of the id: more of its end as shown by the list (the last group, e.g. a3f9c2), or more of the full id from its start."
        },
        expectation: { expected in
            switch expected {
            case let .noEmploymentOverlap(board, since, until, replace):
                "a period that does not overlap the employment at board \(board) from \(since)\(until.map { " to \($0)" } ?? "")"
                    + (replace ? " (add --replace to end that one the day before)" : "; end or correct that one first (leerlijn employment end|edit)")
            case let .periodChoice(subject, starts):
                starts.isEmpty
                    ? "a \(Self.enKind(subject)) of this person, but there is none"
                    : "the first day of one \(Self.enKind(subject)) with --started: \(starts.map(\.description).joined(separator: ", "))"
            case let .endOnOrAfterStart(since): "a day on or after \(since)"
            case .phaseOrder: "phases in order along the line (student, starter, basisbekwaam, vakbekwaam); add --force to step back"
            case let .noMembershipOverlap(school, since, until):
                "a period that does not overlap the membership of school \(school) from \(since)\(until.map { " to \($0)" } ?? "")"
            case let .durationUnit(units):
                "a unit: write it in the value (90m, 1,5u), in the column name (duration_minutes, duur_uren) or with --duration-unit \(units.joined(separator: "|"))"
            }
        },
        periodKind: { Self.enKind($0) },
        notice: { notice in
            switch notice {
            case let .employmentEnded(board, since, until): "Ended the employment at board \(board) (since \(since)) on \(until)."
            case let .fteAboveFullTime(day, total):
                "On \(day) the employments add up to an FTE of \(total), more than 1.0. Correct a typo with: leerlijn employment edit PERSON --started DAY --fte FTE"
            case let .employmentKept(board, since):
                "The employment at board \(board) (since \(since)) goes on. To end it the day before the move, add --end-employment."
            }
        },
        warningPrefix: "Warning",
        corrected: { kind, started in "Corrected the \(Self.enKind(kind)) that started on \(started)." },
        ended: { kind, started, until in "Ended the \(Self.enKind(kind)) that started on \(started) on \(until)." },
        deleted: { kind, started in "Deleted the \(Self.enKind(kind)) that started on \(started) (its audit trail keeps it)." },
        progressHeaders: ["rule", "entitled minutes", "used minutes", "remaining minutes", "projected minutes", "behind", "state", "unused minutes", "ends on", "end reason"],
        yesNo: { $0 ? "yes" : "no" },
        exportRunHeaders: ["register", "queued", "sent", "pending", "failed"],
        exportStatusHeaders: ["register", "pending", "sent", "failed", "last error"],
        unknownCommand: { "Unknown command '\($0)'." },
        seeHelp: "See all commands with: leerlijn --help"
    )
}

extension FrictionStrings {
    static func enKind(_ kind: LinePeriodKind) -> String {
            switch kind {
            case .employment: "employment"
            case .phase: "phase"
            case .role: "role"
            case .membership: "school membership"
            }
    }
}
