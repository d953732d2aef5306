import LeerlijnCore

extension ObservationStrings {
    /// Nederlands.
    public static let nl = ObservationStrings(
        date: "datum", observer: "observator", group: "groep", subject: "vak", domain: "domein", item: "item", score: "score",
        mean: "gemiddelde", first: "eerste", latest: "laatste", change: "verschil", schoolYear: "schooljaar", observations: "observaties",
        difficulty: "moeilijkheid", probability: "P(getoond)", instrument: "instrument", version: "versie", remarks: "opmerkingen",
        ability: "vaardigheid", agreement: "overeenstemming", kappa: "kappa", identical: "gelijk",
        summaryHeading: { person, instrument, version, count in "\(person): \(count) observatie(s) met \(instrument) (\(version))" },
        lessonsHeading: "Domeinscores per observatie (gemiddelde van de gescoorde items):",
        growthHeading: "Groei per domein, van de eerste naar de laatste observatie:",
        schoolYearsHeading: "Per schooljaar (gemiddelde van de observaties in dat jaar):",
        agreementHeading: "Observatoren die dezelfde les scoorden:",
        rasch: { e, n in
            "Rasch-vaardigheid \(n(e.ability)) logits (standaardfout \(n(e.standardError))), \(e.shown) van \(e.items) items getoond"
                + (e.extreme ? "; een extreme score: geschat voor een half item van het uiterste" : "") + "."
        },
        focusHeading: { method in
            switch method {
            case .zoneOfProximalDevelopment: "Focus voor de begeleiding: items in de zone van naaste ontwikkeling (nog niet getoond, binnen bereik):"
            case .weakestItems: "Focus voor de begeleiding: de zwakste items van de laatste observatie (het instrument geeft geen moeilijkheden):"
            }
        },
        noFocus: "Geen focus voor de begeleiding: elk gescoord item staat bovenaan de schaal of is getoond.",
        readiness: { flag, n in
            let rule = "elk domein op \(n(flag.rule.level)) of hoger in \(flag.rule.observations) observaties\(flag.rule.differentObservers ? " door verschillende observatoren" : "")"
            return flag.ready
                ? "KLAAR voor het gesprek over basisbekwaamheid (\(rule)). Alleen een signaal: de leidinggevende beslist en legt het vast met leerlijn phase set PERSOON basisbekwaam."
                : "Nog geen signaal voor het gesprek over basisbekwaamheid (regel: \(rule); \(flag.qualifying.count) observatie(s) door \(flag.observers) observator(en) voldoen)."
        },
        unconfirmed: { "Niet bevestigd uit een bron in dit instrument: \($0.joined(separator: ", "))." },
        noObservations: { "\($0) heeft nog geen lesobservatie (leg er een vast met leerlijn observe)." },
        agreementLine: { a in "\(a.identical) van \(a.items) itemscores gelijk" },
        progressHeading: "Laatste lesobservatie:",
        progressLine: { b in "\(b.date) met \(b.instrument)\(b.observer.map { " door \($0)" } ?? "") (\(b.observations) observatie(s) in totaal)" },
        progressFocus: { "Focus voor de begeleiding: \($0.joined(separator: ", "))" },
        progressReady: { $0 ? "Klaar voor het gesprek over basisbekwaamheid (een signaal; de leidinggevende beslist)." : "Nog geen signaal voor het gesprek over basisbekwaamheid." },
        recorded: { entry, observer in
            "Observatie van \(entry.personName) op \(entry.observation.date) door \(entry.observerName ?? "?") met \(entry.observation.instrument) vastgelegd "
                + "(\(entry.scores.count) items), als lesbezoek gelogd\(observer ? " voor beiden" : "") (\(entry.observation.id.description.prefix(8)))"
        },
        activityTitle: { instrument, subject in "Lesbezoek (\(instrument))" + (subject.map { ": \($0)" } ?? "") },
        observerActivityTitle: { instrument, person in "Lesbezoek (\(instrument)) bij \(person)" },
        promptIntro: { instrument, minimum, maximum, labels in
            "Scoren met \(instrument): een heel getal van \(minimum) tot en met \(maximum)\(labels.isEmpty ? "" : " (\(labels))"); Enter slaat een item over."
        },
        promptItem: { index, count, domain, text in "[\(index)/\(count)] \(domain): \(text)\n> " },
        promptIndicator: { "  gezien: \($0)? (j/n, Enter slaat over) > " },
        promptRetry: { minimum, maximum in "  Geef een heel getal van \(minimum) tot en met \(maximum), of druk op Enter om over te slaan." },
        reason: { reason in
            switch reason {
            case let .scoreOutsideScale(score, minimum, maximum): "score '\(score)' valt buiten de schaal: geef een heel getal van \(minimum) tot en met \(maximum)"
            case let .unknownItem(instrument, suggestions):
                "instrument \(instrument) heeft zo'n item niet" + (suggestions.isEmpty ? "" : " (bedoelde je \(suggestions.joined(separator: ", "))?)")
            case let .duplicateItem(line): "het item is twee keer gescoord" + (line.map { " (eerst op regel \($0))" } ?? "")
            case let .badIndicator(text, expected):
                "indicator '\(text)' hoort niet bij dit item: " + (expected.isEmpty ? "het item heeft geen indicatoren" : expected.joined(separator: ", "))
            case let .unknownObserver(query, suggestions):
                "niemand past bij de observator '\(query)'" + (suggestions.isEmpty ? "" : " (bedoelde je \(suggestions.joined(separator: ", "))?)")
                    + "; voeg de observator eerst toe met leerlijn person add"
            case let .observerIsPerson(query): "de observator '\(query)' is de geobserveerde zelf"
            case let .unknownInstrument(query, suggestions):
                "er is geen instrument '\(query)' geladen" + (suggestions.isEmpty ? "" : " (bedoelde je \(suggestions.joined(separator: ", "))?)")
                    + "; instrumenten staan in profiles/instruments of in je map bij --profiles"
            case let .incompleteInstrument(id):
                "instrument \(id) bevat alleen de structuur (complete: false), niet alle items: laad het volledige exemplaar van je partnerschap met --profiles MAP (docs/observations.md)"
            case .noScores: "de scores noemen geen enkel item"
            case let .unreadable(detail): "het scorebestand is niet te lezen: \(detail)"
            case let .malformed(detail): detail
            case .scoresNeeded: "geef de scores met --scores BESTAND (CSV item,score of YAML); items één voor één vragen kan alleen op een terminal"
            }
        },
        itemPrefix: { "item \($0): " }
    )
}
