import Foundation
import LeerlijnCore

/// Reads a CSV file in chunks, so memory stays constant whatever the file's size.
struct CSVFile {
    let path: String

    /// Calls `body` with the header and then each record, in order.
    /// - Parameter progress: called now and then with the bytes read and the file's size.
    func read(
        header: (CSVHeader, CSVParser) throws -> Void, record: (CSVParser.Record) throws -> Void,
        progress: ((Int64, Int64) -> Void)? = nil
    ) throws -> CSVParser {
        if let problem = InputFile.problem(path) { throw problem }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw ImportError.notReadable(file: path) }
        defer { try? handle.close() }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int64) ?? 0
        var parser = CSVParser()
        var seenHeader = false
        var read: Int64 = 0
        func handleRecords(_ records: [CSVParser.Record]) throws {
            for item in records {
                if !seenHeader {
                    seenHeader = true
                    try header(CSVHeader(item.fields), parser)
                } else {
                    try record(item)
                }
            }
        }
        while true {
            let chunk: Data
            do {
                guard let data = try handle.read(upToCount: 1 << 20), !data.isEmpty else { break }
                chunk = data
            } catch {
                throw ImportError.unreadable(file: path, detail: error.localizedDescription)
            }
            if read == 0, let encoding = CSVParser.unsupportedEncoding(chunk) {
                throw ImportError.unsupportedEncoding(file: path, encoding: encoding)
            }
            read += Int64(chunk.count)
            let records = parser.feed(chunk)
            if let position = parser.overlongField {
                throw ImportError.fieldTooLong(file: path, line: position.line, column: position.column, limit: CSVParser.fieldLimit)
            }
            try handleRecords(records)
            progress?(read, size)
        }
        if let line = parser.openQuoteLine { throw ImportError.unclosedQuote(file: path, line: line) }
        let records = parser.finish()
        if let position = parser.overlongField {
            throw ImportError.fieldTooLong(file: path, line: position.line, column: position.column, limit: CSVParser.fieldLimit)
        }
        try handleRecords(records)
        if !seenHeader { throw ImportError.empty(file: path) }
        return parser
    }
}

/// Writes the rows an import skipped, with a `reason` column, for `--skip-invalid REJECTS.csv`, in the input's form:
/// its separator, its byte order mark (or none) and its encoding, so that the file opens as the input did and can
/// be fixed and imported again.
final class RejectsFile {
    private let handle: FileHandle
    private let separator: String
    private let path: String
    private var closed = false

    init(path: String, header: [String], separator: String, byteOrderMark: Bool = false) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError.cannotWriteRejects(file: path)
        }
        self.path = path
        self.handle = handle
        self.separator = separator
        if byteOrderMark { try append(Data([0xEF, 0xBB, 0xBF])) }
        try write(header + ["line", "reason"])
    }

    /// Whether the file at `path` starts with a UTF-8 byte order mark.
    static func startsWithByteOrderMark(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: 3)) == Data([0xEF, 0xBB, 0xBF])
    }

    /// Closes the file; an input in Windows-1252 gets its rejects in Windows-1252 too (written as UTF-8 until the
    /// input's encoding was known, then converted; characters Windows-1252 lacks stay as they were).
    func finish(encoding: CSVParser.Encoding) throws {
        close()
        guard encoding == .windows1252, let data = FileManager.default.contents(atPath: path) else { return }
        let text = String(decoding: data, as: UTF8.self)
        guard let converted = text.data(using: .windowsCP1252) else { return }
        do {
            try converted.write(to: URL(fileURLWithPath: path))
        } catch {
            throw ImportError.cannotWriteRejects(file: path)
        }
    }

    /// Appends one row; a write that fails (a full disk) stops the import, which then writes nothing.
    func write(_ fields: [String]) throws {
        let line = fields.map { field -> String in
            guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: separator) + "\r\n"
        try append(Data(line.utf8))
    }

    private func append(_ data: Data) throws {
        do { try handle.write(contentsOf: data) } catch {
            throw FileWriteReason.of(error) == .diskFull ? StoreError.diskFull(path: path) : ImportError.cannotWriteRejects(file: path)
        }
    }

    func close() {
        guard !closed else { return }
        closed = true
        try? handle.close()
    }
}

/// Checks made before a file is opened for reading, the same for every kind of input file (imports, participants,
/// scores): each problem is an ``ImportError`` the string tables put into words.
public enum InputFile {
    /// Why `path` cannot be read as a file (missing, a folder, no permission), or nil.
    public static func problem(_ path: String) -> ImportError? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .noSuchFile(file: path) }
        if isFolder.boolValue { return .isAFolder(file: path) }
        if !FileManager.default.isReadableFile(atPath: path) { return .notReadable(file: path) }
        return nil
    }

    /// Throws when `path` cannot be read as a text file: missing, a folder, no permission, empty (0 bytes, or only a
    /// byte-order mark or blank lines), or UTF-16/UTF-32.
    public static func check(_ path: String) throws(ImportError) {
        if let problem = problem(path) { throw problem }
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .notReadable(file: path) }
        defer { try? handle.close() }
        let head = Array((try? handle.read(upToCount: 4096)) ?? Data())
        if let encoding = CSVParser.unsupportedEncoding(head) { throw .unsupportedEncoding(file: path, encoding: encoding) }
        let content = head.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(head.dropFirst(3)) : head
        if content.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) && head.count < 4096 { throw .empty(file: path) }
    }
}
