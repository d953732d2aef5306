import Foundation
import GRDB
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnStore

/// The folder a run works in: the generated files, the `leerlijn` binary under test, and the databases the
/// suites start from (people only, for the import; people and activities, for the rest).
final class Workspace {
    let folder: String
    let leerlijn: String
    let people: Int
    let activities: Int
    var data: String { folder + "/data" }
    var peopleDatabase: String { folder + "/people.sqlite" }
    var fullDatabase: String { folder + "/full.sqlite" }
    var activitiesFile: String { data + "/activities.csv" }
    /// Set once `fullDatabase` holds the imported activities.
    var hasFullDatabase = false

    /// The environment every `leerlijn` child gets: a fixed day, actor and language, and no user config.
    var environment: [String: String] {
        ["LEERLIJN_TODAY": PartnershipGenerator.today.description, "LEERLIJN_ACTOR": "bench", "LANG": "C.UTF-8",
         "HOME": folder, "LEERLIJN_CONFIG": folder + "/no-config.yaml", "LEERLIJN_PROFILES": ""]
    }

    init(folder: String, leerlijn: String, people: Int, activities: Int) {
        self.folder = folder
        self.leerlijn = leerlijn
        self.people = people
        self.activities = activities
    }

    /// Generates the partnership and the people-only database (people, FTE changes and roles).
    func prepare(seed: UInt64) throws {
        try? FileManager.default.removeItem(atPath: folder)
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        Status.show("generating \(people) people and \(activities) activities...")
        try PartnershipGenerator(people: people, activities: activities, seed: seed).write(to: data)
        Status.show("importing people...")
        _ = try LeerlijnDatabase.open(at: peopleDatabase, create: true)
        try runLeerlijn(["import", "people", data + "/people.csv"], database: peopleDatabase)
        try runLeerlijn(["import", "people", data + "/people-changes.csv"], database: peopleDatabase)
        let database = try LeerlijnDatabase.open(at: peopleDatabase)
        let text = try String(contentsOfFile: data + "/roles.csv", encoding: .utf8)
        for line in text.split(whereSeparator: \.isNewline).dropFirst() {
            let fields = line.split(separator: ";").map(String.init)
            guard fields.count == 4, let role = Role(rawValue: fields[1]), let since = Day(iso: fields[2]), let hours = Int(fields[3]) else { continue }
            _ = try database.addRole(fields[0], role: role, since: since, until: nil, minutesPerWeek: hours * 60, actor: "bench")
        }
        try checkpoint(peopleDatabase)
        Status.clear()
    }

    /// Imports the activities once (untimed) when no suite has done so yet.
    func ensureFullDatabase() throws {
        guard !hasFullDatabase else { return }
        Status.show("importing \(activities) activities...")
        try copyDatabase(peopleDatabase, to: fullDatabase)
        try runLeerlijn(["import", "activities", activitiesFile], database: fullDatabase)
        try checkpoint(fullDatabase)
        hasFullDatabase = true
        Status.clear()
    }

    /// Runs `leerlijn ARGS --db DATABASE`, requiring success.
    @discardableResult
    func runLeerlijn(_ arguments: [String], database: String, stdout: String? = nil, environment extra: [String: String] = [:],
                     measureMemory: Bool = false) throws -> ProcessRunner.Outcome {
        try ProcessRunner.check([leerlijn] + arguments + ["--db", database], environment: environment.merging(extra) { $1 },
                                stdout: stdout, stderr: folder + "/leerlijn-stderr.txt", measureMemory: measureMemory)
    }

    /// Folds the write-ahead log into the database file, so that the file alone is the database.
    func checkpoint(_ path: String) throws {
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
    }

    /// Copies a database file (checkpointed), replacing what is at `destination`.
    func copyDatabase(_ source: String, to destination: String) throws {
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: destination + suffix) }
        try FileManager.default.copyItem(atPath: source, toPath: destination)
    }

    /// Frameworks, crosswalks and rules as the CLI loads them.
    lazy var profiles: LoadedProfiles? = try? ProfileLoader.loadAll(shipped: ShippedProfiles.folder())

    /// The external ids of `count` people spread over everyone, the same on every run.
    func samplePeople(_ count: Int) -> [String] {
        var random = SeededGenerator(seed: 8)
        return (0..<count).map { _ in PartnershipGenerator.externalID(Int.random(in: 0..<people, using: &random)) }
    }
}
