import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Records a lesson observation with its scores, and logs it as a `lesbezoek` activity for the person
    /// observed (and for the observer when `new.logForObserver`), all in one transaction with the audit lines.
    ///
    /// The scores are checked against `instrument` again (every item known, every score on the scale), so a
    /// caller that skipped ``ObservationScores/check(_:instrument:file:)`` cannot store a bad one.
    /// - Parameters:
    ///   - titles: the activities' titles for the person observed and for the observer, given the observed
    ///     person's name (the CLI passes them in the user's language); by default `Lesbezoek <instrument>`.
    ///   - rules: the loaded rules, against which `new.budget` is checked.
    /// - Throws: ``StoreError/observation(_:)`` for a bad score, an unknown item, an unknown observer or an
    ///   observer who is the person; ``StoreError/lookup(_:)`` for an unknown person; nothing is stored then.
    public func recordObservation(
        _ new: NewObservation, instrument: Instrument, rules: RuleCatalog = .empty, titles: (@Sendable (_ personName: String) -> (person: String, observer: String))? = nil, actor: String
    ) throws(StoreError) -> ObservationEntry {
        let raw = new.scores.map { RawScore(item: $0.item, score: String($0.score), indicators: $0.indicators.map { "\($0.key)=\($0.value ? "yes" : "no")" }) }
        let scores: [ItemScore]
        do {
            scores = try ObservationScores.check(raw, instrument: instrument, file: new.file)
        } catch {
            throw .observation(error)
        }
        guard new.minutes > 0, new.minutes <= DurationParser.maximumMinutes else {
            throw .invalid(ValueError(field: "duration", value: "\(new.minutes)", expected: "1 to \(DurationParser.maximumMinutes) minutes"))
        }
        let budget: String?
        do {
            budget = try new.budget.map { (text) throws(LookupError) in try rules.budgetRule(text).id }
        } catch {
            throw .lookup(error)
        }
        let defaultTitle = "Lesbezoek \(instrument.id)" + (new.subject.flatMap(ActivityInput.optionalText).map { ": \($0)" } ?? "")
        let id = try write { db -> ObservationID in
            let person = try Self.person(matching: new.person, db)
            let observer: Person
            do {
                observer = try Self.person(matching: new.observer, db)
            } catch let LookupError.notFound(_, query, suggestions) {
                throw ObservationError(file: new.file, reason: .unknownObserver(query, suggestions: suggestions))
            }
            guard observer.id != person.id else { throw ObservationError(file: new.file, reason: .observerIsPerson(new.observer)) }
            let time = now()
            let named = titles?(person.name)
            let group = new.group.flatMap(ActivityInput.optionalText), subject = new.subject.flatMap(ActivityInput.optionalText)
            let description = "\(instrument.id) \(instrument.version); \(observer.name)" + [group, subject].compactMap { $0 }.map { "; \($0)" }.joined()
            let activity = Activity(personId: person.id, date: new.date, minutes: new.minutes, kind: "lesbezoek",
                                    title: named?.person ?? defaultTitle, description: description, budget: budget, createdAt: time, updatedAt: time)
            try activity.insert(db)
            var observerActivity: Activity?
            if new.logForObserver {
                let own = Activity(personId: observer.id, date: new.date, minutes: new.minutes, kind: "lesbezoek",
                                   title: named?.observer ?? defaultTitle, description: "\(instrument.id) \(instrument.version); \(person.name)",
                                   guidedPersonId: person.id, createdAt: time, updatedAt: time)
                try own.insert(db)
                observerActivity = own
            }
            let observation = Observation(
                personId: person.id, observerId: observer.id, date: new.date, instrument: instrument.id, instrumentVersion: instrument.version,
                group: group, subject: subject, remarks: new.remarks.flatMap(ActivityInput.optionalText), activityId: activity.id,
                observerActivityId: observerActivity?.id, createdAt: time)
            try observation.insert(db)
            for score in scores {
                try db.execute(sql: "INSERT INTO observation_score (observation_id, item, score, indicators) VALUES (?, ?, ?, ?)",
                               arguments: [observation.id, score.item, score.score, score.indicators.isEmpty ? nil : try Self.auditJSON(score.indicators)])
            }
            for stored in [activity] + (observerActivity.map { [$0] } ?? []) {
                let entry = try Self.entry(stored.id, db)
                try self.audit(.create, entity: "activity", id: stored.id.description, before: nil, after: entry, actor: actor, db)
            }
            // Keyed by the person observed, so an erasure of that person removes it with the rest of their line.
            let entry = try Self.observationEntries([observation], db)[0]
            try self.audit(.create, entity: "observation", id: person.id.description, before: nil, after: entry, actor: actor, db)
            return observation.id
        }
        return try read { db in
            guard let observation = try Observation.fetchOne(db, key: id) else { throw LookupError.notFound(.activity, query: id.description, suggestions: []) }
            return try Self.observationEntries([observation], db)[0]
        }
    }

    /// A person's observations with their scores, oldest first.
    public func observations(of person: String) throws(StoreError) -> [ObservationEntry] {
        try read { db in
            let person = try Self.person(matching: person, db)
            return try Self.observationEntries(try Self.observations(of: person.id, db), db)
        }
    }

    /// A person's observations analysed under the instrument of the latest one (see ``ObservationSummary``);
    /// nil when the person has no observation or that instrument is not loaded. For `observations`, `progress`
    /// and the portfolio.
    public func observationSummary(of person: String, instruments: InstrumentCatalog) throws(StoreError) -> ObservationSummary? {
        try read { db in
            let person = try Self.person(matching: person, db)
            return try Self.observationSummary(person, instruments: instruments, db)
        }
    }

    // MARK: - Inside a transaction

    static func observationSummary(_ person: Person, instruments: InstrumentCatalog, _ db: Database) throws -> ObservationSummary? {
        let entries = try observationEntries(try observations(of: person.id, db), db)
        guard let latest = entries.last, let instrument = instruments.instrument(latest.observation.instrument) else { return nil }
        return ObservationSummary.compute(person: person.name, instrument: instrument, entries: entries)
    }

    static func observations(of person: PersonID, _ db: Database) throws -> [Observation] {
        try Observation.filter(Observation.Columns.personId == person).order(Observation.Columns.date, Observation.Columns.createdAt).fetchAll(db)
    }

    /// Observations with their scores and the names of the person and observer.
    static func observationEntries(_ observations: [Observation], _ db: Database) throws -> [ObservationEntry] {
        guard !observations.isEmpty else { return [] }
        var scores: [ObservationID: [ItemScore]] = [:]
        for chunk in stride(from: 0, to: observations.count, by: 500).map({ Array(observations[$0..<min($0 + 500, observations.count)]) }) {
            let ids = chunk.map(\.id.description)
            for row in try Row.fetchAll(db, sql: """
                SELECT observation_id, item, score, indicators FROM observation_score
                WHERE observation_id IN (\(ids.map { _ in "?" }.joined(separator: ","))) ORDER BY rowid
                """, arguments: StatementArguments(ids)) {
                var indicators: [String: Bool] = [:]
                if let text = row["indicators"] as String? {
                    indicators = (try? JSONDecoder().decode([String: Bool].self, from: Data(text.utf8))) ?? [:]
                }
                scores[row["observation_id"] as ObservationID, default: []].append(ItemScore(item: row["item"], score: row["score"], indicators: indicators))
            }
        }
        let people = Set(observations.flatMap { [$0.personId] + ($0.observerId.map { [$0] } ?? []) })
        var names: [PersonID: String] = [:]
        for person in try Person.fetchAll(db, keys: Array(people)) { names[person.id] = person.name }
        return observations.map {
            ObservationEntry(observation: $0, personName: names[$0.personId] ?? "", observerName: $0.observerId.flatMap { names[$0] },
                             scores: scores[$0.id] ?? [])
        }
    }
}
