/// What a field accepts, as a value: the front end puts it into words in the user's language
/// (LeerlijnReports' `Strings.expectation`). Carried by ``ValueError``.
public enum Expectation: Equatable, Sendable {
    /// A name that is not empty.
    case nonEmptyName
    /// At most this many characters.
    case atMostCharacters(Int)
    /// From `minimum` to `maximum` characters.
    case characters(Int, Int)
    /// An e-mail address.
    case emailAddress
    /// An external id: 1 to 64 characters without spaces.
    case externalID
    /// A werktijdfactor like 0.8 or 0,8 with at most 4 decimals.
    case fte
    /// A number more than 0.
    case moreThanZero
    /// Hours per week from 0 to 60.
    case hoursPerWeek
    /// Whole minutes from 1 to this maximum.
    case minutes(maximum: Int)
    /// An activity that is not deleted (to sign off or edit it; `restore` says to restore it first).
    case activityNotDeleted(restoreFirst: Bool)
    /// An activity that is not yet deleted (to delete it), or a deleted one (to restore it).
    case notYetDeleted
    case deletedActivity
    /// Someone other than the owner of the activity signs it off.
    case someoneElseSignsOff
    /// A mentor, schoolopleider or coach on this day.
    case verifierRole(on: Day)
    /// At least one participant in a session.
    case participant
    /// Guidance is logged for someone else than the person who guides.
    case someoneElseGuided
    /// An activity kind id: 1 to 40 lowercase letters, digits and dashes.
    case kindID
    /// Evidence: an http(s) link or a file path.
    case evidence
    /// A BRIN code (4 letters or digits, optionally a 2-digit vestiging).
    case schoolCode
    /// An organisation code: lowercase letters, digits and dashes.
    case organisationCode
    /// A day after `day`, when the current membership started.
    case dayAfterMembership(Day)
    /// Phase student when a route, institute or study year is given.
    case studentPhase
    /// A study year from 1 to 8.
    case studyYear
    /// Another day: `phase` already starts on `day`.
    case phaseDayTaken(phase: Phase, day: Day)
    /// A phase at or after `phase` (since `since`), unless forced.
    case phaseAtOrAfter(phase: Phase, since: Day)
    /// A phase at or before `phase` (which starts `since`), unless forced.
    case phaseAtOrBefore(phase: Phase, since: Day)
    /// A day on or after the day given with `option` (e.g. `--since`).
    case dayOnOrAfter(option: String, day: Day)
    /// A period that does not overlap the same role from `since` (to `until`).
    case noRoleOverlap(role: Role, since: Day, until: Day?)
    /// An FTE of at most 1.5 unless forced.
    case fteAtMost
    /// `--school` or `--board`, because the person belongs to no school on that day.
    case schoolOrBoard
    /// A register rule such as brlo.
    case registerRule
    /// A school year of two following years, e.g. 2026-2027.
    case schoolYear
    /// A teacher educator: someone who holds one of `roles` (for a BRLO dossier).
    case teacherEducator(roles: [Role])
    /// Text a library gives that has no translation yet (shown as it is).
    case text(String)
    // Sectors and salary steps (issue 16).
    /// A salary scale and step (periodiek), e.g. LB-4.
    case salaryStep
    /// A school sector: po, so, sbo, vo, mbo or lerarenopleiding.
    case sector
    /// A function: leraar, oop or schoolleider.
    case staffFunction
    /// What corrections of the line, short ids, CSV dialects and duration units expect (``FrictionExpectation``).
    case friction(FrictionExpectation)
}
