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
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw ImportError.unreadable(file: path, detail: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
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
            read += Int64(chunk.count)
            try handleRecords(parser.feed(chunk))
            progress?(read, size)
        }
        let closing = parser.isInsideQuotes
        try handleRecords(parser.finish())
        if closing { throw ImportError.unclosedQuote(file: path, line: 0) }
        if !seenHeader { throw ImportError.missingColumns(file: path, missing: ["(header line)"], found: []) }
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
            throw ImportError.unreadable(file: path, detail: "cannot write the rejects file")
        }
        self.handle = handle
        self.separator = separator
        self.path = path
        if byteOrderMark { handle.write(Data([0xEF, 0xBB, 0xBF])) }
        write(header + ["line", "reason"])
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
            throw ImportError.unreadable(file: path, detail: "cannot write the rejects file")
        }
    }

    func write(_ fields: [String]) {
        let line = fields.map { field -> String in
            guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: separator) + "\r\n"
        handle.write(Data(line.utf8))
    }

    func close() {
        guard !closed else { return }
        closed = true
        try? handle.close()
    }
}
