import Foundation

/// Why a file could not be written, as a value the string tables put into words (Foundation's own text,
/// "The operation could not be completed", helps no one and is English only).
public enum FileWriteReason: Sendable, Equatable {
    /// No permission to write there.
    case permissionDenied
    /// The disk is full.
    case diskFull
    /// The folder to write in does not exist.
    case noFolder
    /// The path is a folder.
    case isAFolder
    /// The path names a file where a folder is needed (or a folder in the path is a file).
    case notAFolder
    /// Anything else: the system's error number.
    case other(code: Int)

    /// The reason for an error thrown by Foundation or a POSIX call.
    public static func of(_ error: any Error) -> FileWriteReason {
        if let posix = error as? POSIXError { return of(errno: posix.code.rawValue) }
        let nsError = error as NSError
        var code = nsError.domain == NSPOSIXErrorDomain ? nsError.code : nil
        // Foundation wraps the system's error (on Linux as a Swift error, not always an NSError).
        if code == nil, let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? any Error {
            if let posix = underlying as? POSIXError { code = Int(posix.code.rawValue) } else {
                let wrapped = underlying as NSError
                if wrapped.domain == NSPOSIXErrorDomain { code = wrapped.code }
            }
        }
        if code == nil {
            switch nsError.code {
            case NSFileWriteNoPermissionError: return .permissionDenied
            case NSFileWriteOutOfSpaceError: return .diskFull
            case NSFileNoSuchFileError, NSFileWriteFileExistsError: break
            default: break
            }
        }
        return of(errno: Int32(code ?? -1))
    }

    /// The reason for a POSIX error number.
    public static func of(errno code: Int32) -> FileWriteReason {
        switch code {
        case EACCES, EPERM, EROFS: .permissionDenied
        case ENOSPC, EDQUOT, EFBIG: .diskFull
        case ENOENT: .noFolder
        case EISDIR: .isAFolder
        case ENOTDIR, EEXIST: .notAFolder
        default: .other(code: Int(code))
        }
    }
}
