import LeerlijnCore

extension Views {
    /// The HR report as text: the groups, then the people worst first.
    public func groupReport(_ report: GroupReport) -> String {
        let domains = Array(Set(report.groups.flatMap { $0.domains.keys })).sorted()
        let named = Self.namedGroupings.contains(report.by)
        var out = s.reportHeading(report.schoolYear, language.page.groupName(report.by), report.referenceDay) + "\n\n"
        out += TableData(
            headers: [s.group] + (named ? [language.reportStrings.groupName(report.by)] : []) + [s.people, s.duration, s.verifiedMinutes]
                + domains.map { String($0.split(separator: ":").last ?? "") } + [s.startersWithinBudget, s.flagged],
            rows: report.groups.map { group in
                [group.key] + (named ? [group.name ?? ""] : [])
                    + [String(group.people), Formatting.duration(group.minutes, language), Formatting.duration(group.verifiedMinutes, language)]
                    + domains.map { Formatting.duration(group.domains[$0] ?? 0, language) }
                    + [group.starters == 0 ? "-" : "\(group.startersWithinBudget)/\(group.starters)", String(group.flagged)]
            },
            numericColumns: Set((named ? 2 : 1)..<((named ? 7 : 6) + domains.count))).renderTable()
        out += "\n" + s.peopleHeading + "\n" + reportPeople(report).renderTable()
        return out
    }

    /// The groupings whose keys are codes, shown with the name beside them.
    static let namedGroupings: Set<GroupBy> = [.school, .board, .partnership]

    /// The people of the HR report, worst first, each flag's reason in words.
    public func reportPeople(_ report: GroupReport) -> TableData {
        let r = language.reportStrings
        let named = Self.namedGroupings.contains(report.by)
        return TableData(
            headers: [s.externalIds, s.name, s.group] + (named ? [r.groupName(report.by)] : [])
                + [s.duration, s.minutes, s.verifiedMinutes, s.lastActivity, s.flags, r.reasons],
            rows: report.people.map {
                [$0.externalId, $0.name, $0.group] + (named ? [$0.groupName ?? ""] : [])
                    + [Formatting.duration($0.minutes, language), String($0.minutes), String($0.verifiedMinutes),
                       $0.lastActivity?.description ?? "-", $0.flags.map(s.flagName).joined(separator: " "),
                       r.describe($0.reasons, language: language).joined(separator: "; ")]
            },
            numericColumns: named ? [4, 5, 6] : [3, 4, 5])
    }
}

extension Views {
    /// The facilitation report: students (least guided first) and schoolopleiders' loads.
    public func facilitation(_ report: FacilitationReport) -> String {
        var out = s.facilitationHeading(report.rule, report.schoolYear) + "\n\n" + facilitationStudents(report).renderTable()
        out += "\n" + TableData(
            headers: [s.name, s.externalIds, s.students, s.load],
            rows: report.schoolopleiders.map { [$0.name, $0.externalId, String($0.students), s.loadName($0.load)] },
            numericColumns: [2]).renderTable()
        return out
    }

    /// One row per student: guidance by mentor and schoolopleider against what was agreed.
    public func facilitationStudents(_ report: FacilitationReport) -> TableData {
        let roles: [Role] = [.mentor, .schoolopleider]
        return TableData(
            headers: [s.name, s.externalIds, s.school] + roles.map { "\($0.rawValue)" } + [s.complete],
            rows: report.students.map { student in
                [student.name, student.externalId, student.school]
                    + roles.map { "\(Formatting.duration(student.minutes[$0] ?? 0, language)) / \(Formatting.duration(student.agreed[$0] ?? 0, language))" }
                    + [student.complete ? s.yes : s.no]
            },
            numericColumns: [3, 4])
    }
}
