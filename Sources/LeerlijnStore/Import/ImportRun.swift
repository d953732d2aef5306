import Foundation
import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Handles one data row of an import file: true when it changed something, false when it was already
    /// there; throws a ``RowProblem`` to reject the row.
    typealias RowHandler = (_ record: CSVParser.Record, _ header: CSVHeader, _ report: inout ImportReport) throws -> Bool

    /// Runs an import the same way for every kind of file: one transaction for the whole file; the header
    /// must hold `required`; rows go to the handler that `prepare` makes inside the transaction; rejected rows
    /// are counted and written to the rejects file when there is one; any rejected row without a rejects file,
    /// or a dry run, rolls everything back; otherwise `finish` runs and one audit line records the report.
    /// - Throws: ``ImportError/rejected(_:)`` when rows were rejected and no rejects file was given.
    func runImport(
        _ path: String, options: ImportOptions, required: [String], progress: (@Sendable (Int64, Int64) -> Void)?,
        finish: ((Database) throws -> Void)? = nil, prepare: (Database) throws -> RowHandler
    ) throws -> ImportReport {
        var report = ImportReport(file: path)
        report.dryRun = options.dryRun
        var rejects: RejectsFile?
        defer { rejects?.close() }
        try writer.writeWithoutTransaction { db in
            try db.inTransaction {
                let handle = try prepare(db)
                var header = CSVHeader([])
                let parser = try CSVFile(path: path).read(header: { found, parser in
                    header = found
                    let missing = required.filter { found.position(of: $0) == nil }
                    guard missing.isEmpty else { throw ImportError.missingColumns(file: path, missing: missing, found: found.names) }
                    if let rejectsPath = options.rejectsPath {
                        rejects = try RejectsFile(path: rejectsPath, header: found.names, separator: String(UnicodeScalar(parser.separator ?? 44)))
                    }
                }, record: { record in
                    report.rows += 1
                    do {
                        if try handle(record, header, &report) { report.imported += 1 } else { report.unchanged += 1 }
                    } catch let problem as RowProblem {
                        report.record(problem)
                        rejects?.write(record.fields + [String(record.line), "\(problem.column.map { "\($0): " } ?? "")\(problem.reason)"])
                    }
                }, progress: { read, size in progress?(read, size) })
                report.separator = String(UnicodeScalar(parser.separator ?? 44))
                report.encoding = (parser.encoding ?? .utf8).rawValue
                if report.rejected > 0 && options.rejectsPath == nil { return .rollback }
                if options.dryRun { return .rollback }
                try finish?(db)
                try self.audit(.create, entity: "import", id: (path as NSString).lastPathComponent, before: nil as ImportReport?, after: report,
                               actor: options.actor, db)
                return .commit
            }
        }
        if report.rejected > 0 && options.rejectsPath == nil { throw ImportError.rejected(report) }
        return report
    }
}
