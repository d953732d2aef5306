import Foundation
import GRDB
import Testing
import LeerlijnCore
import LeerlijnProfiles
@testable import LeerlijnStore

@Suite("Activities, evidence and the audit trail")
struct ActivityTests {
    @Test("An activity round-trips with all its fields and its evidence")
    func roundTrip() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let file = f.folder + "/certificaat.pdf"
        try Data("certificate content".utf8).write(to: URL(fileURLWithPath: file))
        let logged = try f.database.logActivity(NewActivity(
            person: "sanne", date: day("2026-10-03"), minutes: 90, kind: "Lesson Study", title: "  Lesson study rekenen ",
            description: "Cyclus 1", provider: "Hogeschool", reflection: "Meer denktijd", evidence: ["https://example.org/c", file]), actor: "sanne")
        let shown = try f.database.activity(String(logged.activity.id.description.prefix(8)))
        #expect(shown == logged)
        #expect(shown.activity.kind == "lesson-study")
        #expect(shown.activity.title == "Lesson study rekenen")
        #expect(shown.activity.minutes == 90)
        #expect(shown.evidence.map(\.kind) == [.url, .file])
        let digest = SHA256.hex(of: Array("certificate content".utf8))
        #expect(shown.evidence[1].sha256 == digest)
        #expect(shown.evidence[1].location == "certificaat.pdf")
        #expect(shown.evidence[1].byteCount == 19)
        let stored = EvidenceFolder(root: f.database.evidenceFolder).path(forSHA256: digest)
        #expect(FileManager.default.contents(atPath: stored) == Data("certificate content".utf8))
    }

    @Test("Logging for an unknown person, with an unknown kind or missing evidence writes nothing")
    func failedLogWritesNothing() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let before = try f.rowCounts()
        #expect(throws: StoreError.self) { try f.log("nobody", 60) }
        #expect(throws: StoreError.self) { try f.log("sanne", 60, kind: "cursis") }
        #expect(throws: StoreError.self) { try f.log("sanne", 60, evidence: [f.folder + "/missing.pdf"]) }
        #expect(throws: StoreError.self) { try f.log("sanne", 0) }
        #expect(throws: StoreError.self) { try f.log("sanne", 60, title: " ") }
        #expect(try f.rowCounts() == before)
        #expect(!FileManager.default.fileExists(atPath: f.database.evidenceFolder))
    }

    @Test("Edits and deletes are kept in the audit trail with who, when, and the record before and after")
    func auditTrail() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let logged = try f.log("sanne", 60, title: "Intervisie")
        let id = logged.activity.id.description
        _ = try f.database.editActivity(id, ActivityEdit(minutes: 90, title: "Intervisie klassenmanagement"), actor: "coach")
        _ = try f.database.deleteActivity(id, actor: "hr")
        _ = try f.database.restoreActivity(id, actor: "hr")
        let trail = try f.database.auditTrail(entity: "activity", id: id)
        #expect(trail.map(\.action) == [.create, .update, .delete, .restore])
        #expect(trail.map(\.actor) == ["test", "coach", "hr", "hr"])
        #expect(trail[0].before == nil)
        let before = try JSONSerialization.jsonObject(with: Data(trail[1].before!.utf8)) as! [String: Any]
        let after = try JSONSerialization.jsonObject(with: Data(trail[1].after!.utf8)) as! [String: Any]
        #expect(before["minutes"] as? Int == 60)
        #expect(after["minutes"] as? Int == 90)
        #expect(after["title"] as? String == "Intervisie klassenmanagement")
        #expect(trail[2].after?.contains("deletedAt") == true)
    }

    @Test("Deleted activities are listed separately, do not count, and can be restored")
    func deletedActivities() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let kept = try f.log("sanne", 60)
        let gone = try f.log("sanne", 30)
        _ = try f.database.deleteActivity(gone.activity.id.description, actor: "test")
        #expect(try f.database.activities(matching: ActivityFilter(person: "sanne")).map(\.activity.id) == [kept.activity.id])
        #expect(try f.database.activities(matching: ActivityFilter(deleted: true)).map(\.activity.id) == [gone.activity.id])
        #expect(try f.database.profile(of: "sanne").schoolYears.map(\.minutes) == [60])
        #expect(throws: StoreError.self) { try f.database.deleteActivity(gone.activity.id.description, actor: "test") }
        #expect(throws: StoreError.self) { try f.database.editActivity(gone.activity.id.description, ActivityEdit(minutes: 5), actor: "test") }
        _ = try f.database.restoreActivity(gone.activity.id.description, actor: "test")
        #expect(try f.database.profile(of: "sanne").schoolYears.map(\.minutes) == [90])
    }

    @Test("Evidence can be added and removed by file name; an empty text clears a field")
    func editEvidence() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let file = f.folder + "/verslag.pdf"
        try Data("verslag".utf8).write(to: URL(fileURLWithPath: file))
        let logged = try f.database.logActivity(NewActivity(person: "100", date: Fixture.today, minutes: 60, kind: "cursus", title: "Cursus",
                                                            reflection: "eerste gedachte", evidence: [file]), actor: "test")
        let id = logged.activity.id.description
        var edited = try f.database.editActivity(id, ActivityEdit(reflection: "", addEvidence: ["https://example.org/x"], removeEvidence: ["verslag.pdf"]), actor: "test")
        #expect(edited.evidence.map(\.location) == ["https://example.org/x"])
        #expect(edited.activity.reflection == nil)
        #expect(throws: StoreError.self) { try f.database.editActivity(id, ActivityEdit(removeEvidence: ["nothing.pdf"]), actor: "test") }
        #expect(throws: StoreError.nothingToChange) { try f.database.editActivity(id, ActivityEdit(), actor: "test") }
        edited = try f.database.activity(id)
        #expect(edited.evidence.count == 1)
    }

    @Test("Activity lists filter by person, period and kind, in date order")
    func filters() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        try f.addPerson("Daan Jansen", "200")
        try f.log("sanne", 60, on: day("2026-09-01"), kind: "cursus")
        try f.log("sanne", 45, on: day("2026-07-31"), kind: "intervisie")
        try f.log("daan", 30, on: day("2026-10-01"), kind: "cursus")
        let sanne = try f.database.activities(matching: ActivityFilter(person: "sanne"))
        #expect(sanne.map(\.activity.date) == [day("2026-07-31"), day("2026-09-01")])
        let schoolYear = SchoolYear(startYear: 2026)
        let inYear = try f.database.activities(matching: ActivityFilter(from: schoolYear.firstDay, to: schoolYear.lastDay))
        #expect(inYear.map(\.personName) == ["Sanne de Vries", "Daan Jansen"])
        #expect(try f.database.activities(matching: ActivityFilter(kind: "training")).count == 2)
    }

    @Test("Activity ids can be shortened to an unambiguous prefix of at least 4 characters")
    func idPrefixes() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let logged = try f.log("sanne", 60)
        #expect(try f.database.activity(String(logged.activity.id.description.prefix(4))).activity.id == logged.activity.id)
        #expect(try f.database.activity(logged.activity.id.description.uppercased()).activity.id == logged.activity.id)
        #expect(throws: StoreError.self) { try f.database.activity("abc") }
        #expect(throws: StoreError.self) { try f.database.activity("zzzz") }
    }

    @Test("Own kinds extend the vocabulary; built-in ids and aliases cannot be taken")
    func ownKinds() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        _ = try f.database.addActivityKind(id: "School bezoek", titleNL: "Schoolbezoek", titleEN: "School visit")
        #expect(try f.log("sanne", 60, kind: "school-bezoek").activity.kind == "school-bezoek")
        #expect(throws: StoreError.duplicate(.kind, value: "cursus")) { try f.database.addActivityKind(id: "cursus", titleNL: "x", titleEN: "x") }
        #expect(throws: StoreError.duplicate(.kind, value: "training")) { try f.database.addActivityKind(id: "training", titleNL: "x", titleEN: "x") }
    }
}

@Suite("Mapping activities to competences and domains")
struct MappingTests {
    @Test("An activity keeps its competences and domains with the framework version it was mapped under")
    func mappingsRoundTrip() throws {
        let f = try Fixture()
        let catalog = try ProfileLoader.load(shipped: ShippedProfiles.folder())
        try f.addPerson("Sanne de Vries", "100")
        let logged = try f.database.logActivity(NewActivity(
            person: "sanne", date: Fixture.today, minutes: 60, kind: "intervisie", title: "Intervisie",
            competences: ["sbl-2006:pedagogisch", "interpersoonlijk"], domains: ["primair-proces"]), catalog: catalog, actor: "t")
        #expect(logged.mappings.map(\.reference.fullID) == ["sbl-2006:interpersoonlijk", "sbl-2006:pedagogisch", "domeinen-beroepsbeeld:primair-proces"])
        #expect(logged.mappings.first?.version == "2006")
        let edited = try f.database.editActivity(logged.activity.id.description, ActivityEdit(competences: ["2017-po:pedagogisch"]), catalog: catalog, actor: "t")
        #expect(edited.mappings.map(\.reference.fullID) == ["bekwaamheidseisen-2017-po:pedagogisch", "domeinen-beroepsbeeld:primair-proces"])
        let cleared = try f.database.editActivity(logged.activity.id.description, ActivityEdit(domains: []), catalog: catalog, actor: "t")
        #expect(cleared.mappings.count == 1)
    }

    @Test("An unknown or ambiguous competence id is rejected and nothing is written")
    func unknownCompetence() throws {
        let f = try Fixture()
        let catalog = try ProfileLoader.load(shipped: ShippedProfiles.folder())
        try f.addPerson("Sanne de Vries", "100")
        let before = try f.rowCounts()
        #expect(throws: StoreError.self) {
            try f.database.logActivity(NewActivity(person: "sanne", date: Fixture.today, minutes: 60, kind: "cursus", title: "x", competences: ["pedagogisch"]), catalog: catalog, actor: "t")
        }
        #expect(throws: StoreError.self) {
            try f.database.logActivity(NewActivity(person: "sanne", date: Fixture.today, minutes: 60, kind: "cursus", title: "x", competences: ["sbl-2006:nope"]), catalog: catalog, actor: "t")
        }
        #expect(try f.rowCounts() == before)
    }

    @Test("Coverage under the 2017 framework counts activities mapped to SBL items only, through the crosswalk")
    func coverageThroughCrosswalk() throws {
        let f = try Fixture()
        let catalog = try ProfileLoader.load(shipped: ShippedProfiles.folder())
        try f.addPerson("Sanne de Vries", "100")
        for (minutes, item) in [(60, "sbl-2006:interpersoonlijk"), (30, "sbl-2006:pedagogisch"), (45, "sbl-2006:reflectie-ontwikkeling")] {
            _ = try f.database.logActivity(NewActivity(person: "sanne", date: Fixture.today, minutes: minutes, kind: "intervisie", title: "x",
                                                       competences: [item]), catalog: catalog, actor: "t")
        }
        let report = try #require(try f.database.coverage(of: "sanne", framework: "bekwaamheidseisen-2017-po", from: nil, to: nil, catalog: catalog).first)
        let minutes = Dictionary(uniqueKeysWithValues: report.items.map { ($0.item, $0.minutes) })
        // The shipped crosswalk maps interpersoonlijk and pedagogisch to pedagogisch (2017).
        #expect(minutes["bekwaamheidseisen-2017-po:pedagogisch"] == 90)
        #expect(report.person == "Sanne de Vries")
        #expect(report.coveredActivities >= 2)
    }
}

@Suite("Erasure and the export outbox")
struct ErasureOutboxTests {
    @Test("Erasing a person removes their ledger rows and their outbox records, whose payloads hold their name; a left flight adds nothing back")
    func eraseOutbox() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", email: "sanne@x.nl")
        try f.addPerson("Daan Jansen", "200")
        let sanne = try f.log("sanne", 60).activity
        let daan = try f.log("daan", 30).activity
        let keys = [sanne, daan].map { StatementKey(activity: $0.id, revision: $0.revision) }
        let flight = try f.database.beginFlight(register: "lrs", keys)
        // Sanne's statement was not taken: it waits in the outbox with its payload.
        try f.database.returnToOutbox(register: "lrs", [ReturnedStatement(key: keys[0], person: sanne.personId, payload: #"{"name":"Sanne de Vries"}"#)],
                                      attempts: 1, status: 500, error: "HTTP 500", failed: false)
        try f.database.landFlight(register: "lrs", flight, confirmed: [keys[1]])
        #expect(try f.database.pendingItems(register: "lrs").contains { $0.payload?.contains("Sanne de Vries") == true })
        #expect(try f.database.pendingItems(register: "lrs", after: 0, limit: 1).count == 1)
        #expect(try f.database.pendingCount(register: "lrs") == 1)
        // A killed run left a flight with Sanne's activity behind.
        _ = try f.database.beginFlight(register: "lrs", [keys[0]])
        _ = try f.database.erasePerson("sanne", actor: "t")
        #expect(try f.database.pendingItems(register: "lrs").isEmpty)
        // Recovering that flight adds nothing for an activity that is gone, so nothing stays pending for ever.
        try f.database.recoverFlights(register: "lrs")
        let ledger = try f.database.read { db in try String.fetchAll(db, sql: "SELECT activity_id FROM export_statement") }
        #expect(ledger == [daan.id.description])
        let status = try #require(try f.database.exportStatus(register: "lrs").first)
        #expect(status.pending == 0 && status.sent == 1)
    }
}

@Suite("The statement ledger of an xAPI export")
struct StatementLedgerTests {
    static let register = Register(id: "lrs", kind: .xapi, title: .init(nl: "x", en: "x"), endpoint: nil, auth: .none,
                                   xapi: XAPIVocabulary(actor: "mbox", accountHomePage: "https://x", activityBase: "https://x/a/", verbs: [:], defaultVerb: "https://v",
                                                        activityTypes: [:], defaultActivityType: "https://t", competencesExtension: "https://c",
                                                        domainsExtension: "https://d"),
                                   origin: "test", shipped: false)

    func unsent(_ f: Fixture, person: String? = nil, since: Day? = nil, limit: Int = 7) throws -> [StatementFields] {
        let stream = try f.database.unsentStatements(register: "lrs", person: person, since: since)
        var all: [StatementFields] = []
        while case let page = try stream.next(limit: limit), !page.isEmpty {
            #expect(page.count <= limit)
            all += page
        }
        return all
    }

    @Test("Pages of unsent statements visit each activity once in id order, with the person, email and items; filters apply")
    func pages() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", email: "sanne@x.nl")
        try f.addPerson("Daan Jansen", "200")
        var logged: [ActivityEntry] = []
        for index in 0..<30 {
            logged.append(try f.log(index % 2 == 0 ? "sanne" : "daan", 10 + index, on: Fixture.today.adding(days: -(index % 4))))
        }
        let all = try unsent(f)
        #expect(all.map(\.activity) == logged.map(\.activity.id).sorted())
        let first = try #require(all.first { $0.activity == logged[0].activity.id })
        #expect(first.personName == "Sanne de Vries" && first.email == "sanne@x.nl" && first.minutes == 10 && first.revision == 1)
        #expect(first.day == Fixture.today.description)
        for fields in all {
            let entry = try #require(logged.first { $0.activity.id == fields.activity })
            #expect(fields.competences == entry.mappings.filter { $0.kind == .competence }.map(\.reference.fullID))
            #expect(fields.domains == entry.mappings.filter { $0.kind == .domain }.map(\.reference.fullID))
        }
        #expect(try unsent(f, person: "sanne", limit: 4).count == 15)
        #expect(try unsent(f, since: Fixture.today).count == logged.filter { $0.activity.date == Fixture.today }.count)
        #expect(try f.database.unsentStatements(register: "lrs", person: nil, since: nil).count() == 30)
    }

    @Test("Statements handed over stay unsent until confirmed; a killed run's flights become pending rows; the status counts them")
    func flights() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let activities = try (0..<4).map { try f.log("sanne", 10 + $0).activity }.sorted { $0.id < $1.id }
        let keys = activities.map { StatementKey(activity: $0.id, revision: $0.revision) }
        // Two pages in flight.
        let first = try f.database.beginFlight(register: "lrs", Array(keys[0..<2]))
        let second = try f.database.beginFlight(register: "lrs", Array(keys[2..<4]))
        #expect(try unsent(f).count == 4)
        var status = try #require(try f.database.exportStatus(register: "lrs").first)
        #expect(status.pending == 4 && status.sent == 0)
        // The first lands with one statement confirmed (the other was never handed over).
        try f.database.landFlight(register: "lrs", first, confirmed: [keys[0]])
        #expect(try unsent(f).map(\.activity) == Array(activities[1...].map(\.id)))
        status = try #require(try f.database.exportStatus(register: "lrs").first)
        #expect(status.pending == 2 && status.sent == 1 && status.lastSent != nil)
        // The run is killed before the second lands: the next run turns it into rows that may have reached the register.
        try f.database.recoverFlights(register: "lrs")
        let rows = try f.database.read { db in try Row.fetchAll(db, sql: "SELECT activity_id, state FROM export_statement ORDER BY activity_id") }
        #expect(rows.map { "\($0["activity_id"] as String) \($0["state"] as String)" }
                == ["\(activities[0].id) sent", "\(activities[2].id) sending", "\(activities[3].id) sending"])
        status = try #require(try f.database.exportStatus(register: "lrs").first)
        #expect(status.pending == 2 && status.sent == 1)
        #expect(try unsent(f).map(\.activity) == Array(activities[1...].map(\.id)))   // sent again: the same ids
        _ = second
        // Another register has its own ledger.
        #expect(try f.database.unsentStatements(register: "andere", person: nil, since: nil).count() == 4)
    }

    @Test("An edited or deleted activity whose statement may have reached the register gets one voiding statement")
    func voids() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", email: "sanne@x.nl")
        let edited = try f.log("sanne", 60).activity, deleted = try f.log("sanne", 30).activity, handed = try f.log("sanne", 45).activity
        let keys = [edited, deleted].map { StatementKey(activity: $0.id, revision: $0.revision) }
        try f.database.landFlight(register: "lrs", try f.database.beginFlight(register: "lrs", keys), confirmed: keys)
        // A killed run handed this one over without learning the answer.
        _ = try f.database.beginFlight(register: "lrs", [StatementKey(activity: handed.id, revision: handed.revision)])
        try f.database.recoverFlights(register: "lrs")
        #expect(try f.database.queueVoids(for: Self.register, person: nil, since: nil, dryRun: false).count == 0)
        var edit = ActivityEdit()
        edit.minutes = 90
        _ = try f.database.editActivity(edited.id.description, edit, actor: "t")
        _ = try f.database.deleteActivity(deleted.id.description, actor: "t")
        _ = try f.database.editActivity(handed.id.description, edit, actor: "t")
        let dryRun = try f.database.queueVoids(for: Self.register, person: nil, since: nil, dryRun: true)
        #expect(dryRun.count == 3 && dryRun.items.allSatisfy { $0.kind == "void" })
        #expect(try f.database.pendingItems(register: "lrs").isEmpty)   // a dry run writes nothing
        let queued = try f.database.queueVoids(for: Self.register, person: nil, since: nil, dryRun: false)
        #expect(queued.count == 3)
        let voids = try f.database.pendingItems(register: "lrs")
        let voided = Set(voids.compactMap(\.voids))
        for activity in [edited, deleted, handed] {
            #expect(voided.contains(XAPIStatement.statementID(activity: activity.id, revision: activity.revision).uuidString.lowercased()))
        }
        #expect(voids.allSatisfy { $0.payload?.contains("http://adlnet.gov/expapi/verbs/voided") == true && $0.payload?.contains("sanne@x.nl") == true })
        // Asked again: nothing new. The deleted activity has left the ledger; the edited ones wait for their new revision.
        #expect(try f.database.queueVoids(for: Self.register, person: nil, since: nil, dryRun: false).count == 0)
        #expect(Set(try unsent(f).map(\.activity)) == [edited.id, handed.id])
        let ledger = try f.database.read { db in try String.fetchAll(db, sql: "SELECT activity_id FROM export_statement ORDER BY activity_id") }
        #expect(ledger == [edited.id.description, handed.id.description].sorted())
    }

    @Test("A statement the register did not take waits in the outbox with its payload, and is not streamed again")
    func returned() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        let a = try f.log("sanne", 60).activity
        let key = StatementKey(activity: a.id, revision: a.revision)
        _ = try f.database.beginFlight(register: "lrs", [key])
        try f.database.returnToOutbox(register: "lrs", [ReturnedStatement(key: key, person: a.personId, payload: "{}")], attempts: 6, status: 503,
                                      error: "HTTP 503", failed: false)
        #expect(try unsent(f).isEmpty)
        let item = try #require(try f.database.pendingItems(register: "lrs").first)
        #expect(item.payload == "{}" && item.attempts == 6 && item.lastStatus == 503 && item.kind == "statement")
        #expect(item.statementId == XAPIStatement.statementID(activity: a.id, revision: a.revision).uuidString.lowercased())
        // Recovering the flight leaves it in the outbox only.
        try f.database.recoverFlights(register: "lrs")
        let status = try #require(try f.database.exportStatus(register: "lrs").first)
        #expect(status.pending == 1 && status.sent == 0 && status.lastError == "HTTP 503")
    }
}

@Suite("The export queue's pages")
struct ExportPageTests {
    @Test("Paging through the activities a register lacks visits each once, in date order, also across pages inside one day")
    func pages() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100")
        try f.addPerson("Daan Jansen", "200")
        // 30 activities on 4 days, so that pages of 7 break inside a day.
        var logged: [ActivityEntry] = []
        for index in 0..<30 {
            logged.append(try f.log(index % 2 == 0 ? "sanne" : "daan", 10 + index, on: Fixture.today.adding(days: -(index % 4))))
        }
        var seen: [Activity] = [], pages = 0
        try f.database.read { db in
            try LeerlijnDatabase.forEachUnqueuedPage(register: "lrs", person: nil, since: nil, earlierKinds: ["statement"], pageSize: 7, db) { page in
                #expect(page.count <= 7)
                pages += 1
                seen += page.map(\.activity)
            }
        }
        #expect(pages == 5)
        #expect(seen.count == 30 && Set(seen.map(\.id)) == Set(logged.map(\.activity.id)))
        #expect(seen.map(\.date) == seen.map(\.date).sorted())
        var sanne: [Activity] = []
        try f.database.read { db in
            try LeerlijnDatabase.forEachUnqueuedPage(register: "lrs", person: "sanne", since: nil, earlierKinds: ["statement"], pageSize: 4, db) { sanne += $0.map(\.activity) }
        }
        #expect(sanne.count == 15)
    }
}

@Suite("Participants files")
struct ParticipantsFileTests {
    @Test("Participants come from a CSV with an external_id or naam column, or one per line")
    func participants() {
        #expect(ParticipantsFile.parse(Data("Naam;Rol\nSanne de Vries;starter\nDaan;mentor\n".utf8)) == ["Sanne de Vries", "Daan"])
        #expect(ParticipantsFile.parse(Data("external_id,name\n100,Sanne\n200,Daan\n".utf8)) == ["100", "200"])
        #expect(ParticipantsFile.parse(Data("100\n\nsanne\n".utf8)) == ["100", "sanne"])
        #expect(ParticipantsFile.parse(Data()).isEmpty)
    }
}
