import Foundation

/// Everything a person's portfolio (bewijsportfolio) shows, for one period: the line, hours per school year
/// and budget, coverage per framework, the activities with reflections and evidence, and the sign-offs.
///
/// The `portfolio --format json` output, and what the HTML portfolio is rendered from.
public struct Portfolio: Codable, Hashable, Sendable {
    /// A sign-off of one of the person's activities by a mentor, schoolopleider or coach.
    public struct SignOff: Codable, Hashable, Sendable {
        public var activityId: ActivityID
        /// The activity's day, title and minutes.
        public var date: Day
        public var title: String
        public var minutes: Int
        /// Who signed it off (a name), when, and the note given.
        public var verifiedBy: String
        public var at: Date
        public var note: String?

        public init(activityId: ActivityID, date: Day, title: String, minutes: Int, verifiedBy: String, at: Date, note: String?) {
            self.activityId = activityId
            self.date = date
            self.title = title
            self.minutes = minutes
            self.verifiedBy = verifiedBy
            self.at = at
            self.note = note
        }
    }

    /// The person's name and external ids (personeelsnummers).
    public var person: String
    public var externalIds: [String]
    /// The period the activities, coverage and sign-offs are limited to (all dates when nil).
    public var from: Day?
    public var to: Day?
    /// The day the portfolio was made; progress figures are as of this day.
    public var generatedOn: Day
    /// The whole line (never limited to the period: the line is the context of the evidence).
    public var line: LineOverview
    /// Hours per school year and budget, for the school years that overlap the period.
    public var progress: Progress
    /// Coverage of each competence framework the period's activities count for.
    public var coverage: [CoverageReport]
    /// The period's activities, oldest first, with reflections and evidence.
    public var activities: [ActivityEntry]
    /// The period's signed-off activities.
    public var signOffs: [SignOff]
    /// The folder where evidence files are kept under their SHA-256 (`ab/abcdef...`): file links point there.
    public var evidenceFolder: String
    /// The Dutch and English names of the activity kinds used, by kind id.
    public var kindTitles: [String: LocalizedText]

    public init(person: String, externalIds: [String], from: Day?, to: Day?, generatedOn: Day, line: LineOverview, progress: Progress,
                coverage: [CoverageReport], activities: [ActivityEntry], signOffs: [SignOff], evidenceFolder: String,
                kindTitles: [String: LocalizedText] = [:]) {
        self.kindTitles = kindTitles
        self.person = person
        self.externalIds = externalIds
        self.from = from
        self.to = to
        self.generatedOn = generatedOn
        self.line = line
        self.progress = progress
        self.coverage = coverage
        self.activities = activities
        self.signOffs = signOffs
        self.evidenceFolder = evidenceFolder
    }

    /// Minutes per calendar month of the period's activities, oldest first (months without activity included).
    public var minutesPerMonth: [MonthMinutes] {
        MonthMinutes.series(activities.map { ($0.activity.date, $0.activity.minutes, $0.verification != nil) })
    }
}

/// Minutes in one calendar month.
public struct MonthMinutes: Codable, Hashable, Sendable {
    public var year: Int
    /// 1...12.
    public var month: Int
    public var minutes: Int
    /// Of these, minutes signed off.
    public var verifiedMinutes: Int

    public init(year: Int, month: Int, minutes: Int, verifiedMinutes: Int) {
        self.year = year
        self.month = month
        self.minutes = minutes
        self.verifiedMinutes = verifiedMinutes
    }

    /// Sums dated minutes per month, from the first to the last month given, filling empty months with 0.
    public static func series(_ items: [(date: Day, minutes: Int, verified: Bool)], from: Day? = nil, to: Day? = nil) -> [MonthMinutes] {
        var sums: [Int: (Int, Int)] = [:]
        for item in items {
            let key = item.date.year * 12 + item.date.month - 1
            sums[key, default: (0, 0)].0 += item.minutes
            if item.verified { sums[key, default: (0, 0)].1 += item.minutes }
        }
        let first = from.map { $0.year * 12 + $0.month - 1 } ?? sums.keys.min()
        let last = to.map { $0.year * 12 + $0.month - 1 } ?? sums.keys.max()
        guard let first, let last, first <= last else { return [] }
        return (first...last).map { key in
            MonthMinutes(year: key / 12, month: key % 12 + 1, minutes: sums[key]?.0 ?? 0, verifiedMinutes: sums[key]?.1 ?? 0)
        }
    }
}
