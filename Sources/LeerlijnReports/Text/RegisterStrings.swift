import Foundation
import LeerlijnCore
import LeerlijnExport

/// The user-facing text of webhooks and the BRLO dossier (issue 18): help of their commands, their messages and the
/// dossier's HTML document, one instance per language (``RegisterStrings/en``, ``RegisterStrings/nl``); reached as
/// `language.registerStrings`. Kept apart from ``Strings`` so that this subject grows without touching the shared table.
public struct RegisterStrings: Sendable {
    /// Help of one command: its abstract and discussion.
    public struct CommandHelp: Sendable {
        public var abstract: String
        public var discussion: String
    }

    // `export secret`, `export enable`.
    public var exportSecret: CommandHelp
    public var secretBytes: String
    public var exportEnable: CommandHelp
    public var enableRegister: String

    // `dossier` and its subcommands.
    public var dossierGroup: CommandHelp
    public var dossierHTML: String
    public var dossierRole: CommandHelp
    public var rolePerson, roleDescription, roleJustification, roleContext, roleOrganisation, rolePartnership, roleSector: String
    public var roleConfirmedHours, roleConfirmedBy, roleConfirmedOn: String
    public var dossierTask: CommandHelp
    public var taskText, taskKind, taskHours, taskRemove: String
    public var dossierReflect: CommandHelp
    public var reflectArea, reflectText, reflectFile, reflectRule: String
    public var dossierRoute: CommandHelp
    public var routeRoute, routeManager, routeStatement, routeStatementOn: String
    public var registrationNumber, registrationUntil: String

    // Messages.
    public var unusableSecret: @Sendable (_ register: String, _ variable: String, _ problem: WebhookSignature.SecretProblem) -> String
    public var endpointGone: @Sendable (_ register: String, _ endpoint: String) -> String
    public var endpointDisabled: @Sendable (_ register: String, _ endpoint: String, _ since: String) -> String
    public var endpointsEnabled: @Sendable (_ register: String, _ endpoints: [String]) -> String
    public var secretRange: @Sendable (_ bytes: Int) -> String
    public var roleRecorded: @Sendable (_ person: String) -> String
    public var taskAdded: @Sendable (_ person: String, _ id: Int64) -> String
    public var taskRemoved: @Sendable (_ person: String, _ id: Int64) -> String
    public var reflectionRecorded: @Sendable (_ person: String, _ area: String) -> String
    public var routeRecorded: @Sendable (_ person: String, _ route: String) -> String
    public var dossierInput: @Sendable (_ problem: DossierInputError) -> String

    // The dossier document (HTML) and its text view.
    public var pageTitle: @Sendable (_ person: String) -> String
    public var pageIntro: @Sendable (_ register: String, _ asOf: String) -> String
    public var printHint, contents: String
    public var registrationSection, roleSection, contextSection, routeSection, reflectionsSection, criteriaSection, activitiesSection: String
    public var registrationNumberLabel, registeredSince, registeredUntil, expiresByTerm, state, notRecorded: String
    public var descriptionLabel, justificationLabel, tasksLabel, taskKindLabel, hoursPerYearLabel: String
    public var taskKindName: @Sendable (_ kind: EducatorTask.Kind) -> String
    public var confirmedHours: @Sendable (_ hours: String, _ by: String?, _ on: String?) -> String
    public var hoursNotConfirmed: String
    public var coachingOnly: String
    public var roleHoursHeading, schoolYear, hours, complete, yes, no: String
    public var contextKind: @Sendable (_ context: EducatorRole.Context) -> String
    public var contextLabel, organisationLabel, partnershipLabel, sectorLabel: String
    public var routeLabel, interviewLabel, managerLabel, managerStatementLabel, statementDateLabel: String
    public var managerStatementNeeded, managerStatementNotNeeded, managerStatementMissing: String
    public var noReflection: String
    public var activitiesBehind: @Sendable (_ count: Int, _ hours: String) -> String
    public var activityReflections: String
    public var criterion, met, actual, required, missingItems: String
    public var metValue: @Sendable (_ met: Bool?) -> String
    public var date, kind, title, duration, evidence, reflection: String
    public var toDo: String
    public var missingPart: @Sendable (_ part: BRLODossier.Part) -> String
    public var madeWith: @Sendable (_ date: String) -> String
    /// `dossier reflect` given both or neither of --text and --file.
    public var textOrFile: String
    /// `export status`'s column of the endpoints a 410 Gone disabled.
    public var disabledHeader: String
}

extension Language {
    /// The webhook and dossier strings of this language.
    public var registerStrings: RegisterStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}

extension RegisterStrings {
    /// The message for a webhook or dossier error, or nil for any other error (``Strings/describe(_:)`` has those).
    public func describe(_ error: any Error, language: Language) -> UserMessage? {
        switch error {
        case let error as RegisterError:
            switch error {
            case let .unusableSecret(register, variable, problem): return UserMessage(text: unusableSecret(register, variable, problem), category: .badData)
            case let .endpointGone(register, endpoint): return UserMessage(text: endpointGone(register, endpoint), category: .io)
            case let .endpointDisabled(register, endpoint, since):
                let formatter = ISO8601DateFormatter()
                return UserMessage(text: endpointDisabled(register, endpoint, formatter.string(from: since)), category: .badData)
            }
        case let error as DossierInputError:
            return UserMessage(text: dossierInput(error), category: error.isLookup ? .notFound : .badData)
        default:
            return nil
        }
    }
}

extension DossierInputError {
    var isLookup: Bool {
        if case .unknownTask = self { return true }
        return false
    }
}
