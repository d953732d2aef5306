import LeerlijnCore

/// A problem with the database or the evidence folder, carrying what a user needs to fix it.
public enum StoreError: Error, Equatable, Sendable {
    /// No database at `path`; create one with `leerlijn init`.
    case databaseMissing(path: String)
    /// The database at `path` was written by a newer Leerlijn, whose changes this version does not know.
    case databaseTooNew(path: String)
    /// The file at `path` is not a Leerlijn database (or not SQLite at all).
    case notADatabase(path: String, detail: String)
    /// The database file or its folder could not be created at `path`.
    case cannotCreate(path: String, detail: String)
    /// An evidence file could not be read.
    case evidenceUnreadable(path: String, detail: String)
    /// A code that must be unique is taken.
    case duplicate(LookupError.Subject, value: String)
    /// An external id is already used by another person at the same board.
    case externalIDTaken(value: String, board: String?, holder: String)
    /// A person moves to a board where they have no external id yet: the board's id must be given.
    case externalIDNeeded(board: String)
    /// The change would leave nothing different.
    case nothingToChange
    /// A value does not fit.
    case invalid(ValueError)
    /// A person, activity, school... that does not exist or matches more than one.
    case lookup(LookupError)
    /// An activity kind that is not in the vocabulary.
    case unknownKind(UnknownKindError)
    /// A lesson observation that cannot be recorded (bad score, unknown item or observer...): nothing was stored.
    case observation(ObservationError)
    /// Another process held the database longer than the busy timeout.
    case busy(detail: String)
    /// SQLite reported an error that the program did not expect.
    case database(detail: String)
    // Robustness (issue 21):
    /// The disk (or the database's size limit) is full: `path` could not be written; the transaction was rolled back.
    case diskFull(path: String)
    /// The database path names a folder, not a file.
    case databaseIsAFolder(path: String)
    /// An output (`person export --out`) already exists; `isFolder` tells a folder from a file.
    case outputExists(path: String, isFolder: Bool)
    /// An output could not be written at `path`.
    case cannotWrite(path: String, reason: FileWriteReason)
}
