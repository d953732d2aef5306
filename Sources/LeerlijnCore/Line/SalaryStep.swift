/// A step (periodiek) of a salary scale reached on a day, e.g. LB step 4 from 1 August 2025. The CAO PO ends the
/// starter budget once the fourth periodiek of the scale is reached (facts.md section 2, AVS FAQ CAO PO); scale names
/// are free text (LB, LC, LD since 2022; L10, L11, L12 before: PO-Raad, functiereeks leraar po).
public struct SalaryStep: Codable, Hashable, Sendable {
    public var id: Int64?
    public var personId: PersonID
    /// The scale's name as the payroll writes it, e.g. `LB`.
    public var scale: String
    /// The step (periodiek) number, 0 or more.
    public var step: Int
    /// The day the step was reached.
    public var since: Day

    public init(id: Int64? = nil, personId: PersonID, scale: String, step: Int, since: Day) {
        self.id = id
        self.personId = personId
        self.scale = scale
        self.step = step
        self.since = since
    }

    /// Parses `LB-4`, `LB4`, `L10.4` or `lb 4` into scale and step.
    /// - Throws: ``ValueError`` (field `salary step`) for anything else.
    public static func parse(_ text: String) throws(ValueError) -> (scale: String, step: Int) {
        let trimmed = text.trimmingWhitespace().uppercased()
        var digits = ""
        for ch in trimmed.reversed() { if ch.isASCII && ch.isNumber { digits.insert(ch, at: digits.startIndex) } else { break } }
        var scale = String(trimmed.dropLast(digits.count))
        while let last = scale.last, last == "-" || last == "." || last == " " { scale.removeLast() }
        guard !digits.isEmpty, digits.count <= 2, let step = Int(digits), !scale.isEmpty, scale.count <= 8,
              scale.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ValueError(field: "salary step", value: text, expected: .salaryStep)
        }
        return (scale, step)
    }

    /// `LB-4`.
    public var label: String { "\(scale)-\(step)" }
}

extension PersonLine {
    /// The sector of an employment's school on the line: the school's, else its board's default, else ``SchoolSector/assumed``.
    public func sector(of employment: Employment) -> SchoolSector {
        employment.schoolId.flatMap { schoolSectors[$0] } ?? boardSectors[employment.boardId] ?? .assumed
    }

    /// The sectors of the employments covering `day` (empty when not employed).
    public func sectors(on day: Day) -> Set<SchoolSector> {
        Set(employments.filter { $0.covers(day) }.map(sector(of:)))
    }

    /// The sum of the FTEs of the employments covering `day` whose school is in `sectors` and whose function is in
    /// `functions` (ten-thousandths; an empty list means any).
    public func fte(on day: Day, sectors: [SchoolSector], functions: [StaffFunction]) -> Int {
        employments.reduce(0) { total, employment in
            guard employment.covers(day), sectors.isEmpty || sectors.contains(sector(of: employment)),
                  functions.isEmpty || functions.contains(employment.function) else { return total }
            return total + employment.fte.tenThousandths
        }
    }

    /// The first day on which a salary step of at least `step` was recorded, if any.
    public func firstDay(atSalaryStep step: Int) -> Day? {
        salarySteps.filter { $0.step >= step }.map(\.since).min()
    }

    /// The first day of the person's first `starter` phase: the day they started as a teacher.
    public var startedAsTeacher: Day? {
        phases.first { $0.phase == .starter }?.since
    }
}
