import Foundation
import LeerlijnCore

/// A list of session participants from a file: a CSV with an `external_id` or `name` column (Dutch names
/// accepted), or one external id or name per line.
public enum ParticipantsFile {
    /// The participants in the file at `path`, in file order.
    /// - Throws: ``ImportError/unreadable(file:detail:)`` when the file cannot be read.
    public static func read(_ path: String) throws(ImportError) -> [String] {
        if let problem = InputFile.problem(path) { throw problem }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, detail: FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        return parse(data)
    }

    /// The participants in CSV or plain-list bytes.
    public static func parse(_ data: Data) -> [String] {
        var parser = CSVParser()
        let records = parser.feed(data) + parser.finish()
        guard let first = records.first else { return [] }
        let header = CSVHeader(first.fields)
        if header.position(of: "external_id") != nil || header.position(of: "name") != nil {
            return records.dropFirst().compactMap { header.value("external_id", in: $0.fields) ?? header.value("name", in: $0.fields) }
        }
        return records.compactMap { $0.fields.first?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
