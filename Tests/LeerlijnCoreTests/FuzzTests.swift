import Testing
@testable import LeerlijnCore

/// Property-based tests with a fixed seed: many random inputs, and each parser either accepts with a
/// sensible value or rejects with its typed error (docs/reliability.md has the full-size command).
@Suite("Fuzzing the parsers")
struct FuzzTests {
    static let cases = 10_000

    static func randomText(_ random: inout SeededGenerator, alphabet: [Character], maxLength: Int) -> String {
        String((0..<Int.random(in: 0...maxLength, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
    }

    @Test("Durations: any text gives whole minutes in range or a DurationParseError")
    func durations() {
        var random = SeededGenerator(seed: 1)
        let alphabet = Array("0123456789.,:hmuHMUinrtes -\u{00e9}\u{200b}x")
        for _ in 0..<Self.cases {
            let text = Self.randomText(&random, alphabet: alphabet, maxLength: 12)
            do {
                let minutes = try DurationParser.minutes(from: text, allowPlainMinutes: Bool.random(using: &random))
                #expect(minutes > 0 && minutes <= DurationParser.maximumMinutes, "\(text)")
            } catch {
                #expect(error.input == text)
            }
        }
    }

    @Test("Dates: any text gives a real day or a DateParseError")
    func dates() {
        var random = SeededGenerator(seed: 2)
        let alphabet = Array("0123456789--/ tdayvngisr")
        let today = Day(year: 2026, month: 11, day: 23)!
        for _ in 0..<Self.cases {
            let text = Self.randomText(&random, alphabet: alphabet, maxLength: 11)
            do {
                let day = try DayParser.parse(text, today: today)
                #expect(Day(year: day.year, month: day.month, day: day.day) == day)
            } catch {
                #expect(error.input == text)
            }
        }
    }

    @Test("CSV: any bytes in any chunking give records whose line numbers rise, the same as in one piece")
    func csv() {
        var random = SeededGenerator(seed: 3)
        let bytes: [UInt8] = Array("a;b,\"\r\n\n x".utf8) + [0xC3, 0xA9, 0xE9, 0x80, 0xEF, 0xBB, 0xBF, 0x00]
        for _ in 0..<Self.cases {
            let input = (0..<Int.random(in: 0...60, using: &random)).map { _ in bytes.randomElement(using: &random)! }
            var whole = CSVParser()
            let expected = whole.feed(input) + whole.finish()
            var chunked = CSVParser()
            var records: [CSVParser.Record] = []
            var index = 0
            while index < input.count {
                let size = Int.random(in: 1...8, using: &random)
                records += chunked.feed(input[index..<min(index + size, input.count)])
                index += size
            }
            records += chunked.finish()
            #expect(records == expected)
            #expect(zip(records, records.dropFirst()).allSatisfy { $0.line < $1.line })
        }
    }

    @Test("FTE: any text gives a positive werktijdfactor or a ValueError")
    func fte() {
        var random = SeededGenerator(seed: 4)
        for _ in 0..<Self.cases {
            let text = Self.randomText(&random, alphabet: Array("0123456789.,- "), maxLength: 8)
            do {
                #expect(try FTE.parse(text).tenThousandths > 0)
            } catch {
                #expect(error.field == "fte")
            }
        }
    }
}
