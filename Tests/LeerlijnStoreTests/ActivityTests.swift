import Foundation
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
    @Test("Erasing a person removes their queued and sent export records, whose payloads hold their name")
    func eraseOutbox() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", email: "sanne@x.nl")
        try f.addPerson("Daan Jansen", "200")
        try f.log("sanne", 60)
        try f.log("daan", 30)
        let vocabulary = XAPIVocabulary(actor: "mbox", accountHomePage: "https://x", activityBase: "https://x/a/", verbs: [:], defaultVerb: "https://v",
                                        activityTypes: [:], defaultActivityType: "https://t", competencesExtension: "https://c", domainsExtension: "https://d")
        let register = Register(id: "lrs", kind: .xapi, title: .init(nl: "x", en: "x"), endpoint: nil, auth: .none, xapi: vocabulary, origin: "test", shipped: false)
        let queued = try f.database.queueStatements(for: register, person: nil, since: nil, dryRun: false)
        #expect(queued.count == 2)
        #expect(queued.items.isEmpty)   // a real run keeps no copy of the records
        #expect(try f.database.pendingItems(register: "lrs").contains { $0.payload?.contains("Sanne de Vries") == true })
        #expect(try f.database.pendingItems(register: "lrs", after: 0, limit: 1).count == 1)
        #expect(try f.database.pendingCount(register: "lrs") == 2)
        _ = try f.database.erasePerson("sanne", actor: "t")
        let left = try f.database.pendingItems(register: "lrs")
        #expect(left.count == 1)
        #expect(!left.contains { $0.payload?.contains("Sanne") == true || $0.payload?.contains("sanne@x.nl") == true })
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
