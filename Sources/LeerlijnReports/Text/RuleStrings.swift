import LeerlijnCore

/// User-facing text about sectors, functions, salary steps and the states of budgets (issue 16), one instance per
/// language (``RuleStrings/en``, ``RuleStrings/nl``); reached as `language.ruleStrings`. Kept apart from ``Strings``.
public struct RuleStrings: Sendable {
    public var state: @Sendable (_ state: BudgetState) -> String
    public var endReason: @Sendable (_ reason: RightEnd.Reason) -> String
    /// "ends on 2025-12-31 (three years as a teacher)"; `day` is the first day without the right.
    public var endsOn: @Sendable (_ rule: String, _ lastDay: Day, _ reason: String) -> String
    public var unused: @Sendable (_ rule: String, _ duration: String) -> String
    public var salaryStep, sector, function: String
    /// Beside a school's sector that was assumed, not given.
    public var assumed: String
    public var salaryStepRecorded: @Sendable (_ step: String, _ since: Day) -> String
    public var sectorSet: @Sendable (_ school: String, _ sector: String) -> String
    public var assumedSectors: @Sendable (_ schools: [String]) -> String
    public var futureDate: @Sendable (_ day: Day) -> String
    /// "Teaching time released (CAO VO ...): year 1 20% 2026-08-01 to 2027-07-31; 0u released" (not a budget).
    public var teachingReduction: @Sendable (_ reduction: TeachingReduction, _ title: String, _ duration: (Int) -> String) -> String
    public var futureDatesImported: @Sendable (_ count: Int, _ lines: [Int]) -> String

    // Help.
    public var helpSchoolSector, helpBoardSector, helpFunction: String
    public var helpSalaryStep, helpSalaryStepAbstract, helpSalaryStepDiscussion, helpSalaryStepPerson, helpSalaryStepSince: String
    public var helpSetSectorAbstract, helpSetSectorDiscussion, helpSetSectorSchool: String
}

extension Language {
    /// The texts about sectors, salary steps and budget states in this language.
    public var ruleStrings: RuleStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
