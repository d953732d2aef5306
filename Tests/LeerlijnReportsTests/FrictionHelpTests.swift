import Foundation
import Testing
@testable import LeerlijnReports

@Suite("Help texts of the correction commands in Dutch and English")
struct FrictionHelpTests {
    /// Every text of the table as (member or member.field, text).
    static func texts(_ table: FrictionHelp) -> [(String, String)] {
        Mirror(reflecting: table).children.flatMap { member -> [(String, String)] in
            if let text = member.value as? String { return [(member.label ?? "?", text)] }
            return Mirror(reflecting: member.value).children.compactMap { field in
                (field.value as? String).map { ("\(member.label ?? "?").\(field.label ?? "?")", $0) }
            }
        }
    }

    @Test("Both tables have the same texts, none empty, every Dutch text differs, and the examples' command lines are the same")
    func tablesDiffer() throws {
        let en = Self.texts(.en), nl = Self.texts(.nl)
        #expect(en.map(\.0) == nl.map(\.0))
        #expect(en.count > 40)
        let commandLine = try NSRegularExpression(pattern: "leerlijn [^\\n`]*")
        for ((key, english), (_, dutch)) in zip(en, nl) {
            #expect(!english.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty, "empty English text \(key)")
            #expect(english != dutch, "\(key) is the same in Dutch and English")
            for match in commandLine.matches(in: english, range: NSRange(english.startIndex..., in: english)) {
                let line = String(english[Range(match.range, in: english)!])
                guard !line.contains("PERSON"), !line.contains("DAY") else { continue }   // placeholders are Dutch in Dutch prose
                #expect(dutch.contains(line), "\(key): \(line)")
            }
        }
    }
}
