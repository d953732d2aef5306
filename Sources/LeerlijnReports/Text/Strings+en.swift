import Foundation
import LeerlijnCore

extension Strings {
    /// English.
    public static let en = Strings(
        id: "id", date: "date", person: "person", name: "name", email: "email", externalIds: "external ids",
        school: "school", schoolName: "school name", board: "board", partnership: "partnership",
        minutes: "minutes", duration: "duration", kind: "kind", title: "title", description: "description",
        provider: "provider", reflection: "reflection", evidence: "evidence",
        createdAt: "created", updatedAt: "updated", deletedAt: "deleted", code: "code", type: "type", parent: "part of",
        schoolYear: "school year", activities: "activities", people: "people",
        peopleWithoutActivity: "people without activity", field: "field", value: "value", action: "action",
        at: "at", actor: "by", titleNL: "Dutch name", titleEN: "English name", builtIn: "built in",
        since: "since", until: "until", yes: "yes", no: "no", total: "total",
        version: "version", validFrom: "valid from", sector: "sector", topLevelItems: "top-level items", totalItems: "all items",
        unconfirmed: "unconfirmed", origin: "from", shippedOrigin: "shipped", file: "file", line: "line", problem: "problem",
        lastDate: "last", domain: "domain", share: "share", domainBalance: "Balance over the domains of the teacher's work:",
        withoutDomain: "(no domain)", noCoverage: "No activity counts for any competence framework yet: tag activities with --competence.",
        coverageHeading: { person, framework, version in "\(person): \(framework)" + (version.isEmpty ? "" : " (\(version))") },
        coverageTotals: { activities, duration, covered in "\(activities) activities, \(duration); \(covered) count for this framework" },
        gapsHeading: { gaps, items in "\(gaps) of \(items) items without activity" },
        profilesValid: { frameworks, crosswalks in "All profiles are valid: \(frameworks) frameworks, \(crosswalks) crosswalks." },
        profileProblems: { "The profiles have \($0) problem(s); nothing was loaded:" },
        phase: "phase", role: "role", fte: "FTE", entitled: "entitled", used: "used", remaining: "remaining", projected: "projected by 31 July",
        exceeded: "over", unbudgeted: "outside any budget", behind: "BEHIND", onTrack: "on track", criterion: "criterion", status: "status",
        missing: "missing", route: "route", institute: "institute", studyYear: "study year", employments: "Employments", phases: "Phases",
        roles: "Roles", registrations: "Registrations", schools: "Schools", noBudgets: "No hours budget applies (record a phase and an employment).",
        register: "register", ready: "Ready to apply: every criterion is met.", notReady: "Not ready yet: see the criteria not met.",
        phaseSet: { phase, since in "Phase \(phase) from \(since)" },
        roleAdded: { "Role \($0) added" },
        employmentAdded: { "Employment with FTE \($0) added" },
        registrationRecorded: { register, since in "Registration in \(register) from \(since) recorded" },
        progressHeading: { person, phase, roles, fte in "\(person): phase \(phase)\(roles.isEmpty ? "" : ", roles \(roles)"), FTE \(fte)" },
        warning: { warning in
            switch warning {
            case .noEmployment: "No employment recorded: hours budgets are 0 until one is (leerlijn employment add)."
            case .noPhase: "No phase recorded: starters' hours apply only from a starter phase (leerlijn phase set)."
            case .budgetEndedWithoutBasisbekwaam: "The starter budget ended without a basisbekwaam judgement recorded (leerlijn phase set PERSON basisbekwaam)."
            }
        },
        metText: { met in met == true ? "met" : met == false ? "NOT MET" : "cannot tell" },
        metOn: { "met on \($0) if things go on as they are" },
        reason: { code in
            switch code {
            case "no-hours-per-week": "no hours per week recorded for the role (role add --hours-per-week)"
            case "framework-not-loaded": "the framework is not loaded"
            case "work-hours-not-recorded": "Leerlijn does not record hours worked"
            default: code
            }
        },
        registrationState: { state, since, expires, daysLeft in
            switch state {
            case .notRegistered: "Not registered."
            case .registered: "Registered since \(since!)\(expires.map { ", until \($0) (\(daysLeft ?? 0) days left)" } ?? "")."
            case .expired: "Registration since \(since!) expired on \(expires!)."
            }
        },
        unconfirmedValues: { "Not confirmed from a source (editable in your own copy of the rule file): \($0.joined(separator: ", "))" },
        importSummary: { r in
            let changes = r.changes.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            return (r.dryRun ? "Dry run, nothing written: " : "") + "\(r.rows) rows: \(r.imported) imported, \(r.unchanged) unchanged, \(r.rejected) rejected"
                + (changes.isEmpty ? "." : " (\(changes)).")
        },
        importRejected: { file, rejected, rows in "\(file) was not imported: \(rejected) of \(rows) rows are bad (nothing was written). Fix them, or import the good rows with --skip-invalid REJECTS.csv:" },
        importMissingColumns: { file, missing, found in "\(file) lacks the columns \(missing.joined(separator: ", ")); its header has: \(found.joined(separator: ", "))." },
        importUnreadable: { file, detail in "Cannot read \(file): \(detail)." },
        importUnclosedQuote: { "\($0) ends inside a quoted field: a \" is not closed." },
        column: "column", reasonHeader: "reason",
        rowReason: { reason in
            switch reason {
            case .missing: "missing"
            case .unknownExternalID: "no person has this external id (import people first)"
            case let .externalIDAtSeveralBoards(boards): "used at several boards (\(boards.joined(separator: ", "))): add a board column"
            case let .notADate(accepted): "not a date; accepted: \(accepted.joined(separator: ", "))"
            case let .notADuration(accepted): "not a duration; accepted: \(accepted.joined(separator: ", "))"
            case let .unknownKind(suggestions): "unknown kind" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
            case .titleLength: "must be 1 to 300 characters"
            case let .unknownItem(token): "unknown or ambiguous id '\(token)'; use a full id such as sbl-2006:pedagogisch"
            case .notAnHoursRule: "not an hours rule such as cao-po-starter"
            case .unknownSigner: "no person has this external id"
            case .signerAtSeveralBoards: "used at several boards"
            case .ownSignOff: "a person cannot sign off their own activity"
            case .externalIDForm: "1 to 64 characters without spaces, e.g. 100234"
            case .emptyName: "a name that is not empty"
            case .nameTooLong: "at most 200 characters"
            case .emailForm: "an address like naam@school.nl"
            case .phaseValue: "must be student, starter, basisbekwaam or vakbekwaam"
            case .neededWithPhase: "needed with a phase"
            case .neededWithFTE: "needed with an fte"
            case .boardNeededWithFTE: "needed with an fte (or a school)"
            case .fteForm: "a werktijdfactor like 0.8 or 0,8 (at most 4 decimals), more than 0"
            case .fteAtMost: "at most 1.5"
            case .notABoard: "not a board name or code"
            case .schoolOfAnotherBoard: "belongs to another board"
            case let .boardNeededForNewSchool(school): "needed to create the new school \(school)"
            case .unknownSchool: "unknown school: give its BRIN code (4 characters, e.g. 12AB) to create it"
            case .ambiguousSchool: "more than one school has this name: give its BRIN code"
            case .schoolChangeTooEarly: "the school changes, but not after the current school's start"
            case .phaseDayTaken: "another phase already starts on this day"
            case let .employmentNotAfter(since): "must be after the current employment's start (\(since))"
            case .sectorValue: "must be po, so, sbo, vo, mbo or lerarenopleiding"
            case .functionValue: "must be leraar, oop or schoolleider"
            case .salaryStepForm: "a salary scale and step such as LB-4"
            case .neededWithSalaryStep: "needed with a salary step"
            case let .signerRole(day): "is no mentor, schoolopleider or coach on \(day) (record the role with: leerlijn role add), as leerlijn verify --by requires"  // robustness (issue 21)
            case let .durationWithoutUnit(units): FrictionStrings.en.expectation(.durationUnit(units: units))
            }
        },
        verified: { "Activity \($0) signed off" },
        sessionAdded: { title, count in "\(title) logged for \(count) participants" },
        flagName: { $0.rawValue },
        reportHeading: { year, by, reference in "School year \(year), by \(by) (flags judged on \(reference))" },
        group: "group", flags: "flags", startersWithinBudget: "starters within budget", verifiedMinutes: "verified", flagged: "flagged",
        lastActivity: "last activity", peopleHeading: "People, worst first:",
        facilitationHeading: { rule, year in "Guidance of students in \(year) (agreement: \(rule))" },
        students: "students", agreed: "agreed", complete: "complete", load: "load", loadName: { $0 },
        exported: { files, folder in "Wrote \(files) files to \(folder)" },
        erased: { "Erased the person and \($0) activities; the erasure is recorded without personal data" },
        backedUp: { "Backup written to \($0)" },
        exportSummary: { register, sent, pending, failed, error in
            "\(register): \(sent) sent, \(pending) pending, \(failed) failed" + (pending > 0 || failed > 0 ? (error.map { ". Last error: \($0)" } ?? "") + ". Run the export again to send what is pending." : ".")
        },
        exportUnauthorized: { register, status in "The register \(register) refused the credentials (HTTP \(status)). Nothing more was sent; the records stay pending. Check LEERLIJN_\(register.uppercased().replacingOccurrences(of: "-", with: "_"))_USERNAME/_PASSWORD, _TOKEN or _SECRET." },
        figure: { kind, actual, required in
            func n(_ v: Double?) -> String { v.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0) } ?? "?" }
            switch kind {
            case .roleDuration: return "\(n(actual)) of \(n(required)) years"
            case .frameworkCoverage: return "\(n(actual)) of \(n(required)) areas"
            default: return "\(n(actual)) of \(n(required)) hours"
            }
        },
        portfolioName: "Portfolio", dashboardName: "HR dashboard", dossierName: "BRLO dossier", crosswalk: "crosswalk",
        pageWritten: { page, path in "\(page) written to \(path)" },
        pageNeedsTarget: "Give --html FILE to write the page, or --format json for its data.",
        cannotWritePage: { path, detail in "Cannot write \(path): \(detail)." },
        noFolder: { path, folder in "Cannot write \(path): there is no folder \(folder)." },
        unsafeConfigFile: { path, mode in "The config file \(path) has mode \(mode): others could read its secrets. Make it 0600 (chmod 600 \(path))." },
        unreadableConfigFile: { "Cannot read the config file \($0) as YAML." },
        noEndpoint: { register, variable in "No endpoint for register \(register): set it in exports/ or \(variable)." },
        missingSecret: { register, variables in "Register \(register) needs \(variables.joined(separator: " and ")) (environment or 0600 config file)." },
        unsupportedRegister: { register, kind in "Register \(register) is of kind \(kind) and needs a 'dossier: {rule: ...}' entry naming its register rule." },
        unknownDossierRule: { register, rule in "Register \(register) builds dossiers by the rule '\(rule)', which is not among the loaded rules (leerlijn profiles list)." },
        usage: { problem in
            switch problem {
            case .idleWeeks: "--idle-weeks must be from 1 to 104."
            case .expiringMonths: "--expiring-months must be from 1 to 60."
            case .sinceNeedsSchool: "--since needs --school."
            case .eraseNeedsConfirm: "Erasing cannot be undone: add --confirm (and run `person export` first if a copy is wanted)."
            case let .notBoth(a, b): "Give \(a) or \(b), not both."
            case let .demoDatabaseExists(path): "\(path) already exists: the demo writes a new database. Give a new path or leave out --db."
            case .htmlOrJSON: "Give --html FILE to write the page, or --format json for its data."
            }
        },
        expectation: { expected in
            switch expected {
            case .nonEmptyName: "a name that is not empty"
            case let .atMostCharacters(n): "at most \(n) characters"
            case let .characters(a, b): "\(a) to \(b) characters"
            case .emailAddress: "an address like naam@school.nl"
            case .externalID: "1 to 64 characters without spaces, e.g. 100234"
            case .fte: "a werktijdfactor like 0.8 or 0,8 (at most 4 decimals)"
            case .moreThanZero: "more than 0"
            case .hoursPerWeek: "a number of hours from 0 to 60, e.g. 7.5 or 7,5"
            case let .minutes(maximum): "1 to \(maximum) minutes"
            case let .activityNotDeleted(restore): restore ? "an activity that is not deleted (restore it first)" : "an activity that is not deleted"
            case .notYetDeleted: "an activity that is not already deleted"
            case .deletedActivity: "a deleted activity"
            case .someoneElseSignsOff: "someone else: a person cannot sign off their own activity"
            case let .verifierRole(day): "a mentor, schoolopleider or coach on \(day) (record the role with: leerlijn role add)"
            case .participant: "at least one participant"
            case .someoneElseGuided: "someone else than the person logging the guidance"
            case .kindID: "1 to 40 lowercase letters, digits and dashes, e.g. schoolbezoek"
            case .evidence: "a link like https://example.org/certificate.pdf or a file path"
            case .schoolCode: "a BRIN code of 4 letters or digits, optionally followed by a 2-digit vestiging, e.g. 12AB or 12AB01"
            case .organisationCode: "lowercase letters, digits and dashes, e.g. stichting-eemland"
            case let .dayAfterMembership(day): "a day after \(day), when the current membership started"
            case .studentPhase: "student when a route, institute or study year is given"
            case .studyYear: "a study year from 1 to 8"
            case let .phaseDayTaken(phase, day): "another day: the phase \(phase.rawValue) already starts on \(day), and phases cannot overlap"
            case let .phaseAtOrAfter(phase, since): "a phase at or after \(phase.rawValue) (since \(since)); add --force to step back along the line"
            case let .phaseAtOrBefore(phase, since): "a phase at or before \(phase.rawValue), which starts \(since); add --force to step back along the line"
            case let .dayOnOrAfter(option, day): "a day on or after \(option) (\(day))"
            case let .noRoleOverlap(role, since, until): "a period that does not overlap the \(role.rawValue) role from \(since)\(until.map { " to \($0)" } ?? "")"
            case .fteAtMost: "at most 1.5 (add --force if this is right)"
            case .schoolOrBoard: "--school CODE or --board CODE, since the person belongs to no school on that day"
            case .registerRule: "a register rule such as brlo"
            case .schoolYear: "two following years, e.g. 2026-2027"
            case let .teacherEducator(roles): "a teacher educator, with the role \(roles.map(\.rawValue).joined(separator: " or ")) (add it with: leerlijn role add)"
            case let .text(text): text
            case .salaryStep: "a salary scale and step (periodiek) such as LB-4, one per day"
            case .sector: "a sector: po, so, sbo, vo, mbo or lerarenopleiding"
            case .staffFunction: "a function: leraar, oop or schoolleider"
            case let .friction(expected): FrictionStrings.en.expectation(expected)
            }
        },
        subject: { subject in
            switch subject {
            case .person: "person"
            case .activity: "activity"
            case .school: "school"
            case .board: "board"
            case .partnership: "partnership"
            case .kind: "activity kind"
            case .evidence: "evidence"
            case .framework: "framework"
            case .competence: "competence"
            case .domain: "domain"
            case .rule: "rule"
            case .register: "register"
            }
        },
        kindTitle: { $0.titleEN },
        databaseReady: { "Database ready at \($0)" },
        personAdded: { name, id in "Added \(name) (\(id))" },
        personUpdated: { "Updated \($0)" },
        activityLogged: { entry, duration in
            "Logged \(duration) \(entry.activity.kind) for \(entry.personName) on \(entry.activity.date): \(entry.activity.title) (\(entry.displayId))"
        },
        activityUpdated: { "Updated activity \($0)" },
        activityDeleted: { "Deleted activity \($0) (list deleted activities with: leerlijn activities list --deleted)" },
        activityRestored: { "Restored activity \($0)" },
        added: { subject, code in "Added \(subject) \(code)" },
        nothingFound: "Nothing found.",
        errorPrefix: "error",
        databaseMissing: { "No Leerlijn database at \($0). Create one with: leerlijn init --db \($0)" },
        databaseTooNew: { "The database at \($0) was written by a newer version of Leerlijn. Update Leerlijn to use it." },
        notADatabase: { path, detail in "\(path) is not a Leerlijn database (\(detail)). Check the --db path or $LEERLIJN_DB." },
        cannotCreate: { path, detail in "Cannot create the database at \(path): \(detail). Choose another place with --db PATH." },
        evidenceUnreadable: { path, detail in "Cannot read the evidence file \(path): \(detail). Give an existing file or an https:// link." },
        duplicate: { subject, value in "A \(subject) with code \(value) already exists. Choose another code." },
        externalIDTaken: { value, board, holder in
            "External id \(value) is already used by \(holder)\(board.map { " at board \($0)" } ?? ""). Each board gives each person one id."
        },
        externalIDNeeded: { "The person has no external id at board \($0) yet: give the board's id with --external-id." },
        nothingToChange: "Nothing to change: give at least one option to change (see --help).",
        invalidValue: { field, value, expected in "Invalid \(field) '\(value)': expected \(expected)." },
        notFound: { subject, query in "No \(subject) matches '\(query)'." },
        didYouMean: { "Did you mean: \($0.joined(separator: ", "))?" },
        ambiguous: { subject, query, candidates in
            "'\(query)' matches more than one \(subject):\n" + candidates.map { "  - \($0)" }.joined(separator: "\n")
                + "\n" + (subject == "competence" || subject == "domain" || subject == "framework"
                    ? "Give the full id (framework:item) or more of its end."
                    : "Give more of the name, the external id or the email address.")
        },
        unknownKind: { "Unknown activity kind '\($0)'." },
        kindsHint: "See all kinds with: leerlijn kinds list; add your own with: leerlijn kinds add",
        busy: { "The database stayed busy (another Leerlijn is writing): \($0). Try again in a moment." },
        databaseError: { "The database reported an error: \($0)" },
        badDate: { input, reason, forms in
            let why = reason == .noSuchDay ? "that day does not exist" : "not a date Leerlijn reads"
            return "Invalid date '\(input)': \(why). Accepted forms: \(forms.joined(separator: ", "))."
        },
        badDuration: { input, reason, forms in
            let why: String
            switch reason {
            case .empty: why = "it is empty"
            case .unrecognised: why = "not a duration Leerlijn reads"
            case .missingUnit: why = "add a unit (m for minutes, h or u for hours)"
            case .notWholeMinutes: why = "it does not come to whole minutes; write hours and minutes, e.g. 1h20"
            case .notPositive: why = "it must be more than 0"
            case .tooLong: why = "longer than \(DurationParser.maximumMinutes / 60) hours"
            }
            return "Invalid duration '\(input)': \(why). Accepted forms: \(forms.joined(separator: ", "))."
        },
        internalError: { "Leerlijn failed unexpectedly: \($0). Please report this." },
        fieldName: { $0 },
        demoIntro: { "Demo partnership written to \($0) (fictional people and schools)." },
        demoStarterHeading: { name, year in "What starter \(name) sees: her activities in \(year)" },
        demoStarterTotal: { count, duration in "\(count) activities, \(duration) in all" },
        demoHRHeading: { year in "What HR sees: the schools and the people who need attention in \(year)" },
        demoOpleiderHeading: { name, school, year in "What schoolopleider \(name) sees: people at \(school) in \(year)" },
        demoOpleiderOwn: { "Activities of \($0) herself" },
        demoNext: { "Explore further, for example: leerlijn person list --db \($0)" }
    )
}
