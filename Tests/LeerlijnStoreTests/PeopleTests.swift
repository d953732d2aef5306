import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnStore

@Suite("People and organisations")
struct PeopleTests {
    @Test("A person round-trips with external id, email and school membership")
    func roundTrip() throws {
        let f = try Fixture()
        let added = try f.addPerson("Sanne de Vries", "100234", email: " S.deVries@School.NL ", since: day("2026-08-01"))
        let shown = try f.database.profile(of: "100234")
        #expect(shown == added)
        #expect(shown.person.email == "s.devries@school.nl")
        #expect(shown.externalIds == [.init(board: "een", value: "100234")])
        #expect(shown.memberships == [.init(school: "11AA", schoolName: "OBS De Regenboog", board: "een", since: day("2026-08-01"), until: nil)])
    }

    @Test("People are found by internal id, external id, email, or an unambiguous part of the name ignoring case and accents")
    func findPeople() throws {
        let f = try Fixture()
        let sanne = try f.addPerson("Sanne de Vries", "100234", email: "sanne@x.nl")
        try f.addPerson("Fátima El Amrani", "100235")
        for query in [sanne.person.id.description, "100234", "sanne@x.nl", "SANNE", "de vries"] {
            #expect(try f.database.person(matching: query).id == sanne.person.id)
        }
        #expect(try f.database.person(matching: "fatima").name == "Fátima El Amrani")
    }

    @Test("An unknown person is not found and close names are suggested")
    func unknownPerson() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100234")
        #expect(throws: StoreError.lookup(.notFound(.person, query: "sane", suggestions: ["Sanne de Vries"]))) {
            try f.database.person(matching: "sane")
        }
    }

    @Test("A name part that matches several people is ambiguous and lists them")
    func ambiguousPerson() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "1")
        try f.addPerson("Sanne Jansen", "2")
        do {
            _ = try f.database.person(matching: "sanne")
            Issue.record("expected an ambiguity")
        } catch let StoreError.lookup(.ambiguous(subject, _, candidates)) {
            #expect(subject == .person)
            #expect(candidates.count == 2)
        }
        // The full name is exact and wins.
        #expect(try f.database.person(matching: "Sanne Jansen").name == "Sanne Jansen")
    }

    @Test("External ids are unique per board: the same number at another board is another person")
    func externalIDsPerBoard() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", school: "11AA")
        try f.addPerson("Piet Jansen", "100", school: "22BA01")
        let before = try f.rowCounts()
        #expect(throws: StoreError.externalIDTaken(value: "100", board: "een", holder: "Sanne de Vries")) {
            try f.addPerson("Klaas Bos", "100", school: "11AB")
        }
        #expect(try f.rowCounts() == before)
        // Looking up a number two boards use is ambiguous.
        #expect(throws: StoreError.self) { try f.database.person(matching: "100") }
    }

    @Test("A move ends the current membership the day before and keeps the line; another board needs its own id")
    func move() throws {
        let f = try Fixture()
        try f.addPerson("Sanne de Vries", "100", school: "11AA", since: day("2025-08-01"))
        _ = try f.database.editPerson("100", PersonEdit(schoolCode: "11AB", since: day("2026-01-01")), actor: "hr", today: Fixture.today)
        #expect(throws: StoreError.externalIDNeeded(board: "twee")) {
            try f.database.editPerson("100", PersonEdit(schoolCode: "22BA01", since: day("2026-08-01")), actor: "hr", today: Fixture.today)
        }
        let profile = try f.database.editPerson("100", PersonEdit(externalID: "T-9", schoolCode: "22BA01", since: day("2026-08-01")),
                                                actor: "hr", today: Fixture.today)
        #expect(profile.memberships.map(\.school) == ["11AA", "11AB", "22BA01"])
        #expect(profile.memberships.map(\.until) == [day("2025-12-31"), day("2026-07-31"), nil])
        #expect(Set(profile.externalIds.map(\.value)) == ["100", "T-9"])
        #expect(try f.database.people(on: Fixture.today).first?.school == "22BA01")
    }

    @Test("Bad names, emails and school codes are rejected and nothing is written")
    func badInput() throws {
        let f = try Fixture()
        let before = try f.rowCounts()
        #expect(throws: StoreError.self) { try f.addPerson("  ", "1") }
        #expect(throws: StoreError.self) { try f.addPerson("Sanne", "1", email: "not-an-email") }
        #expect(throws: StoreError.self) { try f.addPerson("Sanne", "1", school: "99ZZ") }
        #expect(throws: StoreError.self) { try f.database.addSchool(name: "X", code: "1", board: "een") }
        #expect(throws: StoreError.duplicate(.school, value: "11AA")) { try f.database.addSchool(name: "X", code: "11aa", board: "een") }
        #expect(throws: StoreError.duplicate(.board, value: "een")) { try f.database.addBoard(name: "Een", code: "een") }
        #expect(try f.rowCounts() == before)
    }

    @Test("Lists of people can be limited to a school or board on a day")
    func listPeople() throws {
        let f = try Fixture()
        try f.addPerson("Anna", "1", school: "11AA")
        try f.addPerson("Bram", "2", school: "11AB")
        try f.addPerson("Carla", "3", school: "22BA01")
        try f.addPerson("Dirk", "4", school: nil)
        #expect(try f.database.people(on: Fixture.today).map(\.name) == ["Anna", "Bram", "Carla", "Dirk"])
        #expect(try f.database.people(board: "een", on: Fixture.today).map(\.name) == ["Anna", "Bram"])
        #expect(try f.database.people(school: "22BA01", on: Fixture.today).map(\.name) == ["Carla"])
        #expect(try f.database.organisations().schools.map(\.code) == ["11AA", "11AB", "22BA01"])
    }
}
