import Foundation
import GRDB
import LeerlijnCore

extension Verification: SnakeCaseRecord, PersistableRecord {
    public static let databaseTableName = "verification"
}

extension LeerlijnDatabase {
    /// Signs off an activity. The verifier must hold the role of mentor, schoolopleider or coach on the
    /// activity's date and cannot sign off their own activity. (Leerlijn does not yet record who guides whom;
    /// see docs/import.md.)
    /// - Throws: ``StoreError/invalid(_:)`` for a verifier without such a role, for oneself, or for a deleted activity.
    public func verifyActivity(_ id: String, by verifier: String, note: String?, actor: String) throws(StoreError) -> ActivityEntry {
        try write { db in
            let activity = try Self.activity(id, db)
            let person = try Self.person(matching: verifier, db)
            guard activity.deletedAt == nil else {
                throw StoreError.invalid(ValueError(field: "activity", value: id, expected: .activityNotDeleted(restoreFirst: false)))
            }
            let roles = person.id == activity.personId ? [] : try Self.line(of: person.id, db).roles(on: activity.date)
            switch Verification.refusal(signer: person.id, owner: activity.personId, signerRoles: roles, on: activity.date) {
            case .ownActivity?: throw StoreError.invalid(ValueError(field: "by", value: person.name, expected: .someoneElseSignsOff))
            case let .noVerifierRole(day)?: throw StoreError.invalid(ValueError(field: "by", value: person.name, expected: .verifierRole(on: day)))
            case nil: break
            }
            let verification = Verification(activityId: activity.id, verifiedBy: person.id, at: now(), note: ActivityInput.optionalText(note))
            try verification.save(db)
            try self.audit(.update, entity: "verification", id: activity.id.description, before: nil as Verification?, after: verification, actor: actor, db)
            return try Self.entry(activity.id, db)
        }
    }

    /// Logs one collective session (PLG meeting, ontwerpatelier, opleidersdag) as an activity for every
    /// participant, in one transaction; each participant can add a reflection to their own activity.
    public func addSession(_ session: NewSession, catalog: ProfileCatalog = .empty, actor: String) throws(StoreError) -> SessionEntry {
        let title = try checked { () throws(ValueError) in try ActivityInput.title(session.title) }
        guard session.minutes > 0, session.minutes <= DurationParser.maximumMinutes else {
            throw .invalid(ValueError(field: "duration", value: "\(session.minutes)", expected: .minutes(maximum: DurationParser.maximumMinutes)))
        }
        guard !session.participants.isEmpty else {
            throw .invalid(ValueError(field: "participants", value: "", expected: .participant))
        }
        let kinds = try activityKinds()
        let kind: ActivityKind
        do { kind = try ActivityKindVocabulary(kinds: kinds).resolve(session.kind) } catch { throw .unknownKind(error) }
        let sessionID = UUID().uuidString.lowercased()
        let time = now()
        let ids = try write { db -> [ActivityID] in
            try db.execute(sql: "INSERT INTO session (id, date, minutes, kind, title, provider, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                           arguments: [sessionID, session.date, session.minutes, kind.id, title, session.provider, time])
            var seen: Set<PersonID> = []
            var ids: [ActivityID] = []
            for participant in session.participants {
                let person = try Self.person(matching: participant, db)
                guard seen.insert(person.id).inserted else { continue }
                let activity = Activity(personId: person.id, date: session.date, minutes: session.minutes, kind: kind.id, title: title,
                                        provider: ActivityInput.optionalText(session.provider), createdAt: time, updatedAt: time)
                try activity.insert(db)
                try db.execute(sql: "UPDATE activity SET session_id = ? WHERE id = ?", arguments: [sessionID, activity.id])
                do {
                    for mapping in try catalog.mappings(competences: session.competences, domains: session.domains, for: activity.id) { try mapping.insert(db) }
                } catch let error as LookupError {
                    throw StoreError.lookup(error)
                }
                try self.audit(.create, entity: "activity", id: activity.id.description, before: nil as ActivityEntry?, after: try Self.entry(activity.id, db), actor: actor, db)
                ids.append(activity.id)
            }
            return ids
        }
        let entries = try read { db in try ids.map { try Self.entry($0, db) } }
        return SessionEntry(id: sessionID, date: session.date, minutes: session.minutes, kind: kind.id, title: title, activities: entries)
    }
}
