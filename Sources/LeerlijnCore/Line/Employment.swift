/// A werktijdfactor (FTE): the share of a full-time job, kept exactly in ten-thousandths (0.8 is 8000).
public struct FTE: Codable, Hashable, Sendable, Comparable, CustomStringConvertible {
    /// Ten-thousandths of a full-time job.
    public let tenThousandths: Int

    public init(tenThousandths: Int) { self.tenThousandths = tenThousandths }

    /// A full-time job.
    public static let fullTime = FTE(tenThousandths: 10_000)
    /// The largest value accepted without `--force`.
    public static let usualMaximum = FTE(tenThousandths: 15_000)

    /// Parses `0.8`, `0,8`, `1`, `0.8250` (at most 4 decimals).
    /// - Throws: ``ValueError`` for anything else or for zero.
    public static func parse(_ text: String) throws(ValueError) -> FTE {
        let trimmed = text.trimmingWhitespace()
        let parts = trimmed.split(separator: trimmed.contains(",") ? "," : ".", omittingEmptySubsequences: false)
        let expected = Expectation.fte
        guard (1...2).contains(parts.count), !parts[0].isEmpty, parts[0].count <= 2, parts[0].allSatisfy({ $0.isASCII && $0.isNumber }),
              let whole = Int(parts[0]) else { throw ValueError(field: "fte", value: text, expected: expected) }
        var fraction = 0
        if parts.count == 2 {
            let digits = parts[1]
            guard !digits.isEmpty, digits.count <= 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else {
                throw ValueError(field: "fte", value: text, expected: expected)
            }
            var scale = 1
            for _ in 0..<(4 - digits.count) { scale *= 10 }
            fraction = value * scale
        }
        let fte = FTE(tenThousandths: whole * 10_000 + fraction)
        guard fte.tenThousandths > 0 else { throw ValueError(field: "fte", value: text, expected: .moreThanZero) }
        return fte
    }

    /// `0.8`, `1`, `0.825`.
    public var description: String {
        let whole = tenThousandths / 10_000, fraction = tenThousandths % 10_000
        guard fraction != 0 else { return String(whole) }
        var digits = String(fraction)
        digits = String(repeating: "0", count: 4 - digits.count) + digits
        while digits.last == "0" { digits.removeLast() }
        return "\(whole).\(digits)"
    }

    public static func < (lhs: FTE, rhs: FTE) -> Bool { lhs.tenThousandths < rhs.tenThousandths }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int.self) {
            tenThousandths = number
        } else {
            let text = try container.decode(String.self)
            tenThousandths = try FTE.parse(text).tenThousandths
        }
    }

    /// Encodes as the decimal text (`"0.8"`), never as a binary floating-point number.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An employment (aanstelling) at a board, optionally at one school, with its werktijdfactor.
/// A person can have several at once (two boards); their FTEs add up.
public struct Employment: Codable, Hashable, Sendable {
    public var id: Int64?
    public var personId: PersonID
    public var boardId: Int64
    public var schoolId: Int64?
    public var since: Day
    /// The last day, or nil while it lasts.
    public var until: Day?
    public var fte: FTE
    /// What the person is employed as (leraar unless recorded otherwise).
    public var function: StaffFunction

    public init(id: Int64? = nil, personId: PersonID, boardId: Int64, schoolId: Int64? = nil, since: Day, until: Day? = nil, fte: FTE,
                function: StaffFunction = .leraar) {
        self.function = function
        self.id = id
        self.personId = personId
        self.boardId = boardId
        self.schoolId = schoolId
        self.since = since
        self.until = until
        self.fte = fte
    }

    public func covers(_ day: Day) -> Bool { since <= day && (until.map { day <= $0 } ?? true) }
}

/// A registration in a register (BRLO...), from a day on.
public struct Registration: Codable, Hashable, Sendable {
    public var id: Int64?
    public var personId: PersonID
    /// The register rule's id, e.g. `brlo`.
    public var register: String
    public var since: Day
    /// The registration number the register gave, if recorded (dossier, issue 18).
    public var number: String?
    /// The last day of the registration's term as the register stated it, if recorded; prolongatie is due by then.
    public var until: Day?

    public init(id: Int64? = nil, personId: PersonID, register: String, since: Day, number: String? = nil, until: Day? = nil) {
        self.id = id
        self.personId = personId
        self.register = register
        self.since = since
        self.number = number
        self.until = until
    }
}

// Decoding rows and JSON from before issue 16 (no function: leraar).
extension Employment {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decodeIfPresent(Int64.self, forKey: .id), personId: try c.decode(PersonID.self, forKey: .personId),
                  boardId: try c.decode(Int64.self, forKey: .boardId), schoolId: try c.decodeIfPresent(Int64.self, forKey: .schoolId),
                  since: try c.decode(Day.self, forKey: .since), until: try c.decodeIfPresent(Day.self, forKey: .until),
                  fte: try c.decode(FTE.self, forKey: .fte), function: try c.decodeIfPresent(StaffFunction.self, forKey: .function) ?? .leraar)
    }
}
