import LeerlijnCore
import LeerlijnStore

/// The messages about bad input and bad days (issue 21: a file that cannot be read, a field too long, a full disk, an
/// output that exists, a path that is no path), one instance per language (``InputStrings/en``, ``InputStrings/nl``);
/// reached as `language.inputStrings`. Kept apart from ``Strings`` so this subject grows without touching the shared table.
public struct InputStrings: Sendable {
    // Input files (imports, scores, participants).
    public var emptyFile: @Sendable (_ file: String) -> String
    public var unsupportedEncoding: @Sendable (_ file: String, _ encoding: String) -> String
    public var isAFolder: @Sendable (_ file: String) -> String
    public var noSuchFile: @Sendable (_ file: String) -> String
    public var notReadable: @Sendable (_ file: String) -> String
    public var fieldTooLong: @Sendable (_ file: String, _ line: Int, _ column: Int, _ limit: Int) -> String
    public var unclosedQuote: @Sendable (_ file: String, _ line: Int) -> String
    public var cannotWriteRejects: @Sendable (_ file: String) -> String
    // The database and outputs.
    public var diskFull: @Sendable (_ path: String) -> String
    public var databaseIsAFolder: @Sendable (_ path: String) -> String
    public var outputExists: @Sendable (_ path: String, _ isFolder: Bool) -> String
    public var cannotWrite: @Sendable (_ path: String, _ reason: FileWriteReason) -> String
    public var pageIsAFolder: @Sendable (_ path: String) -> String
    /// The help of `person export --force`.
    public var personExportForce: String
    /// An option given an empty path (`--db ''`).
    public var emptyPath: @Sendable (_ option: String) -> String
}

extension Language {
    /// The input and bad-day messages of this language.
    public var inputStrings: InputStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
