/// The help texts of the `leerlijn` command line, one table per language: `leerlijn --help`, `leerlijn help X`,
/// `leerlijn X --help` and the help shown with usage errors. One member per command (its `abstract` and
/// `discussion`) holding one text per option, flag and argument, named after the Swift property. The memberwise
/// initialiser makes the compiler check that every language has every text. Command, option and argument names
/// and the command lines of the examples are the same in every language; only the prose differs.
public struct HelpStrings: Sendable {
    public struct Leerlijn: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct Global: Sendable {
        public var db: String
        public var format: String
        public var lang: String
        public var actor: String
        public var profiles: String
    }

    public struct Activities: Sendable {
        public var abstract: String
    }

    public struct ActivitiesList: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var from: String
        public var to: String
        public var kind: String
        public var deleted: String
    }

    public struct ActivitiesShow: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
    }

    public struct ActivitiesEdit: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
        public var date: String
        public var duration: String
        public var kind: String
        public var title: String
        public var description: String
        public var provider: String
        public var reflection: String
        public var addEvidence: String
        public var removeEvidence: String
        public var competence: String
        public var domain: String
        public var clearCompetences: String
        public var clearDomains: String
        public var budget: String
    }

    public struct ActivitiesDelete: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
    }

    public struct ActivitiesRestore: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
    }

    public struct ActivitiesHistory: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
    }

    public struct Coverage: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var framework: String
        public var from: String
        public var to: String
    }

    public struct Demo: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct Dossier: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var rule: String
        public var out: String
    }

    public struct Export: Sendable {
        public var abstract: String
    }

    public struct ExportSend: Sendable {
        public var abstract: String
        public var discussion: String
        public var register: String
        public var person: String
        public var since: String
        public var dryRun: String
        public var caFile: String
    }

    public struct ExportStatus: Sendable {
        public var abstract: String
        public var discussion: String
        public var register: String
    }

    public struct ImportCommand: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct ImportPeople: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct ImportActivities: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct ImportOptions: Sendable {
        public var file: String
        public var dryRun: String
        public var rejects: String
    }

    public struct InitCommand: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct Kinds: Sendable {
        public var abstract: String
    }

    public struct KindsList: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct KindsAdd: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
        public var nl: String
        public var en: String
    }

    public struct Phase: Sendable {
        public var abstract: String
    }

    public struct PhaseSet: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var phase: String
        public var since: String
        public var route: String
        public var institute: String
        public var studyYear: String
        public var force: String
    }

    public struct Role: Sendable {
        public var abstract: String
    }

    public struct RoleAdd: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var role: String
        public var since: String
        public var until: String
        public var hoursPerWeek: String
    }

    public struct Employment: Sendable {
        public var abstract: String
    }

    public struct EmploymentAdd: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var since: String
        public var until: String
        public var fte: String
        public var school: String
        public var board: String
        public var force: String
    }

    public struct Progress: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var year: String
    }

    public struct Line: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
    }

    public struct Registration: Sendable {
        public var abstract: String
    }

    public struct RegistrationShow: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var register: String
    }

    public struct RegistrationRecord: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var register: String
        public var since: String
    }

    public struct Log: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var duration: String
        public var kind: String
        public var title: String
        public var date: String
        public var description: String
        public var provider: String
        public var reflection: String
        public var evidence: String
        public var competence: String
        public var domain: String
        public var budget: String
        public var cao: String
        public var guided: String
    }

    public struct Observe: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var instrument: String
        public var observer: String
        public var date: String
        public var scores: String
        public var group: String
        public var subject: String
        public var remarks: String
        public var duration: String
        public var budget: String
        public var cao: String
        public var logForObserver: String
    }

    public struct Observations: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
    }

    public struct Backup: Sendable {
        public var abstract: String
        public var discussion: String
        public var file: String
    }

    public struct Doctor: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct Org: Sendable {
        public var abstract: String
    }

    public struct OrgAddPartnership: Sendable {
        public var abstract: String
        public var discussion: String
        public var name: String
        public var code: String
    }

    public struct OrgAddBoard: Sendable {
        public var abstract: String
        public var discussion: String
        public var name: String
        public var code: String
        public var partnership: String
    }

    public struct OrgAddSchool: Sendable {
        public var abstract: String
        public var discussion: String
        public var name: String
        public var code: String
        public var board: String
    }

    public struct OrgList: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct Person: Sendable {
        public var abstract: String
    }

    public struct PersonAdd: Sendable {
        public var abstract: String
        public var discussion: String
        public var name: String
        public var externalID: String
        public var email: String
        public var school: String
        public var since: String
    }

    public struct PersonList: Sendable {
        public var abstract: String
        public var discussion: String
        public var school: String
        public var board: String
    }

    public struct PersonShow: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
    }

    public struct PersonEdit: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var name: String
        public var email: String
        public var externalID: String
        public var school: String
        public var since: String
    }

    public struct PersonExport: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var out: String
    }

    public struct PersonErase: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var confirm: String
    }

    public struct Portfolio: Sendable {
        public var abstract: String
        public var discussion: String
        public var person: String
        public var html: String
        public var from: String
        public var to: String
    }

    public struct Profiles: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct ProfilesList: Sendable {
        public var abstract: String
        public var discussion: String
    }

    public struct ProfilesShow: Sendable {
        public var abstract: String
        public var discussion: String
        public var id: String
    }

    public struct ProfilesValidate: Sendable {
        public var abstract: String
        public var discussion: String
        public var paths: String
    }

    public struct Report: Sendable {
        public var abstract: String
        public var discussion: String
        public var by: String
        public var year: String
        public var flag: String
        public var idleWeeks: String
        public var expiringMonths: String
        public var framework: String
        public var html: String
    }

    public struct Verify: Sendable {
        public var abstract: String
        public var discussion: String
        public var activity: String
        public var by: String
        public var note: String
    }

    public struct Session: Sendable {
        public var abstract: String
    }

    public struct SessionAdd: Sendable {
        public var abstract: String
        public var discussion: String
        public var kind: String
        public var title: String
        public var duration: String
        public var date: String
        public var participants: String
        public var participantsFile: String
        public var provider: String
        public var competence: String
        public var domain: String
    }

    public struct Facilitation: Sendable {
        public var abstract: String
        public var discussion: String
        public var year: String
        public var rule: String
    }

    public var leerlijn: Leerlijn
    public var global: Global
    public var activities: Activities
    public var activitiesList: ActivitiesList
    public var activitiesShow: ActivitiesShow
    public var activitiesEdit: ActivitiesEdit
    public var activitiesDelete: ActivitiesDelete
    public var activitiesRestore: ActivitiesRestore
    public var activitiesHistory: ActivitiesHistory
    public var coverage: Coverage
    public var demo: Demo
    public var dossier: Dossier
    public var export: Export
    public var exportSend: ExportSend
    public var exportStatus: ExportStatus
    public var importCommand: ImportCommand
    public var importPeople: ImportPeople
    public var importActivities: ImportActivities
    public var importOptions: ImportOptions
    public var initCommand: InitCommand
    public var kinds: Kinds
    public var kindsList: KindsList
    public var kindsAdd: KindsAdd
    public var phase: Phase
    public var phaseSet: PhaseSet
    public var role: Role
    public var roleAdd: RoleAdd
    public var employment: Employment
    public var employmentAdd: EmploymentAdd
    public var progress: Progress
    public var line: Line
    public var registration: Registration
    public var registrationShow: RegistrationShow
    public var registrationRecord: RegistrationRecord
    public var log: Log
    public var observe: Observe
    public var observations: Observations
    public var backup: Backup
    public var doctor: Doctor
    public var org: Org
    public var orgAddPartnership: OrgAddPartnership
    public var orgAddBoard: OrgAddBoard
    public var orgAddSchool: OrgAddSchool
    public var orgList: OrgList
    public var person: Person
    public var personAdd: PersonAdd
    public var personList: PersonList
    public var personShow: PersonShow
    public var personEdit: PersonEdit
    public var personExport: PersonExport
    public var personErase: PersonErase
    public var portfolio: Portfolio
    public var profiles: Profiles
    public var profilesList: ProfilesList
    public var profilesShow: ProfilesShow
    public var profilesValidate: ProfilesValidate
    public var report: Report
    public var verify: Verify
    public var session: Session
    public var sessionAdd: SessionAdd
    public var facilitation: Facilitation
}

extension Language {
    /// The help texts of the command line in this language.
    public var help: HelpStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
