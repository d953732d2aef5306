/// The hours an hours rule gives a person in a school year, computed the same way for every rule
/// (docs/rules.md):
///
///     entitlement = Σ over the days d of the school year on which the rule applies of
///                   FTE(d) × minutes per year (of the version in force on d) / number of days in the school year
///
/// rounded to the nearest whole minute once, at the end (halves round up). FTE(d) is the sum of the
/// werktijdfactoren of the employments covering d at a school of one of the rule's sectors, in one of its
/// functions; the rule applies on d when a version is in force, the person's phase and roles on d match its
/// `appliesTo`, and the right has not ended (the version's `ends`: basisbekwaam, a salary step, years as a teacher). A rule that is not pro rata counts FTE 1 on
/// every day the person is employed at all. All arithmetic is in integers: nothing is lost to rounding.
public struct Entitlement: Sendable, Hashable {
    /// The entitlement in whole minutes.
    public var minutes: Int
    /// The days of the year on which the rule applies and the person is employed.
    public var applicableDays: Int
    /// Of those, the days up to and including the `asOf` day.
    public var elapsedApplicableDays: Int

    /// The entitlement of `rule` for the person with `line` in `year`; `asOf` splits the applicable days for projections.
    ///
    /// The sum runs over stretches of days rather than day by day: between two change points (a rule version, a
    /// phase, a role or an employment starting or ending) every term of the sum is the same, so a stretch adds its
    /// length times that term. The result is exactly the day-by-day sum.
    public static func compute(rule: Rule, line: PersonLine, year: SchoolYear, asOf: Day) -> Entitlement {
        let days = year.numberOfDays
        let first = year.firstDay.dayNumber, end = first + days   // the days first..<end
        // The days on which something may change, within the year.
        var changes: [Int] = [first, end]
        func change(_ day: Day?, after: Bool = false) {
            guard let day else { return }
            let number = day.dayNumber + (after ? 1 : 0)
            if number > first && number < end { changes.append(number) }
        }
        for index in rule.versions.indices {
            change(rule.versions[index].validFrom)
            change(rule.versions[index].validUntil, after: true)
        }
        for phase in line.phases { change(phase.since) }
        for role in line.roles {
            change(role.since)
            change(role.until, after: true)
        }
        for employment in line.employments {
            change(employment.since)
            change(employment.until, after: true)
        }
        var ends: [RightEnd: Day?] = [:]
        for version in rule.versions {
            guard let end = version.ends, ends[end] == nil else { continue }
            let day = end.end(for: line)?.day
            ends[end] = day
            change(day)
        }
        changes.sort()
        let asOfNumber = asOf.dayNumber
        var numerator = 0        // ten-thousandths of an FTE × minutes
        var applicable = 0, elapsed = 0
        var start = changes[0]
        for next in changes.dropFirst() where next > start {
            defer { start = next }
            let day = Day(dayNumber: start), length = next - start
            guard let version = rule.version(on: day), let perYear = version.minutesPerYear else { continue }
            guard version.appliesTo.holds(phase: line.phase(on: day), roles: line.roles(on: day)) else { continue }
            if let end = version.ends, let endDay = ends[end] ?? nil, day >= endDay { continue }
            let fte = line.fte(on: day, sectors: rule.sectors, functions: rule.functions)
            guard fte > 0 else { continue }
            numerator += (version.proRata ? fte : FTE.fullTime.tenThousandths) * perYear * length
            applicable += length
            elapsed += min(max(asOfNumber - start + 1, 0), length)
        }
        let denominator = FTE.fullTime.tenThousandths * days
        let minutes = (2 * numerator + denominator) / (2 * denominator)   // nearest minute, halves up
        return Entitlement(minutes: minutes, applicableDays: applicable, elapsedApplicableDays: elapsed)
    }

    /// The minutes used by the end of the year at the pace so far: used × applicable days / elapsed applicable days.
    /// Before the rule applied at all, or once the year is over, it is the minutes used.
    public func projected(used: Int) -> Int {
        guard elapsedApplicableDays > 0, elapsedApplicableDays < applicableDays else { return used }
        return (2 * used * applicableDays + elapsedApplicableDays) / (2 * elapsedApplicableDays)
    }
}
