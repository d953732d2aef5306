import LeerlijnCore

extension RuleStrings {
    public static let en = RuleStrings(
        state: { state in
            switch state {
            case .notStarted: "not started"
            case .onTrack: "on track"
            case .behind: "BEHIND"
            case .met: "met"
            case .notMet: "not met"
            case .lapsed: "lapsed"
            }
        },
        endReason: { reason in
            switch reason {
            case .phase: "basisbekwaam"
            case .salaryStep: "fourth periodiek reached"
            case .yearsAsTeacher: "three years as a teacher"
            }
        },
        endsOn: { rule, last, reason in "\(rule): the right ends after \(last) (\(reason))" },
        unused: { rule, duration in "\(rule): \(duration) left unused" },
        salaryStep: "salary step", sector: "sector", function: "function",
        assumed: "assumed",
        salaryStepRecorded: { step, since in "Salary step \(step) from \(since) recorded" },
        sectorSet: { school, sector in "School \(school): sector \(sector)" },
        assumedSectors: { schools in "\(schools.count) school(s) have the sector po assumed, not given (\(schools.prefix(10).joined(separator: ", "))\(schools.count > 10 ? ", ..." : "")): set the right one with leerlijn org set-sector CODE --sector vo|po|so|sbo|mbo|lerarenopleiding" },
        futureDate: { day in "the date \(day) is in the future: the activity counts from that day on" },
        teachingReduction: { reduction, title, duration in
            let periods = reduction.periods.map { "year \($0.introductionYear) of the introduction: \($0.percent)% of the teaching task, \($0.from) to \($0.through)" }
            let hours = reduction.releasedMinutes.map { "; \(duration($0)) of teaching time released" } ?? " (set teachingHoursPerYear in the rule file to see hours)"
            return "Teaching time released, not a budget (\(title)): " + periods.joined(separator: "; ") + hours
        },
        futureDatesImported: { count, lines in "\(count) row(s) dated in the future were imported all the same (lines \(lines.map(String.init).joined(separator: ", "))\(count > lines.count ? ", ..." : ""))" },
        helpSchoolSector: "The school's sector: po, so, sbo, vo, mbo or lerarenopleiding (default: the board's default sector, else po, marked as assumed).",
        helpBoardSector: "The default sector of the board's schools: po, so, sbo, vo, mbo or lerarenopleiding.",
        helpFunction: "What the person is employed as: leraar (default), oop (support staff) or schoolleider.",
        helpSalaryStep: "The scale and step (periodiek), e.g. LB-4 (LB, LC, LD since 2022; L10, L11, L12 before).",
        helpSalaryStepAbstract: "Record a salary-scale step (periodiek) reached on a day.",
        helpSalaryStepDiscussion: "The CAO PO starter budget ends on the day the fourth periodiek is reached (profiles/rules/cao-po-starter.yaml). Example: leerlijn salary-step add 1001 LB-4 --since 2026-03-01",
        helpSalaryStepPerson: "The person (external id, email or name).",
        helpSalaryStepSince: "The day the step was reached.",
        helpSetSectorAbstract: "Set the sector of a school.",
        helpSetSectorDiscussion: "The sector decides which CAO rules and register criteria apply to the people employed at the school. Example: leerlijn org set-sector 12AB --sector vo",
        helpSetSectorSchool: "The school's code (BRIN, optionally with vestiging).")
}
