import LeerlijnCore

extension RuleStrings {
    public static let nl = RuleStrings(
        state: { state in
            switch state {
            case .notStarted: "nog niet begonnen"
            case .onTrack: "op schema"
            case .behind: "ACHTER"
            case .met: "behaald"
            case .notMet: "niet behaald"
            case .lapsed: "vervallen"
            }
        },
        endReason: { reason in
            switch reason {
            case .phase: "basisbekwaam"
            case .salaryStep: "vierde periodiek bereikt"
            case .yearsAsTeacher: "drie jaar als leraar"
            }
        },
        endsOn: { rule, last, reason in "\(rule): het recht eindigt na \(last) (\(reason))" },
        unused: { rule, duration in "\(rule): \(duration) onbenut" },
        salaryStep: "salaristrede", sector: "sector", function: "functie",
        assumed: "aangenomen",
        salaryStepRecorded: { step, since in "Salaristrede \(step) vanaf \(since) vastgelegd" },
        sectorSet: { school, sector in "School \(school): sector \(sector)" },
        assumedSectors: { schools in "\(schools.count) school/scholen hebben de sector po aangenomen, niet opgegeven (\(schools.prefix(10).joined(separator: ", "))\(schools.count > 10 ? ", ..." : "")): zet de juiste met leerlijn org set-sector CODE --sector vo|po|so|sbo|mbo|lerarenopleiding" },
        futureDate: { day in "de datum \(day) ligt in de toekomst: de activiteit telt vanaf die dag" },
        teachingReduction: { reduction, title, duration in
            let periods = reduction.periods.map { "jaar \($0.introductionYear) van de introductie: \($0.percent)% van de lesgevende taak, \($0.from) t/m \($0.through)" }
            let hours = reduction.releasedMinutes.map { "; \(duration($0)) lestijd vrijgemaakt" } ?? " (zet teachingHoursPerYear in het regelbestand om uren te zien)"
            return "Vrijgemaakte lestijd, geen budget (\(title)): " + periods.joined(separator: "; ") + hours
        },
        futureDatesImported: { count, lines in "\(count) regel(s) met een datum in de toekomst zijn toch ingelezen (regels \(lines.map(String.init).joined(separator: ", "))\(count > lines.count ? ", ..." : ""))" },
        helpSchoolSector: "De sector van de school: po, so, sbo, vo, mbo of lerarenopleiding (standaard: de standaardsector van het bestuur, anders po, gemarkeerd als aangenomen).",
        helpBoardSector: "De standaardsector van de scholen van het bestuur: po, so, sbo, vo, mbo of lerarenopleiding.",
        helpFunction: "Als wat de persoon is aangesteld: leraar (standaard), oop (onderwijsondersteunend personeel) of schoolleider.",
        helpSalaryStep: "De schaal en trede (periodiek), bijvoorbeeld LB-4 (LB, LC, LD sinds 2022; daarvoor L10, L11, L12).",
        helpSalaryStepAbstract: "Leg een salaristrede (periodiek) vast die op een dag is bereikt.",
        helpSalaryStepDiscussion: "Het startersbudget van de CAO PO eindigt op de dag dat de vierde periodiek is bereikt (profiles/rules/cao-po-starter.yaml). Voorbeeld: leerlijn salary-step add 1001 LB-4 --since 2026-03-01",
        helpSalaryStepPerson: "De persoon (extern nummer, e-mail of naam).",
        helpSalaryStepSince: "De dag waarop de trede is bereikt.",
        helpSetSectorAbstract: "Zet de sector van een school.",
        helpSetSectorDiscussion: "De sector bepaalt welke cao-regels en registercriteria gelden voor wie op de school is aangesteld. Voorbeeld: leerlijn org set-sector 12AB --sector vo",
        helpSetSectorSchool: "De code van de school (BRIN, eventueel met vestiging).")
}
