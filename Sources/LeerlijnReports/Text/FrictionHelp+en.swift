extension FrictionHelp {
    /// English.
    public static let en = FrictionHelp(
        employmentEdit: .init(abstract: "Correct an employment: its werktijdfactor, first or last day.", discussion: """
            Chooses the employment that starts on --started (and at --at, a board or school code, when several start
            that day); without --started, the only one, or the one running today. Refuses an overlap with another
            employment at the same board; warns when the FTEs add up to more than 1.0 on a day. Audited.
            Examples:
              leerlijn employment edit sanne --started 1-8-2026 --fte 0,8
              leerlijn employment edit sanne --until 31-7-2027
            """),
        employmentEnd: .init(abstract: "End an employment on a day (its last day).", discussion: """
            Example:
              leerlijn employment end sanne --until 31-7-2027
            """),
        employmentDelete: .init(abstract: "Delete an employment entered by mistake (the audit trail keeps it).", discussion: """
            An employment that ended belongs on the line: end it instead (leerlijn employment end).
            Example:
              leerlijn employment delete sanne --started 1-8-2026
            """),
        phaseEdit: .init(abstract: "Correct a phase: another phase or another first day.", discussion: """
            Refuses a day another phase starts on and, without --force, phases out of order along the line. Audited.
            Example:
              leerlijn phase edit sanne --started 1-8-2026 --since 15-8-2026
            """),
        phaseDelete: .init(abstract: "Delete a phase entered by mistake; the phase before it then lasts until the next.", discussion: """
            Example:
              leerlijn phase delete sanne --started 1-8-2026
            """),
        roleEdit: .init(abstract: "Correct a role: its first or last day, or its hours per week.", discussion: """
            Chooses the period of ROLE that starts on --started; without it, the only one, or the one held today.
            Refuses an overlap with another period of the same role. Audited.
            Example:
              leerlijn role edit karin mentor --hours-per-week 2
            """),
        roleEnd: .init(abstract: "End a role on a day (its last day).", discussion: """
            Example:
              leerlijn role end karin mentor --until 31-7-2027
            """),
        roleDelete: .init(abstract: "Delete a role entered by mistake (the audit trail keeps it).", discussion: """
            Example:
              leerlijn role delete karin mentor --started 1-8-2026
            """),
        membership: .init(abstract: "Correct, end or delete a person's school memberships.", discussion: """
            A move to another school is not a correction: use leerlijn person edit PERSON --school CODE --since DAY.
            """),
        membershipEdit: .init(abstract: "Correct a school membership: its first or last day.", discussion: """
            A move to another school is: leerlijn person edit PERSON --school CODE --since DAY. This corrects one.
            Chooses the membership that starts on --started (at --school); without it, the only one or today's.
            Refuses an overlap with another membership. Audited.
            Example:
              leerlijn membership edit sanne --started 1-8-2026 --since 15-8-2026
            """),
        membershipEnd: .init(abstract: "End a school membership on a day (its last day).", discussion: """
            Example:
              leerlijn membership end sanne --until 31-7-2027
            """),
        membershipDelete: .init(abstract: "Delete a school membership entered by mistake (the audit trail keeps it).", discussion: """
            Example:
              leerlijn membership delete sanne --started 1-8-2026 --school 12AB
            """),
        person: "External id, email, or part of the name.",
        role: "The role: mentor, schoolopleider, instituutsopleider, coach...",
        started: "The first day of the period to correct (see leerlijn line PERSON).",
        at: "The board's or school's code, when several employments start on that day.",
        school: "The school's code, when several memberships start on that day.",
        phaseStarted: "The first day of the phase to correct (see leerlijn line PERSON).",
        newSince: "The new first day.",
        newUntil: "The new last day.",
        endUntil: "The last day.",
        open: "Make the period open again (no last day).",
        fte: "The new werktijdfactor (0.8 or 0,8).",
        force: "Allow an FTE above 1.5.",
        phase: "The new phase: student, starter, basisbekwaam or vakbekwaam.",
        phaseForce: "Allow phases out of order along the line.",
        hoursPerWeek: "The new facilitated hours per week (7.5 or 7,5).",
        noHours: "Remove the agreed hours per week.",
        replace: "End an overlapping employment at the same board the day before this one starts.",
        endEmployment: "On a move to another board: end the old board's employment the day before --since.",
        csvDialect: "The CSV form: excel-nl (; separators, decimal commas, a BOM: what Dutch Excel opens) or rfc4180 (, and decimal points). Default: excel-nl in Dutch, rfc4180 in English.",
        durationUnit: "The unit of bare numbers in the duration column: minutes or hours (default: none, a bare number is refused unless the column name says the unit)."
    )
}
