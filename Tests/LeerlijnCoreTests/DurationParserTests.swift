import Testing
@testable import LeerlijnCore

@Suite("Duration parsing")
struct DurationParserTests {
    /// Accepted forms and the minutes each means, worked out by hand.
    static let accepted: [(String, Int)] = [
        ("90m", 90), ("90 min", 90), ("45 minuten", 45), ("1 minuut", 1),
        ("1h30", 90), ("1u30", 90), ("1h30m", 90), ("1 u 05", 65), ("2h05min", 125),
        ("1.5h", 90), ("1,5u", 90), ("2u", 120), ("2 uur", 120), ("3 uren", 180), ("0,25u", 15), ("0.1h", 6),
        ("1:30", 90), ("0:45", 45), ("10:00", 600),
        ("  90M ", 90), ("1H30", 90), ("999h", 59_940),
    ]

    @Test("Accepted forms, including the Dutch u/uur and decimal comma, give whole minutes", arguments: accepted)
    func acceptedForms(text: String, minutes: Int) throws {
        #expect(try DurationParser.minutes(from: text) == minutes)
    }

    /// Rejected input and why.
    static let rejected: [(String, DurationParseError.Reason)] = [
        ("", .empty), ("   ", .empty),
        ("90", .missingUnit),
        ("1.33h", .notWholeMinutes), ("0,01u", .notWholeMinutes),
        ("0m", .notPositive), ("0u", .notPositive), ("0:00", .notPositive),
        ("1000h", .tooLong), ("60000m", .tooLong),
        ("abc", .unrecognised), ("1x", .unrecognised), ("1h75", .unrecognised), ("1:75", .unrecognised),
        ("-5m", .unrecognised), ("1.5.5h", .unrecognised), ("1,5m", .notWholeMinutes), ("h30", .unrecognised),
        ("1h30h", .unrecognised), ("1:5", .unrecognised),
    ]

    @Test("Bad durations are rejected with the reason and the accepted forms", arguments: rejected)
    func rejectedForms(text: String, reason: DurationParseError.Reason) {
        #expect(throws: DurationParseError(input: text, reason: reason)) {
            try DurationParser.minutes(from: text)
        }
        let error = DurationParseError(input: text, reason: reason)
        #expect(error.acceptedForms.contains("1,5u"))
    }

    @Test("A bare number is minutes only where plain minutes are allowed (imports)")
    func plainMinutes() throws {
        #expect(try DurationParser.minutes(from: "90", allowPlainMinutes: true) == 90)
        #expect(throws: DurationParseError.self) { try DurationParser.minutes(from: "90") }
    }
}

@Suite("Hours per week")
struct HoursPerWeekTests {
    @Test("Hours per week accept a point or a comma and come to whole minutes; other input is a ValueError")
    func hoursPerWeek() throws {
        #expect(try DurationParser.minutesPerWeek(fromHours: "12") == 720)
        #expect(try DurationParser.minutesPerWeek(fromHours: "7,5") == 450)
        for bad in ["", "x", "-1", "61", "1.33"] {
            #expect(throws: ValueError.self) { try DurationParser.minutesPerWeek(fromHours: bad) }
        }
    }
}
