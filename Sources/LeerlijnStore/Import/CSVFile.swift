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

/// Writes the rows an import skipped, with a `reason` column, for `--skip-invalid REJECTS.csv`.
final class RejectsFile {
    private let handle: FileHandle
    private let separator: String

    init(path: String, header: [String], separator: String) throws {
        guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw ImportError.cannotWriteRejects(file: path)
        }
        self.path = path
        self.handle = handle
        self.separator = separator
        try write(header + ["line", "reason"])
    }

    private let path: String

    /// Appends one row; a write that fails (a full disk) stops the import, which then writes nothing.
    func write(_ fields: [String]) throws {
        let line = fields.map { field -> String in
            guard field.contains(where: { $0 == "\"" || $0 == "\n" || $0 == "\r" || String($0) == separator }) else { return field }
            return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }.joined(separator: separator) + "\r\n"
        do { try handle.write(contentsOf: Data(line.utf8)) } catch {
            throw FileWriteReason.of(error) == .diskFull ? StoreError.diskFull(path: path) : ImportError.cannotWriteRejects(file: path)
        }
    }

    func close() { try? handle.close() }
}

/// Checks made before a file is opened for reading, the same for every kind of input file.
enum InputFile {
    /// Why `path` cannot be read as a file (missing, a folder, no permission), or nil.
    static func problem(_ path: String) -> ImportError? {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return .noSuchFile(file: path) }
        if isFolder.boolValue { return .isAFolder(file: path) }
        if !FileManager.default.isReadableFile(atPath: path) { return .notReadable(file: path) }
        return nil
    }
}
