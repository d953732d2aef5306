import Foundation
import LeerlijnCore
@testable import LeerlijnStore

/// A database with a partnership, two boards and three schools, for store tests.
struct Fixture {
    let database: LeerlijnDatabase
    let folder: String
    static let today = Day(year: 2026, month: 11, day: 23)!

    /// A fresh file database (WAL) in its own temporary folder, or an in-memory one.
    init(file: Bool = true) throws {
        folder = NSTemporaryDirectory() + "leerlijn-test-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        database = file
            ? try LeerlijnDatabase.open(at: folder + "/test.sqlite", create: true)
            : try LeerlijnDatabase.inMemory(evidenceFolder: folder + "/evidence")
        _ = try database.addPartnership(name: "Samen Opleiden Test", code: "test")
        _ = try database.addBoard(name: "Stichting Een", code: "een", partnership: "test")
        _ = try database.addBoard(name: "Stichting Twee", code: "twee", partnership: "test")
        _ = try database.addSchool(name: "OBS De Regenboog", code: "11AA", board: "een")
        _ = try database.addSchool(name: "CBS Het Kompas", code: "11AB", board: "een")
        _ = try database.addSchool(name: "KBS Sint Jozef", code: "22BA01", board: "twee")
    }

    @discardableResult
    func addPerson(_ name: String, _ id: String, school: String? = "11AA", email: String? = nil, since: Day? = nil) throws -> PersonProfile {
        try database.addPerson(NewPerson(name: name, externalID: id, email: email, schoolCode: school, since: since), actor: "test", today: Self.today)
    }

    @discardableResult
    func log(_ person: String, _ minutes: Int, on day: Day = Fixture.today, kind: String = "intervisie", title: String = "Intervisie",
             evidence: [String] = []) throws -> ActivityEntry {
        try database.logActivity(NewActivity(person: person, date: day, minutes: minutes, kind: kind, title: title, evidence: evidence), actor: "test")
    }

    /// Row counts of every table, to prove that a failed command wrote nothing.
    func rowCounts() throws -> [String: Int] {
        try database.read { db in
            var counts: [String: Int] = [:]
            for table in ["partnership", "board", "school", "person", "external_id", "membership", "activity", "evidence", "audit", "activity_kind"] {
                counts[table] = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")
            }
            return counts
        }
    }
}

func day(_ text: String) -> Day { Day(iso: text)! }
