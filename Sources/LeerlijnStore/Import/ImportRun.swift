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
        try runImport(path, options: options, required: required, progress: progress, finish: finish) { db in
            let handle = try prepare(db)
            return (read: { record, _ in record }, store: { _, record, header, report in try handle(record, header, &report) })
        }
    }

    /// Reads a row off the database thread (``ImportPipeline``): no database access; throws a ``RowProblem`` to reject it.
    typealias RowReader<Prepared> = (_ record: CSVParser.Record, _ header: CSVHeader) throws -> Prepared
    /// Stores a row that was read, on the database thread: true when it changed something, false when it was already
    /// there; throws a ``RowProblem`` to reject it.
    typealias RowStorer<Prepared> = (_ prepared: Prepared, _ record: CSVParser.Record, _ header: CSVHeader, _ report: inout ImportReport) throws -> Bool

    /// ``runImport(_:options:required:progress:finish:prepare:)`` with each row's work in two parts: `read` runs on the
    /// reading thread, `store` on the database thread, in file order.
    func runImport<Prepared>(
        _ path: String, options: ImportOptions, required: [String], progress: (@Sendable (Int64, Int64) -> Void)?,
        finish: ((Database) throws -> Void)? = nil,
        prepare: (Database) throws -> (read: RowReader<Prepared>, store: RowStorer<Prepared>)
    ) throws -> ImportReport {
        var report = ImportReport(file: path)
        report.dryRun = options.dryRun
        var rejects: RejectsFile?
        defer { rejects?.close() }
        do {
        try writer.writeWithoutTransaction { db in
            try db.inTransaction {
                let (read, store) = try prepare(db)
                let pipeline = ImportPipeline(path: path, columnMap: options.columnMap, prepare: read, progress: progress)
                defer { pipeline.stop() }
                var header = CSVHeader([])
                var parser = CSVParser()
                reading: while true {
                    switch pipeline.next() {
                    case .header(let found, let separator):
                        let (mapped, absent) = found.mapping(options.columnMap)
                        header = mapped
                        let missing = absent + required.filter { !mapped.has($0) }
                        guard missing.isEmpty else { throw ImportError.missingColumns(file: path, missing: missing, found: found.names) }
                        if let rejectsPath = options.rejectsPath {
                            rejects = try RejectsFile(path: rejectsPath, header: found.names, separator: String(UnicodeScalar(separator ?? 44)),
                                                      byteOrderMark: RejectsFile.startsWithByteOrderMark(path))
                        }
                    case .rows(let rows):
                        for row in rows {
                            report.rows += 1
                            do {
                                let prepared = try row.prepared.get()
                                if try store(prepared, row.record, header, &report) { report.imported += 1 } else { report.unchanged += 1 }
                            } catch let problem as RowProblem {
                                report.record(problem)
                                try rejects?.write(row.record.fields + [String(row.record.line), "\(problem.column.map { "\($0): " } ?? "")\(problem.reason)"])
                            }
                        }
                    case .finished(let finished):
                        parser = finished
                        break reading
                    case .failed(let error):
                        throw error
                    }
                }
                report.separator = String(UnicodeScalar(parser.separator ?? 44))
                report.encoding = (parser.encoding ?? .utf8).rawValue
                try rejects?.finish(encoding: parser.encoding ?? .utf8)
                if report.rejected > 0 && options.rejectsPath == nil { return .rollback }
                if options.dryRun { return .rollback }
                try finish?(db)
                try self.audit(.create, entity: "import", id: PathName.lastComponent(of: path), before: nil as ImportReport?, after: report,
                               actor: options.actor, db)
                return .commit
            }
        }
        } catch let error as DatabaseError {
            // A full disk (or any SQLite failure) rolled the whole file back: say so, naming the database file.
            throw StoreError.wrap(error, path: writer.path)
        }
        if report.rejected > 0 && options.rejectsPath == nil { throw ImportError.rejected(report) }
        return report
    }
}
