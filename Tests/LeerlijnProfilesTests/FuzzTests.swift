import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

@Suite("Fuzzing the profile loader")
struct ProfileFuzzTests {
    @Test("10,000 mutated framework, crosswalk and rule files each parse or give issues naming the file; no crash")
    func mutatedFiles() throws {
        let base = try [
            String(contentsOfFile: shipped + "/frameworks/sbl-2006.yaml", encoding: .utf8),
            String(contentsOfFile: shipped + "/rules/cao-po-starter.yaml", encoding: .utf8),
            String(contentsOfFile: shipped + "/crosswalks/sbl-2006--bekwaamheidseisen-2017-po.yaml", encoding: .utf8),
        ]
        var random = SeededGenerator(seed: 5)
        let inserts = [":", "-", "[", "]", "{", "}", "\"", "'", "\n", "  ", "#", "&a", "*a", "id: x\n", "\t", "0", "null", "é", "&a ", "id: 123\n", "\u{01}"]
        let cases = ProcessInfo.processInfo.environment["LEERLIJN_FULL_RELIABILITY"] == "1" ? 100_000 : 10_000
        var loaded = 0, rejected = 0
        for _ in 0..<cases {
            var text = Array(base.randomElement(using: &random)!)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0...text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.insert(contentsOf: inserts.randomElement(using: &random)!, at: position)
                case 1: if position < text.count { text.removeSubrange(position..<min(text.count, position + Int.random(in: 1...20, using: &random))) }
                default: if position < text.count { text[position] = Character(UnicodeScalar(UInt8.random(in: 32...126, using: &random))) }
                }
            }
            let started = Date()
            let parsed = ProfileLoader.parse(text: String(text), file: "mutant.yaml", shipped: false)
            #expect(Date().timeIntervalSince(started) < 2, "one file took \(Date().timeIntervalSince(started)) s")
            if parsed.issues.isEmpty {
                // A file without issues yields exactly one framework, crosswalk or rule.
                #expect([parsed.framework != nil, parsed.crosswalk != nil, parsed.rule != nil].filter { $0 }.count == 1)
                loaded += 1
            } else {
                rejected += 1
                #expect(parsed.issues.allSatisfy { $0.file == "mutant.yaml" && !$0.message.isEmpty })
                // Every issue of a file that is not empty points at a line.
                #expect(parsed.issues.allSatisfy { $0.line != nil || $0.message == "the file is empty" }, "\(parsed.issues)")
                // A file with issues yields nothing.
                #expect(parsed.framework == nil && parsed.crosswalk == nil && parsed.rule == nil)
            }
        }
        // Both outcomes occur in numbers: the mutations neither break every file nor leave them all valid.
        #expect(loaded > cases / 20, "only \(loaded) of \(cases) mutants loaded")
        #expect(rejected > cases / 4, "only \(rejected) of \(cases) mutants were rejected")
    }
}

@Suite("Loading a mutated file whole")
struct ProfileLoadTests {
    @Test("A mutated file in the user folder either loads with the shipped ones or is rejected with a ProfileValidationError")
    func mutatedFolder() throws {
        let folder = NSTemporaryDirectory() + "leerlijn-fuzz-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        var random = SeededGenerator(seed: 6)
        let base = try String(contentsOfFile: shipped + "/frameworks/sbl-2006.yaml", encoding: .utf8)
        for _ in 0..<50 {
            var text = Array(base)
            let position = Int.random(in: 0..<text.count, using: &random)
            text[position] = Character(UnicodeScalar(UInt8.random(in: 32...126, using: &random)))
            try String(text).write(toFile: folder + "/mutant.yaml", atomically: true, encoding: .utf8)
            do {
                _ = try ProfileLoader.loadAll(shipped: shipped, user: [folder])
            } catch {
                #expect(error.issues.allSatisfy { !$0.file.isEmpty && !$0.message.isEmpty })
            }
        }
    }
}

@Suite("Fuzzing the register loader")
struct RegisterFuzzTests {
    @Test("10,000 mutated register files each load or give issues naming the file; no crash")
    func mutatedRegisters() throws {
        let base = try String(contentsOf: URL(fileURLWithPath: shipped).deletingLastPathComponent().appendingPathComponent("exports/lrs.yaml"), encoding: .utf8)
        var random = SeededGenerator(seed: 12)
        let inserts = [":", "-", "[", "]", "{", "}", "\"", "\n", "  ", "#", "&a", "*a", "kind: x\n", "0", "null", "batchSize: -1\n"]
        var loaded = 0, rejected = 0
        for _ in 0..<10_000 {
            var text = Array(base)
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = Int.random(in: 0...text.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: text.insert(contentsOf: inserts.randomElement(using: &random)!, at: position)
                case 1: if position < text.count { text.removeSubrange(position..<min(text.count, position + Int.random(in: 1...20, using: &random))) }
                default: if position < text.count { text[position] = Character(UnicodeScalar(UInt8.random(in: 32...126, using: &random))) }
                }
            }
            let reader = YAMLReader(file: "mutant.yaml")
            if let register = RegisterLoader.parse(text: String(text), reader: reader, shipped: false) {
                #expect(reader.issues.isEmpty)
                #expect(register.batchSize >= 1 && register.concurrency >= 1 && register.attempts >= 1)
                loaded += 1
            } else {
                rejected += 1
                #expect(!reader.issues.isEmpty)
                #expect(reader.issues.allSatisfy { $0.file == "mutant.yaml" && !$0.message.isEmpty })
            }
        }
        #expect(loaded > 500 && rejected > 2_500, "\(loaded) loaded, \(rejected) rejected of 10,000")
    }
}
