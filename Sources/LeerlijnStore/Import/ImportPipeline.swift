import Foundation
import LeerlijnCore

/// Reads and prepares an import file's rows on a thread of its own while the database thread stores them.
///
/// An import does two kinds of work per row: reading it (decoding the file, splitting fields, parsing dates and
/// durations, resolving people, kinds and competences, hashing the row's identity) and storing it (SQLite's B-tree
/// work). On two cores they overlap: the reader hands over batches of prepared rows, in file order, through a queue of
/// at most a few batches, so memory stays bounded whatever the file's size. The reader never touches the database;
/// rows, problems and the report stay in the order of the file. When the storing side stops (an error), the reader is
/// told to stop and waited for, so no thread outlives the import.
final class ImportPipeline<Prepared>: @unchecked Sendable {
    /// A data row with what reading it gave: the prepared row, or why it is rejected.
    struct Row {
        var record: CSVParser.Record
        var prepared: Result<Prepared, RowProblem>
    }

    /// What the reader hands over, in order.
    enum Message {
        case header(CSVHeader, separator: UInt8?)
        case rows([Row])
        case finished(CSVParser)
        case failed(any Error)
    }

    /// Rows per batch, and batches that may wait: about a thousand rows at most in memory.
    static var batchSize: Int { 256 }
    static var waitingBatches: Int { 3 }

    private let condition = NSCondition()
    private var waiting: [Message] = []
    private var stopped = false
    private let done = DispatchSemaphore(value: 0)

    private let path: String
    private let prepare: (CSVParser.Record, CSVHeader) throws -> Prepared
    private let progress: (@Sendable (Int64, Int64) -> Void)?
    private let columnMap: [(column: String, field: String)]

    /// Starts reading `path` on a new thread: `prepare` runs there for every data row (it may keep its own caches: it
    /// is only ever called from that thread).
    init(path: String, columnMap: [(column: String, field: String)] = [], prepare: @escaping (CSVParser.Record, CSVHeader) throws -> Prepared,
         progress: (@Sendable (Int64, Int64) -> Void)?) {
        self.path = path
        self.columnMap = columnMap
        self.prepare = prepare
        self.progress = progress
        let reader = Thread { [self] in
            defer { done.signal() }
            read()
        }
        reader.stackSize = 1 << 22
        reader.start()
    }

    /// The reading thread's work: every row prepared and sent in batches, then the parser (or the error).
    private func read() {
        var header = CSVHeader([])
        var batch: [Row] = []
        batch.reserveCapacity(Self.batchSize)
        do {
            let parser = try CSVFile(path: path).read(header: { found, parser in
                header = found.mapping(columnMap).header
                try send(.header(found, separator: parser.separator))
            }, record: { record in
                let prepared: Result<Prepared, RowProblem>
                do { prepared = .success(try prepare(record, header)) } catch let problem as RowProblem { prepared = .failure(problem) }
                batch.append(Row(record: record, prepared: prepared))
                if batch.count == Self.batchSize {
                    try send(.rows(batch))
                    batch.removeAll(keepingCapacity: true)
                }
            }, progress: { [progress] read, size in progress?(read, size) })
            if !batch.isEmpty { try send(.rows(batch)) }
            try send(.finished(parser))
        } catch is Stopped {
            return
        } catch {
            try? send(.failed(error))
        }
    }

    private struct Stopped: Error {}

    /// Queues a message, waiting while the queue is full; throws when the storing side has stopped.
    private func send(_ message: Message) throws {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.waitingBatches && !stopped { condition.wait() }
        if stopped { throw Stopped() }
        waiting.append(message)
        condition.broadcast()
    }

    /// The next message, waiting for the reader when there is none yet.
    func next() -> Message {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty { condition.wait() }
        let message = waiting.removeFirst()
        condition.broadcast()
        return message
    }

    /// Tells the reader to stop (if it has not finished) and waits until it has.
    func stop() {
        condition.lock()
        stopped = true
        waiting.removeAll()
        condition.broadcast()
        condition.unlock()
        done.wait()
    }
}
