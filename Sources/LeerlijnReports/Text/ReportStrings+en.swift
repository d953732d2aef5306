import LeerlijnCore

extension ReportStrings {
    /// English.
    public static let en = ReportStrings(
        reasons: "reasons",
        groupName: { by in
            switch by {
            case .school: "school name"
            case .board: "board name"
            case .partnership: "partnership name"
            case .phase: "phase"
            case .role: "role"
            }
        },
        duration: { ReportStrings.duration($0, hours: $0 >= 60 && $0 < 120 ? "hour" : "hours") },
        behind: { title, behind, shortfall in "\(title): \(behind) behind schedule, \(shortfall) short by 31 July at this pace" },
        gaps: { titles in "no activity under " + titles.map { "‘\($0)’" }.joined(separator: ", ") },
        expiring: { register, day in "\(register) registration ends \(day)" },
        idle: { last, weeks in last.map { "no activity since \($0) (over \(weeks) weeks)" } ?? "no activity yet" },
        unverified: { "\($0) not signed off" },
        editPartnership: .init(
            abstract: "Change a partnership's settings.",
            discussion: "With --expects-sign-off yes the partnership expects activities to be signed off: only then does the HR report flag minutes not signed off (default: no).\nExample: leerlijn org edit-partnership eemvallei --expects-sign-off yes",
            code: "The partnership's code.",
            expectsSignOff: "Whether activities are to be signed off: yes or no."),
        signOffSet: { code, expects in expects ? "Partnership \(code) now expects sign-off" : "Partnership \(code) now expects no sign-off" },
        instrumentsHeading: "Observation instruments:", domains: "domains", items: "items", usable: "usable",
        structureOnly: "structure only", complete: "complete",
        frameworkKind: { $0.rawValue }
    )
}
