import Foundation
import LeerlijnCore

/// Keeps evidence files: each is copied into the evidence folder under its SHA-256
/// (`ab/abcdef...`), so the same file given twice is kept once and a stored file never changes.
struct EvidenceFolder {
    /// The folder, normally `<database path>-evidence`.
    let root: String

    /// Copies the file at `path` into the folder and returns its fingerprint and size.
    /// - Throws: ``StoreError/evidenceUnreadable(path:detail:)`` when the file cannot be read.
    func store(fileAt path: String) throws(StoreError) -> (sha256: String, byteCount: Int64, name: String) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw .evidenceUnreadable(path: path, detail: "no such file")
        }
        guard !isDirectory.boolValue else { throw .evidenceUnreadable(path: path, detail: "a folder, not a file") }
        guard let input = FileHandle(forReadingAtPath: path) else {
            throw .evidenceUnreadable(path: path, detail: "permission denied")
        }
        defer { try? input.close() }
        do {
            try fileManager.createDirectory(atPath: root, withIntermediateDirectories: true)
        } catch {
            throw .evidenceUnreadable(path: root, detail: "cannot create the evidence folder: \(error.localizedDescription)")
        }
        let temporary = root + "/.incoming-\(UUID().uuidString)"
        guard fileManager.createFile(atPath: temporary, contents: nil), let output = FileHandle(forWritingAtPath: temporary) else {
            throw .evidenceUnreadable(path: root, detail: "cannot write in the evidence folder")
        }
        var hasher = SHA256()
        var byteCount: Int64 = 0
        do {
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                hasher.update(chunk)
                byteCount += Int64(chunk.count)
                try output.write(contentsOf: chunk)
            }
            try output.synchronize()
            try output.close()
        } catch {
            try? output.close()
            try? fileManager.removeItem(atPath: temporary)
            throw .evidenceUnreadable(path: path, detail: error.localizedDescription)
        }
        let digest = hasher.finalize()
        let folder = root + "/" + digest.prefix(2)
        let destination = folder + "/" + digest
        do {
            try fileManager.createDirectory(atPath: folder, withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: destination) {
                try fileManager.removeItem(atPath: temporary)
            } else {
                try fileManager.moveItem(atPath: temporary, toPath: destination)
            }
        } catch {
            try? fileManager.removeItem(atPath: temporary)
            throw .evidenceUnreadable(path: destination, detail: error.localizedDescription)
        }
        return (digest, byteCount, PathName.lastComponent(of: path))
    }

    /// Where the file with this fingerprint is kept.
    func path(forSHA256 digest: String) -> String { root + "/" + digest.prefix(2) + "/" + digest }
}
