import LeerlijnCore

extension RegisterStrings {
    /// Nederlands.
    public static let nl = RegisterStrings(
        exportSecret: CommandHelp(
            abstract: "Maak een nieuw ondertekengeheim voor webhooks (Standard Webhooks, in de vorm whsec_).",
            discussion: """
                Toont een nieuw geheim: "whsec_" en de base64 van willekeurige bytes uit de cryptografische generator van het \
                systeem (standaard 32, 24 tot 64). Leerlijn bewaart het nergens: geef het aan de ontvanger en zet het als \
                LEERLIJN_<ID>_SECRET (of `secret:` in een configuratiebestand met rechten 0600). Zet tijdens een sleutelwissel \
                er twee, de nieuwste eerst, gescheiden door een spatie: elke levering wordt dan met beide ondertekend. Met \
                --format json: {"secret", "bytes"}.
                """),
        secretBytes: "Aantal willekeurige bytes in de sleutel (24 tot 64).",
        exportEnable: CommandHelp(
            abstract: "Weer naar het eindpunt van een register sturen nadat het 410 Gone antwoordde.",
            discussion: """
                Een eindpunt dat 410 Gone antwoordt, wordt uitgeschakeld: `export send` weigert dan voor dat register en eindpunt \
                iets klaar te zetten of te versturen. Is de ontvanger terug (of heb je een ander eindpunt ingesteld), voer dit \
                dan uit om het weer in te schakelen; wat klaarstond, gaat mee met de volgende `export send`.
                """),
        enableRegister: "De id van het register (bijv. hr-webhook).",
        dossierGroup: CommandHelp(
            abstract: "Het BRLO-dossier van een lerarenopleider: tonen (JSON, HTML) en vastleggen wat erin hoort.",
            discussion: """
                `leerlijn dossier PERSOON` toont het dossier (`--out BESTAND` schrijft de JSON, `--html BESTAND` het document \
                voor de beoordelaars, af te drukken als pdf). Leg vast wat het BRLO als eerste vraagt met `dossier role` (de \
                rol beschreven en verantwoord, de door de werkgever bevestigde uren, de werkcontext), `dossier task`, \
                `dossier reflect` (een reflectie per bekwaamheidsgebied en op de grondslag) en `dossier route` (de route en de \
                verklaring van de leidinggevende); het registratienummer en de termijn met `registration record --number --until`.
                """),
        dossierHTML: "Schrijf het dossier als HTML-document naar dit bestand (open het in een browser; druk het af als pdf).",
        dossierRole: CommandHelp(
            abstract: "Leg de rol als lerarenopleider vast: beschrijving, verantwoording, bevestigde uren, werkcontext.",
            discussion: """
                Zet elk gegeven veld; de andere blijven staan. Het BRLO vraagt dat de rol als opleider expliciet wordt \
                beschreven en verantwoord; alleen coachen telt niet (leg de taken vast met `dossier task`). Uren zijn de uren \
                per jaar in de rol zoals de werkgever ze bevestigde, met wie bevestigde en wanneer.
                """),
        rolePerson: "De lerarenopleider (naam, e-mail, id of personeelsnummer).",
        roleDescription: "Wat de rol is: de opleidingstaken in je eigen woorden.",
        roleJustification: "Waarom het opleiden is, en niet alleen coachen.",
        roleContext: "Waar je als lerarenopleider werkt: instituut of opleidingsschool.",
        roleOrganisation: "Het instituut of de opleidingsschool.",
        rolePartnership: "De code van het samenwerkingsverband (leerlijn org list).",
        roleSector: "De sector van de leraren die je opleidt: po, vo, mbo of ho.",
        roleConfirmedHours: "Uren per jaar in de rol, zoals de werkgever ze bevestigde.",
        roleConfirmedBy: "Wie de uren namens de werkgever bevestigde.",
        roleConfirmedOn: "Wanneer de uren werden bevestigd.",
        dossierTask: CommandHelp(
            abstract: "Voeg een taak van de rol als lerarenopleider toe (of verwijder er een).",
            discussion: """
                Elke taak is `education` (opleiden: lesgeven, beoordelen, het programma ontwerpen, opleiders begeleiden) of \
                `coaching` (studenten of starters begeleiden of coachen). Een dossier waarvan alle taken coaching zijn, krijgt \
                een waarschuwing: alleen coachen maakt iemand geen lerarenopleider. `--remove N` verwijdert taak N (het nummer \
                staat in het dossier).
                """),
        taskText: "De taak, in een zin.",
        taskKind: "education of coaching.",
        taskHours: "Uren per jaar aan de taak.",
        taskRemove: "Verwijder taak nummer N in plaats van er een toe te voegen.",
        dossierReflect: CommandHelp(
            abstract: "Leg je reflectie op een bekwaamheidsgebied (of op de grondslag) vast.",
            discussion: """
                De gebieden zijn de items op het hoogste niveau van de standaard die de registerregel dekt (voor brlo de \
                VELON-beroepsstandaard: grondslag, opleidingsdidactisch, agogisch, organisatorisch-beleidsmatig, \
                ontwikkelingsbekwaam). Een tweede reflectie op hetzelfde gebied vervangt de eerste (het auditlogboek bewaart \
                die). Geef de tekst met --text of --file (UTF-8).
                """),
        reflectArea: "De id van het gebied (bijv. grondslag, agogisch).",
        reflectText: "De reflectie.",
        reflectFile: "Lees de reflectie uit dit UTF-8-bestand.",
        reflectRule: "De registerregel waarvan de standaard bedoeld is (standaard brlo).",
        dossierRoute: CommandHelp(
            abstract: "Leg de registratieroute en de verklaring van de leidinggevende vast.",
            discussion: """
                De routes staan in de registerdefinitie van brlo (exports/brlo.yaml, `dossier.routes`). Een route zonder \
                gesprek vraagt de verklaring van je leidinggevende dat de aanvraag is besproken: geef --manager, --statement \
                en --statement-on.
                """),
        routeRoute: "De id van de route (zelfstandig, coaching, opleidingstraject, professionele-leergemeenschap, hr-beleid).",
        routeManager: "De leidinggevende die de verklaring aflegde.",
        routeStatement: "De verklaring van de leidinggevende dat de aanvraag is besproken.",
        routeStatementOn: "De datum van de verklaring.",
        registrationNumber: "Het registratienummer dat het register gaf.",
        registrationUntil: "De laatste dag van de registratietermijn, zoals het register die opgaf (daarvoor is prolongatie nodig).",
        unusableSecret: { register, variable, problem in
            switch problem {
            case .notWhsec:
                "Het ondertekengeheim van register \(register) (\(variable)) is geen Standard Webhooks-geheim: het moet \"whsec_\" zijn, gevolgd door base64. Maak er een met `leerlijn export secret`."
            case let .size(bytes):
                "Het ondertekengeheim van register \(register) (\(variable)) heeft \(bytes) bytes; Standard Webhooks vraagt 24 tot 64 willekeurige bytes. Maak er een met `leerlijn export secret`."
            }
        },
        endpointGone: { register, endpoint in
            "Het eindpunt van register \(register) (\(endpoint)) antwoordde 410 Gone: Leerlijn stuurt er niets meer heen. De gebeurtenissen blijven klaarstaan. Is de ontvanger terug, voer dan `leerlijn export enable --register \(register)` uit."
        },
        endpointDisabled: { register, endpoint, since in
            "Het eindpunt van register \(register) (\(endpoint)) antwoordde op \(since) 410 Gone en is uitgeschakeld: er is niets klaargezet of verstuurd. Voer `leerlijn export enable --register \(register)` uit als de ontvanger terug is."
        },
        endpointsEnabled: { register, endpoints in
            endpoints.isEmpty ? "Geen eindpunt van register \(register) was uitgeschakeld." : "Weer ingeschakeld voor register \(register): \(endpoints.joined(separator: ", "))."
        },
        secretRange: { bytes in "--bytes moet 24 tot 64 zijn, niet \(bytes)." },
        roleRecorded: { person in "De rol van \(person) als lerarenopleider is vastgelegd." },
        taskAdded: { person, id in "Taak \(id) is toegevoegd aan de rol van \(person)." },
        taskRemoved: { person, id in "Taak \(id) is verwijderd uit de rol van \(person)." },
        reflectionRecorded: { person, area in "De reflectie van \(person) op \(area) is vastgelegd." },
        routeRecorded: { person, route in "Route \(route) is vastgelegd voor \(person)." },
        dossierInput: { problem in
            switch problem {
            case let .unknownArea(area, framework, areas): "'\(area)' is geen gebied van \(framework); de gebieden zijn: \(areas.joined(separator: ", "))."
            case let .unknownRoute(route, routes):
                routes.isEmpty ? "Route '\(route)' staat er niet in: de registerdefinitie van brlo noemt geen routes (exports/brlo.yaml, dossier.routes)."
                    : "Route '\(route)' staat er niet in; de routes zijn: \(routes.joined(separator: ", "))."
            case let .unknownSector(sector): "Sector '\(sector)' is onbekend; gebruik po, vo, mbo of ho."
            case let .unknownTask(id, person): "\(person) heeft geen taak \(id); `leerlijn dossier \(person)` toont de taken met hun nummers."
            case let .emptyText(field): "Het veld \(field) is leeg; geef een tekst."
            case .nothingGiven: "Niets om vast te leggen: geef ten minste één optie (zie --help)."
            case let .hours(value): "\(value) uur per jaar valt buiten het bereik (0 tot 2.000)."
            }
        },
        pageTitle: { person in "BRLO-dossier van \(person)" },
        pageIntro: { register, asOf in "Register \(register), cijfers tot en met \(asOf)." },
        printHint: "Een pdf inleveren: druk deze pagina af en kies 'Opslaan als pdf'.",
        contents: "Inhoud",
        registrationSection: "Registratie", roleSection: "Rol als lerarenopleider", contextSection: "Werkcontext",
        routeSection: "Route en verklaring van de leidinggevende", reflectionsSection: "Reflectie per bekwaamheidsgebied",
        criteriaSection: "Criteria van het register", activitiesSection: "Activiteiten en bewijs",
        registrationNumberLabel: "Registratienummer", registeredSince: "Geregistreerd sinds", registeredUntil: "Termijn loopt af (volgens het register)",
        expiresByTerm: "Termijn loopt af (volgens de termijn van de regel)", state: "Stand", notRecorded: "niet vastgelegd",
        descriptionLabel: "Beschrijving", justificationLabel: "Verantwoording", tasksLabel: "Taken", taskKindLabel: "soort",
        hoursPerYearLabel: "uur per jaar",
        taskKindName: { kind in kind == .education ? "opleiden" : "coaching" },
        confirmedHours: { hours, by, on in
            "Bevestigd door de werkgever: \(hours) uur per jaar" + (by.map { ", door \($0)" } ?? "") + (on.map { " op \($0)" } ?? "") + "."
        },
        hoursNotConfirmed: "De uren in de rol zijn nog niet door de werkgever bevestigd.",
        coachingOnly: "Alle vastgelegde taken zijn coaching: alleen coachen maakt iemand geen lerarenopleider (VELON).",
        roleHoursHeading: "Afgesproken uren in de rol per schooljaar", schoolYear: "schooljaar", hours: "uren", complete: "volledig", yes: "ja", no: "nee",
        contextKind: { context in context == .instituut ? "instituut (instituutsopleider)" : "opleidingsschool (schoolopleider)" },
        contextLabel: "Werkt bij", organisationLabel: "Organisatie", partnershipLabel: "Samenwerkingsverband", sectorLabel: "Sector",
        routeLabel: "Route", interviewLabel: "Gesprek met de beoordelaars", managerLabel: "Leidinggevende", managerStatementLabel: "Verklaring",
        statementDateLabel: "Datum",
        managerStatementNeeded: "Deze route kent geen gesprek: de verklaring van de leidinggevende dat de aanvraag is besproken, is vereist.",
        managerStatementNotNeeded: "Deze route kent een gesprek: een verklaring van de leidinggevende is niet vereist.",
        managerStatementMissing: "De verklaring van de leidinggevende ontbreekt.",
        noReflection: "Nog geen reflectie geschreven.",
        activitiesBehind: { count, hours in "\(count) activiteit\(count == 1 ? "" : "en") bij dit gebied, \(hours)." },
        activityReflections: "Reflecties bij activiteiten",
        criterion: "criterium", met: "voldaan", actual: "gevonden", required: "vereist", missingItems: "ontbreekt",
        metValue: { met in met.map { $0 ? "ja" : "nee" } ?? "niet te bepalen" },
        date: "datum", kind: "soort", title: "titel", duration: "duur", evidence: "bewijs", reflection: "reflectie",
        toDo: "Nog niet vastgelegd",
        missingPart: { part in
            switch part.part {
            case .roleDescription: "de beschrijving van de rol (leerlijn dossier role --description)"
            case .roleJustification: "de verantwoording van de rol (--justification)"
            case .tasks: "de taken van de rol (leerlijn dossier task)"
            case .educationTask: "een opleidingstaak (alle taken zijn coaching)"
            case .confirmedHours: "de door de werkgever bevestigde uren (--confirmed-hours, --confirmed-by)"
            case .workContext: "de werkcontext (--context, --organisation)"
            case .route: "de route (leerlijn dossier route)"
            case .managerStatement: "de verklaring van de leidinggevende (leerlijn dossier route --manager --statement)"
            case .areaReflection: "een reflectie op \(part.item ?? "een gebied") (leerlijn dossier reflect)"
            }
        },
        madeWith: { date in "Gemaakt met Leerlijn op \(date)." },
        textOrFile: "Geef de reflectie met --text of met --file, niet met allebei.",
        disabledHeader: "uitgeschakeld (410 Gone)")
}
