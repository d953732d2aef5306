import Foundation
import Testing
@testable import LeerlijnCore

@Suite("Days, date parsing and school years")
struct DayTests {
    static let today = Day(year: 2026, month: 11, day: 23)!

    static let accepted: [(String, Day)] = [
        ("2026-10-03", Day(year: 2026, month: 10, day: 3)!),
        ("3-10-2026", Day(year: 2026, month: 10, day: 3)!),
        ("03-10-2026", Day(year: 2026, month: 10, day: 3)!),
        ("29-2-2028", Day(year: 2028, month: 2, day: 29)!),
        ("today", today), ("Vandaag", today), ("yesterday", Day(year: 2026, month: 11, day: 22)!),
        ("gisteren", Day(year: 2026, month: 11, day: 22)!), (" 2026-10-03 ", Day(year: 2026, month: 10, day: 3)!),
    ]

    @Test("ISO dates, Dutch d-m-yyyy dates and today/vandaag/yesterday/gisteren are read", arguments: accepted)
    func acceptedDates(text: String, day: Day) throws {
        #expect(try DayParser.parse(text, today: Self.today) == day)
    }

    static let rejected: [(String, DateParseError.Reason)] = [
        ("31-2-2026", .noSuchDay), ("29-2-2027", .noSuchDay), ("2026-13-01", .noSuchDay), ("2026-02-30", .noSuchDay),
        ("3/10/2026", .unrecognised), ("10-3-26", .unrecognised), ("morgen", .unrecognised), ("", .unrecognised),
        ("2026-1-3", .unrecognised), ("3 oktober 2026", .unrecognised),
    ]

    @Test("Dates that do not exist or are not in an accepted form are rejected with the reason", arguments: rejected)
    func rejectedDates(text: String, reason: DateParseError.Reason) {
        #expect(throws: DateParseError(input: text, reason: reason)) { try DayParser.parse(text, today: Self.today) }
    }

    @Test("Day numbers count from 1 January 1970 and round-trip over four centuries")
    func dayNumbers() {
        #expect(Day(year: 1970, month: 1, day: 1)!.dayNumber == 0)
        #expect(Day(year: 2000, month: 3, day: 1)!.dayNumber == 11_017)
        #expect(Day(dayNumber: -1) == Day(year: 1969, month: 12, day: 31)!)
        for number in stride(from: -80_000, through: 80_000, by: 7) {
            #expect(Day(dayNumber: number).dayNumber == number)
        }
        #expect(Day(year: 2026, month: 7, day: 31)!.adding(days: 1) == Day(year: 2026, month: 8, day: 1)!)
        #expect(Day(year: 2028, month: 2, day: 28)!.adding(days: 1) == Day(year: 2028, month: 2, day: 29)!)
    }

    @Test("Days are written as yyyy-mm-dd with a four-digit year, and read back from text, substrings and UTF-8 bytes")
    func dayText() {
        // The written form, against the padding it has always had.
        func padded(_ day: Day) -> String {
            func pad(_ n: Int, _ width: Int) -> String { String(repeating: "0", count: max(0, width - String(n).count)) + String(n) }
            return "\(pad(day.year, 4))-\(pad(day.month, 2))-\(pad(day.day, 2))"
        }
        for number in stride(from: -800_000, through: 3_000_000, by: 997) {
            let day = Day(dayNumber: number)
            #expect(day.description == padded(day))
            if (1...9999).contains(day.year) {
                #expect(Day(iso: day.description) == day)
                #expect(Day(iso: "x\(day.description)y".dropFirst().dropLast()) == day)
                #expect(Array(day.description.utf8).withUnsafeBufferPointer { Day(isoUTF8: $0) } == day)
            }
        }
        #expect(Day(year: 5, month: 1, day: 2)!.description == "0005-01-02")
        for text in ["", "2026-1-03", "2026-01-3 ", "2026/01/03", "20260-1-03", "2026-02-30", "２０２６-01-03", "2026-0a-03"] {
            #expect(Day(iso: text) == nil, "\(text)")
            #expect(Array(text.utf8).withUnsafeBufferPointer { Day(isoUTF8: $0) } == nil, "\(text)")
        }
    }

    @Test("A day encodes as yyyy-mm-dd in JSON and decodes back")
    func dayCodable() throws {
        let day = Day(year: 2026, month: 10, day: 3)!
        let data = try JSONEncoder().encode([day])
        #expect(String(decoding: data, as: UTF8.self) == #"["2026-10-03"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: data) == [day])
    }

    @Test("School years run from 1 August to 31 July; 31 July and 1 August fall in different years")
    func schoolYears() {
        #expect(SchoolYear(containing: Day(year: 2026, month: 7, day: 31)!).description == "2025-2026")
        #expect(SchoolYear(containing: Day(year: 2026, month: 8, day: 1)!).description == "2026-2027")
        #expect(SchoolYear("2026-2027")?.startYear == 2026)
        #expect(SchoolYear("2026/2027")?.startYear == 2026)
        #expect(SchoolYear("2026-2028") == nil)
        // 2027-2028 holds 29 February 2028.
        #expect(SchoolYear(startYear: 2027).numberOfDays == 366)
        #expect(SchoolYear(startYear: 2026).numberOfDays == 365)
    }
}
