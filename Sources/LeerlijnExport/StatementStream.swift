import Foundation
import LeerlijnCore
import LeerlijnStore

/// The statements of new activity revisions for an xAPI register, built as the activities are read and sent straight
/// away: a page of activities is read, its statements written (``XAPIStatementWriter``), noted in the ledger as
/// `sending` (one transaction), and its batches handed to the sending threads, while the next page is read. The
/// register's confirmations are written to the ledger by a thread of their own, many batches per transaction; a batch
/// the register does not take goes to the outbox with its payloads (StatementLedger.swift).
final class StatementStream {
    private let exporter: Exporter
    private let unsent: UnsentStatements
    private var writer: XAPIStatementWriter
    /// Statements handed to the register in this run.
    private(set) var handedOver = 0

    init(exporter: Exporter, person: String?, since: Day?) throws {
        guard let vocabulary = exporter.register.xapi else { throw ExportError.unsupported(register: exporter.register.id, kind: exporter.register.kind.rawValue) }
        self.exporter = exporter
        unsent = try exporter.database.unsentStatements(register: exporter.register.id, person: person, since: since)
        writer = XAPIStatementWriter(vocabulary: vocabulary, kinds: try exporter.database.activityKinds())
    }

    private var pageSize: Int { exporter.pageSize ?? 2_000 }

    /// How many statements are left to send.
    func count() throws -> Int { try unsent.count() }

    /// The payloads the stream would send (a dry run), in order.
    func payloads() throws -> [String] {
        var payloads: [String] = []
        var bytes: [UInt8] = []
        while true {
            let page = try unsent.next(limit: pageSize)
            if page.isEmpty { return payloads }
            for fields in page {
                bytes.removeAll(keepingCapacity: true)
                writer.write(fields, to: &bytes)
                payloads.append(String(decoding: bytes, as: UTF8.self))
            }
        }
    }

    /// Sends every unsent statement through `pool`, and returns when the register has answered for each.
    func send(pool: SenderPool, endpoint: String, counter: Counter) throws {
        let register = exporter.register
        let database = exporter.database
        let recorder = LedgerRecorder(database: database, register: register.id)
        let url = endpoint + "/statements"
        defer {
            pool.drain()
            recorder.finish()
        }
        while counter.error == nil {
            let page = try unsent.next(limit: pageSize)
            if page.isEmpty { break }
            try database.markSending(register: register.id, page.map { StatementKey(activity: $0.activity, revision: $0.revision) })
            handedOver += page.count
            for start in stride(from: 0, to: page.count, by: register.batchSize) {
                let fields = page[start..<min(start + register.batchSize, page.count)]
                var body: [UInt8] = [0x5B]
                body.reserveCapacity(fields.count * 900)
                var ends: [Int] = []
                for statement in fields {
                    if body.count > 1 { body.append(0x2C) }
                    writer.write(statement, to: &body)
                    ends.append(body.count)
                }
                body.append(0x5D)
                let batch = Batch(keys: fields.map { StatementKey(activity: $0.activity, revision: $0.revision) }, people: fields.map(\.person),
                                  body: body, ends: ends)
                pool.add { connection in
                    guard counter.error == nil else {
                        // Not handed over after all: nothing to remember.
                        recorder.forget(batch.keys)
                        return
                    }
                    do {
                        try self.deliver(batch, to: url, endpoint: endpoint, connection: connection, recorder: recorder, counter: counter)
                    } catch {
                        counter.fail(error)
                    }
                }
            }
        }
        if let error = recorder.error { throw error }
    }

    /// One request's statements: their keys and people, the body, and where each statement ends in it.
    private struct Batch: Sendable {
        var keys: [StatementKey]
        var people: [PersonID]
        var body: [UInt8]
        var ends: [Int]

        /// The statement at `index`, as text.
        func payload(_ index: Int) -> String {
            let start = index == 0 ? 1 : ends[index - 1] + 1
            return String(decoding: body[start..<ends[index]], as: UTF8.self)
        }

        func returned(_ places: [Int]) -> [ReturnedStatement] {
            places.map { ReturnedStatement(key: keys[$0], person: people[$0], payload: payload($0)) }
        }
    }

    private func deliver(_ batch: Batch, to url: String, endpoint: String, connection: HTTPConnection, recorder: LedgerRecorder, counter: Counter) throws {
        let register = exporter.register
        let delivery = try exporter.withRetries(count: batch.keys.count, post: { batch.body.withUnsafeBytes { connection.post(url, body: $0) } }) { status in
            if status == 200 { return .all }
            // Possibly stored (ADL answers 409 for any known id, Ralph 204 when all were known): ask for each.
            return .some(batch.keys.indices.filter { index in
                let key = batch.keys[index]
                return connection.statementExists(endpoint, id: XAPIStatement.statementID(activity: key.activity, revision: key.revision).uuidString.lowercased())
            })
        }
        let all = Array(batch.keys.indices)
        switch delivery {
        case let .confirmed(held, status, attempts):
            recorder.sent(held.map { batch.keys[$0] })
            let missing = Set(all).subtracting(held).sorted()
            try exporter.database.returnToOutbox(register: register.id, batch.returned(missing), attempts: attempts, status: status,
                                                 error: "the register holds a different statement with this id", failed: true)
            counter.add(all.count, sent: held.count, progress: exporter.progress)
        case let .notDelivered(status, error, refused, attempts):
            try exporter.database.returnToOutbox(register: register.id, batch.returned(all), attempts: attempts, status: status, error: error, failed: refused)
            counter.add(all.count, sent: 0, progress: exporter.progress)
        case let .unauthorized(status, error, attempts):
            try exporter.database.returnToOutbox(register: register.id, batch.returned(all), attempts: attempts, status: status, error: error, failed: false)
            throw ExportError.unauthorized(register: register.id, status: status)
        }
    }
}

/// Writes the register's confirmations to the ledger on a thread of its own: whatever arrived since its last write goes
/// in one transaction, so the sending threads never wait for the database.
final class LedgerRecorder: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [StatementKey] = []
    private var forgotten: [StatementKey] = []
    private var closed = false
    private var stopped = false
    private var firstError: (any Error)?

    init(database: LeerlijnDatabase, register: String) {
        let thread = Thread { [self] in
            while true {
                let (sent, forget, last) = condition.withLock {
                    while waiting.isEmpty && forgotten.isEmpty && !closed { condition.wait() }
                    defer {
                        waiting.removeAll(keepingCapacity: true)
                        forgotten.removeAll()
                    }
                    return (waiting, forgotten, closed)
                }
                do {
                    try database.markSent(register: register, sent)
                    try database.forgetSending(register: register, forget)
                } catch {
                    condition.withLock { if firstError == nil { firstError = error } }
                }
                if last && sent.isEmpty && forget.isEmpty { break }
            }
            condition.withLock {
                stopped = true
                condition.broadcast()
            }
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The first error writing to the ledger, if any.
    var error: (any Error)? { condition.withLock { firstError } }

    /// Confirmed by the register.
    func sent(_ keys: [StatementKey]) {
        condition.withLock {
            waiting.append(contentsOf: keys)
            condition.signal()
        }
    }

    /// Noted as `sending` but never handed over (the run stopped first).
    func forget(_ keys: [StatementKey]) {
        condition.withLock {
            forgotten.append(contentsOf: keys)
            condition.signal()
        }
    }

    /// Writes what is left and stops the thread.
    func finish() {
        condition.withLock {
            closed = true
            condition.broadcast()
            while !stopped { condition.wait() }
        }
    }
}
