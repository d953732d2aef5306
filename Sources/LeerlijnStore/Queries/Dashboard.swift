import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The HR dashboard: the group report for `settings` with people per phase, minutes per month, budget pace
    /// per school and minutes per framework area per group, from one read of the same data.
    /// - Throws: as ``groupReport(_:catalog:rules:today:)``.
    public func dashboard(_ settings: ReportSettings, catalog: ProfileCatalog, rules: RuleCatalog, today: Day) throws(StoreError) -> Dashboard {
        let year = settings.year
        let (facts, activities) = try read { db -> ([PersonFacts], [(date: Day, minutes: Int, verified: Bool)]) in
            let facts = try Self.personFacts(settings, rules: rules, today: today, db)
            let people = Set(facts.map(\.id))
            var activities: [(date: Day, minutes: Int, verified: Bool)] = []
            for row in try Row.fetchAll(db, sql: """
                SELECT a.person_id, a.date, a.minutes, v.activity_id IS NOT NULL AS verified
                FROM activity a LEFT JOIN verification v ON v.activity_id = a.id
                WHERE a.date BETWEEN ? AND ? AND a.deleted_at IS NULL
                """, arguments: [year.firstDay, year.lastDay]) where people.contains(PersonID(row[0] as String)!) {
                activities.append((row[1], row[2], row[3]))
            }
            return (facts, activities)
        }
        if let framework = settings.framework, catalog.framework(framework) == nil {
            throw .lookup(.notFound(.framework, query: framework, suggestions: Suggestions.closest(to: framework, among: catalog.frameworks.map(\.id))))
        }
        let report = GroupReport.compute(facts: facts, settings: settings, rules: rules, catalog: catalog, today: today)
        return Dashboard.compute(facts: facts, report: report, activities: activities, rules: rules, catalog: catalog, today: today)
    }
}
