import LeerlijnCore

/// Every piece of user-facing text, one instance per language (``Strings/en``, ``Strings/nl``).
///
/// The memberwise initialiser makes the compiler check that each language has every string.
public struct Strings: Sendable {
    // Column headers and field names.
    public var id, date, person, name, email, externalIds, school, schoolName, board, partnership: String
    public var minutes, duration, kind, title, description, provider, reflection, evidence: String
    public var createdAt, updatedAt, deletedAt, code, type, parent, schoolYear, activities, people: String
    public var peopleWithoutActivity, field, value, action, at, actor, titleNL, titleEN, builtIn, since, until: String
    public var yes, no, total: String
    public var version, validFrom, sector, topLevelItems, totalItems, unconfirmed, origin, shippedOrigin, file, line, problem: String
    public var lastDate, domain, share, domainBalance, withoutDomain, noCoverage: String
    public var coverageHeading: @Sendable (_ person: String, _ framework: String, _ version: String) -> String
    public var coverageTotals: @Sendable (_ activities: Int, _ duration: String, _ covered: Int) -> String
    public var gapsHeading: @Sendable (_ gaps: Int, _ items: Int) -> String
    public var profilesValid: @Sendable (_ frameworks: Int, _ crosswalks: Int) -> String
    public var profileProblems: @Sendable (_ count: Int) -> String
    public var phase, role, fte, entitled, used, remaining, projected, exceeded, unbudgeted, behind, onTrack, criterion, status, missing: String
    public var route, institute, studyYear, employments, phases, roles, registrations, schools, noBudgets, register, ready, notReady: String
    public var phaseSet: @Sendable (_ phase: String, _ since: Day) -> String
    public var roleAdded: @Sendable (_ role: String) -> String
    public var employmentAdded: @Sendable (_ fte: String) -> String
    public var registrationRecorded: @Sendable (_ register: String, _ since: Day) -> String
    public var progressHeading: @Sendable (_ person: String, _ phase: String, _ roles: String, _ fte: String) -> String
    public var warning: @Sendable (_ warning: ProgressWarning) -> String
    public var metText: @Sendable (_ met: Bool?) -> String
    public var metOn: @Sendable (_ day: Day) -> String
    public var reason: @Sendable (_ code: String) -> String
    public var registrationState: @Sendable (_ state: RegistrationStatus.State, _ since: Day?, _ expires: Day?, _ daysLeft: Int?) -> String
    public var unconfirmedValues: @Sendable (_ fields: [String]) -> String
    public var importSummary: @Sendable (_ report: ImportReport) -> String
    public var importRejected: @Sendable (_ file: String, _ rejected: Int, _ rows: Int) -> String
    public var importMissingColumns: @Sendable (_ file: String, _ missing: [String], _ found: [String]) -> String
    public var importUnreadable: @Sendable (_ file: String, _ detail: String) -> String
    public var importUnclosedQuote: @Sendable (_ file: String) -> String
    public var column: String
    public var reasonHeader: String
    /// Why an import row is rejected, in words.
    public var rowReason: @Sendable (_ reason: RowProblem.Reason) -> String
    public var verified: @Sendable (_ id: ActivityID) -> String
    public var sessionAdded: @Sendable (_ title: String, _ participants: Int) -> String
    public var flagName: @Sendable (_ flag: PersonFlag) -> String
    public var reportHeading: @Sendable (_ year: SchoolYear, _ by: String, _ reference: Day) -> String
    public var group, flags, startersWithinBudget, verifiedMinutes, flagged, lastActivity, peopleHeading: String
    public var facilitationHeading: @Sendable (_ rule: String, _ year: SchoolYear) -> String
    public var students, agreed, complete, load: String
    public var loadName: @Sendable (_ load: String) -> String
    public var exported: @Sendable (_ files: Int, _ folder: String) -> String
    public var erased: @Sendable (_ activities: Int) -> String
    public var backedUp: @Sendable (_ file: String) -> String
    public var exportSummary: @Sendable (_ register: String, _ sent: Int, _ pending: Int, _ failed: Int, _ error: String?) -> String
    public var exportUnauthorized: @Sendable (_ register: String, _ status: Int) -> String
    public var figure: @Sendable (_ kind: Criterion.Kind, _ actual: Double?, _ required: Double?) -> String

    // The HTML pages (their own text is in ``PageStrings``) and what the commands say about them.
    public var portfolioName, dashboardName, dossierName: String
    /// The word for a crosswalk (kruistabel) between frameworks, in `profiles validate`.
    public var crosswalk: String
    public var pageWritten: @Sendable (_ page: String, _ path: String) -> String
    public var pageNeedsTarget: String
    public var cannotWritePage: @Sendable (_ path: String, _ detail: String) -> String
    public var noFolder: @Sendable (_ path: String, _ folder: String) -> String

    // Register configuration problems (``ExportError``).
    public var unsafeConfigFile: @Sendable (_ path: String, _ mode: String) -> String
    public var unreadableConfigFile: @Sendable (_ path: String) -> String
    public var noEndpoint: @Sendable (_ register: String, _ variable: String) -> String
    public var missingSecret: @Sendable (_ register: String, _ variables: [String]) -> String
    public var unsupportedRegister: @Sendable (_ register: String, _ kind: String) -> String
    public var unknownDossierRule: @Sendable (_ register: String, _ rule: String) -> String

    /// A command-line usage problem found before a command runs (``UsageProblem``).
    public var usage: @Sendable (_ problem: UsageProblem) -> String
    /// What a field accepts (``ValueError/expected``), in this language.
    public var expectation: @Sendable (_ expected: Expectation) -> String

    /// The name of a kind of organisation or thing, for messages and the `type` column.
    public var subject: @Sendable (LookupError.Subject) -> String
    /// The title of an activity kind in this language.
    public var kindTitle: @Sendable (ActivityKind) -> String

    // Messages after a command did its work.
    public var databaseReady: @Sendable (_ path: String) -> String
    public var personAdded: @Sendable (_ name: String, _ id: PersonID) -> String
    public var personUpdated: @Sendable (_ name: String) -> String
    public var activityLogged: @Sendable (_ entry: ActivityEntry, _ duration: String) -> String
    public var activityUpdated: @Sendable (_ id: ActivityID) -> String
    public var activityDeleted: @Sendable (_ id: ActivityID) -> String
    public var activityRestored: @Sendable (_ id: ActivityID) -> String
    public var added: @Sendable (_ subject: String, _ code: String) -> String
    public var nothingFound: String

    // Errors.
    public var errorPrefix: String
    public var databaseMissing: @Sendable (_ path: String) -> String
    public var databaseTooNew: @Sendable (_ path: String) -> String
    public var notADatabase: @Sendable (_ path: String, _ detail: String) -> String
    public var cannotCreate: @Sendable (_ path: String, _ detail: String) -> String
    public var evidenceUnreadable: @Sendable (_ path: String, _ detail: String) -> String
    public var duplicate: @Sendable (_ subject: String, _ value: String) -> String
    public var externalIDTaken: @Sendable (_ value: String, _ board: String?, _ holder: String) -> String
    public var externalIDNeeded: @Sendable (_ board: String) -> String
    public var nothingToChange: String
    public var invalidValue: @Sendable (_ field: String, _ value: String, _ expected: String) -> String
    public var notFound: @Sendable (_ subject: String, _ query: String) -> String
    public var didYouMean: @Sendable (_ suggestions: [String]) -> String
    public var ambiguous: @Sendable (_ subject: String, _ query: String, _ candidates: [String]) -> String
    public var unknownKind: @Sendable (_ input: String) -> String
    public var kindsHint: String
    public var busy: @Sendable (_ detail: String) -> String
    public var databaseError: @Sendable (_ detail: String) -> String
    public var badDate: @Sendable (_ input: String, _ reason: DateParseError.Reason, _ forms: [String]) -> String
    public var badDuration: @Sendable (_ input: String, _ reason: DurationParseError.Reason, _ forms: [String]) -> String
    public var internalError: @Sendable (_ detail: String) -> String
    /// Translates a field name that the library reports in English (`email`, `external id`...).
    public var fieldName: @Sendable (_ english: String) -> String

    // The demo.
    public var demoIntro: @Sendable (_ path: String) -> String
    public var demoStarterHeading: @Sendable (_ name: String, _ year: SchoolYear) -> String
    public var demoStarterTotal: @Sendable (_ count: Int, _ duration: String) -> String
    public var demoHRHeading: @Sendable (_ year: SchoolYear) -> String
    public var demoOpleiderHeading: @Sendable (_ name: String, _ school: String, _ year: SchoolYear) -> String
    public var demoOpleiderOwn: @Sendable (_ name: String) -> String
    public var demoNext: @Sendable (_ path: String) -> String
}
