import LeerlijnCore

/// The text of the HTML portfolio and dashboard, one instance per language (``PageStrings/en``,
/// ``PageStrings/nl``, in `PageStrings+en.swift` and `PageStrings+nl.swift`). Column headers shared with the
/// text reports come from ``Strings``.
///
/// The memberwise initialiser makes the compiler check that each language has every string.
public struct PageStrings: Sendable {
    // Dates and numbers.
    /// Month names, January first ("oktober").
    public var months: [String]
    /// Short month names for chart axes, January first ("okt").
    public var shortMonths: [String]
    /// A duration in hours with at most one decimal, in words: "1.5 hours", "1,5 uur".
    public var hours: @Sendable (_ value: String, _ one: Bool) -> String
    /// The decimal separator: "." or ",".
    public var decimalSeparator: String

    // Both pages.
    public var contents, printHint, chartNote, ongoing, today, none: String
    /// "Portfolio" in the page footer.
    public var madeWith: @Sendable (_ day: String) -> String

    // The portfolio.
    public var portfolioTitle: @Sendable (_ person: String) -> String
    public var periodAll: String
    public var period: @Sendable (_ from: String?, _ to: String?) -> String
    public var lineSection, hoursSection, coverageSection, activitiesSection, signOffsSection: String
    public var lineIntro, hoursIntro, coverageIntro: String
    public var timelineTitle: @Sendable (_ person: String) -> String
    public var timelineDescription: String
    public var lanePhase, laneRole, laneEmployment, laneSchool, laneRegistration, laneActivity: String
    public var hoursChartTitle: String
    public var coverageChartTitle: @Sendable (_ framework: String) -> String
    public var hoursPerYearTitle: String
    public var noActivities, noSignOffs, noEvidence: String
    public var signedOff: @Sendable (_ by: String, _ day: String) -> String
    public var file, link, sha256, bytes: String
    public var verifiedBy, note, item: String
    public var minutesPerMonthTitle: String

    // The dashboard.
    public var dashboardTitle: @Sendable (_ year: SchoolYear) -> String
    public var dashboardIntro: @Sendable (_ by: String, _ day: String, _ people: Int) -> String
    public var groupsSection, phasesSection, monthsSection, paceSection, heatSection, flaggedSection: String
    public var phasesChartTitle, monthsChartTitle, paceChartTitle: String
    public var heatTitle: @Sendable (_ by: String) -> String
    public var paceIntro, heatIntro, flaggedIntro: String
    public var noPhase, nobodyFlagged, expectedByNow, month, area, details: String
    public var groupName: @Sendable (_ by: GroupBy) -> String
    public var phaseName: @Sendable (_ phase: Phase) -> String
    public var detail: @Sendable (_ code: String) -> String
}

extension Language {
    /// The text of the HTML pages in this language.
    public var page: PageStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
