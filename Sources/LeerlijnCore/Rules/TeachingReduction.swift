/// Teaching time released for a starting teacher in one school year (a `teaching-reduction` rule: the CAO VO's
/// "reductie van zijn lesgevende taak met 20 procent gedurende het eerste jaar en 10 procent gedurende het tweede jaar").
/// Its unit is teaching time, not a budget of professional-development hours: nothing is "used" against it.
public struct TeachingReduction: Codable, Hashable, Sendable {
    /// A stretch of days with one share released.
    public struct Period: Codable, Hashable, Sendable {
        /// The year of the introduction (1, 2, ...).
        public var introductionYear: Int
        /// Percent of the teaching task released (0 in a year of the programme without a reduction).
        public var percent: Int
        public var from: Day
        public var through: Day
    }

    public var rule: String
    public var title: LocalizedText
    public var periods: [Period]
    /// The teaching time released, in minutes, when the rule gives the teaching task per year; nil otherwise.
    public var releasedMinutes: Int?
    /// Fields of the rule's version that are not confirmed from a source.
    public var unconfirmed: [String]

    /// The reduction `rule` gives the person with `line` in `year`, or nil when it gives nothing (not a teacher in one of
    /// its sectors, or outside the introduction). Released minutes sum, day by day as entitlements do, FTE(d) × percent(d)
    /// × teaching minutes per year / days in the year, rounded once at the end (halves up).
    public static func compute(rule: Rule, line: PersonLine, year: SchoolYear) -> TeachingReduction? {
        guard rule.kind == .teachingReduction, let start = line.startedAsTeacher else { return nil }
        // Only a year that overlaps the longest introduction, for someone ever employed in one of the rule's sectors.
        let longest = rule.versions.compactMap(\.introductionYears).max() ?? 0
        guard year.lastDay >= start, year.firstDay < start.addingYears(longest),
              line.employments.contains(where: { rule.sectors.contains(line.sector(of: $0)) }) else { return nil }
        var periods: [Period] = []
        var numerator = 0, counted = true
        var day = year.firstDay
        while day <= year.lastDay {
            defer { day = day.adding(days: 1) }
            guard let version = rule.version(on: day), let years = version.introductionYears, day >= start else { continue }
            var introductionYear = 1
            while introductionYear <= years && day >= start.addingYears(introductionYear) { introductionYear += 1 }
            guard introductionYear <= years else { continue }
            let fte = line.fte(on: day, sectors: rule.sectors, functions: rule.functions)
            guard fte > 0 else { continue }
            let percent = introductionYear <= version.reductionPercent.count ? version.reductionPercent[introductionYear - 1] : 0
            if let last = periods.last, last.introductionYear == introductionYear, last.percent == percent, last.through.adding(days: 1) == day {
                periods[periods.count - 1].through = day
            } else {
                periods.append(Period(introductionYear: introductionYear, percent: percent, from: day, through: day))
            }
            if let minutes = version.teachingMinutesPerYear { numerator += fte * percent * minutes } else { counted = false }
        }
        guard !periods.isEmpty else { return nil }
        let denominator = FTE.fullTime.tenThousandths * 100 * year.numberOfDays
        let version = rule.version(on: periods[0].from)
        return TeachingReduction(rule: rule.id, title: rule.title, periods: periods,
                                 releasedMinutes: counted ? (2 * numerator + denominator) / (2 * denominator) : nil,
                                 unconfirmed: version?.unconfirmed ?? [])
    }
}
