import Foundation
import LeerlijnCore

/// A deterministic synthetic partnership as the CSV files `leerlijn import` reads (docs/import.md): the same
/// sizes and seed give byte-identical files on every machine.
///
/// - `people.csv`: N people at the schools of 30 boards (about 29 per school, at most 350 schools as in a
///   large partnership), with phases, phase start days, werktijdfactoren and employment start days;
/// - `people-changes.csv`: a changed werktijdfactor from 1 January 2027 for about one in seven, so that FTE
///   periods follow each other (imported after people.csv);
/// - `roles.csv` (`external_id;role;since;hours_per_week`): mentors and schoolopleiders. Roles have no import
///   format yet; the benchmark adds them through the library (`addRole`);
/// - `activities.csv`: M activities over the school years 2025-2026 and 2026-2027 (up to 28 February 2027),
///   with durations in the forms people type, competences, domains, hours budgets and sign-offs.
struct PartnershipGenerator {
    var people: Int
    var activities: Int
    var seed: UInt64

    static let boards = 30
    /// The day the benchmark runs "on" (`LEERLIJN_TODAY`): the data ends the day before.
    static let today = Day(year: 2027, month: 3, day: 1)!
    static let reportYear = SchoolYear(startYear: 2026)
    static let files = ["people.csv", "people-changes.csv", "roles.csv", "activities.csv"]

    /// A person as generated (kept in memory to give their activities a fitting budget).
    struct Person {
        var externalID: String
        var phase: Phase
        var employed: Bool
        var board: Int
        var school: Int
    }

    var schoolCount: Int { max(Self.boards, min(350, people / 28)) }

    static func externalID(_ index: Int) -> String { String(100_000 + index) }
    static func boardName(_ index: Int) -> String { "Stichting Leerlijn Bestuur \(String(format: "%02d", index + 1))" }
    static func schoolCode(_ index: Int) -> String {
        let letters = Array("ABCDEFGHJKLMNPQRSTUVWXYZ")
        return String(format: "%02d", (index / (letters.count * letters.count)) % 100) + String(letters[(index / letters.count) % letters.count])
            + String(letters[index % letters.count])
    }

    /// Writes the four files into `folder` (created when missing).
    func write(to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SeededGenerator(seed: seed)
        let everyone = makePeople(&random)
        try writePeople(everyone, to: folder + "/people.csv")
        try writeChanges(everyone, &random, to: folder + "/people-changes.csv")
        let mentors = try writeRoles(everyone, &random, to: folder + "/roles.csv")
        try writeActivities(everyone, mentors: mentors, &random, to: folder + "/activities.csv")
    }

    func makePeople(_ random: inout SeededGenerator) -> [Person] {
        (0..<people).map { index in
            let school = Int.random(in: 0..<schoolCount, using: &random)
            let roll = Int.random(in: 0..<100, using: &random)
            let phase: Phase = roll < 10 ? .student : roll < 25 ? .starter : roll < 40 ? .basisbekwaam : .vakbekwaam
            return Person(externalID: Self.externalID(index), phase: phase, employed: phase != .student, board: school % Self.boards, school: school)
        }
    }

    static let firstNames = ["Sanne", "Daan", "Emma", "Lucas", "Julia", "Sem", "Tess", "Finn", "Lotte", "Milan", "Fleur", "Noah",
                             "Anouk", "Bram", "Iris", "Thijs", "Sophie", "Jesse", "Lieke", "Ruben", "Noor", "Lars", "Femke", "René"]
    static let lastNames = ["de Vries", "Jansen", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot",
                            "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits"]

    func writePeople(_ everyone: [Person], to path: String) throws {
        var random = SeededGenerator(seed: seed &+ 1)
        let file = try CSVWriter(path: path)
        file.line("external_id;name;email;board;school;school_name;phase;phase_since;fte;employment_since")
        for (index, person) in everyone.enumerated() {
            let name = Self.firstNames[index % Self.firstNames.count] + " " + Self.lastNames[(index / Self.firstNames.count) % Self.lastNames.count]
            let phaseSince: Day
            switch person.phase {
            case .student: phaseSince = Day(year: 2023 + Int.random(in: 0...2, using: &random), month: 9, day: 1)!
            case .starter: phaseSince = Day(year: 2025 + Int.random(in: 0...1, using: &random), month: 8, day: 1)!
            default: phaseSince = Day(year: 2012 + Int.random(in: 0...12, using: &random), month: 8, day: 1)!
            }
            let fte = person.employed ? "0,\(Int.random(in: 4...9, using: &random))" : ""
            let employmentSince = person.employed ? phaseSince.description : ""
            file.line("\(person.externalID);\(name);p\(person.externalID)@bench.example;\(Self.boardName(person.board));\(Self.schoolCode(person.school));"
                      + "Basisschool \(Self.schoolCode(person.school));\(person.phase.rawValue);\(phaseSince);\(fte);\(employmentSince)")
        }
        try file.close()
    }

    func writeChanges(_ everyone: [Person], _ random: inout SeededGenerator, to path: String) throws {
        let file = try CSVWriter(path: path)
        file.line("external_id;name;email;board;school;fte;employment_since")
        let name = { (index: Int) in Self.firstNames[index % Self.firstNames.count] + " " + Self.lastNames[(index / Self.firstNames.count) % Self.lastNames.count] }
        for (index, person) in everyone.enumerated() where person.employed && Int.random(in: 0..<7, using: &random) == 0 {
            file.line("\(person.externalID);\(name(index));p\(person.externalID)@bench.example;\(Self.boardName(person.board));\(Self.schoolCode(person.school));"
                      + "1,0;2027-01-01")
        }
        try file.close()
    }

    /// Returns the mentors' and schoolopleiders' indexes (they sign activities off).
    func writeRoles(_ everyone: [Person], _ random: inout SeededGenerator, to path: String) throws -> [Int] {
        let file = try CSVWriter(path: path)
        file.line("external_id;role;since;hours_per_week")
        var mentors: [Int] = []
        for (index, person) in everyone.enumerated() where person.phase == .vakbekwaam {
            let roll = Int.random(in: 0..<100, using: &random)
            if roll < 8 {
                file.line("\(person.externalID);mentor;2024-08-01;2")
                mentors.append(index)
            } else if roll < 10 {
                file.line("\(person.externalID);schoolopleider;2023-08-01;12")
                mentors.append(index)
            }
        }
        try file.close()
        return mentors.isEmpty ? [0] : mentors
    }

    static let kinds = ActivityKind.builtInKinds.map(\.id)
    static let competences = ["sbl-2006:interpersoonlijk", "sbl-2006:pedagogisch", "sbl-2006:vakinhoudelijk-didactisch", "sbl-2006:organisatorisch",
                              "sbl-2006:samenwerken-collegas", "sbl-2006:samenwerken-omgeving", "sbl-2006:reflectie-ontwikkeling",
                              "bekwaamheidseisen-2017-po:vakinhoudelijk", "bekwaamheidseisen-2017-po:vakdidactisch", "bekwaamheidseisen-2017-po:pedagogisch"]
    static let domains = ["domeinen-beroepsbeeld:primair-proces", "domeinen-beroepsbeeld:onderwijsontwikkeling",
                          "domeinen-beroepsbeeld:beleid-en-organisatie", "domeinen-beroepsbeeld:ondersteuning-collegas"]
    static let topics = ["klassenmanagement", "rekenen", "begrijpend lezen", "differentiatie", "gedrag", "oudergesprekken", "formatief handelen",
                         "taal", "wereldoriëntatie", "executieve functies", "hoogbegaafdheid", "digitale geletterdheid"]

    func writeActivities(_ everyone: [Person], mentors: [Int], _ random: inout SeededGenerator, to path: String) throws {
        let file = try CSVWriter(path: path)
        file.line("external_id;date;duration_minutes;kind;title;competences;domains;budget;verified_by")
        let first = Day(year: 2025, month: 8, day: 1)!
        let span = first.days(until: Self.today)
        for row in 0..<activities {
            let person = everyone[Int.random(in: 0..<everyone.count, using: &random)]
            let date = first.adding(days: Int.random(in: 0..<span, using: &random))
            let minutes = 15 * Int.random(in: 1...16, using: &random)
            let duration: String
            switch Int.random(in: 0..<10, using: &random) {
            case 0..<6: duration = String(minutes)
            case 6..<8: duration = "\(minutes)m"
            default: duration = minutes % 60 == 0 ? "\(minutes / 60)u" : "\(minutes / 60),\(minutes % 60 * 100 / 60)u".replacingOccurrences(of: ",50u", with: ",5u")
            }
            let kind = Self.kinds[Int.random(in: 0..<Self.kinds.count, using: &random)]
            let title = "\(kind.prefix(1).uppercased())\(kind.dropFirst()) \(Self.topics[Int.random(in: 0..<Self.topics.count, using: &random)]) #\(row + 1)"
            var competences: [String] = []
            for _ in 0..<Int.random(in: 0...2, using: &random) {
                let item = Self.competences[Int.random(in: 0..<Self.competences.count, using: &random)]
                if !competences.contains(item) { competences.append(item) }
            }
            let domain = Int.random(in: 0..<3, using: &random) == 0 ? "" : Self.domains[Int.random(in: 0..<Self.domains.count, using: &random)]
            let budgetRoll = Int.random(in: 0..<10, using: &random)
            let budget: String
            if person.phase == .starter && budgetRoll < 6 { budget = "cao-po-starter" }
            else if person.employed && budgetRoll < 3 { budget = "cao-po-professionalisering" }
            else if person.employed && budgetRoll == 3 { budget = "cao-po-duurzame-inzetbaarheid" }
            else { budget = "" }
            var verifier = ""
            if Int.random(in: 0..<10, using: &random) < 3 {
                let mentor = everyone[mentors[Int.random(in: 0..<mentors.count, using: &random)]].externalID
                if mentor != person.externalID { verifier = mentor }
            }
            file.line("\(person.externalID);\(date);\(duration);\(kind);\(title);\(competences.joined(separator: "|"));\(domain);\(budget);\(verifier)")
        }
        try file.close()
    }
}

/// Writes lines to a file through a 1 MiB buffer, with CRLF line ends (as Excel writes them) unless told otherwise.
final class CSVWriter {
    private let handle: FileHandle
    private var buffer: [UInt8] = []
    private let lineEnd: [UInt8]

    init(path: String, lineEnd: String = "\r\n") throws {
        self.lineEnd = Array(lineEnd.utf8)
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ProcessRunner.Failure(description: "cannot write \(path)")
        }
        self.handle = handle
        buffer.reserveCapacity(1 << 20)
    }

    func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(contentsOf: lineEnd)
        if buffer.count >= 1 << 20 { flush() }
    }

    private func flush() {
        handle.write(Data(buffer))
        buffer.removeAll(keepingCapacity: true)
    }

    func close() throws {
        flush()
        try handle.close()
    }
}
