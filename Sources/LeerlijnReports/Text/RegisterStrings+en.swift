import LeerlijnCore

extension RegisterStrings {
    /// English.
    public static let en = RegisterStrings(
        exportSecret: CommandHelp(
            abstract: "Make a new webhook signing secret (Standard Webhooks, whsec_ form).",
            discussion: """
                Prints a new secret: "whsec_" and the base64 of random bytes from the system's cryptographic generator \
                (32 by default, 24 to 64). Leerlijn stores it nowhere: give it to the receiver and set it as \
                LEERLIJN_<ID>_SECRET (or `secret:` in a 0600 config file). During a key rotation set two, newest first, \
                separated by a space: every delivery is then signed with both. With --format json: {"secret", "bytes"}.
                """),
        secretBytes: "Random bytes in the key (24 to 64).",
        exportEnable: CommandHelp(
            abstract: "Send to a register's endpoint again after it answered 410 Gone.",
            discussion: """
                An endpoint that answers 410 Gone is disabled: `export send` then refuses to queue or send anything for that \
                register and endpoint. When the receiver is back (or you have set another endpoint), run this to enable it \
                again; the events that were waiting are sent on the next `export send`.
                """),
        enableRegister: "The register id (e.g. hr-webhook).",
        dossierGroup: CommandHelp(
            abstract: "A teacher educator's BRLO dossier: show it (JSON, HTML) and record what it needs.",
            discussion: """
                `leerlijn dossier PERSON` shows the dossier (`--out FILE` writes its JSON, `--html FILE` the document for the \
                assessors, printable to PDF). Record what the BRLO asks first with `dossier role` (the role described and \
                justified, the hours the employer confirmed, the work context), `dossier task`, `dossier reflect` (a \
                reflection per area of the standard and the grondslag) and `dossier route` (the route and the manager's \
                statement); the registration's number and term with `registration record --number --until`.
                """),
        dossierHTML: "Write the dossier as an HTML document to this file (open it in a browser; print it to PDF).",
        dossierRole: CommandHelp(
            abstract: "Record the role as teacher educator: description, justification, hours confirmed, work context.",
            discussion: """
                Sets each field given; the others stay. The BRLO asks that the role as teacher educator be described and \
                justified explicitly; coaching on its own does not count (record the tasks with `dossier task`). Hours are \
                the hours a year in the role as the employer confirmed them, with who confirmed and when.
                """),
        rolePerson: "The teacher educator (name, email, id or personnel number).",
        roleDescription: "What the role is: the teacher-education tasks in your own words.",
        roleJustification: "Why it is teacher education (opleiden), not coaching alone.",
        roleContext: "Where you work as teacher educator: instituut or opleidingsschool.",
        roleOrganisation: "The institute or opleidingsschool.",
        rolePartnership: "The partnership's code (leerlijn org list).",
        roleSector: "The sector of the teachers you educate: po, vo, mbo or ho.",
        roleConfirmedHours: "Hours a year in the role, as the employer confirmed them.",
        roleConfirmedBy: "Who confirmed the hours for the employer.",
        roleConfirmedOn: "When the hours were confirmed.",
        dossierTask: CommandHelp(
            abstract: "Add (or remove) a task of the role as teacher educator.",
            discussion: """
                Each task is `education` (opleiden: teaching, assessing, designing the programme, guiding teacher educators) \
                or `coaching` (guiding or coaching students or starters). A dossier whose tasks are all coaching is flagged: \
                coaching on its own does not make a lerarenopleider. `--remove N` removes task N (its number is in the dossier).
                """),
        taskText: "The task, in a sentence.",
        taskKind: "education or coaching.",
        taskHours: "Hours a year on the task.",
        taskRemove: "Remove task number N instead of adding one.",
        dossierReflect: CommandHelp(
            abstract: "Record your reflection on one area of the standard (or its grondslag).",
            discussion: """
                The areas are the top-level items of the standard the register rule covers (for brlo the VELON standard: \
                grondslag, opleidingsdidactisch, agogisch, organisatorisch-beleidsmatig, ontwikkelingsbekwaam). A second \
                reflection on the same area replaces the first (the audit trail keeps it). Give the text with --text or \
                --file (UTF-8).
                """),
        reflectArea: "The area's item id (e.g. grondslag, agogisch).",
        reflectText: "The reflection.",
        reflectFile: "Read the reflection from this UTF-8 file.",
        reflectRule: "The register rule whose standard is meant (default brlo).",
        dossierRoute: CommandHelp(
            abstract: "Record the registration route and the manager's statement.",
            discussion: """
                The routes are listed in the brlo register definition (exports/brlo.yaml, `dossier.routes`). A route without \
                an interview needs the statement of your manager (leidinggevende) that the application was discussed: give \
                --manager, --statement and --statement-on.
                """),
        routeRoute: "The route's id (zelfstandig, coaching, opleidingstraject, professionele-leergemeenschap, hr-beleid).",
        routeManager: "The manager (leidinggevende) who made the statement.",
        routeStatement: "The manager's statement that the application was discussed.",
        routeStatementOn: "The date of the statement.",
        registrationNumber: "The registration number the register gave.",
        registrationUntil: "The last day of the registration's term, as the register stated it (prolongatie is due by then).",
        unusableSecret: { register, variable, problem in
            switch problem {
            case .notWhsec:
                "The signing secret of register \(register) (\(variable)) is not a Standard Webhooks secret: it must be \"whsec_\" followed by base64. Make one with `leerlijn export secret`."
            case let .size(bytes):
                "The signing secret of register \(register) (\(variable)) has \(bytes) bytes; Standard Webhooks asks for 24 to 64 random bytes. Make one with `leerlijn export secret`."
            }
        },
        endpointGone: { register, endpoint in
            "The endpoint of register \(register) (\(endpoint)) answered 410 Gone: Leerlijn has stopped sending to it. The events stay pending. When the receiver is back, run `leerlijn export enable --register \(register)`."
        },
        endpointDisabled: { register, endpoint, since in
            "The endpoint of register \(register) (\(endpoint)) answered 410 Gone on \(since) and is disabled: nothing was queued or sent. Run `leerlijn export enable --register \(register)` when the receiver is back."
        },
        endpointsEnabled: { register, endpoints in
            endpoints.isEmpty ? "No endpoint of register \(register) was disabled." : "Enabled again for register \(register): \(endpoints.joined(separator: ", "))."
        },
        secretRange: { bytes in "--bytes must be 24 to 64, not \(bytes)." },
        roleRecorded: { person in "Recorded the role of \(person) as teacher educator." },
        taskAdded: { person, id in "Added task \(id) to \(person)'s role." },
        taskRemoved: { person, id in "Removed task \(id) from \(person)'s role." },
        reflectionRecorded: { person, area in "Recorded \(person)'s reflection on \(area)." },
        routeRecorded: { person, route in "Recorded route \(route) for \(person)." },
        dossierInput: { problem in
            switch problem {
            case let .unknownArea(area, framework, areas): "'\(area)' is not an area of \(framework); the areas are: \(areas.joined(separator: ", "))."
            case let .unknownRoute(route, routes):
                routes.isEmpty ? "Route '\(route)' is not listed: the brlo register definition lists no routes (exports/brlo.yaml, dossier.routes)."
                    : "Route '\(route)' is not listed; the routes are: \(routes.joined(separator: ", "))."
            case let .unknownSector(sector): "Sector '\(sector)' is not known; use po, vo, mbo or ho."
            case let .unknownTask(id, person): "\(person) has no task \(id); `leerlijn dossier \(person)` lists the tasks with their numbers."
            case let .emptyText(field): "The \(field) is empty; give a text."
            case .nothingGiven: "Nothing to record: give at least one option (see --help)."
            case let .hours(value): "\(value) hours a year is out of range (0 to 2,000)."
            }
        },
        pageTitle: { person in "BRLO dossier of \(person)" },
        pageIntro: { register, asOf in "Register \(register), figures up to \(asOf)." },
        printHint: "To hand in a PDF: print this page and choose 'Save as PDF'.",
        contents: "Contents",
        registrationSection: "Registration", roleSection: "Role as teacher educator", contextSection: "Work context",
        routeSection: "Route and the manager's statement", reflectionsSection: "Reflection per area of the standard",
        criteriaSection: "Criteria of the register", activitiesSection: "Activities and evidence",
        registrationNumberLabel: "Registration number", registeredSince: "Registered since", registeredUntil: "Term ends (as stated by the register)",
        expiresByTerm: "Term ends (by the rule's term)", state: "State", notRecorded: "not recorded",
        descriptionLabel: "Description", justificationLabel: "Justification", tasksLabel: "Tasks", taskKindLabel: "kind",
        hoursPerYearLabel: "hours a year",
        taskKindName: { kind in kind == .education ? "teacher education" : "coaching" },
        confirmedHours: { hours, by, on in
            "Confirmed by the employer: \(hours) hours a year" + (by.map { ", by \($0)" } ?? "") + (on.map { " on \($0)" } ?? "") + "."
        },
        hoursNotConfirmed: "The hours in the role have not been confirmed by the employer yet.",
        coachingOnly: "Every task recorded is coaching: coaching on its own does not make a teacher educator (VELON).",
        roleHoursHeading: "Agreed hours in the role per school year", schoolYear: "school year", hours: "hours", complete: "complete", yes: "yes", no: "no",
        contextKind: { context in context == .instituut ? "institute (instituutsopleider)" : "opleidingsschool (schoolopleider)" },
        contextLabel: "Works at", organisationLabel: "Organisation", partnershipLabel: "Partnership", sectorLabel: "Sector",
        routeLabel: "Route", interviewLabel: "Interview with the assessors", managerLabel: "Manager", managerStatementLabel: "Statement",
        statementDateLabel: "Date",
        managerStatementNeeded: "This route has no interview: the manager's statement that the application was discussed is required.",
        managerStatementNotNeeded: "This route includes an interview: no manager's statement is required.",
        managerStatementMissing: "The manager's statement is missing.",
        noReflection: "No reflection written yet.",
        activitiesBehind: { count, hours in "\(count) activit\(count == 1 ? "y" : "ies") behind this area, \(hours)." },
        activityReflections: "Reflections written with activities",
        criterion: "criterion", met: "met", actual: "found", required: "required", missingItems: "missing",
        metValue: { met in met.map { $0 ? "yes" : "no" } ?? "cannot tell" },
        date: "date", kind: "kind", title: "title", duration: "duration", evidence: "evidence", reflection: "reflection",
        toDo: "Not recorded yet",
        missingPart: { part in
            switch part.part {
            case .roleDescription: "the description of the role (leerlijn dossier role --description)"
            case .roleJustification: "the justification of the role (--justification)"
            case .tasks: "the tasks of the role (leerlijn dossier task)"
            case .educationTask: "a teacher-education task (every task is coaching)"
            case .confirmedHours: "the hours confirmed by the employer (--confirmed-hours, --confirmed-by)"
            case .workContext: "the work context (--context, --organisation)"
            case .route: "the route (leerlijn dossier route)"
            case .managerStatement: "the manager's statement (leerlijn dossier route --manager --statement)"
            case .areaReflection: "a reflection on \(part.item ?? "an area") (leerlijn dossier reflect)"
            }
        },
        madeWith: { date in "Made with Leerlijn on \(date)." },
        textOrFile: "Give the reflection with --text or with --file, not both.",
        disabledHeader: "disabled (410 Gone)")
}
