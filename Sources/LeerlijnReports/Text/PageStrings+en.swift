import LeerlijnCore

extension PageStrings {
    /// English.
    public static let en = PageStrings(
        months: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
        shortMonths: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
        hours: { value, one in one ? "\(value) hour" : "\(value) hours" },
        decimalSeparator: ".",
        contents: "Contents", printHint: "Print this page (Ctrl+P or Cmd+P) for an A4 copy: each section starts on a new page.",
        chartNote: "The figures of this chart are in the table beside it.", ongoing: "ongoing", today: "today", none: "none",
        madeWith: { "Made with Leerlijn on \($0)." },
        portfolioTitle: { "Portfolio of \($0)" },
        periodAll: "All activities on the line",
        period: { from, to in
            switch (from, to) {
            case let (from?, to?): "Activities from \(from) to \(to)"
            case let (from?, nil): "Activities from \(from)"
            case let (nil, to?): "Activities up to \(to)"
            case (nil, nil): "All activities on the line"
            }
        },
        lineSection: "The line", hoursSection: "Hours per school year and budget", coverageSection: "Coverage per framework",
        activitiesSection: "Activities, reflections and evidence", signOffsSection: "Sign-offs",
        lineIntro: "Phases, roles, employments, schools and registrations over time, with the minutes of professional development per month.",
        hoursIntro: "What each hours budget gives in a school year, what was used, what is left and where the pace so far leads by 31 July.",
        coverageIntro: "The time spent under each top-level area of each competence framework the activities count for.",
        timelineTitle: { "The line of \($0)" },
        timelineDescription: "A timeline with one lane each for the phase, roles, employments, schools and registrations, and bars for the minutes per month.",
        lanePhase: "Phase", laneRole: "Role", laneEmployment: "Employment", laneSchool: "School", laneRegistration: "Registration",
        laneActivity: "Minutes per month",
        hoursChartTitle: "Hours budgets: entitled, used, remaining and projected by 31 July",
        coverageChartTitle: { "Time per area: \($0)" },
        hoursPerYearTitle: "Activities per school year",
        noActivities: "No activities in this period.", noSignOffs: "No activity in this period has been signed off.", noEvidence: "no evidence",
        signedOff: { by, day in "Signed off by \(by) on \(day)" },
        file: "file", link: "link", sha256: "SHA-256", bytes: "bytes",
        verifiedBy: "signed off by", note: "note", item: "area",
        minutesPerMonthTitle: "Minutes per month",
        dashboardTitle: { "HR dashboard \($0)" },
        dashboardIntro: { by, day, people in "\(people) people, grouped by \(by); flags judged on \(day)." },
        groupsSection: "Groups", phasesSection: "People per phase", monthsSection: "Minutes per month", paceSection: "Budget pace per school",
        heatSection: "Framework areas", flaggedSection: "People who need attention",
        phasesChartTitle: "People per phase", monthsChartTitle: "Minutes of professional development per month",
        paceChartTitle: "Hours budgets per school: entitled, expected by now, used and projected",
        heatTitle: { "Minutes per framework area and \($0)" },
        paceIntro: "The hours budgets of everyone at a school, summed. 'Expected by now' is what an even pace would have used by the day the flags are judged on.",
        heatIntro: "Minutes per area of the domains of the teacher's work; darker cells mean more minutes.",
        flaggedIntro: "Worst first. Flags: behind (a budget's pace falls short by 31 July), idle (no recent activity), gaps (framework areas without activity), expiring (a registration ends soon), unverified (minutes not signed off).",
        noPhase: "(no phase)", nobodyFlagged: "Nobody is flagged.", expectedByNow: "expected by now", month: "month", area: "area", details: "details",
        groupName: { $0.rawValue },
        phaseName: { $0.rawValue },
        detail: { code in
            let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return code }
            switch parts[0] {
            case "behind": return "behind on \(parts[1])"
            case "gap": return "no activity under \(parts[1])"
            case "expires":
                let register = parts[1].split(separator: ":").first.map(String.init) ?? parts[1]
                let day = parts[1].split(separator: ":").last.map(String.init) ?? ""
                return "\(register) registration ends \(day)"
            default: return code
            }
        }
    )
}
