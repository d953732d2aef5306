import Foundation
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnStore

/// A refused command as JSON, for scripts that ran it with `--format json` (docs/cli.md, "Errors as JSON").
public struct ErrorJSON: Encodable, Sendable, Equatable {
    /// A stable identifier, the same in every language (`field-too-long`, `disk-full`, `rejected`...).
    public var code: String
    /// The message in the user's language, as printed on standard error.
    public var message: String
    /// The exit code.
    public var exit: Int32
    /// The file concerned, when there is one.
    public var file: String?
    /// The line (from 1) and column (from 1) in it, when known.
    public var line: Int?
    public var column: Int?
    /// The problems of a profile file, `{file, line, message}` each.
    public var issues: [ProfileIssue]?
}

extension Strings {
    /// What a refused command prints on standard output with `--format json`: a rejected import prints its
    /// ImportReport (the same shape as a successful one, with every problem's `code`); anything else
    /// `{"error": {code, message, exit, file, line, column}}`.
    public func errorJSON(_ error: any Error, exit: Int32, message described: UserMessage? = nil) -> String {
        if case let ImportError.rejected(report)? = error as? ImportError, let text = try? JSONOutput.encoded(report) { return text }
        let message = described ?? describe(error)
        var body = ErrorJSON(code: Self.errorCode(error, category: message.category), message: message.text, exit: exit)
        switch error {
        case let error as ImportError:
            switch error {
            case let .unreadable(file, _), let .empty(file), let .isAFolder(file), let .noSuchFile(file), let .notReadable(file),
                 let .cannotWriteRejects(file), let .unsupportedEncoding(file, _):
                body.file = file
            case let .missingColumns(file, _, _): (body.file, body.line) = (file, 1)   // the header line
            case let .unclosedQuote(file, line): (body.file, body.line) = (file, line)
            case let .fieldTooLong(file, line, column, _): (body.file, body.line, body.column) = (file, line, column)
            case let .rejected(report): body.file = report.file
            }
        case let error as StoreError:
            switch error {
            case let .diskFull(path), let .databaseIsAFolder(path), let .databaseMissing(path), let .notADatabase(path, _),
                 let .cannotCreate(path, _), let .outputExists(path, _), let .cannotWrite(path, _):
                body.file = path
            default: break
            }
        case let error as ProfileValidationError:
            body.issues = error.issues
            body.file = error.issues.first?.file
            body.line = error.issues.first?.line
        case let error as ObservationError:
            body.file = error.file
            body.line = error.line
        default: break
        }
        struct Wrapper: Encodable { var error: ErrorJSON }
        return (try? JSONOutput.encoded(Wrapper(error: body))) ?? "{\"error\": {\"code\": \"\(body.code)\"}}\n"
    }

    /// The stable code of an error (``ErrorJSON/code``).
    public static func errorCode(_ error: any Error, category: ErrorCategory) -> String {
        switch error {
        case let error as ImportError:
            switch error {
            case .unreadable: return "unreadable"
            case .missingColumns: return "missing-columns"
            case .rejected: return "rejected"
            case .unclosedQuote: return "unclosed-quote"
            case .empty: return "empty-file"
            case .unsupportedEncoding: return "unsupported-encoding"
            case .isAFolder: return "is-a-folder"
            case .noSuchFile: return "no-such-file"
            case .notReadable: return "not-readable"
            case .fieldTooLong: return "field-too-long"
            case .cannotWriteRejects: return "cannot-write-rejects"
            }
        case let error as StoreError:
            switch error {
            case .diskFull: return "disk-full"
            case .databaseIsAFolder: return "database-is-a-folder"
            case .databaseMissing: return "database-missing"
            case .notADatabase: return "not-a-database"
            case .outputExists: return "output-exists"
            case .cannotWrite: return "cannot-write"
            case .busy: return "busy"
            case .lookup(.notFound), .evidenceUnreadable: return "not-found"
            default: break
            }
        case is ProfileValidationError: return "profile-problems"
        case is ObservationError: return "observation"
        case is PageError: return "cannot-write"
        case is LookupError: return category == .notFound ? "not-found" : "ambiguous"
        default: break
        }
        switch category {
        case .badData: return "bad-data"
        case .notFound: return "not-found"
        case .io: return "io"
        case .temporary: return "temporary"
        case .internal: return "internal"
        }
    }
}
