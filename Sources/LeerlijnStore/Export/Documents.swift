import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// The BRLO dossier of the teacher educator `person` names, as of `today`.
    /// - Throws: ``StoreError/lookup(_:)`` for an unknown person; ``StoreError/invalid(_:)`` when the person holds none
    ///   of the rule's teacher-education roles.
    /// - Parameter routes: the registration routes of the brlo register definition (``Register/dossierRoutes``).
    public func dossier(of person: String, rule: Rule, catalog: ProfileCatalog, today: Day, routes: [DossierRoute] = []) throws(StoreError) -> BRLODossier {
        try read { db in
            let person = try Self.person(matching: person, db)
            return try Self.dossier(of: person, rule: rule, catalog: catalog, today: today, sequence: 0, routes: routes, db).dossier
        }
    }

    /// Queues a BRLO dossier for each teacher educator (or only for `person`) whose data changed since their last
    /// queued dossier; a dossier queued but never tried is replaced. With `dryRun`, nothing is written and the
    /// dossiers that would be queued are returned.
    public func queueDossiers(for register: Register, rule: Rule, catalog: ProfileCatalog, person: String?, today: Day,
                              dryRun: Bool) throws(StoreError) -> QueuedRecords {
        return try queueing(dryRun: dryRun) { db, remember in
            let people: [Person]
            if let person {
                people = [try Self.person(matching: person, db)]
            } else {
                let roles = BRLODossier.roles(of: rule).map(\.rawValue).sorted()
                people = try Person.fetchAll(db, sql: """
                    SELECT * FROM person WHERE id IN (SELECT person_id FROM role_period WHERE role IN (\(roles.map { _ in "?" }.joined(separator: ","))))
                    ORDER BY name
                    """, arguments: StatementArguments(roles))
            }
            let now = self.now()
            for person in people {
                let last = try OutboxItem.fetchOne(db, sql: """
                    SELECT * FROM export_item WHERE register = ? AND person_id = ? AND kind = 'dossier' ORDER BY id DESC LIMIT 1
                    """, arguments: [register.id, person.id])
                let revision = (last?.revision ?? 0) + 1
                let (dossier, fingerprint) = try Self.dossier(of: person, rule: rule, catalog: catalog, today: today, sequence: revision,
                                                              routes: register.dossierRoutes, db)
                if let last, last.fingerprint == fingerprint { continue }
                if let last, last.state == "pending", last.attempts == 0 {
                    try db.execute(sql: "DELETE FROM export_item WHERE id = ?", arguments: [last.id])   // superseded before it was tried
                }
                remember(try Self.enqueueDocument(
                    register.id, activity: nil, person: person.id, revision: revision, kind: "dossier", id: dossier.dossierId, change: nil,
                    fingerprint: fingerprint, payload: try Self.canonicalJSON(dossier), now: now, db))
            }
        }
    }

    /// Queues one webhook event per activity revision not yet queued for `register`: created, updated, deleted or
    /// restored. An event queued but never tried is replaced by the newer one; an activity deleted before any event
    /// about it was sent sends nothing. With `dryRun`, nothing is written and the events that would be queued are returned.
    public func queueEvents(for register: Register, person: String?, since: Day?, dryRun: Bool) throws(StoreError) -> QueuedRecords {
        return try queueing(dryRun: dryRun) { db, remember in
            var people: [PersonID: ActivityEvent.PersonPart] = [:]
            let now = self.now()
            try Self.forEachUnqueuedPage(register: register.id, person: person, since: since, earlierKinds: ["event"], db) { page in
                let chunk = page.map(\.activity)
                let keys = chunk.map(\.id.description)
                var earlier: [String: [OutboxItem]] = [:]
                for item in try OutboxItem.fetchAll(db, sql: """
                    SELECT * FROM export_item WHERE register = ? AND kind IN ('event', 'skip')
                    AND activity_id IN (\(keys.map { _ in "?" }.joined(separator: ","))) ORDER BY id
                    """, arguments: StatementArguments([register.id] + keys)) {
                    earlier[item.activityId, default: []].append(item)
                }
                for entry in try Self.entries(for: chunk, db) {
                    let activity = entry.activity
                    var history = earlier[activity.id.description] ?? []
                    for item in history where item.state == "pending" && item.attempts == 0 {
                        try db.execute(sql: "DELETE FROM export_item WHERE id = ?", arguments: [item.id])   // never tried: superseded
                    }
                    history.removeAll { $0.state == "pending" && $0.attempts == 0 }
                    let previous = history.last { $0.kind == "event" }?.change.flatMap(ActivityEvent.Change.init(rawValue:))
                    let deleted = activity.deletedAt != nil
                    if deleted && (previous == nil || previous == .deleted) {
                        // Never announced (or already announced as deleted): nothing to tell; noted so it is not looked at again.
                        _ = try Self.enqueueDocument(register.id, activity: activity.id, person: activity.personId, revision: activity.revision,
                                                     kind: "skip", id: nil, change: nil, fingerprint: nil, payload: nil, now: now, db)
                        continue
                    }
                    if people[activity.personId] == nil { people[activity.personId] = try Self.eventPerson(activity.personId, db) }
                    let change = ActivityEvent.change(deleted: deleted, previous: previous)
                    let document = ActivityEvent.document(for: entry, change: change, person: people[activity.personId]!, fields: register.eventFields)
                    remember(try Self.enqueueDocument(
                        register.id, activity: activity.id, person: activity.personId, revision: activity.revision, kind: "event",
                        id: ActivityEvent.eventID(activity: activity.id, revision: activity.revision).uuidString.lowercased(),
                        change: change.rawValue, fingerprint: nil, payload: XAPIStatement.json(document), now: now, db))
                }
            }
        }
    }

    // MARK: - Inside a transaction

    /// A person's standing with a register rule, from their line and activities.
    static func registrationStatus(of person: Person, line: PersonLine, entries: [ActivityEntry], rule: Rule, catalog: ProfileCatalog,
                                   today: Day) -> RegistrationStatus {
        let activities = entries.map {
            RegisterActivity(id: $0.activity.id.description, date: $0.activity.date, minutes: $0.activity.minutes,
                             hasReflection: $0.activity.reflection != nil, items: $0.mappings.map(\.reference))
        }
        return RegistrationStatus.evaluate(person: person.name, rule: rule, line: line, activities: activities, catalog: catalog, sector: nil, today: today)
    }

    /// The dossier and the fingerprint of what it says: the person, their roles, registrations and activities (with
    /// their revisions, mappings, evidence and sign-offs), the rule and the standard's version, which criteria are met,
    /// and the hours of completed school years. Figures that only move with the calendar (days left, this year's hours
    /// so far) are not in it, so an unchanged teacher educator is not sent again every day.
    static func dossier(of person: Person, rule: Rule, catalog: ProfileCatalog, today: Day, sequence: Int, routes: [DossierRoute] = [],
                        _ db: Database) throws -> (dossier: BRLODossier, fingerprint: String) {
        let line = try Self.line(of: person.id, db)
        let roles = BRLODossier.roles(of: rule)
        guard line.roles.contains(where: { roles.contains($0.role) }) else {
            throw StoreError.invalid(ValueError(field: "person", value: person.name, expected: .teacherEducator(roles: roles.sorted { $0.rawValue < $1.rawValue })))
        }
        let externalIds = try externalIdentifiers(of: person.id, db)
        let entries = try Self.entries(for: try Activity.filter(Activity.Columns.personId == person.id && Activity.Columns.deletedAt == nil)
            .order(Activity.Columns.date).fetchAll(db), db)
        let status = registrationStatus(of: person, line: line, entries: entries, rule: rule, catalog: catalog, today: today)
        let framework = BRLODossier.framework(of: rule).flatMap(catalog.framework)
        struct Basis: Encodable {
            var name: String, email: String?, externalIds: [PersonProfile.ExternalIdentifier], line: PersonLine
            var activities: [ActivityEntry], rule: Rule, framework: String?, state: String, met: [String: Bool?], completedYears: [Int]
            var educator: EducatorRecord, routes: [DossierRoute]
        }
        let record = try Self.educatorRecord(of: person.id, db)
        let completed = BRLODossier.hoursPerYear(line.roles.filter { roles.contains($0.role) }, asOf: today).filter(\.complete).map(\.minutes)
        let basis = Basis(name: person.name, email: person.email, externalIds: externalIds, line: line, activities: entries, rule: rule,
                          framework: framework.map { "\($0.id)@\($0.version)" }, state: status.state.rawValue,
                          met: Dictionary(status.criteria.map { ($0.id, $0.met) }, uniquingKeysWith: { first, _ in first }), completedYears: completed,
                          educator: record, routes: routes)
        let fingerprint = SHA256.hex(of: Array(try canonicalJSON(basis).utf8))
        let dossier = BRLODossier.build(person: person, externalIds: externalIds, line: line, entries: entries, rule: rule, status: status,
                                        catalog: catalog, asOf: today, fingerprint: fingerprint, sequence: sequence,
                                        record: record, routes: routes)
        return (dossier, fingerprint)
    }

    /// JSON with sorted keys, so the same value always gives the same bytes.
    static func canonicalJSON(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func eventPerson(_ id: PersonID, _ db: Database) throws -> ActivityEvent.PersonPart {
        let person = try Person.fetchOne(db, key: id)
        return ActivityEvent.PersonPart(id: id, name: person?.name ?? "", email: person?.email, externalIds: try externalIdentifiers(of: id, db))
    }

    /// A person's ids at school boards, with the board's code.
    static func externalIdentifiers(of id: PersonID, _ db: Database) throws -> [PersonProfile.ExternalIdentifier] {
        let boards = try Board.fetchAll(db).reduce(into: [Int64: String]()) { $0[$1.id!] = $1.code }
        return try ExternalID.filter(ExternalID.Columns.personId == id).order(ExternalID.Columns.id).fetchAll(db)
            .map { PersonProfile.ExternalIdentifier(board: $0.boardId.flatMap { boards[$0] }, value: $0.value) }
    }

    static func enqueueDocument(_ register: String, activity: ActivityID?, person: PersonID, revision: Int, kind: String, id: String?, change: String?,
                                fingerprint: String?, payload: String?, now: Date, _ db: Database) throws -> OutboxItem {
        try db.execute(sql: """
            INSERT INTO export_item (register, activity_id, person_id, revision, kind, statement_id, change, fingerprint, payload, state, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (register, statement_id) WHERE statement_id IS NOT NULL DO NOTHING
            """, arguments: [register, activity, person, revision, kind, id, change, fingerprint, payload, kind == "skip" ? "done" : "pending", now])
        return OutboxItem(id: db.lastInsertedRowID, register: register, activityId: activity?.description ?? "", personId: person.description,
                          revision: revision, kind: kind, statementId: id, voids: nil, change: change, fingerprint: fingerprint, payload: payload,
                          state: "pending", attempts: 0)
    }
}
