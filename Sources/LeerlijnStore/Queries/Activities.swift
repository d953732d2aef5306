import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Logs an activity for a person, with its evidence and its competence and domain items (resolved
    /// in `catalog`, each keeping its framework's version). Files are copied into the evidence folder
    /// first; the activity, its evidence, its items and the audit line are then written in one transaction.
    /// - Throws: ``StoreError/lookup(_:)`` for an unknown person, ``StoreError/unknownKind(_:)`` for an
    ///   unknown kind or item, ``StoreError/invalid(_:)`` for a bad title or duration,
    ///   ``StoreError/evidenceUnreadable(path:detail:)`` for a missing file.
    /// - Parameter rules: the loaded rules, against which a budget is checked (it must be an hours rule).
    public func logActivity(_ new: NewActivity, catalog: ProfileCatalog = .empty, rules: RuleCatalog = .empty, actor: String) throws(StoreError) -> ActivityEntry {
        let title = try checked { () throws(ValueError) in try ActivityInput.title(new.title) }
        try checkMinutes(new.minutes)
        // Resolve before copying files, so an unknown person or kind leaves no file behind.
        let person = try person(matching: new.person)
        let kind = try resolveKind(new.kind)
        let id = ActivityID()
        let mappings = try resolveItems(catalog, competences: new.competences, domains: new.domains, for: id)
        // `--budget none` (BudgetChoice): no budget, not even a default one (docs/rules.md, "Default budgets").
        let optOut = new.budget.map(BudgetChoice.isNone) ?? false
        let budget = try new.budget.flatMap { (text) throws(StoreError) -> String? in optOut ? nil : try resolveBudget(text, rules) }
        let guided = try new.guided.map { (text) throws(StoreError) in try self.person(matching: text) }
        if let guided, guided.id == person.id {
            throw .invalid(ValueError(field: "for", value: new.guided ?? "", expected: .someoneElseGuided))
        }
        let evidence = try prepareEvidence(new.evidence)
        let time = now()
        let activity = Activity(
            id: id,
            personId: person.id, date: new.date, minutes: new.minutes, kind: kind.id, title: title,
            description: ActivityInput.optionalText(new.description), provider: ActivityInput.optionalText(new.provider),
            reflection: ActivityInput.optionalText(new.reflection), budget: budget, guidedPersonId: guided?.id, createdAt: time, updatedAt: time)
        return try write { db in
            // The person may have been erased between the lookup and this transaction.
            guard try Person.exists(db, key: person.id) else {
                throw LookupError.notFound(.person, query: new.person, suggestions: [])
            }
            try activity.insert(db)
            if optOut { try db.execute(sql: "UPDATE activity SET budget_opt_out = 1 WHERE id = ?", arguments: [activity.id]) }
            for item in evidence {
                var row = item
                row.activityId = activity.id
                try row.insert(db)
            }
            for mapping in mappings { try mapping.insert(db) }
            // Read back what was stored, so the caller sees exactly what later reads will give.
            let entry = try Self.entry(activity.id, db)
            try self.audit(.create, entity: "activity", id: activity.id.description, before: nil, after: entry, actor: actor, db)
            return entry
        }
    }

    /// The activities that match `filter`, by date then creation time.
    /// Per-person lists use the `(person_id, date)` index; they never scan other people's activities.
    public func activities(matching filter: ActivityFilter) throws(StoreError) -> [ActivityEntry] {
        try read { db in
            var request = Activity.all()
            if let query = filter.person {
                let person = try Self.person(matching: query, db)
                request = request.filter(Activity.Columns.personId == person.id)
            }
            if let from = filter.from { request = request.filter(Activity.Columns.date >= from) }
            if let to = filter.to { request = request.filter(Activity.Columns.date <= to) }
            if let kind = filter.kind {
                let resolved = try ActivityKindVocabulary(kinds: try ActivityKind.fetchAll(db)).resolve(kind)
                request = request.filter(Activity.Columns.kind == resolved.id)
            }
            request = request.filter(filter.deleted ? Activity.Columns.deletedAt != nil : Activity.Columns.deletedAt == nil)
            let activities = try request.order(Activity.Columns.date, Activity.Columns.createdAt).fetchAll(db)
            return try Self.withShortIds(try Self.entries(for: activities, db), db)
        }
    }

    /// The activity whose id is or starts with `id`, or whose id's tail starts with it (a short id, at least 4
    /// characters), deleted or not.
    public func activity(_ id: String) throws(StoreError) -> ActivityEntry {
        try read { db in try Self.entries(for: [try Self.activity(id, db)], db)[0] }
    }

    /// Changes an activity; the audit trail keeps how it was.
    /// - Throws: ``StoreError/nothingToChange`` for an empty edit, and as ``logActivity(_:catalog:actor:)``.
    public func editActivity(_ id: String, _ edit: ActivityEdit, catalog: ProfileCatalog = .empty, rules: RuleCatalog = .empty, actor: String) throws(StoreError) -> ActivityEntry {
        guard !edit.isEmpty else { throw .nothingToChange }
        let title = try checked { () throws(ValueError) in try edit.title.map(ActivityInput.title) }
        if let minutes = edit.minutes { try checkMinutes(minutes) }
        let kind = try edit.kind.map { (text) throws(StoreError) in try resolveKind(text) }
        let target = try read { db in try Self.activity(id, db) }
        let competences = try edit.competences.map { (texts) throws(StoreError) in try resolveItems(catalog, competences: texts, domains: [], for: target.id) }
        let domains = try edit.domains.map { (texts) throws(StoreError) in try resolveItems(catalog, competences: [], domains: texts, for: target.id) }
        // A rule: that budget; `none`: no budget, not even a default one; "": back to the default.
        let optOut = edit.budget.map(BudgetChoice.isNone)
        let budget: String?? = try edit.budget.map { (text) throws(StoreError) -> String? in
            text.trimmingCharacters(in: .whitespaces).isEmpty || BudgetChoice.isNone(text) ? nil : try resolveBudget(text, rules)
        }
        let added = try prepareEvidence(edit.addEvidence)
        return try write { db in
            let before = try Self.entry(target.id, db)
            guard before.activity.deletedAt == nil else {
                throw StoreError.invalid(ValueError(field: "activity", value: id, expected: .activityNotDeleted(restoreFirst: true)))
            }
            var activity = before.activity
            if let date = edit.date { activity.date = date }
            if let minutes = edit.minutes { activity.minutes = minutes }
            if let kind { activity.kind = kind.id }
            if let title { activity.title = title }
            if let text = edit.description { activity.description = ActivityInput.optionalText(text) }
            if let text = edit.provider { activity.provider = ActivityInput.optionalText(text) }
            if let text = edit.reflection { activity.reflection = ActivityInput.optionalText(text) }
            if let budget { activity.budget = budget }
            for reference in edit.removeEvidence {
                let matches = before.evidence.filter {
                    $0.location == reference || PathName.lastComponent(of: $0.location) == reference
                        || (reference.count >= 6 && ($0.sha256?.hasPrefix(reference.lowercased()) ?? false))
                }
                guard matches.count == 1, let evidenceId = matches[0].id else {
                    if matches.isEmpty {
                        throw LookupError.notFound(.evidence, query: reference, suggestions: before.evidence.map(\.location))
                    }
                    throw LookupError.ambiguous(.evidence, query: reference, candidates: matches.map { $0.sha256 ?? $0.location })
                }
                _ = try Evidence.deleteOne(db, key: evidenceId)
            }
            for item in added {
                var row = item
                row.activityId = activity.id
                try row.insert(db)
            }
            for (replacement, kind) in [(competences, ItemMapping.Kind.competence), (domains, .domain)] {
                guard let replacement else { continue }
                _ = try ItemMapping.filter(ItemMapping.Columns.activityId == activity.id && ItemMapping.Columns.kind == kind).deleteAll(db)
                for mapping in replacement { try mapping.insert(db) }
            }
            activity.updatedAt = now()
            activity.revision += 1
            try activity.update(db)
            if let optOut {
                try db.execute(sql: "UPDATE activity SET budget_opt_out = ? WHERE id = ?", arguments: [optOut, activity.id])
            }
            let after = try Self.entry(activity.id, db)
            try self.audit(.update, entity: "activity", id: activity.id.description, before: before, after: after, actor: actor, db)
            return after
        }
    }

    /// Deletes an activity: it no longer counts anywhere, but stays listable with `deleted: true`
    /// and can be restored; the audit trail records the deletion.
    public func deleteActivity(_ id: String, actor: String) throws(StoreError) -> ActivityEntry {
        try setDeleted(id, deleted: true, actor: actor)
    }

    /// Restores a deleted activity.
    public func restoreActivity(_ id: String, actor: String) throws(StoreError) -> ActivityEntry {
        try setDeleted(id, deleted: false, actor: actor)
    }

    /// The kinds of activity, built-in first, then the user's own, each sorted by id.
    public func activityKinds() throws(StoreError) -> [ActivityKind] {
        try read { db in
            try ActivityKind.order(ActivityKind.Columns.builtIn.desc, ActivityKind.Columns.id).fetchAll(db)
        }
    }

    /// Adds a kind of activity to the vocabulary.
    /// - Throws: ``StoreError/invalid(_:)`` for an id that is not a slug, ``StoreError/duplicate(_:value:)`` when it exists.
    public func addActivityKind(id: String, titleNL: String, titleEN: String) throws(StoreError) -> ActivityKind {
        let id = ActivityKind.normalise(id)
        guard ActivityKind.isValidID(id) else {
            throw .invalid(ValueError(field: "kind", value: id, expected: .kindID))
        }
        let nl = try checked { () throws(ValueError) in try PersonInput.name(titleNL) }
        let en = try checked { () throws(ValueError) in try PersonInput.name(titleEN) }
        return try write { db in
            if try ActivityKind.exists(db, key: id) || ActivityKind.aliases[id] != nil {
                throw StoreError.duplicate(.kind, value: id)
            }
            let kind = ActivityKind(id: id, titleNL: nl, titleEN: en)
            try kind.insert(db)
            return kind
        }
    }

    // MARK: - Helpers

    private func setDeleted(_ id: String, deleted: Bool, actor: String) throws(StoreError) -> ActivityEntry {
        try write { db in
            let before = try Self.entries(for: [try Self.activity(id, db)], db)[0]
            guard (before.activity.deletedAt == nil) == deleted else {
                throw StoreError.invalid(ValueError(
                    field: "activity", value: id,
                    expected: deleted ? Expectation.notYetDeleted : .deletedActivity))
            }
            var activity = before.activity
            activity.deletedAt = deleted ? now() : nil
            activity.updatedAt = now()
            activity.revision += 1
            try activity.update(db)
            let after = try Self.entry(activity.id, db)
            try self.audit(deleted ? .delete : .restore, entity: "activity", id: activity.id.description,
                           before: before, after: after, actor: actor, db)
            return after
        }
    }

    private func checkMinutes(_ minutes: Int) throws(StoreError) {
        guard minutes > 0, minutes <= DurationParser.maximumMinutes else {
            throw .invalid(ValueError(field: "duration", value: "\(minutes)", expected: .minutes(maximum: DurationParser.maximumMinutes)))
        }
    }

    private func resolveItems(_ catalog: ProfileCatalog, competences: [String], domains: [String], for id: ActivityID) throws(StoreError) -> [ItemMapping] {
        do {
            return try catalog.mappings(competences: competences, domains: domains, for: id)
        } catch {
            throw .lookup(error)
        }
    }

    private func resolveBudget(_ text: String, _ rules: RuleCatalog) throws(StoreError) -> String {
        do {
            return try rules.budgetRule(text).id
        } catch {
            throw .lookup(error)
        }
    }

    private func resolveKind(_ text: String) throws(StoreError) -> ActivityKind {
        let kinds = try read { db in try ActivityKind.fetchAll(db) }
        do {
            return try ActivityKindVocabulary(kinds: kinds).resolve(text)
        } catch {
            throw .unknownKind(error)
        }
    }

    /// Evidence rows (without activity id yet) for URLs and files; files are copied in first.
    private func prepareEvidence(_ references: [String]) throws(StoreError) -> [Evidence] {
        let folder = EvidenceFolder(root: evidenceFolder)
        var result: [Evidence] = []
        for reference in references {
            let trimmed = reference.trimmingCharacters(in: .whitespaces)
            if Evidence.isURL(trimmed) {
                guard URL(string: trimmed)?.host != nil else {
                    throw .invalid(ValueError(field: "evidence", value: reference, expected: .evidence))
                }
                result.append(Evidence(activityId: ActivityID(), kind: .url, location: trimmed))
            } else {
                let stored = try folder.store(fileAt: trimmed)
                result.append(Evidence(activityId: ActivityID(), kind: .file, location: stored.name, sha256: stored.sha256, byteCount: stored.byteCount))
            }
        }
        return result
    }

    static func activity(_ id: String, _ db: Database) throws -> Activity { try activityMatching(id, db) }

    /// The stored entry of one activity.
    static func entry(_ id: ActivityID, _ db: Database) throws -> ActivityEntry {
        guard let activity = try Activity.fetchOne(db, key: id) else {
            throw LookupError.notFound(.activity, query: id.description, suggestions: [])
        }
        return try entries(for: [activity], db)[0]
    }

    /// Activity entries with person names and evidence, in two queries whatever the number of activities.
    static func entries(for activities: [Activity], _ db: Database) throws -> [ActivityEntry] {
        guard !activities.isEmpty else { return [] }
        var evidence: [ActivityID: [Evidence]] = [:]
        var mappings: [ActivityID: [ItemMapping]] = [:]
        var verifications: [ActivityID: Verification] = [:]
        var names: [PersonID: String] = [:]
        // Chunks keep each query under SQLite's limit on bound parameters.
        for chunk in stride(from: 0, to: activities.count, by: 500).map({ Array(activities[$0..<min($0 + 500, activities.count)]) }) {
            for row in try Evidence.filter(chunk.map(\.id).contains(Evidence.Columns.activityId)).order(Evidence.Columns.id).fetchAll(db) {
                evidence[row.activityId, default: []].append(row)
            }
            let ids = chunk.map(\.id)
            for row in try ItemMapping.filter(ids.contains(ItemMapping.Columns.activityId))
                .order(ItemMapping.Columns.kind, ItemMapping.Columns.framework, ItemMapping.Columns.item).fetchAll(db) {
                mappings[row.activityId, default: []].append(row)
            }
            for row in try Verification.filter(ids.contains(Column("activity_id"))).fetchAll(db) { verifications[row.activityId] = row }
            let personIDs = Set(chunk.map(\.personId)).subtracting(names.keys)
            for person in try Person.fetchAll(db, keys: Array(personIDs)) { names[person.id] = person.name }
        }
        return activities.map {
            ActivityEntry(activity: $0, personName: names[$0.personId] ?? "", evidence: evidence[$0.id] ?? [], mappings: mappings[$0.id] ?? [],
                          verification: verifications[$0.id])
        }
    }
}
