import LeerlijnCore

/// Every piece of user-facing text about lesson observations, one instance per language
/// (``ObservationStrings/en``, ``ObservationStrings/nl``); reached as `language.observationStrings`.
///
/// Kept apart from ``Strings`` so that observations can grow without touching the shared tables. The
/// memberwise initialiser makes the compiler check that each language has every string.
public struct ObservationStrings: Sendable {
    // Column headers.
    public var date, observer, group, subject, domain, item, score, mean, first, latest, change, schoolYear, observations: String
    public var difficulty, probability, instrument, version, remarks, ability, agreement, kappa, identical: String

    // Headings and lines of the `observations` report.
    public var summaryHeading: @Sendable (_ person: String, _ instrument: String, _ version: String, _ count: Int) -> String
    public var lessonsHeading, growthHeading, schoolYearsHeading, agreementHeading: String
    public var rasch: @Sendable (_ estimate: Rasch.Estimate, _ number: (Double) -> String) -> String
    public var focusHeading: @Sendable (_ method: CoachingFocus.Method) -> String
    public var noFocus: String
    public var readiness: @Sendable (_ flag: ReadinessFlag, _ number: (Double) -> String) -> String
    public var unconfirmed: @Sendable (_ parts: [String]) -> String
    public var noObservations: @Sendable (_ person: String) -> String
    public var agreementLine: @Sendable (_ agreement: Agreement) -> String

    // `progress`.
    public var progressHeading: String
    public var progressLine: @Sendable (_ brief: ObservationBrief) -> String
    public var progressFocus: @Sendable (_ items: [String]) -> String
    public var progressReady: @Sendable (_ ready: Bool) -> String

    // `observe`.
    public var recorded: @Sendable (_ entry: ObservationEntry, _ loggedForObserver: Bool) -> String
    public var activityTitle: @Sendable (_ instrument: String, _ subject: String?) -> String
    public var observerActivityTitle: @Sendable (_ instrument: String, _ person: String) -> String
    public var promptIntro: @Sendable (_ instrument: String, _ minimum: Int, _ maximum: Int, _ labels: String) -> String
    public var promptItem: @Sendable (_ index: Int, _ count: Int, _ domain: String, _ text: String) -> String
    public var promptIndicator: @Sendable (_ text: String) -> String
    public var promptRetry: @Sendable (_ minimum: Int, _ maximum: Int) -> String

    // Errors.
    public var reason: @Sendable (_ reason: ObservationError.Reason) -> String
    public var itemPrefix: @Sendable (_ item: String) -> String
}

extension Language {
    /// The observation strings of this language.
    public var observationStrings: ObservationStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}

extension ObservationStrings {
    /// `file:line: item X: reason`, in this language.
    public func describe(_ error: ObservationError) -> String {
        let place = [error.file, error.line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + (error.item.map(itemPrefix) ?? "") + reason(error.reason)
    }

    /// The exit category: an unknown observer, instrument or unreadable file is 'not found' (66), the rest bad data (65).
    public static func category(_ error: ObservationError) -> ErrorCategory {
        switch error.reason {
        case .unknownObserver, .unknownInstrument, .unreadable: return .notFound
        default: return .badData
        }
    }
}

extension Strings {
    /// An observation error as a user message, in the language of these strings.
    func describe(observation error: ObservationError) -> UserMessage {
        // Strings does not carry its language; the two tables differ in their error prefix.
        let strings: ObservationStrings = errorPrefix == Strings.nl.errorPrefix ? .nl : .en
        return UserMessage(text: strings.describe(error), category: ObservationStrings.category(error))
    }
}
