import LeerlijnCore

extension ObservationStrings {
    /// English.
    public static let en = ObservationStrings(
        date: "date", observer: "observer", group: "group", subject: "subject", domain: "domain", item: "item", score: "score",
        mean: "mean", first: "first", latest: "latest", change: "change", schoolYear: "school year", observations: "observations",
        difficulty: "difficulty", probability: "P(shown)", instrument: "instrument", version: "version", remarks: "remarks",
        ability: "ability", agreement: "agreement", kappa: "kappa", identical: "identical",
        summaryHeading: { person, instrument, version, count in "\(person): \(count) observation(s) with \(instrument) (\(version))" },
        lessonsHeading: "Domain scores per observation (mean of the items scored):",
        growthHeading: "Growth per domain, first to latest observation:",
        schoolYearsHeading: "Per school year (mean of that year's observations):",
        agreementHeading: "Observers who scored the same lesson:",
        rasch: { e, n in
            "Rasch ability \(n(e.ability)) logits (standard error \(n(e.standardError))), \(e.shown) of \(e.items) items shown"
                + (e.extreme ? "; an extreme score: estimated for half an item from the extreme" : "") + "."
        },
        focusHeading: { method in
            switch method {
            case .zoneOfProximalDevelopment: "Coaching focus: items in the zone of proximal development (not yet shown, within reach):"
            case .weakestItems: "Coaching focus: the weakest items of the latest observation (the instrument gives no difficulties):"
            }
        },
        noFocus: "No coaching focus: every item scored is at the top of the scale or shown.",
        readiness: { flag, n in
            let rule = "every domain at \(n(flag.rule.level)) or above in \(flag.rule.observations) observations\(flag.rule.differentObservers ? " by different observers" : "")"
            return flag.ready
                ? "READY for the basisbekwaam conversation (\(rule)). Only a flag: the manager decides and records it with leerlijn phase set PERSON basisbekwaam."
                : "Not yet flagged for the basisbekwaam conversation (rule: \(rule); \(flag.qualifying.count) observation(s) by \(flag.observers) observer(s) meet it)."
        },
        unconfirmed: { "Not confirmed from a source in this instrument: \($0.joined(separator: ", "))." },
        noObservations: { "\($0) has no lesson observation yet (record one with leerlijn observe)." },
        agreementLine: { a in "\(a.identical) of \(a.items) item scores identical" },
        progressHeading: "Latest lesson observation:",
        progressLine: { b in "\(b.date) with \(b.instrument)\(b.observer.map { " by \($0)" } ?? "") (\(b.observations) observation(s) in all)" },
        progressFocus: { "Coaching focus: \($0.joined(separator: ", "))" },
        progressReady: { $0 ? "Ready for the basisbekwaam conversation (a flag; the manager decides)." : "Not yet flagged for the basisbekwaam conversation." },
        recorded: { entry, observer in
            "Recorded the observation of \(entry.personName) on \(entry.observation.date) by \(entry.observerName ?? "?") with \(entry.observation.instrument) "
                + "(\(entry.scores.count) items), logged as a lesson visit\(observer ? " for both" : "") (\(entry.observation.id.description.prefix(8)))"
        },
        activityTitle: { instrument, subject in "Lesson visit (\(instrument))" + (subject.map { ": \($0)" } ?? "") },
        observerActivityTitle: { instrument, person in "Lesson visit (\(instrument)) with \(person)" },
        promptIntro: { instrument, minimum, maximum, labels in
            "Scoring with \(instrument): a whole number from \(minimum) to \(maximum)\(labels.isEmpty ? "" : " (\(labels))"); Enter skips an item."
        },
        promptItem: { index, count, domain, text in "[\(index)/\(count)] \(domain): \(text)\n> " },
        promptIndicator: { "  seen: \($0)? (y/n, Enter skips) > " },
        promptRetry: { minimum, maximum in "  Give a whole number from \(minimum) to \(maximum), or press Enter to skip." },
        reason: { reason in
            switch reason {
            case let .scoreOutsideScale(score, minimum, maximum): "score '\(score)' is outside the scale: give a whole number from \(minimum) to \(maximum)"
            case let .unknownItem(instrument, suggestions):
                "instrument \(instrument) has no such item" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
            case let .duplicateItem(line): "the item is scored twice" + (line.map { " (first on line \($0))" } ?? "")
            case let .badIndicator(text, expected):
                "indicator '\(text)' is not one of this item's: " + (expected.isEmpty ? "the item has no indicators" : expected.joined(separator: ", "))
            case let .unknownObserver(query, suggestions):
                "no person matches the observer '\(query)'" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
                    + "; add the observer first with leerlijn person add"
            case let .observerIsPerson(query): "the observer '\(query)' is the person observed"
            case let .unknownInstrument(query, suggestions):
                "no instrument '\(query)' is loaded" + (suggestions.isEmpty ? "" : " (did you mean \(suggestions.joined(separator: ", "))?)")
                    + "; instruments are in profiles/instruments or your --profiles folder"
            case let .incompleteInstrument(id):
                "instrument \(id) holds only the structure (complete: false), not every item: load your partnership's complete copy with --profiles DIR (docs/observations.md)"
            case .noScores: "the scores give no item at all"
            case let .unreadable(detail): "cannot read the scores file: \(detail)"
            case let .malformed(detail): detail
            case .scoresNeeded: "give the scores with --scores FILE (CSV item,score or YAML); items are asked one by one only on a terminal"
            }
        },
        itemPrefix: { "item \($0): " }
    )
}
