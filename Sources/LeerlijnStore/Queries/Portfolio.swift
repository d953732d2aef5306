import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// A person's portfolio for a period (every date when `from` and `to` are nil): the whole line, hours per
    /// school year and budget for the years the period touches, coverage per competence framework, the
    /// activities with reflections and evidence, and the sign-offs with the names of who signed.
    /// - Throws: ``StoreError/lookup(_:)`` for an unknown or ambiguous person; ``StoreError/invalid(_:)`` when
    ///   `to` is before `from`.
    public func portfolio(of query: String, from: Day?, to: Day?, catalog: ProfileCatalog, rules: RuleCatalog, instruments: InstrumentCatalog = .empty,
                          today: Day) throws(StoreError) -> Portfolio {
        if let from, let to, to < from {
            throw .invalid(ValueError(field: "to", value: to.description, expected: .dayOnOrAfter(option: "--from", day: from)))
        }
        let (person, externalIds, names) = try read { db -> (Person, [String], [PersonID: String]) in
            let person = try Self.person(matching: query, db)
            let ids = try ExternalID.filter(ExternalID.Columns.personId == person.id).order(ExternalID.Columns.id).fetchAll(db).map(\.value)
            // The names of everyone who signed off one of the person's activities.
            let names = try Row.fetchAll(db, sql: """
                SELECT DISTINCT p.id, p.name FROM verification v JOIN activity a ON a.id = v.activity_id JOIN person p ON p.id = v.verified_by
                WHERE a.person_id = ?
                """, arguments: [person.id]).reduce(into: [PersonID: String]()) { $0[PersonID($1[0] as String)!] = $1[1] }
            return (person, ids, names)
        }
        let key = person.id.description
        let line = try line(of: key)
        var progress = try progress(of: key, year: nil, rules: rules, instruments: instruments, today: today)
        progress.schoolYears = progress.schoolYears.filter { year in
            (from.map { year.schoolYear.lastDay >= $0 } ?? true) && (to.map { year.schoolYear.firstDay <= $0 } ?? true)
        }
        let coverage = try coverage(of: key, framework: nil, from: from, to: to, catalog: catalog)
        let activities = try activities(matching: ActivityFilter(person: key, from: from, to: to))
        let signOffs = activities.compactMap { entry -> Portfolio.SignOff? in
            guard let verification = entry.verification else { return nil }
            return Portfolio.SignOff(activityId: entry.activity.id, date: entry.activity.date, title: entry.activity.title, minutes: entry.activity.minutes,
                                     verifiedBy: names[verification.verifiedBy] ?? verification.verifiedBy.description, at: verification.at, note: verification.note)
        }
        let used = Set(activities.map(\.activity.kind))
        let kinds = try activityKinds().filter { used.contains($0.id) }
            .reduce(into: [String: LocalizedText]()) { $0[$1.id] = LocalizedText(nl: $1.titleNL, en: $1.titleEN) }
        return Portfolio(person: person.name, externalIds: externalIds, from: from, to: to, generatedOn: today, line: line, progress: progress,
                         coverage: coverage, activities: activities, signOffs: signOffs, evidenceFolder: evidenceFolder, kindTitles: kinds)
    }
}
