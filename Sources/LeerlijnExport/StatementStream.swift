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

    /// Sends every unsent statement through `pool`, and returns when the register has answered for each. A thread of
    /// its own reads the pages and notes each as a flight; this one writes the statements and hands the batches over.
    func send(pool: SenderPool, endpoint: String, counter: Counter) throws {
        let register = exporter.register
        let database = exporter.database
        let recorder = LedgerRecorder(database: database, register: register.id)
        let url = endpoint + "/statements"
        let unsent = self.unsent, pageSize = self.pageSize
        let pages = Handoff<(page: [StatementFields], flight: Int64)>(capacity: 2)
        let reader = Thread {
            do {
                while counter.error == nil {
                    let page = try unsent.next(limit: pageSize)
                    if page.isEmpty { break }
                    let flight = try database.beginFlight(register: register.id, page.map { StatementKey(activity: $0.activity, revision: $0.revision) })
                    guard pages.put((page, flight)) else { break }
                }
            } catch {
                counter.fail(error)
            }
            pages.close()
        }
        reader.stackSize = 1 << 20
        reader.start()
        // Stops the reader, waits for the last answers and their landing (also when this thread throws).
        var finished = false
        func finish() {
            guard !finished else { return }
            finished = true
            pages.cancel()
            pool.drain()
            recorder.finish()
        }
        defer { finish() }
        while let (page, flight) = pages.take() {
            handedOver += page.count
            let tracker = PageTracker(flight: flight, batches: (page.count + register.batchSize - 1) / register.batchSize, recorder: recorder)
            for start in stride(from: 0, to: page.count, by: register.batchSize) {
                let end = min(start + register.batchSize, page.count)
                var body: [UInt8] = [0x5B]
                body.reserveCapacity((end - start) * 900)
                var ends: [Int] = []
                ends.reserveCapacity(end - start)
                for index in start..<end {
                    if index > start { body.append(0x2C) }
                    writer.write(page[index], to: &body)
                    ends.append(body.count)
                }
                body.append(0x5D)
                let batch = Batch(keys: page[start..<end].map { StatementKey(activity: $0.activity, revision: $0.revision) },
                                  people: page[start..<end].map(\.person), body: body, ends: ends)
                pool.add { connection in
                    // A batch not handed over after all (the run stopped) confirms nothing.
                    var confirmed: [StatementKey] = []
                    defer { tracker.batchDone(confirmed: confirmed) }
                    guard counter.error == nil else { return }
                    do {
                        confirmed = try self.deliver(batch, to: url, endpoint: endpoint, connection: connection, counter: counter)
                    } catch {
                        counter.fail(error)
                    }
                }
            }
        }
        finish()
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

    /// Sends a batch with its retries, resolving a batch conflict statement by statement (BatchResolver.swift).
    /// Statements the register did not take go to the outbox.
    /// - Returns: the statements the register confirmed.
    private func deliver(_ batch: Batch, to url: String, endpoint: String, connection: HTTPConnection, counter: Counter) throws -> [StatementKey] {
        let register = exporter.register
        let resolution = try exporter.resolve(count: batch.keys.count, ids: { place in
            let key = batch.keys[place]
            return XAPIStatement.statementID(activity: key.activity, revision: key.revision).uuidString.lowercased()
        }, body: { places in
            // The whole batch as written; a part of it, statement by statement.
            if places.count == batch.keys.count { return batch.body }
            var body: [UInt8] = [0x5B]
            for (index, place) in places.enumerated() {
                if index > 0 { body.append(0x2C) }
                body.append(contentsOf: batch.payload(place).utf8)
            }
            body.append(0x5D)
            return body
        }, endpoint: endpoint, connection: connection)
        var held: [Int] = []
        var others: [String: (places: [Int], status: Int?, error: String, refused: Bool)] = [:]
        for (place, outcome) in resolution.outcomes.enumerated() {
            switch outcome {
            case .held: held.append(place)
            case let .refused(status, error), let .pending(status, error):
                let refused: Bool
                if case .refused = outcome { refused = true } else { refused = false }
                others["\(refused) \(status ?? 0) \(error)", default: ([], status, error, refused)].places.append(place)
            }
        }
        for group in others.values {
            try exporter.database.returnToOutbox(register: register.id, batch.returned(group.places), attempts: resolution.attempts, status: group.status,
                                                 error: group.error, failed: group.refused)
        }
        if let (status, _) = resolution.unauthorized { throw ExportError.unauthorized(register: register.id, status: status) }
        counter.add(batch.keys.count, sent: held.count, progress: exporter.progress)
        return held.map { batch.keys[$0] }
    }
}

/// Counts a page's batches down, gathering what the register confirmed; when the last is answered, the flight lands.
final class PageTracker: @unchecked Sendable {
    private let lock = NSLock()
    private var left: Int
    private var confirmed: [StatementKey] = []
    private let flight: Int64
    private let recorder: LedgerRecorder

    init(flight: Int64, batches: Int, recorder: LedgerRecorder) {
        self.flight = flight
        left = batches
        self.recorder = recorder
    }

    func batchDone(confirmed keys: [StatementKey]) {
        let landed: [StatementKey]? = lock.withLock {
            confirmed += keys
            left -= 1
            return left == 0 ? confirmed : nil
        }
        if let landed { recorder.land(flight, confirmed: landed) }
    }
}

/// Writes the register's confirmations to the ledger on a thread of its own, a flight at a time, so the sending
/// threads never wait for the database.
final class LedgerRecorder: @unchecked Sendable {
    private let condition = NSCondition()
    private var waiting: [(flight: Int64, confirmed: [StatementKey])] = []
    private var closed = false
    private var stopped = false
    private var firstError: (any Error)?

    init(database: LeerlijnDatabase, register: String) {
        let thread = Thread { [self] in
            while true {
                let (flights, last) = condition.withLock {
                    while waiting.isEmpty && !closed { condition.wait() }
                    defer { waiting.removeAll(keepingCapacity: true) }
                    return (waiting, closed)
                }
                do {
                    for flight in flights { try database.landFlight(register: register, flight.flight, confirmed: flight.confirmed) }
                } catch {
                    condition.withLock { if firstError == nil { firstError = error } }
                }
                if last && flights.isEmpty { break }
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

    /// Every batch of the flight has been answered; these statements were confirmed.
    func land(_ flight: Int64, confirmed: [StatementKey]) {
        condition.withLock {
            waiting.append((flight, confirmed))
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

/// Hands values from one thread to another, at most `capacity` waiting.
final class Handoff<Value>: @unchecked Sendable {
    private let condition = NSCondition()
    private var values: [Value] = []
    private var closed = false
    private var cancelled = false
    private let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    /// Waits for room; false when the taker has cancelled.
    func put(_ value: Value) -> Bool {
        condition.withLock {
            while values.count >= capacity && !cancelled { condition.wait() }
            guard !cancelled else { return false }
            values.append(value)
            condition.broadcast()
            return true
        }
    }

    /// The next value; nil once the giver has closed and all are taken (or after `cancel`).
    func take() -> Value? {
        condition.withLock {
            while values.isEmpty && !closed && !cancelled { condition.wait() }
            guard !cancelled, !values.isEmpty else { return nil }
            condition.broadcast()
            return values.removeFirst()
        }
    }

    /// No more values will come.
    func close() {
        condition.withLock {
            closed = true
            condition.broadcast()
        }
    }

    /// The taker stops: the giver's next `put` returns false. Waits until the giver has closed.
    func cancel() {
        condition.withLock {
            cancelled = true
            condition.broadcast()
            while !closed { condition.wait() }
        }
    }
}
