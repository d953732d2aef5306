import Foundation

extension HelpStrings {
    /// The English help texts.
    public static let en = HelpStrings(
        leerlijn: .init(
            abstract: "Keep teachers' professional development as one continuous line.",
            discussion: """
                From student teacher through starter to experienced teacher and teacher educator: log activities,
                see them back per school year, and give HR and schoolopleiders the overview they need.

                Examples:
                  leerlijn demo
                  leerlijn init
                  leerlijn org add-board "Stichting Eemvallei" --code eemvallei
                  leerlijn org add-school "OBS De Regenboog" --code 12AB --board eemvallei
                  leerlijn person add "Sanne de Vries" --external-id 100234 --school 12AB
                  leerlijn phase set sanne starter --since 1-8-2026
                  leerlijn employment add sanne --since 1-8-2026 --fte 0,8 --school 12AB
                  leerlijn log sanne 90m intervisie "Intervisie klassenmanagement" --cao
                  leerlijn activities list sanne --format json
                  leerlijn progress sanne
                  leerlijn observe sanne --instrument icalt --by karin --scores les.csv
                  leerlijn registration karin --register brlo
                  leerlijn portfolio sanne --html sanne.html --lang nl
                  leerlijn report --html dashboard.html

                The database is --db PATH, else $LEERLIJN_DB, else $XDG_DATA_HOME/leerlijn/leerlijn.sqlite
                (~/.local/share/leerlijn/leerlijn.sqlite). Exit codes: 0 ok, 64 usage, 65 bad data,
                66 not found, 70 internal error, 74 file or database error, 75 database busy (try again).
                """),
        global: .init(
            db: "The database file (else $LEERLIJN_DB, else ~/.local/share/leerlijn/leerlijn.sqlite).",
            format: "Output format: table, json or csv.",
            lang: "Language of the output: nl or en (else from LC_ALL, LC_MESSAGES or LANG).",
            actor: "Who makes the change, for the audit trail (else $LEERLIJN_ACTOR, else the login name).",
            profiles: "A folder of your own frameworks, crosswalks, rules and observation instruments, loaded beside the shipped ones (else $LEERLIJN_PROFILES); repeatable."),
        activities: .init(
            abstract: "List, show, edit, delete and restore activities."),
        activitiesList: .init(
            abstract: "List activities, optionally of one person, in a period or of one kind.",
            discussion: """
                Examples:
                  leerlijn activities list sanne
                  leerlijn activities list --from 1-8-2026 --to 31-7-2027 --kind intervisie --format csv
                  leerlijn activities list --deleted
                """,
            person: "Only this person's activities.",
            from: "Only on or after this day.",
            to: "Only on or before this day.",
            kind: "Only this kind.",
            deleted: "List deleted activities instead."),
        activitiesShow: .init(
            abstract: "Show one activity with its evidence.",
            discussion: "Example: leerlijn activities show 3f2c8a9e",
            id: "The activity's id, or its first 4 or more characters."),
        activitiesEdit: .init(
            abstract: "Change an activity; the audit trail keeps how it was.",
            discussion: """
                An empty text ("") clears a description, provider or reflection.
                Examples:
                  leerlijn activities edit 3f2c8a9e --duration 2u --reflection "Achteraf: ..."
                  leerlijn activities edit 3f2c8a9e --add-evidence verslag.pdf --remove-evidence oud.pdf
                """,
            id: "The activity's id, or its first 4 or more characters.",
            date: "A new day.",
            duration: "A new duration.",
            kind: "A new kind.",
            title: "A new title.",
            description: "A new description.",
            provider: "A new provider.",
            reflection: "A new reflection.",
            addEvidence: "Evidence to add: a link or a file; repeat for more.",
            removeEvidence: "Evidence to remove: its link, file name or the start of its SHA-256.",
            competence: "Competences, replacing the current ones; repeatable.",
            domain: "Domains, replacing the current ones; repeatable.",
            clearCompetences: "Remove all competences.",
            clearDomains: "Remove all domains.",
            budget: "The hours budget it counts toward (a rule id), none for no budget at all, or \"\" for its default budget."),
        activitiesDelete: .init(
            abstract: "Delete an activity (it stays listable with --deleted and can be restored).",
            discussion: "Example: leerlijn activities delete 3f2c8a9e",
            id: "The activity's id, or its first 4 or more characters."),
        activitiesRestore: .init(
            abstract: "Restore a deleted activity.",
            discussion: "Example: leerlijn activities restore 3f2c8a9e",
            id: "The activity's id, or its first 4 or more characters."),
        activitiesHistory: .init(
            abstract: "Show the audit trail of an activity: who changed what, when.",
            discussion: "Example: leerlijn activities history 3f2c8a9e --format json",
            id: "The activity's id, or its first 4 or more characters."),
        coverage: .init(
            abstract: "Show what a person did under each item of a competence framework, the gaps, and the balance over the domains.",
            discussion: """
                Activities count for the items they are mapped to, those items' parents, and the items a crosswalk
                relates them to (an activity mapped to SBL competences counts under the 2017 bekwaamheidseisen).
                Without --framework: every competence framework that at least one activity counts for.

                Examples:
                  leerlijn coverage sanne --framework bekwaamheidseisen-2017-po
                  leerlijn coverage sanne --framework sbl-2006 --from 1-8-2026 --to 31-7-2027 --format json
                """,
            person: "External id, email, or part of the name.",
            framework: "A framework id, or an unambiguous end of one (2017-po).",
            from: "Only activities on or after this day.",
            to: "Only activities on or before this day."),
        demo: .init(
            abstract: "Build a throwaway database with a small fictional partnership and show what its users see.",
            discussion: """
                Writes to a new folder in the temporary directory unless --db names a file that does not exist yet
                ($LEERLIJN_DB is not used, so the demo never touches your own data). Next to the database it writes the
                portfolio of the demo starter (portfolio.html) and the HR dashboard (dashboard.html), and prints their paths.
                Example: leerlijn demo --lang nl
                """),
        dossier: .init(
            abstract: "A teacher educator's BRLO dossier: roles, hours in the role per year, the standard's areas with activities, evidence and reflections.",
            discussion: """
                The same JSON document that `leerlijn export --register brlo` sends (docs/registers.md), to read or to hand in as a file.
                Examples:
                  leerlijn dossier karin
                  leerlijn dossier karin --out karin-brlo.json
                """,
            person: "External id, email, or part of the name.",
            rule: "The register rule that defines the dossier (default: brlo).",
            out: "Write the JSON document to this file."),
        export: .init(
            abstract: "Send records to a register (an xAPI LRS, a BRLO dossier endpoint, an HR webhook), or show what is pending."),
        exportSend: .init(
            abstract: "Send what is pending for a register: statements (xAPI), activity events (webhook) or dossiers (BRLO).",
            discussion: """
                xAPI: new activities, and voiding statements for edited and deleted ones. Webhook: one signed JSON document per
                activity change. BRLO: one dossier per teacher educator whose data changed since their last dossier.
                Registers are defined in exports/ (docs/registers.md). Endpoint and secrets come from LEERLIJN_<REGISTER>_ENDPOINT,
                _USERNAME, _PASSWORD, _TOKEN, _SECRET, or a 0600 config file; they are never printed or stored. Failed batches are retried
                with backoff (honouring Retry-After); what is still not sent stays pending for the next run. TLS verification is
                always on; --ca-file adds a private CA.
                Examples:
                  leerlijn export --register lrs
                  leerlijn export --register lrs --person sanne --dry-run
                  leerlijn export --register brlo
                  leerlijn export --register hr-webhook
                """,
            register: "The register's id (see exports/).",
            person: "Only this person's records.",
            since: "Only activities on or after this day (xAPI and webhook).",
            dryRun: "Print the exact payloads and send nothing.",
            caFile: "A PEM file of extra trusted certificate authorities (for a register behind a private CA)."),
        exportStatus: .init(
            abstract: "Show pending, sent and failed records per register, with the last error.",
            discussion: "Example: leerlijn export status --register lrs",
            register: "Only this register."),
        importCommand: .init(
            abstract: "Import a roster of people or a file of activities from CSV (as HR systems and Dutch Excel write it).",
            discussion: """
                Separator , or ; and encoding (UTF-8 with or without BOM, Windows-1252) are detected; header names are matched
                case-insensitively. A file is imported whole or not at all: any bad row rejects it and every bad row is listed
                with line, column and reason. See docs/import.md.
                """),
        importPeople: .init(
            abstract: "Import people: external_id, name, email, board, school, phase, phase_since, fte, employment_since.",
            discussion: """
                Boards and schools are created when new (a new school needs its BRIN code in the school column). Importing the
                same file again changes nothing; a changed FTE or school becomes a new period. HR exports read as they are: tab-,
                semicolon- or comma-separated, Dutch headers (personeelsnummer, werktijdfactor, datum in dienst, BRIN, functie), the
                name split into roepnaam or voornaam, tussenvoegsel and achternaam; --map COLUMN=FIELD for any other header.
                Examples: leerlijn import people personeel.csv --dry-run
                          leerlijn import people export.txt --map Werknemer=external_id --map "Uren factor=fte"
                """),
        importActivities: .init(
            abstract: "Import activities: external_id, date, duration, kind, title, competences, domains, budget, verified_by.",
            discussion: """
                duration as in `log` (90m, 1,5u) or plain minutes; competences and domains separated by | or spaces. A row is the
                same activity as an earlier imported one when person, date, minutes, kind and title are the same: re-importing
                adds nothing.
                Example: leerlijn import activities activiteiten.csv --skip-invalid afgewezen.csv
                """),
        importOptions: .init(
            file: "The CSV file.",
            dryRun: "Report what would change, and write nothing.",
            rejects: "Import the good rows and write the bad ones to this CSV file with a reason column."),
        initCommand: .init(
            abstract: "Create the database (safe to repeat: an existing database is only brought up to date).",
            discussion: "Example: leerlijn init --db ~/leerlijn.sqlite"),
        kinds: .init(
            abstract: "The vocabulary of activity kinds: list it, add your own."),
        kindsList: .init(
            abstract: "List the kinds of activity.",
            discussion: "Example: leerlijn kinds list --lang nl"),
        kindsAdd: .init(
            abstract: "Add a kind of activity of your own.",
            discussion: "Example: leerlijn kinds add schoolbezoek --nl \"Schoolbezoek\" --en \"School visit\"",
            id: "The id: lowercase letters, digits and dashes.",
            nl: "The Dutch name.",
            en: "The English name."),
        phase: .init(
            abstract: "Phases on the line: student, starter, basisbekwaam, vakbekwaam."),
        phaseSet: .init(
            abstract: "Set a person's phase from a day on (it lasts until the next phase).",
            discussion: """
                Phases: student, starter (startbekwaam, from the diploma or first appointment), basisbekwaam (judged by the
                manager), vakbekwaam. For students: --route voltijd|deeltijd|versneld|zij-instroom|alpo|duaal, --institute, --study-year.
                Examples:
                  leerlijn phase set emma student --since 1-9-2024 --route voltijd --institute "Hogeschool Eemvallei" --study-year 3
                  leerlijn phase set sanne starter --since 1-8-2026
                  leerlijn phase set sanne basisbekwaam --since 1-3-2027
                """,
            person: "External id, email, or part of the name.",
            phase: "student, starter, basisbekwaam or vakbekwaam.",
            since: "The first day of the phase.",
            route: "For students: voltijd, deeltijd, versneld, zij-instroom, alpo, duaal.",
            institute: "For students: the institute.",
            studyYear: "For students: the study year.",
            force: "Allow a step back along the line (e.g. back to student for a second study)."),
        role: .init(
            abstract: "Roles beside the phase: mentor, schoolopleider, instituutsopleider, coach..."),
        roleAdd: .init(
            abstract: "Add a role over a period, with the facilitated hours per week.",
            discussion: """
                Roles: mentor, schoolopleider, instituutsopleider, coach, teacher-leader, onderzoekscoordinator.
                Example: leerlijn role add karin schoolopleider --since 1-8-2025 --hours-per-week 12
                """,
            person: "External id, email, or part of the name.",
            role: "The role.",
            since: "The first day.",
            until: "The last day (default: open).",
            hoursPerWeek: "Facilitated hours per week for the role, e.g. 12 or 7,5."),
        employment: .init(
            abstract: "Employments (aanstellingen) with their werktijdfactor."),
        employmentAdd: .init(
            abstract: "Add an employment at a board (and school) with its werktijdfactor; several may run at once.",
            discussion: """
                The board is the school's board, else --board, else the board of the person's school on --since.
                Examples:
                  leerlijn employment add sanne --since 1-8-2026 --fte 0,8 --school 12AB
                  leerlijn employment add sanne --since 1-1-2027 --fte 0.2 --board de-brug
                """,
            person: "External id, email, or part of the name.",
            since: "The first day.",
            until: "The last day (default: open).",
            fte: "The werktijdfactor, e.g. 0.8 or 0,8.",
            school: "The school's code.",
            board: "The board's code (when no school is given).",
            force: "Allow a werktijdfactor above 1.5."),
        progress: .init(
            abstract: "Show a person's phase, roles and per school year and budget: entitled, used, remaining, projected.",
            discussion: """
                The entitlement follows the rules in profiles/rules (docs/rules.md); used minutes are those of activities logged
                with --budget (or --cao), and of activities without one that count toward a default budget (a starter's lesbezoek
                toward cao-po-starter, other activities toward cao-po-professionalisering; --budget none opts out). The projection extends the pace so far to 31 July; 'behind' means it falls short.
                Examples:
                  leerlijn progress sanne
                  leerlijn progress sanne --year 2026-2027 --format json
                """,
            person: "External id, email, or part of the name.",
            year: "One school year, e.g. 2026-2027 (default: every year on the line)."),
        line: .init(
            abstract: "Show a person's whole line: phases, roles, employments, schools, registrations, minutes per school year per domain.",
            discussion: "Example: leerlijn line sanne --format json",
            person: "External id, email, or part of the name."),
        registration: .init(
            abstract: "Readiness for a register (BRLO...): each criterion met or not, with the evidence; the registration and its expiry."),
        registrationShow: .init(
            abstract: "Show each criterion of a register for a person, and the registration's expiry.",
            discussion: """
                Example: leerlijn registration karin --register brlo
                Values in the register's rule file that could not be confirmed (such as BRLO's term) are listed; see docs/rules.md.
                """,
            person: "External id, email, or part of the name.",
            register: "The register: a register rule id such as brlo."),
        registrationRecord: .init(
            abstract: "Record that a person is registered in a register from a day on.",
            discussion: "Example: leerlijn registration record karin --register brlo --since 1-9-2026",
            person: "External id, email, or part of the name.",
            register: "The register: a register rule id such as brlo.",
            since: "The day the registration starts."),
        log: .init(
            abstract: "Log a learning activity for a person.",
            discussion: """
                PERSON is an external id, an email address or an unambiguous part of the name.
                DURATION: 90m, 1h30, 1.5h, 1,5u, 2u or 1:30. KIND: see `leerlijn kinds list`.

                Examples:
                  leerlijn log sanne 90m intervisie "Intervisie klassenmanagement"
                  leerlijn log 100234 1,5u lesbezoek "Lesbezoek rekenen" --date gisteren --reflection "Meer denktijd geven"
                  leerlijn log sanne 3h cursus "Klassenmanagement" --evidence certificaat.pdf --evidence https://example.org/c
                  leerlijn log sanne 2u intervisie "Intervisie" --competence sbl-2006:interpersoonlijk --domain primair-proces
                  leerlijn log sanne 45m begeleidingsgesprek "Gesprek met coach" --cao
                  leerlijn log marieke 1u lesbezoek "Lesbezoek bij Emma" --for emma
                """,
            person: "Who: external id, email, or part of the name.",
            duration: "How long: 90m, 1h30, 1.5h, 1,5u, 2u.",
            kind: "The kind of activity, e.g. intervisie, lesbezoek, cursus.",
            title: "A short title.",
            date: "The day: 2026-10-03, 3-10-2026, today/vandaag, yesterday/gisteren (default today).",
            description: "A longer description.",
            provider: "Who provided it (institute, trainer).",
            reflection: "Your reflection on it.",
            evidence: "A link (https://...) or a file to keep as evidence; repeat for more.",
            competence: "A competence it develops: a full id (sbl-2006:pedagogisch) or an unambiguous end of one (2017-po:pedagogisch); repeat or separate with commas.",
            domain: "A domain of the teacher's work: primair-proces, onderwijsontwikkeling, beleid-en-organisatie, ondersteuning-collegas; repeatable.",
            budget: "The hours budget it counts toward: a rule id such as cao-po-starter or cao-po-professionalisering, or none. Without it the activity counts toward its default budget (docs/rules.md).",
            cao: "Short for --budget cao-po-starter: the starters' CAO hours.",
            guided: "For guidance by a mentor or schoolopleider: the student (or starter) guided."),
        observe: .init(
            abstract: "Record a lesson observation scored with an instrument (e.g. ICALT); it is logged as a lesson visit.",
            discussion: """
                The scores file is CSV (item,score[,indicator...], e.g. 3,4 or 3,4,3a,3b=no) or YAML (scores: [{item: 3, score: 4}]);
                see docs/observations.md. Without --scores, on a terminal, Leerlijn asks for each item in turn.
                A score outside the scale, an unknown item or an unknown observer is rejected with the file, line and item, and nothing is stored.
                Examples:
                  leerlijn observe sanne --instrument icalt --by karin --date 12-3-2027 --scores les-12-maart.csv --group "groep 5" --subject rekenen
                  leerlijn observe sanne --instrument icalt --by karin --scores les.yaml --log-for-observer --profiles partnerschap/
                """,
            person: "The person observed: external id, email, or part of the name.",
            instrument: "The instrument's id, e.g. icalt (see profiles/instruments and your --profiles folder).",
            observer: "The observer: external id, email, or part of the name (a known person).",
            date: "The day of the lesson (default today).",
            scores: "The scores: a CSV or YAML file (without it, the items are asked one by one on a terminal).",
            group: "The class or group, e.g. \"groep 5\" or 2B.",
            subject: "The lesson's subject, e.g. rekenen.",
            remarks: "Remarks on the lesson.",
            duration: "How long the lesson visit took, for the activity logged (default 60m).",
            budget: "The hours budget the observed person's lesson visit counts toward, e.g. cao-po-starter.",
            cao: "Short for --budget cao-po-starter.",
            logForObserver: "Also log the lesson visit as an activity for the observer."),
        observations: .init(
            abstract: "Show a person's lesson observations: domain scores, growth per domain and school year, Rasch estimate, coaching focus, readiness, observer agreement.",
            discussion: """
                The observations are analysed with the instrument of the latest one; the methods are in docs/observations.md.
                Examples:
                  leerlijn observations sanne
                  leerlijn observations sanne --format json --profiles partnerschap/
                """,
            person: "External id, email, or part of the name."),
        backup: .init(
            abstract: "Copy the database (online backup, safe while others write) and its evidence folder.",
            discussion: "Example: leerlijn backup ~/backups/leerlijn-2026-11-23.sqlite",
            file: "The backup file (replaced when it exists); the evidence folder goes to FILE-evidence."),
        doctor: .init(
            abstract: "Check the database: integrity, foreign keys, migrations, evidence files; exit 65 when something is wrong.",
            discussion: "Example: leerlijn doctor --format json"),
        org: .init(
            abstract: "Partnerships, school boards and schools."),
        orgAddPartnership: .init(
            abstract: "Add a partnership (partnerschap).",
            discussion: "Example: leerlijn org add-partnership \"Samen Opleiden Eemvallei\" --code eemvallei",
            name: "The name.",
            code: "A short code for the command line (default: made from the name)."),
        orgAddBoard: .init(
            abstract: "Add a school board (bestuur).",
            discussion: "Example: leerlijn org add-board \"Stichting PO Eemvallei\" --code spo-eemvallei --partnership eemvallei",
            name: "The name.",
            code: "A short code for the command line (default: made from the name).",
            partnership: "The partnership's code."),
        orgAddSchool: .init(
            abstract: "Add a school to a board.",
            discussion: "Example: leerlijn org add-school \"OBS De Regenboog\" --code 12AB --board spo-eemvallei",
            name: "The name.",
            code: "The BRIN code, optionally followed by the 2-digit vestiging (12AB or 12AB01).",
            board: "The board's code."),
        orgList: .init(
            abstract: "List partnerships, boards and schools.",
            discussion: "Example: leerlijn org list --format json"),
        person: .init(
            abstract: "Add, list, show and edit people; export or erase what is held about one (AVG)."),
        personAdd: .init(
            abstract: "Add a person, optionally at a school.",
            discussion: "Example: leerlijn person add \"Sanne de Vries\" --external-id 100234 --email s.devries@school.nl --school 12AB --since 1-8-2026",
            name: "The full name.",
            externalID: "The personeelsnummer or student number (unique per board).",
            email: "The email address.",
            school: "The school's code (BRIN, optionally with vestiging), or part of its name.",
            since: "Since when the person belongs to the school (default today)."),
        personList: .init(
            abstract: "List people, optionally those at one school or board today.",
            discussion: "Example: leerlijn person list --board eemvallei --format csv",
            school: "Only people at this school.",
            board: "Only people at this board's schools."),
        personShow: .init(
            abstract: "Show a person: ids, schools over time, minutes per school year.",
            discussion: "Example: leerlijn person show sanne --format json",
            person: "External id, email, or part of the name."),
        personEdit: .init(
            abstract: "Change a person's name, email or external id, or move the person to another school.",
            discussion: """
                A move (--school) ends the current school the day before --since (default today).
                Examples:
                  leerlijn person edit sanne --email sanne@kompas.nl
                  leerlijn person edit sanne --school 12AC --since 1-1-2027
                """,
            person: "External id, email, or part of the name.",
            name: "A new name.",
            email: "A new email address (\"\" removes it).",
            externalID: "A new external id at the person's board.",
            school: "Move to this school.",
            since: "First day at the new school (default today)."),
        personExport: .init(
            abstract: "Write everything Leerlijn holds about a person to a folder (AVG right of access): person.json and evidence files.",
            discussion: "Example: leerlijn person export sanne --out export-sanne",
            person: "External id, email, or part of the name.",
            out: "The folder to write to (created when missing)."),
        personErase: .init(
            abstract: "Remove a person's personal data everywhere (AVG right to erasure); cannot be undone.",
            discussion: """
                Removes the person, their ids, schools, phases, roles, employments, registrations, activities, evidence files no one
                else uses, and every copy in the audit trail; records that an erasure happened (without personal data). Export
                first if the person wants a copy. See docs/privacy.md.
                Example: leerlijn person erase sanne --confirm
                """,
            person: "External id, email, or part of the name.",
            confirm: "Confirm: the erasure cannot be undone."),
        portfolio: .init(
            abstract: "Write a person's portfolio (bewijsportfolio) as one HTML file that opens offline and prints on A4.",
            discussion: """
                The page holds the line as a timeline, hours per school year and budget, coverage per framework, the activities
                with reflections and evidence (files linked relative to the page, with their SHA-256), and the sign-offs; every chart
                has its figures in a table beside it. --lang nl|en chooses the language (else LC_ALL, LC_MESSAGES or LANG).
                --format json prints the same data instead (see docs/html.md).
                Examples:
                  leerlijn portfolio sanne --html sanne.html
                  leerlijn portfolio sanne --html sanne-2026.html --from 1-8-2026 --to 31-7-2027 --lang nl
                  leerlijn portfolio sanne --format json
                """,
            person: "External id, email, or part of the name.",
            html: "The HTML file to write.",
            from: "Only activities on or after this day.",
            to: "Only activities on or before this day."),
        profiles: .init(
            abstract: "Competence frameworks, crosswalks and observation instruments: list, show, validate.",
            discussion: """
                Frameworks ship in profiles/; your own go in a folder given with --profiles DIR or $LEERLIJN_PROFILES
                (see docs/profiles.md for the file format).
                """),
        profilesList: .init(
            abstract: "List the frameworks with their item counts.",
            discussion: "Example: leerlijn profiles list --format json"),
        profilesShow: .init(
            abstract: "Show a framework as a tree of items with their full ids.",
            discussion: "Example: leerlijn profiles show sbl-2006 --lang nl",
            id: "The framework's id, or an unambiguous end of it."),
        profilesValidate: .init(
            abstract: "Check profile files (frameworks, crosswalks, rules, observation instruments): schema, unique ids, references, cycles.",
            discussion: """
                Checks the shipped profiles, your folder (--profiles or $LEERLIJN_PROFILES) and any PATHs given,
                as one whole, since a crosswalk may refer to another file's framework. Each problem is printed as
                file:line: reason; the exit code is 65 when there is any.
                Example: leerlijn profiles validate mijn-profielen/
                """,
            paths: "Files or folders to check besides the shipped profiles and your folder."),
        report: .init(
            abstract: "The HR report: per school, board, partnership, phase or role, and per person (worst first) the flags that apply.",
            discussion: """
                Flags: behind (an hours budget's pace falls short by 31 July), idle (no activity in --idle-weeks, default 6),
                gaps (top-level items of the person's framework with nothing this year), expiring (a registration ending within
                --expiring-months, default 6), unverified (minutes not signed off).
                Examples:
                  leerlijn report --by board
                  leerlijn report --by school --year 2026-2027 --flag behind --flag idle --format csv
                  leerlijn report --html dashboard.html --lang nl
                With --html FILE the HR dashboard is written as one HTML file (people per phase, minutes per month, budget pace per
                school, a heat-map of framework areas per group, the flagged people); with --format json it prints the dashboard's data.
                """,
            by: "Group by school, board, partnership, phase or role.",
            year: "The school year, e.g. 2026-2027 (default: the current one).",
            flag: "List only people with this flag (repeatable): behind, idle, gaps, expiring, unverified.",
            idleWeeks: "Weeks without activity that make a person idle.",
            expiringMonths: "Months ahead in which an ending registration is flagged.",
            framework: "The framework for the gaps flag (default: each person's most used framework).",
            html: "Write the HR dashboard as an HTML file."),
        verify: .init(
            abstract: "Sign off an activity as its mentor, schoolopleider or coach: its minutes count as verified.",
            discussion: "Example: leerlijn verify 3f2c8a9e --by marieke --note \"Samen besproken\"",
            activity: "The activity's id, or its first 4 or more characters.",
            by: "Who signs off: external id, email or part of the name.",
            note: "A note with the sign-off."),
        session: .init(
            abstract: "Collective learning: one session logged for many participants."),
        sessionAdd: .init(
            abstract: "Log a PLG meeting, ontwerpatelier or opleidersdag once for all participants; each gets the activity.",
            discussion: """
                Participants by external id, email or part of the name, comma-separated, or from a file with one per line
                (or a CSV with an external_id or name column). Each participant can add a reflection with activities edit.
                Example: leerlijn session add plg "PLG begrijpend lezen" --duration 1u30 --date 3-10-2026 --participants 100234,100235,sanne
                """,
            kind: "The kind, e.g. plg, ontwerpatelier, opleidersdag.",
            title: "The title.",
            duration: "How long.",
            date: "The day (default today).",
            participants: "Participants, comma-separated (repeatable).",
            participantsFile: "A file of participants: one per line, or a CSV with an external_id or name column.",
            provider: "Who provided it.",
            competence: "Competences (repeatable).",
            domain: "Domains (repeatable)."),
        facilitation: .init(
            abstract: "Guidance of students against the partnership's agreement, and each schoolopleider's load.",
            discussion: """
                Counts the guidance that mentors and schoolopleiders logged for students (log ... --for STUDENT), by the giver's
                role on the day, against the hours per student in a facilitation rule (profiles/rules; the shipped one holds the
                OidS Twente agreement of 40 + 40 hours and 12-15 students per schoolopleider, unconfirmed: use your own).
                Example: leerlijn facilitation --year 2026-2027
                """,
            year: "The school year (default: the current one).",
            rule: "The facilitation rule (default: the only one loaded).")
    )
}
