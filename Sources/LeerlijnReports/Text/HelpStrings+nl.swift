import Foundation

extension HelpStrings {
    /// De Nederlandse helpteksten.
    public static let nl = HelpStrings(
        leerlijn: .init(
            abstract: "Houd de professionele ontwikkeling van leraren bij als één doorlopende lijn.",
            discussion: """
                Van leraar in opleiding via startende leraar tot ervaren leraar en lerarenopleider: leg activiteiten vast,
                zie ze terug per schooljaar, en geef HR en schoolopleiders het overzicht dat ze nodig hebben.

                Voorbeelden:
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

                De database is --db PAD, anders $LEERLIJN_DB, anders $XDG_DATA_HOME/leerlijn/leerlijn.sqlite
                (~/.local/share/leerlijn/leerlijn.sqlite). Exitcodes: 0 gelukt, 64 verkeerd gebruik, 65 onjuiste gegevens,
                66 niet gevonden, 70 interne fout, 74 fout in bestand of database, 75 database bezet (probeer het opnieuw).
                """),
        global: .init(
            db: "Het databasebestand (anders $LEERLIJN_DB, anders ~/.local/share/leerlijn/leerlijn.sqlite).",
            format: "Uitvoervorm: table (tabel), json of csv.",
            lang: "Taal van de uitvoer: nl of en (anders volgens LC_ALL, LC_MESSAGES of LANG).",
            actor: "Wie de wijziging doet, voor het wijzigingslogboek (anders $LEERLIJN_ACTOR, anders de inlognaam).",
            profiles: "Een map met je eigen raamwerken, kruistabellen, regels en observatie-instrumenten, geladen naast de meegeleverde (anders $LEERLIJN_PROFILES); herhaalbaar."),
        activities: .init(
            abstract: "Activiteiten tonen, bekijken, wijzigen, verwijderen en terugzetten."),
        activitiesList: .init(
            abstract: "Toon activiteiten, desgewenst van één persoon, in een periode of van één soort.",
            discussion: """
                Voorbeelden:
                  leerlijn activities list sanne
                  leerlijn activities list --from 1-8-2026 --to 31-7-2027 --kind intervisie --format csv
                  leerlijn activities list --deleted
                """,
            person: "Alleen de activiteiten van deze persoon.",
            from: "Alleen op of na deze dag.",
            to: "Alleen op of vóór deze dag.",
            kind: "Alleen deze soort.",
            deleted: "Toon in plaats daarvan de verwijderde activiteiten."),
        activitiesShow: .init(
            abstract: "Toon één activiteit met haar bewijs.",
            discussion: "Voorbeeld: leerlijn activities show 3f2c8a9e",
            id: "Het id van de activiteit, of de eerste 4 of meer tekens ervan."),
        activitiesEdit: .init(
            abstract: "Wijzig een activiteit; het wijzigingslogboek bewaart hoe ze was.",
            discussion: """
                Een lege tekst ("") wist een beschrijving, aanbieder of reflectie.
                Voorbeelden:
                  leerlijn activities edit 3f2c8a9e --duration 2u --reflection "Achteraf: ..."
                  leerlijn activities edit 3f2c8a9e --add-evidence verslag.pdf --remove-evidence oud.pdf
                """,
            id: "Het id van de activiteit, of de eerste 4 of meer tekens ervan.",
            date: "Een nieuwe dag.",
            duration: "Een nieuwe duur.",
            kind: "Een nieuwe soort.",
            title: "Een nieuwe titel.",
            description: "Een nieuwe beschrijving.",
            provider: "Een nieuwe aanbieder.",
            reflection: "Een nieuwe reflectie.",
            addEvidence: "Bewijs om toe te voegen: een link of een bestand; herhaal voor meer.",
            removeEvidence: "Bewijs om te verwijderen: de link, de bestandsnaam of het begin van de SHA-256.",
            competence: "Competenties, in plaats van de huidige; herhaalbaar.",
            domain: "Domeinen, in plaats van de huidige; herhaalbaar.",
            clearCompetences: "Verwijder alle competenties.",
            clearDomains: "Verwijder alle domeinen.",
            budget: "Het urenbudget waar ze voor telt (een regel-id), none voor helemaal geen budget, of \"\" voor het standaardbudget."),
        activitiesDelete: .init(
            abstract: "Verwijder een activiteit (ze blijft te tonen met --deleted en kan worden teruggezet).",
            discussion: "Voorbeeld: leerlijn activities delete 3f2c8a9e",
            id: "Het id van de activiteit, of de eerste 4 of meer tekens ervan."),
        activitiesRestore: .init(
            abstract: "Zet een verwijderde activiteit terug.",
            discussion: "Voorbeeld: leerlijn activities restore 3f2c8a9e",
            id: "Het id van de activiteit, of de eerste 4 of meer tekens ervan."),
        activitiesHistory: .init(
            abstract: "Toon het wijzigingslogboek van een activiteit: wie wat wanneer heeft gewijzigd.",
            discussion: "Voorbeeld: leerlijn activities history 3f2c8a9e --format json",
            id: "Het id van de activiteit, of de eerste 4 of meer tekens ervan."),
        coverage: .init(
            abstract: "Toon wat iemand deed onder elk onderdeel van een competentieraamwerk, de hiaten, en de verdeling over de domeinen.",
            discussion: """
                Activiteiten tellen mee voor de onderdelen waaraan ze gekoppeld zijn, de bovenliggende onderdelen daarvan, en de
                onderdelen waar een kruistabel ze mee verbindt (een activiteit gekoppeld aan SBL-competenties telt mee onder de
                bekwaamheidseisen van 2017). Zonder --framework: elk competentieraamwerk waarvoor minstens één activiteit meetelt.

                Voorbeelden:
                  leerlijn coverage sanne --framework bekwaamheidseisen-2017-po
                  leerlijn coverage sanne --framework sbl-2006 --from 1-8-2026 --to 31-7-2027 --format json
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            framework: "Het id van een raamwerk, of een eenduidig laatste deel ervan (2017-po).",
            from: "Alleen activiteiten op of na deze dag.",
            to: "Alleen activiteiten op of vóór deze dag."),
        demo: .init(
            abstract: "Bouw een wegwerpdatabase met een klein verzonnen partnerschap en laat zien wat de gebruikers ervan zien.",
            discussion: """
                Schrijft naar een nieuwe map in de tijdelijke map, tenzij --db een bestand noemt dat nog niet bestaat
                ($LEERLIJN_DB wordt niet gebruikt, dus de demo raakt je eigen gegevens nooit aan). Naast de database schrijft de demo
                het portfolio van de startende leraar uit de demo (portfolio.html) en het HR-dashboard (dashboard.html), en toont de paden.
                Voorbeeld: leerlijn demo --lang nl
                """),
        dossier: .init(
            abstract: "Het BRLO-dossier van een lerarenopleider: rollen, uren in de rol per jaar, de gebieden van de beroepsstandaard met activiteiten, bewijs en reflecties.",
            discussion: """
                Hetzelfde JSON-document dat `leerlijn export --register brlo` verstuurt (docs/registers.md), om te lezen of als bestand in te leveren.
                Voorbeelden:
                  leerlijn dossier karin
                  leerlijn dossier karin --out karin-brlo.json
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            rule: "De registerregel die het dossier bepaalt (standaard: brlo).",
            out: "Schrijf het JSON-document naar dit bestand."),
        export: .init(
            abstract: "Verstuur gegevens naar een register (een xAPI-LRS, een BRLO-dossierendpoint, een HR-webhook), of toon wat nog wacht."),
        exportSend: .init(
            abstract: "Verstuur wat voor een register klaarstaat: statements (xAPI), activiteitgebeurtenissen (webhook) of dossiers (BRLO).",
            discussion: """
                xAPI: nieuwe activiteiten, en statements die gewijzigde en verwijderde activiteiten ongeldig maken (voiding). Webhook: één
                ondertekend JSON-document per wijziging van een activiteit. BRLO: één dossier per lerarenopleider van wie de gegevens sinds
                het vorige dossier zijn gewijzigd.
                Registers staan in exports/ (docs/registers.md). Adres en geheimen komen uit LEERLIJN_<REGISTER>_ENDPOINT,
                _USERNAME, _PASSWORD, _TOKEN, _SECRET, of uit een configuratiebestand met rechten 0600; ze worden nooit getoond of
                opgeslagen. Mislukte batches worden met toenemende wachttijd opnieuw geprobeerd (Retry-After wordt gevolgd); wat dan nog
                niet verstuurd is, blijft wachten op de volgende keer. TLS-verificatie staat altijd aan; --ca-file voegt een eigen CA toe.
                Voorbeelden:
                  leerlijn export --register lrs
                  leerlijn export --register lrs --person sanne --dry-run
                  leerlijn export --register brlo
                  leerlijn export --register hr-webhook
                """,
            register: "Het id van het register (zie exports/).",
            person: "Alleen de gegevens van deze persoon.",
            since: "Alleen activiteiten op of na deze dag (xAPI en webhook).",
            dryRun: "Toon precies wat verstuurd zou worden en verstuur niets.",
            caFile: "Een PEM-bestand met extra vertrouwde certificaatautoriteiten (voor een register achter een eigen CA)."),
        exportStatus: .init(
            abstract: "Toon per register wat wacht, verstuurd of mislukt is, met de laatste fout.",
            discussion: "Voorbeeld: leerlijn export status --register lrs",
            register: "Alleen dit register."),
        importCommand: .init(
            abstract: "Importeer een personeelslijst of een bestand met activiteiten uit CSV (zoals HR-systemen en Nederlandse Excel het schrijven).",
            discussion: """
                Scheidingsteken , of ; en tekenset (UTF-8 met of zonder BOM, Windows-1252) worden herkend; kolomnamen worden
                zonder onderscheid tussen hoofd- en kleine letters vergeleken. Een bestand wordt helemaal of helemaal niet ingelezen:
                één foute regel wijst het af, en elke foute regel wordt genoemd met regel, kolom en reden. Zie docs/import.md.
                """),
        importPeople: .init(
            abstract: "Importeer personen: external_id, name, email, board, school, phase, phase_since, fte, employment_since.",
            discussion: """
                Nieuwe besturen en scholen worden aangemaakt (een nieuwe school heeft haar BRIN-code in de kolom school nodig). Hetzelfde
                bestand nog eens importeren verandert niets; een gewijzigde werktijdfactor of school wordt een nieuwe periode. Exports
                uit HR-systemen worden gelezen zoals ze zijn: gescheiden door tabs, puntkomma's of komma's, met Nederlandse kopjes
                (personeelsnummer, werktijdfactor, datum in dienst, BRIN, functie) en de naam gesplitst in roepnaam of voornaam,
                tussenvoegsel en achternaam; --map KOLOM=VELD voor elk ander kopje.
                Voorbeelden: leerlijn import people personeel.csv --dry-run
                             leerlijn import people export.txt --map Werknemer=external_id --map "Uren factor=fte"
                """),
        importActivities: .init(
            abstract: "Importeer activiteiten: external_id, date, duration, kind, title, competences, domains, budget, verified_by.",
            discussion: """
                duration zoals bij `log` (90m, 1,5u) of alleen minuten; competences en domains gescheiden door | of spaties. Een regel is
                dezelfde activiteit als een eerder geïmporteerde als persoon, datum, minuten, soort en titel gelijk zijn: opnieuw
                importeren voegt niets toe.
                Voorbeeld: leerlijn import activities activiteiten.csv --skip-invalid afgewezen.csv
                """),
        importOptions: .init(
            file: "Het CSV-bestand.",
            dryRun: "Meld wat er zou veranderen, en schrijf niets.",
            rejects: "Importeer de goede regels en schrijf de foute naar dit CSV-bestand, met een kolom met de reden."),
        initCommand: .init(
            abstract: "Maak de database aan (veilig om te herhalen: een bestaande database wordt alleen bijgewerkt).",
            discussion: "Voorbeeld: leerlijn init --db ~/leerlijn.sqlite"),
        kinds: .init(
            abstract: "De lijst van soorten activiteit: bekijk hem, voeg je eigen soorten toe."),
        kindsList: .init(
            abstract: "Toon de soorten activiteit.",
            discussion: "Voorbeeld: leerlijn kinds list --lang nl"),
        kindsAdd: .init(
            abstract: "Voeg een eigen soort activiteit toe.",
            discussion: "Voorbeeld: leerlijn kinds add schoolbezoek --nl \"Schoolbezoek\" --en \"School visit\"",
            id: "Het id: kleine letters, cijfers en streepjes.",
            nl: "De Nederlandse naam.",
            en: "De Engelse naam."),
        phase: .init(
            abstract: "Fasen op de lijn: student, starter, basisbekwaam, vakbekwaam."),
        phaseSet: .init(
            abstract: "Leg de fase van een persoon vast vanaf een dag (ze geldt tot de volgende fase).",
            discussion: """
                Fasen: student, starter (startbekwaam, vanaf het diploma of de eerste aanstelling), basisbekwaam (beoordeeld door de
                leidinggevende), vakbekwaam. Voor studenten: --route voltijd|deeltijd|versneld|zij-instroom|alpo|duaal, --institute, --study-year.
                Voorbeelden:
                  leerlijn phase set emma student --since 1-9-2024 --route voltijd --institute "Hogeschool Eemvallei" --study-year 3
                  leerlijn phase set sanne starter --since 1-8-2026
                  leerlijn phase set sanne basisbekwaam --since 1-3-2027
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            phase: "student, starter, basisbekwaam of vakbekwaam.",
            since: "De eerste dag van de fase.",
            route: "Voor studenten: voltijd, deeltijd, versneld, zij-instroom, alpo, duaal.",
            institute: "Voor studenten: de opleiding (hogeschool of universiteit).",
            studyYear: "Voor studenten: het studiejaar.",
            force: "Sta een stap terug op de lijn toe (bijvoorbeeld terug naar student voor een tweede studie)."),
        role: .init(
            abstract: "Rollen naast de fase: mentor, schoolopleider, instituutsopleider, coach..."),
        roleAdd: .init(
            abstract: "Voeg een rol toe voor een periode, met de gefaciliteerde uren per week.",
            discussion: """
                Rollen: mentor, schoolopleider, instituutsopleider, coach, teacher-leader, onderzoekscoordinator.
                Voorbeeld: leerlijn role add karin schoolopleider --since 1-8-2025 --hours-per-week 12
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            role: "De rol.",
            since: "De eerste dag.",
            until: "De laatste dag (standaard: open).",
            hoursPerWeek: "Gefaciliteerde uren per week voor de rol, bijvoorbeeld 12 of 7,5."),
        employment: .init(
            abstract: "Aanstellingen met hun werktijdfactor."),
        employmentAdd: .init(
            abstract: "Voeg een aanstelling bij een bestuur (en school) toe met haar werktijdfactor; er kunnen er meer tegelijk lopen.",
            discussion: """
                Het bestuur is dat van de school, anders --board, anders het bestuur van de school van de persoon op --since.
                Voorbeelden:
                  leerlijn employment add sanne --since 1-8-2026 --fte 0,8 --school 12AB
                  leerlijn employment add sanne --since 1-1-2027 --fte 0.2 --board de-brug
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            since: "De eerste dag.",
            until: "De laatste dag (standaard: open).",
            fte: "De werktijdfactor, bijvoorbeeld 0.8 of 0,8.",
            school: "De code van de school.",
            board: "De code van het bestuur (als er geen school is opgegeven).",
            force: "Sta een werktijdfactor boven 1,5 toe."),
        progress: .init(
            abstract: "Toon de fase en rollen van een persoon en per schooljaar en budget: recht, gebruikt, resterend, verwacht.",
            discussion: """
                Het recht volgt de regels in profiles/rules (docs/rules.md); gebruikte minuten zijn die van activiteiten vastgelegd
                met --budget (of --cao), en van activiteiten zonder budget die voor een standaardbudget tellen (het lesbezoek van een
                starter voor cao-po-starter, andere activiteiten voor cao-po-professionalisering; --budget none zet dat uit). De verwachting trekt het tempo tot nu toe door tot 31 juli; 'achter' betekent dat het tekortschiet.
                Voorbeelden:
                  leerlijn progress sanne
                  leerlijn progress sanne --year 2026-2027 --format json
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            year: "Eén schooljaar, bijvoorbeeld 2026-2027 (standaard: elk jaar op de lijn)."),
        line: .init(
            abstract: "Toon de hele lijn van een persoon: fasen, rollen, aanstellingen, scholen, registraties, minuten per schooljaar per domein.",
            discussion: "Voorbeeld: leerlijn line sanne --format json",
            person: "Extern nummer, e-mailadres of een deel van de naam."),
        registration: .init(
            abstract: "Gereed voor een register (BRLO...): per criterium voldaan of niet, met het bewijs; de registratie en wanneer die afloopt."),
        registrationShow: .init(
            abstract: "Toon per criterium van een register hoe een persoon ervoor staat, en wanneer de registratie afloopt.",
            discussion: """
                Voorbeeld: leerlijn registration karin --register brlo
                Waarden in het regelbestand van het register die niet bevestigd konden worden (zoals de termijn van het BRLO) worden genoemd; zie docs/rules.md.
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            register: "Het register: een registerregel-id zoals brlo."),
        registrationRecord: .init(
            abstract: "Leg vast dat een persoon vanaf een dag in een register is ingeschreven.",
            discussion: "Voorbeeld: leerlijn registration record karin --register brlo --since 1-9-2026",
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            register: "Het register: een registerregel-id zoals brlo.",
            since: "De dag waarop de registratie ingaat."),
        log: .init(
            abstract: "Leg een leeractiviteit van een persoon vast.",
            discussion: """
                PERSON is een extern nummer, een e-mailadres of een eenduidig deel van de naam.
                DURATION (duur): 90m, 1h30, 1.5h, 1,5u, 2u of 1:30. KIND (soort): zie `leerlijn kinds list`.

                Voorbeelden:
                  leerlijn log sanne 90m intervisie "Intervisie klassenmanagement"
                  leerlijn log 100234 1,5u lesbezoek "Lesbezoek rekenen" --date gisteren --reflection "Meer denktijd geven"
                  leerlijn log sanne 3h cursus "Klassenmanagement" --evidence certificaat.pdf --evidence https://example.org/c
                  leerlijn log sanne 2u intervisie "Intervisie" --competence sbl-2006:interpersoonlijk --domain primair-proces
                  leerlijn log sanne 45m begeleidingsgesprek "Gesprek met coach" --cao
                  leerlijn log marieke 1u lesbezoek "Lesbezoek bij Emma" --for emma
                """,
            person: "Wie: extern nummer, e-mailadres of een deel van de naam.",
            duration: "Hoe lang: 90m, 1h30, 1.5h, 1,5u, 2u.",
            kind: "De soort activiteit, bijvoorbeeld intervisie, lesbezoek, cursus.",
            title: "Een korte titel.",
            date: "De dag: 2026-10-03, 3-10-2026, vandaag/today, gisteren/yesterday (standaard vandaag).",
            description: "Een langere beschrijving.",
            provider: "Wie het aanbood (instituut, trainer).",
            reflection: "Je reflectie erop.",
            evidence: "Een link (https://...) of een bestand om als bewijs te bewaren; herhaal voor meer.",
            competence: "Een competentie die ermee ontwikkeld wordt: een volledig id (sbl-2006:pedagogisch) of een eenduidig laatste deel ervan (2017-po:pedagogisch); herhaal of scheid met komma's.",
            domain: "Een domein van het werk van de leraar: primair-proces, onderwijsontwikkeling, beleid-en-organisatie, ondersteuning-collegas; herhaalbaar.",
            budget: "Het urenbudget waar ze voor telt: een regel-id zoals cao-po-starter of cao-po-professionalisering, of none. Zonder telt de activiteit voor haar standaardbudget (docs/rules.md).",
            cao: "Hetzelfde als --budget cao-po-starter: de CAO-uren voor startende leraren.",
            guided: "Voor begeleiding door een mentor of schoolopleider: de begeleide student (of starter)."),
        observe: .init(
            abstract: "Leg een lesobservatie vast, gescoord met een instrument (bijvoorbeeld ICALT); ze wordt vastgelegd als lesbezoek.",
            discussion: """
                Het scorebestand is CSV (item,score[,indicator...], bijvoorbeeld 3,4 of 3,4,3a,3b=no) of YAML (scores: [{item: 3, score: 4}]);
                zie docs/observations.md. Zonder --scores vraagt Leerlijn in een terminal de items een voor een.
                Een score buiten de schaal, een onbekend item of een onbekende observator wordt afgewezen met bestand, regel en item, en er wordt niets opgeslagen.
                Voorbeelden:
                  leerlijn observe sanne --instrument icalt --by karin --date 12-3-2027 --scores les-12-maart.csv --group "groep 5" --subject rekenen
                  leerlijn observe sanne --instrument icalt --by karin --scores les.yaml --log-for-observer --profiles partnerschap/
                """,
            person: "De geobserveerde persoon: extern nummer, e-mailadres of een deel van de naam.",
            instrument: "Het id van het instrument, bijvoorbeeld icalt (zie profiles/instruments en je map bij --profiles).",
            observer: "De observator: extern nummer, e-mailadres of een deel van de naam (een bekende persoon).",
            date: "De dag van de les (standaard vandaag).",
            scores: "De scores: een CSV- of YAML-bestand (zonder dit bestand worden de items in een terminal een voor een gevraagd).",
            group: "De klas of groep, bijvoorbeeld \"groep 5\" of 2B.",
            subject: "Het vak van de les, bijvoorbeeld rekenen.",
            remarks: "Opmerkingen over de les.",
            duration: "Hoe lang het lesbezoek duurde, voor de vastgelegde activiteit (standaard 60m).",
            budget: "Het urenbudget waar het lesbezoek van de geobserveerde voor telt, bijvoorbeeld cao-po-starter.",
            cao: "Hetzelfde als --budget cao-po-starter.",
            logForObserver: "Leg het lesbezoek ook vast als activiteit van de observator."),
        observations: .init(
            abstract: "Toon de lesobservaties van een persoon: domeinscores, groei per domein en schooljaar, Rasch-schatting, focus voor begeleiding, gereedheid, overeenstemming tussen observatoren.",
            discussion: """
                De observaties worden geanalyseerd met het instrument van de laatste; de methoden staan in docs/observations.md.
                Voorbeelden:
                  leerlijn observations sanne
                  leerlijn observations sanne --format json --profiles partnerschap/
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam."),
        backup: .init(
            abstract: "Kopieer de database (online back-up, veilig terwijl anderen schrijven) en de map met bewijs.",
            discussion: "Voorbeeld: leerlijn backup ~/backups/leerlijn-2026-11-23.sqlite",
            file: "Het back-upbestand (vervangen als het bestaat); de map met bewijs gaat naar FILE-evidence."),
        doctor: .init(
            abstract: "Controleer de database: integriteit, verwijzingen (foreign keys), migraties, bewijsbestanden; exitcode 65 als er iets mis is.",
            discussion: "Voorbeeld: leerlijn doctor --format json"),
        org: .init(
            abstract: "Partnerschappen, schoolbesturen en scholen."),
        orgAddPartnership: .init(
            abstract: "Voeg een partnerschap (samen opleiden) toe.",
            discussion: "Voorbeeld: leerlijn org add-partnership \"Samen Opleiden Eemvallei\" --code eemvallei",
            name: "De naam.",
            code: "Een korte code voor de opdrachtregel (standaard: gemaakt van de naam)."),
        orgAddBoard: .init(
            abstract: "Voeg een schoolbestuur toe.",
            discussion: "Voorbeeld: leerlijn org add-board \"Stichting PO Eemvallei\" --code spo-eemvallei --partnership eemvallei",
            name: "De naam.",
            code: "Een korte code voor de opdrachtregel (standaard: gemaakt van de naam).",
            partnership: "De code van het partnerschap."),
        orgAddSchool: .init(
            abstract: "Voeg een school toe aan een bestuur.",
            discussion: "Voorbeeld: leerlijn org add-school \"OBS De Regenboog\" --code 12AB --board spo-eemvallei",
            name: "De naam.",
            code: "De BRIN-code, eventueel gevolgd door het vestigingsnummer van 2 cijfers (12AB of 12AB01).",
            board: "De code van het bestuur."),
        orgList: .init(
            abstract: "Toon partnerschappen, besturen en scholen.",
            discussion: "Voorbeeld: leerlijn org list --format json"),
        person: .init(
            abstract: "Personen toevoegen, tonen, bekijken en wijzigen; exporteren of wissen wat over iemand bewaard is (AVG)."),
        personAdd: .init(
            abstract: "Voeg een persoon toe, desgewenst op een school.",
            discussion: "Voorbeeld: leerlijn person add \"Sanne de Vries\" --external-id 100234 --email s.devries@school.nl --school 12AB --since 1-8-2026",
            name: "De volledige naam.",
            externalID: "Het personeelsnummer of studentnummer (uniek per bestuur).",
            email: "Het e-mailadres.",
            school: "De code van de school (BRIN, eventueel met vestiging), of een deel van de naam.",
            since: "Sinds wanneer de persoon bij de school hoort (standaard vandaag)."),
        personList: .init(
            abstract: "Toon personen, desgewenst alleen wie vandaag op één school of bij één bestuur werkt.",
            discussion: "Voorbeeld: leerlijn person list --board eemvallei --format csv",
            school: "Alleen personen op deze school.",
            board: "Alleen personen op de scholen van dit bestuur."),
        personShow: .init(
            abstract: "Toon een persoon: nummers, scholen door de tijd, minuten per schooljaar.",
            discussion: "Voorbeeld: leerlijn person show sanne --format json",
            person: "Extern nummer, e-mailadres of een deel van de naam."),
        personEdit: .init(
            abstract: "Wijzig de naam, het e-mailadres of het externe nummer van een persoon, of verplaats de persoon naar een andere school.",
            discussion: """
                Een verhuizing (--school) beëindigt de huidige school op de dag vóór --since (standaard vandaag).
                Voorbeelden:
                  leerlijn person edit sanne --email sanne@kompas.nl
                  leerlijn person edit sanne --school 12AC --since 1-1-2027
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            name: "Een nieuwe naam.",
            email: "Een nieuw e-mailadres (\"\" verwijdert het).",
            externalID: "Een nieuw extern nummer bij het bestuur van de persoon.",
            school: "Verplaats naar deze school.",
            since: "Eerste dag op de nieuwe school (standaard vandaag)."),
        personExport: .init(
            abstract: "Schrijf alles wat Leerlijn over een persoon bewaart naar een map (AVG-recht op inzage): person.json en de bewijsbestanden.",
            discussion: "Voorbeeld: leerlijn person export sanne --out export-sanne",
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            out: "De map om naar te schrijven (wordt aangemaakt als ze ontbreekt)."),
        personErase: .init(
            abstract: "Wis de persoonsgegevens van een persoon overal (AVG-recht op vergetelheid); dit kan niet ongedaan worden gemaakt.",
            discussion: """
                Verwijdert de persoon, de nummers, scholen, fasen, rollen, aanstellingen, registraties, activiteiten, bewijsbestanden die
                niemand anders gebruikt, en elke kopie in het wijzigingslogboek; legt vast dat er gewist is (zonder persoonsgegevens).
                Exporteer eerst als de persoon een kopie wil. Zie docs/privacy.md.
                Voorbeeld: leerlijn person erase sanne --confirm
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            confirm: "Bevestig: het wissen kan niet ongedaan worden gemaakt."),
        portfolio: .init(
            abstract: "Schrijf het bewijsportfolio van een persoon als één HTML-bestand dat offline opent en op A4 afdrukt.",
            discussion: """
                De pagina bevat de lijn als tijdlijn, uren per schooljaar en budget, dekking per raamwerk, de activiteiten met
                reflecties en bewijs (bestanden gelinkt ten opzichte van de pagina, met hun SHA-256), en wie wat heeft afgetekend;
                bij elke grafiek staan de cijfers in een tabel ernaast. --lang nl|en kiest de taal (anders LC_ALL, LC_MESSAGES of LANG).
                --format json toont in plaats daarvan dezelfde gegevens (zie docs/html.md).
                Voorbeelden:
                  leerlijn portfolio sanne --html sanne.html
                  leerlijn portfolio sanne --html sanne-2026.html --from 1-8-2026 --to 31-7-2027 --lang nl
                  leerlijn portfolio sanne --format json
                """,
            person: "Extern nummer, e-mailadres of een deel van de naam.",
            html: "Het HTML-bestand om te schrijven.",
            from: "Alleen activiteiten op of na deze dag.",
            to: "Alleen activiteiten op of vóór deze dag."),
        profiles: .init(
            abstract: "Competentieraamwerken, kruistabellen en observatie-instrumenten: tonen, bekijken, controleren.",
            discussion: """
                Raamwerken worden meegeleverd in profiles/; je eigen raamwerken staan in een map die je opgeeft met --profiles DIR of
                $LEERLIJN_PROFILES (zie docs/profiles.md voor de bestandsopbouw).
                """),
        profilesList: .init(
            abstract: "Toon de raamwerken met hun aantal onderdelen.",
            discussion: "Voorbeeld: leerlijn profiles list --format json"),
        profilesShow: .init(
            abstract: "Toon een raamwerk als boom van onderdelen met hun volledige id's.",
            discussion: "Voorbeeld: leerlijn profiles show sbl-2006 --lang nl",
            id: "Het id van het raamwerk, of een eenduidig laatste deel ervan."),
        profilesValidate: .init(
            abstract: "Controleer profielbestanden (raamwerken, kruistabellen, regels, observatie-instrumenten): schema, unieke id's, verwijzingen, kringen.",
            discussion: """
                Controleert de meegeleverde profielen, je eigen map (--profiles of $LEERLIJN_PROFILES) en elk opgegeven PATH,
                als één geheel, omdat een kruistabel naar het raamwerk in een ander bestand kan verwijzen. Elk probleem wordt getoond als
                bestand:regel: reden; de exitcode is dan 65.
                Voorbeeld: leerlijn profiles validate mijn-profielen/
                """,
            paths: "Bestanden of mappen om te controleren naast de meegeleverde profielen en je eigen map."),
        report: .init(
            abstract: "Het HR-overzicht: per school, bestuur, partnerschap, fase of rol, en per persoon (meeste signalen eerst) de signalen die gelden.",
            discussion: """
                Signalen: behind (achter: het tempo van een urenbudget schiet tekort op 31 juli), idle (inactief: geen activiteit in
                --idle-weeks, standaard 6), gaps (hiaten: hoofdonderdelen van het raamwerk van de persoon zonder activiteit dit jaar),
                expiring (verloopt: een registratie die binnen --expiring-months afloopt, standaard 6), unverified (niet-afgetekend:
                minuten die niet zijn afgetekend).
                Voorbeelden:
                  leerlijn report --by board
                  leerlijn report --by school --year 2026-2027 --flag behind --flag idle --format csv
                  leerlijn report --html dashboard.html --lang nl
                Met --html FILE wordt het HR-dashboard als één HTML-bestand geschreven (personen per fase, minuten per maand, tempo van
                de budgetten per school, een heatmap van raamwerkgebieden per groep, de gesignaleerde personen); met --format json
                toont het de gegevens van het dashboard.
                """,
            by: "Groepeer per school (school), bestuur (board), partnerschap (partnership), fase (phase) of rol (role).",
            year: "Het schooljaar, bijvoorbeeld 2026-2027 (standaard: het huidige).",
            flag: "Toon alleen personen met dit signaal (herhaalbaar): behind, idle, gaps, expiring, unverified.",
            idleWeeks: "Aantal weken zonder activiteit waarna iemand inactief is.",
            expiringMonths: "Aantal maanden vooruit waarin een aflopende registratie wordt gesignaleerd.",
            framework: "Het raamwerk voor het signaal gaps (standaard: het raamwerk dat iemand het meest gebruikt).",
            html: "Schrijf het HR-dashboard als HTML-bestand."),
        verify: .init(
            abstract: "Teken een activiteit af als mentor, schoolopleider of coach: de minuten tellen dan als afgetekend.",
            discussion: "Voorbeeld: leerlijn verify 3f2c8a9e --by marieke --note \"Samen besproken\"",
            activity: "Het id van de activiteit, of de eerste 4 of meer tekens ervan.",
            by: "Wie aftekent: extern nummer, e-mailadres of een deel van de naam.",
            note: "Een opmerking bij het aftekenen."),
        session: .init(
            abstract: "Samen leren: één bijeenkomst vastgelegd voor veel deelnemers."),
        sessionAdd: .init(
            abstract: "Leg een PLG-bijeenkomst, ontwerpatelier of opleidersdag één keer vast voor alle deelnemers; ieder krijgt de activiteit.",
            discussion: """
                Deelnemers met extern nummer, e-mailadres of een deel van de naam, gescheiden door komma's, of uit een bestand met één per regel
                (of een CSV met een kolom external_id of name). Elke deelnemer kan met activities edit een reflectie toevoegen.
                Voorbeeld: leerlijn session add plg "PLG begrijpend lezen" --duration 1u30 --date 3-10-2026 --participants 100234,100235,sanne
                """,
            kind: "De soort, bijvoorbeeld plg, ontwerpatelier, opleidersdag.",
            title: "De titel.",
            duration: "Hoe lang.",
            date: "De dag (standaard vandaag).",
            participants: "Deelnemers, gescheiden door komma's (herhaalbaar).",
            participantsFile: "Een bestand met deelnemers: één per regel, of een CSV met een kolom external_id of name.",
            provider: "Wie het aanbood.",
            competence: "Competenties (herhaalbaar).",
            domain: "Domeinen (herhaalbaar)."),
        facilitation: .init(
            abstract: "Begeleiding van studenten tegenover de afspraak van het partnerschap, en de belasting van elke schoolopleider.",
            discussion: """
                Telt de begeleiding die mentoren en schoolopleiders voor studenten hebben vastgelegd (log ... --for STUDENT), naar de rol
                van de begeleider op die dag, tegenover de uren per student in een facilitatieregel (profiles/rules; de meegeleverde
                bevat de afspraak van OidS Twente van 40 + 40 uur en 12-15 studenten per schoolopleider, niet bevestigd: gebruik je eigen).
                Voorbeeld: leerlijn facilitation --year 2026-2027
                """,
            year: "Het schooljaar (standaard: het huidige).",
            rule: "De facilitatieregel (standaard: de enige die geladen is).")
    )
}
