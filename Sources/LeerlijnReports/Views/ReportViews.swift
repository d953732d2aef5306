import LeerlijnCore

extension Views {
    /// The HR report as text: the groups, then the people worst first.
    public func groupReport(_ report: GroupReport) -> String {
        let domains = Array(Set(report.groups.flatMap { $0.domains.keys })).sorted()
        var out = s.reportHeading(report.schoolYear, report.by.rawValue, report.referenceDay) + "\n\n"
        out += TableData(
            headers: [s.group, s.people, s.duration, s.verifiedMinutes] + domains.map { String($0.split(separator: ":").last ?? "") }
                + [s.startersWithinBudget, s.flagged],
            rows: report.groups.map { group in
                [group.key, String(group.people), Formatting.duration(group.minutes, language), Formatting.duration(group.verifiedMinutes, language)]
                    + domains.map { Formatting.duration(group.domains[$0] ?? 0, language) }
                    + [group.starters == 0 ? "-" : "\(group.startersWithinBudget)/\(group.starters)", String(group.flagged)]
            },
            numericColumns: Set(1..<(6 + domains.count))).renderTable()
        out += "\n" + s.peopleHeading + "\n" + reportPeople(report).renderTable()
        return out
    }

    /// The people of the HR report, worst first.
    public func reportPeople(_ report: GroupReport) -> TableData {
        TableData(
            headers: [s.externalIds, s.name, s.group, s.duration, s.minutes, s.verifiedMinutes, s.lastActivity, s.flags],
            rows: report.people.map {
                [$0.externalId, $0.name, $0.group, Formatting.duration($0.minutes, language), String($0.minutes), String($0.verifiedMinutes),
                 $0.lastActivity?.description ?? "-", $0.flags.map(s.flagName).joined(separator: " ")]
            },
            numericColumns: [3, 4, 5])
    }
}
