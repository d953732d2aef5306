/// What an import did (or, with `--dry-run`, would do).
public struct ImportReport: Encodable, Hashable, Sendable {
    /// The file.
    public var file: String
    /// Data rows read (the header not counted).
    public var rows: Int
    /// Rows that added or changed something.
    public var imported: Int
    /// Rows already in the database exactly as they are (a re-import).
    public var unchanged: Int
    /// Rows rejected.
    public var rejected: Int
    /// The first 50 problems, by line.
    public var problems: [RowProblem]
    /// True when nothing was written because of `--dry-run`.
    public var dryRun: Bool
    /// Counts of what was created or changed: `people`, `boards`, `schools`, `employments`, `phases`, `moves`,
    /// `activities`, `verifications`...
    public var changes: [String: Int]
    /// The file's detected separator (`,` or `;`) and encoding.
    public var separator: String
    public var encoding: String
    /// Lines (the first ``problemLimit``) of rows imported with a date after today: imported, with a warning (issue 16).
    public var futureDates: [Int] = []
    /// How many rows were imported with a date after today.
    public var futureDateCount = 0

    public init(file: String) {
        self.file = file
        rows = 0
        imported = 0
        unchanged = 0
        rejected = 0
        problems = []
        dryRun = false
        changes = [:]
        separator = ","
        encoding = "utf8"
    }

    /// The most problems listed; the rest are counted.
    public static let problemLimit = 50

    /// Counts a rejected row; the first ``problemLimit`` are kept.
    public mutating func record(_ problem: RowProblem) {
        rejected += 1
        if problems.count < Self.problemLimit { problems.append(problem) }
    }

    public mutating func count(_ change: String, _ amount: Int = 1) { changes[change, default: 0] += amount }

    /// Notes a row imported with a date in the future (a warning, not a refusal).
    public mutating func futureDate(line: Int) {
        futureDateCount += 1
        if futureDates.count < Self.problemLimit { futureDates.append(line) }
    }
}

/// Why an import file was not imported.
public enum ImportError: Error, Equatable, Sendable {
    /// The file cannot be read.
    case unreadable(file: String, detail: String)
    /// Required columns are missing from the header.
    case missingColumns(file: String, missing: [String], found: [String])
    /// At least one row is bad: the whole file was rejected and nothing was written.
    case rejected(ImportReport)
    /// A quoted field is not closed at the end of the file; `line` is where the field began.
    case unclosedQuote(file: String, line: Int)
    /// The file has no header line: it is empty (0 bytes), or holds only a byte-order mark or blank lines.
    case empty(file: String)
    /// The file is in an encoding the importer does not read (`UTF-16LE`, `UTF-16BE`, `UTF-32LE`, `UTF-32BE`).
    case unsupportedEncoding(file: String, encoding: String)
    /// The path names a folder, not a file.
    case isAFolder(file: String)
    /// No file at the path.
    case noSuchFile(file: String)
    /// The file exists but this user may not read it.
    case notReadable(file: String)
    /// A field is longer than `limit` bytes (``CSVParser/fieldLimit``); `line` is where it begins, `column` counts from 1.
    case fieldTooLong(file: String, line: Int, column: Int, limit: Int)
    /// The rejects file (`--skip-invalid`) cannot be written at this path.
    case cannotWriteRejects(file: String)
}
