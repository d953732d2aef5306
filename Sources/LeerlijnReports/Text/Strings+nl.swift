import Foundation
import LeerlijnCore

extension Strings {
    /// Nederlands.
    public static let nl = Strings(
        id: "id", date: "datum", person: "persoon", name: "naam", email: "e-mail", externalIds: "externe nummers",
        school: "school", schoolName: "schoolnaam", board: "bestuur", partnership: "partnerschap",
        minutes: "minuten", duration: "duur", kind: "soort", title: "titel", description: "beschrijving",
        provider: "aanbieder", reflection: "reflectie", evidence: "bewijs",
        createdAt: "aangemaakt", updatedAt: "gewijzigd", deletedAt: "verwijderd", code: "code", type: "soort",
        parent: "onderdeel van", schoolYear: "schooljaar", activities: "activiteiten", people: "personen",
        peopleWithoutActivity: "personen zonder activiteit", field: "veld", value: "waarde", action: "handeling",
        at: "tijdstip", actor: "door", titleNL: "Nederlandse naam", titleEN: "Engelse naam", builtIn: "standaard",
        since: "vanaf", until: "tot en met", yes: "ja", no: "nee", total: "totaal",
        version: "versie", validFrom: "geldig vanaf", sector: "sector", topLevelItems: "items bovenste niveau", totalItems: "alle items",
        unconfirmed: "onbevestigd", origin: "herkomst", shippedOrigin: "meegeleverd", file: "bestand", line: "regel", problem: "probleem",
        lastDate: "laatste", domain: "domein", share: "aandeel", domainBalance: "Verdeling over de domeinen van het leraarschap:",
        withoutDomain: "(geen domein)", noCoverage: "Nog geen activiteit telt voor een competentieraamwerk: koppel activiteiten met --competence.",
        coverageHeading: { person, framework, version in "\(person): \(framework)" + (version.isEmpty ? "" : " (\(version))") },
        coverageTotals: { activities, duration, covered in "\(activities) activiteiten, \(duration); \(covered) tellen voor dit raamwerk" },
        gapsHeading: { gaps, items in "\(gaps) van de \(items) items zonder activiteit" },
        profilesValid: { frameworks, crosswalks in "Alle profielen zijn geldig: \(frameworks) raamwerken, \(crosswalks) kruistabellen." },
        profileProblems: { "De profielen hebben \($0) probleem/problemen; er is niets geladen:" },
        phase: "fase", role: "rol", fte: "wtf", entitled: "recht", used: "gebruikt", remaining: "resterend", projected: "verwacht op 31 juli",
        exceeded: "meer", unbudgeted: "buiten een budget", behind: "ACHTER", onTrack: "op schema", criterion: "criterium", status: "status",
        missing: "ontbreekt", route: "route", institute: "instituut", studyYear: "studiejaar", employments: "Aanstellingen", phases: "Fasen",
        roles: "Rollen", registrations: "Registraties", schools: "Scholen", noBudgets: "Er geldt geen urenbudget (leg een fase en een aanstelling vast).",
        register: "register", ready: "Klaar om aan te vragen: aan elk criterium is voldaan.", notReady: "Nog niet klaar: zie de criteria waaraan niet is voldaan.",
        phaseSet: { phase, since in "Fase \(phase) vanaf \(since)" },
        roleAdded: { "Rol \($0) toegevoegd" },
        employmentAdded: { "Aanstelling met wtf \($0) toegevoegd" },
        registrationRecorded: { register, since in "Registratie in \(register) vanaf \(since) vastgelegd" },
        progressHeading: { person, phase, roles, fte in "\(person): fase \(phase)\(roles.isEmpty ? "" : ", rollen \(roles)"), wtf \(fte)" },
        warning: { warning in
            switch warning {
            case .noEmployment: "Geen aanstelling vastgelegd: urenbudgetten zijn 0 tot er een is (leerlijn employment add)."
            case .noPhase: "Geen fase vastgelegd: starturen gelden pas vanaf de fase starter (leerlijn phase set)."
            case .budgetEndedWithoutBasisbekwaam: "Het startersbudget is beëindigd zonder vastgelegd oordeel basisbekwaam (leerlijn phase set PERSOON basisbekwaam)."
            }
        },
        metText: { met in met == true ? "voldaan" : met == false ? "NIET VOLDAAN" : "onbekend" },
        metOn: { "voldaan op \($0) als alles zo doorgaat" },
        reason: { code in
            switch code {
            case "no-hours-per-week": "geen uren per week vastgelegd voor de rol (role add --hours-per-week)"
            case "framework-not-loaded": "het raamwerk is niet geladen"
            case "work-hours-not-recorded": "Leerlijn legt gewerkte uren niet vast"
            default: code
            }
        },
        registrationState: { state, since, expires, daysLeft in
            switch state {
            case .notRegistered: "Niet geregistreerd."
            case .registered: "Geregistreerd sinds \(since!)\(expires.map { ", tot en met \($0) (nog \(daysLeft ?? 0) dagen)" } ?? "")."
            case .expired: "Registratie sinds \(since!) is verlopen op \(expires!)."
            }
        },
        unconfirmedValues: { "Niet bevestigd uit een bron (aan te passen in een eigen kopie van het regelbestand): \($0.joined(separator: ", "))" },
        importSummary: { r in
            let changes = r.changes.sorted { $0.key < $1.key }.map { "\($0.value) \(dutchChange($0.key))" }.joined(separator: ", ")
            return (r.dryRun ? "Proefdraai, niets geschreven: " : "") + "\(r.rows) regels: \(r.imported) geïmporteerd, \(r.unchanged) ongewijzigd, \(r.rejected) afgewezen"
                + (changes.isEmpty ? "." : " (\(changes)).")
        },
        importRejected: { file, rejected, rows in "\(file) is niet geïmporteerd: \(rejected) van de \(rows) regels zijn fout (er is niets geschreven). Herstel ze, of importeer de goede regels met --skip-invalid AFGEWEZEN.csv:" },
        importMissingColumns: { file, missing, found in "\(file) mist de kolommen \(missing.joined(separator: ", ")); de kopregel heeft: \(found.joined(separator: ", "))." },
        importUnreadable: { file, detail in "Kan \(file) niet lezen: \(dutchDetail(detail))." },
        importUnclosedQuote: { "\($0) eindigt binnen een veld tussen aanhalingstekens: een \" is niet gesloten." },
        column: "kolom", reasonHeader: "reden",
        rowReason: { reason in
            switch reason {
            case .missing: "ontbreekt"
            case .unknownExternalID: "niemand heeft dit personeelsnummer (importeer eerst de mensen)"
            case let .externalIDAtSeveralBoards(boards): "in gebruik bij meer besturen (\(boards.joined(separator: ", "))): voeg een kolom bestuur toe"
            case let .notADate(accepted): "geen datum; geldig: \(accepted.joined(separator: ", "))"
            case let .notADuration(accepted): "geen duur; geldig: \(accepted.joined(separator: ", "))"
            case let .unknownKind(suggestions): "onbekende soort" + (suggestions.isEmpty ? "" : "; bedoel je \(suggestions.joined(separator: ", "))?")
            case .titleLength: "moet 1 tot 300 tekens lang zijn"
            case let .unknownItem(token): "onbekende of dubbelzinnige id '\(token)'; gebruik een volledige id zoals sbl-2006:pedagogisch"
            case .notAnHoursRule: "geen urenregeling zoals cao-po-starter"
            case .unknownSigner: "niemand heeft dit personeelsnummer"
            case .signerAtSeveralBoards: "in gebruik bij meer besturen"
            case .ownSignOff: "niemand kan een eigen activiteit aftekenen"
            case .externalIDForm: "1 tot 64 tekens zonder spaties, bijvoorbeeld 100234"
            case .emptyName: "een naam die niet leeg is"
            case .nameTooLong: "hoogstens 200 tekens"
            case .emailForm: "een adres zoals naam@school.nl"
            case .phaseValue: "moet student, starter, basisbekwaam of vakbekwaam zijn"
            case .neededWithPhase: "nodig bij een fase"
            case .neededWithFTE: "nodig bij een werktijdfactor"
            case .boardNeededWithFTE: "nodig bij een werktijdfactor (of een school)"
            case .fteForm: "een werktijdfactor zoals 0,8 of 0.8 (hoogstens 4 decimalen), meer dan 0"
            case .fteAtMost: "hoogstens 1,5"
            case .notABoard: "geen naam of code van een bestuur"
            case .schoolOfAnotherBoard: "hoort bij een ander bestuur"
            case let .boardNeededForNewSchool(school): "nodig om de nieuwe school \(school) aan te maken"
            case .unknownSchool: "onbekende school: geef de BRIN-code (4 tekens, bijvoorbeeld 12AB) om haar aan te maken"
            case .ambiguousSchool: "meer scholen hebben deze naam: geef de BRIN-code"
            case .schoolChangeTooEarly: "de school wisselt, maar niet na de begindatum van de huidige school"
            case .phaseDayTaken: "op deze dag begint al een andere fase"
            case let .employmentNotAfter(since): "moet na de begindatum van het huidige dienstverband liggen (\(since))"
            case .sectorValue: "moet po, so, sbo, vo, mbo of lerarenopleiding zijn"
            case .functionValue: "moet leraar, oop of schoolleider zijn"
            case .salaryStepForm: "een salarisschaal en trede zoals LB-4"
            case .neededWithSalaryStep: "nodig bij een salaristrede"
            case let .signerRole(day): "is geen mentor, schoolopleider of coach op \(day) (leg de rol vast met: leerlijn role add), zoals leerlijn verify --by vraagt"  // robuustheid (issue 21)
            case let .durationWithoutUnit(units): FrictionStrings.nl.expectation(.durationUnit(units: units))
            }
        },
        verified: { "Activiteit \($0) afgetekend" },
        sessionAdded: { title, count in "\(title) vastgelegd voor \(count) deelnemers" },
        flagName: { flag in
            switch flag {
            case .behind: "achter"
            case .idle: "inactief"
            case .gaps: "hiaten"
            case .expiring: "verloopt"
            case .unverified: "niet-afgetekend"
            }
        },
        reportHeading: { year, by, reference in "Schooljaar \(year), per \(by) (signalen beoordeeld op \(reference))" },
        group: "groep", flags: "signalen", startersWithinBudget: "starters binnen budget", verifiedMinutes: "afgetekend", flagged: "met signaal",
        lastActivity: "laatste activiteit", peopleHeading: "Personen, meeste signalen eerst:",
        facilitationHeading: { rule, year in "Begeleiding van studenten in \(year) (afspraak: \(rule))" },
        students: "studenten", agreed: "afgesproken", complete: "rond", load: "belasting",
        loadName: { load in load == "below" ? "onder" : load == "above" ? "boven" : "binnen" },
        exported: { files, folder in "\(files) bestanden geschreven naar \(folder)" },
        erased: { "De persoon en \($0) activiteiten zijn gewist; het wissen is vastgelegd zonder persoonsgegevens" },
        backedUp: { "Reservekopie geschreven naar \($0)" },
        exportSummary: { register, sent, pending, failed, error in
            "\(register): \(sent) verzonden, \(pending) wachtend, \(failed) mislukt" + (pending > 0 || failed > 0 ? (error.map { ". Laatste fout: \($0)" } ?? "") + ". Start de export opnieuw om de wachtende records te versturen." : ".")
        },
        exportUnauthorized: { register, status in "Het register \(register) weigerde de inloggegevens (HTTP \(status)). Er is niets meer verzonden; de records blijven wachten. Controleer LEERLIJN_\(register.uppercased().replacingOccurrences(of: "-", with: "_"))_USERNAME/_PASSWORD, _TOKEN of _SECRET." },
        figure: { kind, actual, required in
            func n(_ v: Double?) -> String { v.map { $0 == $0.rounded() ? String(Int($0)) : String(format: "%.1f", $0).replacingOccurrences(of: ".", with: ",") } ?? "?" }
            switch kind {
            case .roleDuration: return "\(n(actual)) van \(n(required)) jaar"
            case .frameworkCoverage: return "\(n(actual)) van \(n(required)) gebieden"
            default: return "\(n(actual)) van \(n(required)) uur"
            }
        },
        portfolioName: "Bewijsportfolio", dashboardName: "HR-overzicht", dossierName: "BRLO-dossier", crosswalk: "kruistabel",
        pageWritten: { page, path in "\(page) geschreven naar \(path)" },
        pageNeedsTarget: "Geef --html BESTAND om de pagina te schrijven, of --format json voor de gegevens.",
        cannotWritePage: { path, detail in "Kan \(path) niet schrijven: \(detail)." },
        noFolder: { path, folder in "Kan \(path) niet schrijven: de map \(folder) bestaat niet." },
        unsafeConfigFile: { path, mode in "Het configuratiebestand \(path) heeft modus \(mode): anderen kunnen de geheimen lezen. Maak het 0600 (chmod 600 \(path))." },
        unreadableConfigFile: { "Kan het configuratiebestand \($0) niet als YAML lezen." },
        noEndpoint: { register, variable in "Geen adres voor register \(register): stel het in exports/ in of in \(variable)." },
        missingSecret: { register, variables in "Register \(register) heeft \(variables.joined(separator: " en ")) nodig (omgeving of configuratiebestand met modus 0600)." },
        unsupportedRegister: { register, kind in "Register \(register) is van de soort \(kind) en heeft een regel 'dossier: {rule: ...}' nodig die de registerregel noemt." },
        unknownDossierRule: { register, rule in "Register \(register) maakt dossiers volgens de regel '\(rule)', maar die regel is niet geladen (leerlijn profiles list)." },
        usage: { problem in
            switch problem {
            case .idleWeeks: "--idle-weeks moet van 1 tot en met 104 zijn."
            case .expiringMonths: "--expiring-months moet van 1 tot en met 60 zijn."
            case .sinceNeedsSchool: "--since werkt alleen met --school."
            case .eraseNeedsConfirm: "Wissen kan niet ongedaan worden: voeg --confirm toe (en draai eerst `person export` als je een kopie wilt)."
            case let .notBoth(a, b): "Geef \(a) of \(b), niet allebei."
            case let .demoDatabaseExists(path): "\(path) bestaat al: de demo schrijft een nieuwe database. Geef een nieuw pad of laat --db weg."
            case .htmlOrJSON: "Geef --html BESTAND om de pagina te schrijven, of --format json voor de gegevens."
            }
        },
        expectation: { expected in
            switch expected {
            case .nonEmptyName: "een naam die niet leeg is"
            case let .atMostCharacters(n): "hoogstens \(n) tekens"
            case let .characters(a, b): "\(a) tot en met \(b) tekens"
            case .emailAddress: "een adres als naam@school.nl"
            case .externalID: "1 tot en met 64 tekens zonder spaties, bijvoorbeeld 100234"
            case .fte: "een werktijdfactor als 0,8 of 0.8 (hoogstens 4 decimalen)"
            case .moreThanZero: "meer dan 0"
            case .hoursPerWeek: "een aantal uren van 0 tot en met 60, bijvoorbeeld 7,5 of 7.5"
            case let .minutes(maximum): "1 tot en met \(maximum) minuten"
            case let .activityNotDeleted(restore): restore ? "een activiteit die niet verwijderd is (zet haar eerst terug)" : "een activiteit die niet verwijderd is"
            case .notYetDeleted: "een activiteit die nog niet verwijderd is"
            case .deletedActivity: "een verwijderde activiteit"
            case .someoneElseSignsOff: "iemand anders: niemand kan de eigen activiteit aftekenen"
            case let .verifierRole(day): "een mentor, schoolopleider of coach op \(day) (leg de rol vast met: leerlijn role add)"
            case .participant: "minstens één deelnemer"
            case .someoneElseGuided: "iemand anders dan wie de begeleiding vastlegt"
            case .kindID: "1 tot en met 40 kleine letters, cijfers en streepjes, bijvoorbeeld schoolbezoek"
            case .evidence: "een koppeling als https://example.org/certificaat.pdf of een bestandspad"
            case .schoolCode: "een BRIN-code van 4 letters of cijfers, eventueel gevolgd door een vestigingsnummer van 2 cijfers, bijvoorbeeld 12AB of 12AB01"
            case .organisationCode: "kleine letters, cijfers en streepjes, bijvoorbeeld stichting-eemland"
            case let .dayAfterMembership(day): "een dag na \(day), toen de huidige schoolperiode begon"
            case .studentPhase: "student als een route, instituut of studiejaar is gegeven"
            case .studyYear: "een studiejaar van 1 tot en met 8"
            case let .phaseDayTaken(phase, day): "een andere dag: de fase \(phase.rawValue) begint al op \(day), en fasen kunnen niet overlappen"
            case let .phaseAtOrAfter(phase, since): "een fase gelijk aan of na \(phase.rawValue) (vanaf \(since)); voeg --force toe om terug te stappen op de leerlijn"
            case let .phaseAtOrBefore(phase, since): "een fase gelijk aan of voor \(phase.rawValue), die begint op \(since); voeg --force toe om terug te stappen op de leerlijn"
            case let .dayOnOrAfter(option, day): "een dag op of na \(option) (\(day))"
            case let .noRoleOverlap(role, since, until): "een periode die niet overlapt met de rol \(role.rawValue) vanaf \(since)\(until.map { " tot en met \($0)" } ?? "")"
            case .fteAtMost: "hoogstens 1,5 (voeg --force toe als dit klopt)"
            case .schoolOrBoard: "--school CODE of --board CODE, omdat de persoon op die dag bij geen school hoort"
            case .registerRule: "een registerregel zoals brlo"
            case .schoolYear: "twee opeenvolgende jaren, bijvoorbeeld 2026-2027"
            case let .teacherEducator(roles): "een lerarenopleider, met de rol \(roles.map(\.rawValue).joined(separator: " of ")) (voeg die toe met: leerlijn role add)"
            case let .text(text): text
            case .salaryStep: "een salarisschaal en trede (periodiek) zoals LB-4, één per dag"
            case .sector: "een sector: po, so, sbo, vo, mbo of lerarenopleiding"
            case .staffFunction: "een functie: leraar, oop of schoolleider"
            case let .friction(expected): FrictionStrings.nl.expectation(expected)
            }
        },
        subject: { subject in
            switch subject {
            case .person: "persoon"
            case .activity: "activiteit"
            case .school: "school"
            case .board: "bestuur"
            case .partnership: "partnerschap"
            case .kind: "soort activiteit"
            case .evidence: "bewijsstuk"
            case .framework: "raamwerk"
            case .competence: "competentie"
            case .domain: "domein"
            case .rule: "regel"
            case .register: "register"
            }
        },
        kindTitle: { $0.titleNL },
        databaseReady: { "Database klaar in \($0)" },
        personAdded: { name, id in "\(name) toegevoegd (\(id))" },
        personUpdated: { "\($0) bijgewerkt" },
        activityLogged: { entry, duration in
            "\(duration) \(entry.activity.kind) vastgelegd voor \(entry.personName) op \(entry.activity.date): \(entry.activity.title) (\(entry.displayId))"
        },
        activityUpdated: { "Activiteit \($0) bijgewerkt" },
        activityDeleted: { "Activiteit \($0) verwijderd (verwijderde activiteiten zie je met: leerlijn activities list --deleted)" },
        activityRestored: { "Activiteit \($0) teruggezet" },
        added: { subject, code in "\(subject.prefix(1).uppercased() + subject.dropFirst()) \(code) toegevoegd" },
        nothingFound: "Niets gevonden.",
        errorPrefix: "fout",
        databaseMissing: { "Geen Leerlijn-database in \($0). Maak er een met: leerlijn init --db \($0)" },
        databaseTooNew: { "De database in \($0) is gemaakt met een nieuwere versie van Leerlijn. Werk Leerlijn bij om hem te gebruiken." },
        notADatabase: { path, detail in "\(path) is geen Leerlijn-database (\(detail)). Controleer --db of $LEERLIJN_DB." },
        cannotCreate: { path, detail in "Kan de database in \(path) niet maken: \(detail). Kies een andere plek met --db PAD." },
        evidenceUnreadable: { path, detail in "Kan het bewijsbestand \(path) niet lezen: \(dutchDetail(detail)). Geef een bestaand bestand of een https://-link." },
        duplicate: { subject, value in "Er bestaat al een \(subject) met code \(value). Kies een andere code." },
        externalIDTaken: { value, board, holder in
            "Extern nummer \(value) is al in gebruik bij \(holder)\(board.map { " (bestuur \($0))" } ?? ""). Elk bestuur geeft iedereen één nummer."
        },
        externalIDNeeded: { "Deze persoon heeft nog geen extern nummer bij bestuur \($0): geef het nummer van dat bestuur met --external-id." },
        nothingToChange: "Niets te wijzigen: geef minstens één optie om te wijzigen (zie --help).",
        invalidValue: { field, value, expected in "Ongeldige \(field) '\(value)': verwacht \(expected)." },
        notFound: { subject, query in "Geen \(subject) gevonden voor '\(query)'." },
        didYouMean: { "Bedoelde je: \($0.joined(separator: ", "))?" },
        ambiguous: { subject, query, candidates in
            "'\(query)' past bij meer dan één \(subject):\n" + candidates.map { "  - \($0)" }.joined(separator: "\n")
                + "\n" + (subject == "competentie" || subject == "domein" || subject == "raamwerk"
                    ? "Geef het volledige id (raamwerk:item) of meer van het eind ervan."
                    : "Geef meer van de naam, het externe nummer of het e-mailadres.")
        },
        unknownKind: { "Onbekende soort activiteit '\($0)'." },
        kindsHint: "Alle soorten zie je met: leerlijn kinds list; een eigen soort voeg je toe met: leerlijn kinds add",
        busy: { "De database bleef bezet (een andere Leerlijn schrijft): \($0). Probeer het zo nog eens." },
        databaseError: { "De database meldde een fout: \($0)" },
        badDate: { input, reason, forms in
            let why = reason == .noSuchDay ? "die dag bestaat niet" : "geen datum die Leerlijn kan lezen"
            return "Ongeldige datum '\(input)': \(why). Toegestane vormen: \(forms.joined(separator: ", "))."
        },
        badDuration: { input, reason, forms in
            let why: String
            switch reason {
            case .empty: why = "er staat niets"
            case .unrecognised: why = "geen duur die Leerlijn kan lezen"
            case .missingUnit: why = "geef een eenheid (m voor minuten, u of h voor uren)"
            case .notWholeMinutes: why = "dat is geen geheel aantal minuten; schrijf uren en minuten, bijvoorbeeld 1u20"
            case .notPositive: why = "de duur moet meer dan 0 zijn"
            case .tooLong: why = "langer dan \(DurationParser.maximumMinutes / 60) uur"
            }
            return "Ongeldige duur '\(input)': \(why). Toegestane vormen: \(forms.joined(separator: ", "))."
        },
        internalError: { "Leerlijn liep onverwacht vast: \($0). Meld dit alsjeblieft." },
        fieldName: { english in
            switch english {
            case "name": "naam"
            case "email": "e-mail"
            case "external id": "extern nummer"
            case "title": "titel"
            case "duration": "duur"
            case "evidence": "bewijs"
            case "school code": "schoolcode"
            case "code": "code"
            case "kind": "soort"
            case "since": "vanaf"
            case "activity": "activiteit"
            case "person": "persoon"
            case "field": "veld"
            case "role": "rol"
            case "date": "datum"
            case "minutes": "minuten"
            case "board": "bestuur"
            case "school": "school"
            case "by": "door"
            case "employment": "aanstelling"
            case "for": "voor"
            case "fte": "wtf"
            case "hours per week": "uren per week"
            case "participants": "deelnemers"
            case "phase": "fase"
            case "register": "register"
            case "school year": "schooljaar"
            case "study year": "studiejaar"
            case "to": "tot en met"
            case "until": "tot en met"
            default: english
            }
        },
        demoIntro: { "Demopartnerschap geschreven naar \($0) (verzonnen personen en scholen)." },
        demoStarterHeading: { name, year in "Wat starter \(name) ziet: haar activiteiten in \(year)" },
        demoStarterTotal: { count, duration in "\(count) activiteiten, samen \(duration)" },
        demoHRHeading: { year in "Wat HR ziet: de scholen en wie aandacht nodig heeft in \(year)" },
        demoOpleiderHeading: { name, school, year in "Wat schoolopleider \(name) ziet: personen op \(school) in \(year)" },
        demoOpleiderOwn: { "Activiteiten van \($0) zelf" },
        demoNext: { "Verder kijken, bijvoorbeeld: leerlijn person list --db \($0)" }
    )
}

// Issue 17, point 11: words the library passes through in English (import counts, file details), in Dutch.

/// An import count's name (`people`, `memberships`...) in Dutch.
private func dutchChange(_ key: String) -> String {
    switch key {
    case "people": "personen"
    case "people updated": "personen bijgewerkt"
    case "memberships": "lidmaatschappen"
    case "moves": "verhuizingen"
    case "employments": "aanstellingen"
    case "phases": "fases"
    case "boards": "besturen"
    case "schools": "scholen"
    case "activities": "activiteiten"
    case "verifications": "aftekeningen"
    default: key
    }
}

/// A file problem the library names in English (`no such file`, `permission denied`), in Dutch.
private func dutchDetail(_ detail: String) -> String {
    switch detail {
    case "no such file": "het bestand bestaat niet"
    case "permission denied": "geen leesrechten"
    case "cannot write the rejects file": "het bestand voor afgewezen regels kan niet geschreven worden"
    default: detail
    }
}
