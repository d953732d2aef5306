import LeerlijnCore

extension PageStrings {
    /// Nederlands.
    public static let nl = PageStrings(
        months: ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
        shortMonths: ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        hours: { value, _ in "\(value) uur" },
        decimalSeparator: ",",
        contents: "Inhoud", printHint: "Druk deze pagina af (Ctrl+P of Cmd+P) voor een A4-versie: elk onderdeel begint op een nieuwe bladzijde.",
        chartNote: "De cijfers van deze grafiek staan in de tabel ernaast.", ongoing: "lopend", today: "vandaag", none: "geen",
        madeWith: { "Gemaakt met Leerlijn op \($0)." },
        portfolioTitle: { "Bewijsportfolio van \($0)" },
        periodAll: "Alle activiteiten op de leerlijn",
        period: { from, to in
            switch (from, to) {
            case let (from?, to?): "Activiteiten van \(from) tot en met \(to)"
            case let (from?, nil): "Activiteiten vanaf \(from)"
            case let (nil, to?): "Activiteiten tot en met \(to)"
            case (nil, nil): "Alle activiteiten op de leerlijn"
            }
        },
        lineSection: "De leerlijn", hoursSection: "Uren per schooljaar en budget", coverageSection: "Dekking per raamwerk",
        activitiesSection: "Activiteiten, reflecties en bewijs", signOffsSection: "Aftekeningen",
        lineIntro: "Fasen, rollen, aanstellingen, scholen en registraties door de tijd, met de minuten professionalisering per maand.",
        hoursIntro: "Wat elk urenbudget in een schooljaar geeft, wat gebruikt is, wat resteert en waar het tempo tot nu toe op 31 juli uitkomt.",
        coverageIntro: "De tijd onder elk gebied op het bovenste niveau van elk competentieraamwerk waarvoor de activiteiten tellen.",
        timelineTitle: { "De leerlijn van \($0)" },
        timelineDescription: "Een tijdlijn met een baan voor de fase, rollen, aanstellingen, scholen en registraties, en staven voor de minuten per maand.",
        lanePhase: "Fase", laneRole: "Rol", laneEmployment: "Aanstelling", laneSchool: "School", laneRegistration: "Registratie",
        laneActivity: "Minuten per maand",
        hoursChartTitle: "Urenbudgetten: recht, gebruikt, resterend en verwacht op 31 juli",
        coverageChartTitle: { "Tijd per gebied: \($0)" },
        hoursPerYearTitle: "Activiteiten per schooljaar",
        noActivities: "Geen activiteiten in deze periode.", noSignOffs: "Geen activiteit in deze periode is afgetekend.", noEvidence: "geen bewijs",
        signedOff: { by, day in "Afgetekend door \(by) op \(day)" },
        file: "bestand", link: "koppeling", sha256: "SHA-256", bytes: "bytes",
        verifiedBy: "afgetekend door", note: "notitie", item: "gebied",
        minutesPerMonthTitle: "Minuten per maand",
        dashboardTitle: { "HR-overzicht \($0)" },
        dashboardIntro: { by, day, people in "\(people) personen, per \(by); signalen beoordeeld op \(day)." },
        groupsSection: "Groepen", phasesSection: "Personen per fase", monthsSection: "Minuten per maand", paceSection: "Tempo van de budgetten per school",
        heatSection: "Gebieden van de raamwerken", flaggedSection: "Personen die aandacht nodig hebben",
        phasesChartTitle: "Personen per fase", monthsChartTitle: "Minuten professionalisering per maand",
        paceChartTitle: "Urenbudgetten per school: recht, verwacht tot nu, gebruikt en verwacht op 31 juli",
        heatTitle: { "Minuten per gebied en per \($0)" },
        paceIntro: "De urenbudgetten van iedereen op een school opgeteld. 'Verwacht tot nu' is wat bij een gelijkmatig tempo gebruikt zou zijn op de dag waarop de signalen zijn beoordeeld.",
        heatIntro: "Minuten per domein van het leraarschap; hoe donkerder het vak, hoe meer minuten.",
        flaggedIntro: "Meeste signalen eerst. Signalen: achter (het tempo van een budget schiet tekort op 31 juli), inactief (geen recente activiteit), hiaten (gebieden van het raamwerk zonder activiteit), verloopt (een registratie loopt binnenkort af), niet-afgetekend (minuten niet afgetekend).",
        noPhase: "(geen fase)", nobodyFlagged: "Niemand heeft een signaal.", expectedByNow: "verwacht tot nu", month: "maand", area: "gebied", details: "toelichting",
        groupName: { by in
            switch by {
            case .school: "school"
            case .board: "bestuur"
            case .partnership: "partnerschap"
            case .phase: "fase"
            case .role: "rol"
            }
        },
        phaseName: { $0.rawValue },
        detail: { code in
            let parts = code.split(separator: ":", maxSplits: 1).map(String.init)
            guard parts.count == 2 else { return code }
            switch parts[0] {
            case "behind": return "achter op \(parts[1])"
            case "gap": return "geen activiteit onder \(parts[1])"
            case "expires":
                let register = parts[1].split(separator: ":").first.map(String.init) ?? parts[1]
                let day = parts[1].split(separator: ":").last.map(String.init) ?? ""
                return "registratie \(register) loopt af op \(day)"
            default: return code
            }
        }
    )
}
