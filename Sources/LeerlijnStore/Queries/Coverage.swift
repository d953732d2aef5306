import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// What a person did under each item of a framework in a period (all dates when nil), counting
    /// activities mapped to crosswalked items too; see ``ProfileCatalog/coverage(of:by:from:to:)``.
    /// Reads only this person's activities (the `(person_id, date)` index).
    /// - Parameter framework: a framework id or an unambiguous suffix; nil gives a report for each
    ///   competence framework that at least one activity counts for.
    public func coverage(of person: String, framework: String?, from: Day?, to: Day?, catalog: ProfileCatalog) throws(StoreError) -> [CoverageReport] {
        let chosen: Framework?
        do {
            chosen = try framework.map { (text) throws(LookupError) in try catalog.resolveFramework(text) }
        } catch {
            throw .lookup(error)
        }
        let (name, activities) = try read { db -> (String, [MappedActivity]) in
            let person = try Self.person(matching: person, db)
            var request = Activity.filter(Activity.Columns.personId == person.id && Activity.Columns.deletedAt == nil)
            if let from { request = request.filter(Activity.Columns.date >= from) }
            if let to { request = request.filter(Activity.Columns.date <= to) }
            let entries = try Self.entries(for: try request.order(Activity.Columns.date).fetchAll(db), db)
            return (person.name, entries.map {
                MappedActivity(date: $0.activity.date, minutes: $0.activity.minutes, evidence: $0.evidence.count, items: $0.mappings.map(\.reference))
            })
        }
        let frameworks = chosen.map { [$0] } ?? catalog.frameworks.filter { $0.kind == .competences }
        return frameworks.compactMap { framework in
            guard var report = catalog.coverage(of: framework.id, by: activities, from: from, to: to) else { return nil }
            report.person = name
            return chosen != nil || report.coveredActivities > 0 ? report : nil
        }
    }
}
