import Foundation

/// A page could not be written.
public enum PageError: Error, Equatable, Sendable {
    /// The file at `path` could not be written (a missing folder, no permission, a full disk).
    case cannotWrite(path: String, detail: String)
    /// The folder to write `path` in does not exist.
    case noFolder(path: String, folder: String)
}

/// Writes HTML pages to disk.
public enum PageFile {
    /// Writes `html` to `path` atomically (a reader never sees half a page), creating no folders.
    /// - Throws: ``PageError``.
    public static func write(_ html: String, to path: String) throws(PageError) {
        let folder = (path as NSString).deletingLastPathComponent
        var isDirectory: ObjCBool = false
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw .noFolder(path: path, folder: folder)
        }
        do {
            try Data(html.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw .cannotWrite(path: path, detail: (error as NSError).localizedDescription)
        }
    }

    /// The folder a page at `path` is written to, for relative links from it.
    public static func folder(of path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? FileManager.default.currentDirectoryPath : folder
    }
}
