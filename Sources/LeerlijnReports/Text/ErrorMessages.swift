import LeerlijnCore
import LeerlijnExport
import LeerlijnProfiles
import LeerlijnStore

/// What kind of failure an error is; the CLI turns each into one documented exit code.
public enum ErrorCategory: Sendable, Equatable {
    /// The data given is wrong: a bad value, an unknown kind, an ambiguous name, a duplicate (exit 65).
    case badData
    /// Something named does not exist: a person, an activity, the database file (exit 66).
    case notFound
    /// A file or the database could not be read or written (exit 74).
    case io
    /// Another process kept the database busy; trying again may work (exit 75).
    case temporary
    /// A fault in Leerlijn itself (exit 70).
    case `internal`
}

/// A message for the user and the kind of failure, for any error the library throws.
public struct UserMessage: Sendable, Equatable {
    public var text: String
    public var category: ErrorCategory
}

extension Strings {
    /// Describes `error` for the user in this language.
    public func describe(_ error: any Error) -> UserMessage {
        switch error {
        case let error as StoreError: return describe(store: error)
        case let error as LookupError: return describe(lookup: error)
        case let error as ValueError:
            return UserMessage(text: invalidValue(fieldName(error.field), error.value, expectation(error.expectation)), category: .badData)
        case let error as UnknownKindError: return describe(kind: error)
        case let error as ObservationError: return describe(observation: error)
        case let error as DateParseError:
            return UserMessage(text: badDate(error.input, error.reason, error.acceptedForms), category: .badData)
        case let error as ImportError:
            switch error {
            case let .rejected(report):
                let lines = report.problems.map { "  \(self.line) \($0.line)\($0.column.map { ", \($0)" } ?? "")\($0.value.map { " '\($0)'" } ?? ""): \(MessageText.cut($0.reason, limit: 400))" }
                let more = report.rejected > report.problems.count ? ["  ... \(report.rejected - report.problems.count)"] : []
                return UserMessage(text: ([importRejected(report.file, report.rejected, report.rows)] + lines + more).joined(separator: "\n"), category: .badData)
            case let .missingColumns(file, missing, found):
                return UserMessage(text: importMissingColumns(file, missing, found.prefix(40).map { MessageText.cut($0) }), category: .badData)
            case let .unreadable(file, detail): return UserMessage(text: importUnreadable(file, detail), category: .io)
            case let .unclosedQuote(file, line): return UserMessage(text: input.unclosedQuote(file, line), category: .badData)
            case let .empty(file): return UserMessage(text: input.emptyFile(file), category: .badData)
            case let .unsupportedEncoding(file, encoding): return UserMessage(text: input.unsupportedEncoding(file, encoding), category: .badData)
            case let .isAFolder(file): return UserMessage(text: input.isAFolder(file), category: .io)
            case let .noSuchFile(file): return UserMessage(text: input.noSuchFile(file), category: .notFound)
            case let .notReadable(file): return UserMessage(text: input.notReadable(file), category: .io)
            case let .fieldTooLong(file, line, column, limit): return UserMessage(text: input.fieldTooLong(file, line, column, limit), category: .badData)
            case let .cannotWriteRejects(file): return UserMessage(text: input.cannotWriteRejects(file), category: .io)
            }
        case let error as ExportError:
            switch error {
            case let .unauthorized(register, status): return UserMessage(text: exportUnauthorized(register, status), category: .io)
            case let .unsafeConfigFile(path, mode): return UserMessage(text: unsafeConfigFile(path, mode), category: .badData)
            case let .unreadableConfigFile(path): return UserMessage(text: unreadableConfigFile(path), category: .badData)
            case let .noEndpoint(register):
                return UserMessage(text: noEndpoint(register, "LEERLIJN_\(register.uppercased().replacingOccurrences(of: "-", with: "_"))_ENDPOINT"), category: .badData)
            case let .missingSecret(register, variables): return UserMessage(text: missingSecret(register, variables), category: .badData)
            case let .unsupported(register, kind): return UserMessage(text: unsupportedRegister(register, kind), category: .badData)
            case let .unknownRule(register, rule): return UserMessage(text: unknownDossierRule(register, rule), category: .badData)
            }
        case let error as ProfileValidationError:
            let lines = error.issues.prefix(50).map { "  \($0)" }
            let more = error.issues.count > 50 ? ["  ... \(error.issues.count - 50)"] : []
            return UserMessage(text: ([profileProblems(error.issues.count)] + lines + more).joined(separator: "\n"), category: .badData)
        case let error as PageError:
            switch error {
            case let .cannotWrite(path, detail): return UserMessage(text: cannotWritePage(path, detail), category: .io)
            case let .noFolder(path, folder): return UserMessage(text: noFolder(path, folder), category: .io)
            case let .isAFolder(path): return UserMessage(text: input.pageIsAFolder(path), category: .io)
            case .emptyPath: return UserMessage(text: input.emptyPath("--html/--out"), category: .badData)
            case let .unwritable(path, reason): return UserMessage(text: input.cannotWrite(path, reason), category: .io)
            }
        case let error as DurationParseError:
            return UserMessage(text: badDuration(error.input, error.reason, error.acceptedForms), category: .badData)
        default:
            return UserMessage(text: internalError("\(error)"), category: .internal)
        }
    }

    private func describe(store error: StoreError) -> UserMessage {
        switch error {
        case let .databaseMissing(path): return UserMessage(text: databaseMissing(path), category: .notFound)
        case let .databaseTooNew(path): return UserMessage(text: databaseTooNew(path), category: .badData)
        case let .notADatabase(path, detail): return UserMessage(text: notADatabase(path, detail), category: .io)
        case let .cannotCreate(path, detail): return UserMessage(text: cannotCreate(path, detail), category: .io)
        case let .evidenceUnreadable(path, detail): return UserMessage(text: evidenceUnreadable(path, detail), category: .io)
        case let .duplicate(subject, value): return UserMessage(text: duplicate(self.subject(subject), value), category: .badData)
        case let .externalIDTaken(value, board, holder):
            return UserMessage(text: externalIDTaken(value, board, holder), category: .badData)
        case let .externalIDNeeded(board): return UserMessage(text: externalIDNeeded(board), category: .badData)
        case .nothingToChange: return UserMessage(text: nothingToChange, category: .badData)
        case let .invalid(value): return describe(value)
        case let .lookup(lookup): return describe(lookup: lookup)
        case let .unknownKind(kind): return describe(kind: kind)
        case let .observation(error): return describe(observation: error)
        case let .busy(detail): return UserMessage(text: busy(detail), category: .temporary)
        case let .database(detail): return UserMessage(text: databaseError(detail), category: .io)
        case let .diskFull(path): return UserMessage(text: input.diskFull(path), category: .io)
        case let .databaseIsAFolder(path): return UserMessage(text: input.databaseIsAFolder(path), category: .io)
        case let .outputExists(path, isFolder): return UserMessage(text: input.outputExists(path, isFolder), category: .badData)
        case let .cannotWrite(path, reason): return UserMessage(text: input.cannotWrite(path, reason), category: .io)
        }
    }

    /// The input and bad-day messages in this table's language (Strings does not carry its language; the two
    /// tables differ in their error prefix, as for ``ObservationStrings``).
    var input: InputStrings { errorPrefix == Strings.nl.errorPrefix ? .nl : .en }

    private func describe(lookup error: LookupError) -> UserMessage {
        switch error {
        case let .notFound(subject, query, suggestions):
            var text = notFound(self.subject(subject), query)
            if !suggestions.isEmpty { text += " " + didYouMean(suggestions) }
            return UserMessage(text: text, category: .notFound)
        case let .ambiguous(subject, query, candidates):
            return UserMessage(text: ambiguous(self.subject(subject), query, candidates), category: .badData)
        case let .ambiguousID(subject, query, candidates, more):
            return UserMessage(text: friction.ambiguousID(self.subject(subject), query, candidates, more), category: .badData)
        }
    }

    private func describe(kind error: UnknownKindError) -> UserMessage {
        var text = unknownKind(error.input)
        if !error.suggestions.isEmpty { text += " " + didYouMean(error.suggestions) }
        return UserMessage(text: text + "\n" + kindsHint, category: .badData)
    }
}
