import Foundation
import LeerlijnCore
import LeerlijnStore

/// A page could not be written.
public enum PageError: Error, Equatable, Sendable {
    /// The file at `path` could not be written (a missing folder, no permission, a full disk).
    case cannotWrite(path: String, detail: String)
    /// The folder to write `path` in does not exist.
    case noFolder(path: String, folder: String)
    /// The path is a folder (or `/`, `.`, `..`): a page needs a file name.
    case isAFolder(path: String)
    /// The path is empty.
    case emptyPath
    /// The file at `path` could not be written, and why.
    case unwritable(path: String, reason: FileWriteReason)
}

/// Writes HTML pages (and other documents) to disk.
public enum PageFile {
    /// Writes `html` to `path` atomically (a reader never sees half a page), creating no folders.
    /// Any path is safe here, one character or `/` alike (``PathName``).
    /// - Throws: ``PageError``.
    public static func write(_ html: String, to path: String) throws(PageError) {
        guard !path.isEmpty else { throw .emptyPath }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { throw .isAFolder(path: path) }
        let folder = PathName.folder(of: path)
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .noFolder(path: path, folder: folder)
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .unwritable(path: path, reason: FileWriteReason.of(error))
        }
    }

    /// The folder a page at `path` is written to, for relative links from it.
    public static func folder(of path: String) -> String {
        let folder = PathName.folder(of: path)
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
    }
}
