import Foundation
import LeerlijnCore
import LeerlijnStore

/// What an export run did.
public struct ExportReport: Codable, Sendable {
    public var register: String
    public var queued: Int
    public var sent: Int
    /// Records still pending after the retries (they are sent on the next run).
    public var pending: Int
    /// Records the register refused for good (e.g. 400: a statement it will never take).
    public var failed: Int
    public var lastError: String?
    public var dryRun: Bool
    /// With `--dry-run`: the exact payloads that would be sent.
    public var payloads: [String]
}

/// Sends what is pending for a register, in batches, with retries; for an xAPI register it also streams the statements
/// of new activity revisions. Kill it at any moment: what was not confirmed stays pending and the next run sends it
/// again; statement ids are deterministic, so a resent record is recognised by the register and never doubled.
public struct Exporter: Sendable {
    public let register: Register
    public let credentials: Credentials
    public let database: LeerlijnDatabase
    /// Called after each batch with (records done, records to do).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Extra trusted root certificates (PEM), for a register behind a private CA; verification is always on.
    public var caFile: String?
    /// Records read from the outbox at a time (nil: 50 requests' worth per concurrent request, at least 1,000), and
    /// activities read at a time by the statement stream (nil: 2,000).
    public var pageSize: Int?

    public init(register: Register, credentials: Credentials, database: LeerlijnDatabase, progress: (@Sendable (Int, Int) -> Void)? = nil, caFile: String? = nil) {
        self.register = register
        self.credentials = credentials
        self.database = database
        self.progress = progress
        self.caFile = caFile
    }

    /// What a BRLO register needs to build dossiers: the rules (for the register rule), the frameworks, and the day.
    public struct DossierContext: Sendable {
        public var rules: RuleCatalog
        public var catalog: ProfileCatalog
        public var today: Day

        public init(rules: RuleCatalog, catalog: ProfileCatalog, today: Day) {
            self.rules = rules
            self.catalog = catalog
            self.today = today
        }
    }

    /// Queues what is new, then sends everything pending (or, with `dryRun`, returns the payloads and sends nothing).
    /// An xAPI register first gets what waits in the outbox (voids, statements an earlier run could not deliver), then
    /// the statements of new activity revisions, streamed (``StatementStream``). The work runs on threads of its own.
    /// - Parameters:
    ///   - person: only this person's records; `since`: only activities on or after this day (not for dossiers).
    ///   - dossiers: needed for a `brlo` register.
    public func run(person: String? = nil, since: Day? = nil, dryRun: Bool = false, dossiers: DossierContext? = nil) async throws -> ExportReport {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<ExportReport, any Error>) in
            let thread = Thread {
                continuation.resume(with: Result { try self.runHere(person: person, since: since, dryRun: dryRun, dossiers: dossiers) })
            }
            thread.stackSize = 1 << 22
            thread.start()
        }
    }

    /// ``run(person:since:dryRun:dossiers:)`` on the calling thread, which it blocks until the export is done.
    public func runHere(person: String? = nil, since: Day? = nil, dryRun: Bool = false, dossiers: DossierContext? = nil) throws -> ExportReport {
        // A run that cannot send (no endpoint, no credentials, an unusable secret, a disabled endpoint) fails before it
        // writes anything (DocumentDelivery.swift).
        let settings = dryRun ? nil : try self.settings()
        var mark = dryRun || register.kind == .xapi ? nil : try database.lastItemID(register: register.id)
        var flightMark: Int64?
        let queued: QueuedRecords
        switch register.kind {
        case .xapi:
            if !dryRun {
                // What a killed run handed over without learning the answer is sent again or voided.
                try database.recoverFlights(register: register.id)
                // What this run writes from here on is removed again if it fails before the register confirmed anything.
                mark = try database.lastItemID(register: register.id)
                flightMark = try database.lastFlightID(register: register.id)
            }
            queued = try database.queueVoids(for: register, person: person, since: since, dryRun: dryRun)
        case .webhook:
            queued = try database.queueEvents(for: register, person: person, since: since, dryRun: dryRun)
        case .brlo:
            guard let dossiers, let ruleID = register.dossierRule else { throw ExportError.unsupported(register: register.id, kind: register.kind.rawValue) }
            guard let rule = dossiers.rules.rule(ruleID) else { throw ExportError.unknownRule(register: register.id, rule: ruleID) }
            queued = try database.queueDossiers(for: register, rule: rule, catalog: dossiers.catalog, person: person, today: dossiers.today, dryRun: dryRun)
        }
        let stream = register.kind == .xapi ? try StatementStream(exporter: self, person: person, since: since) : nil
        if dryRun {
            let pending = try database.pendingItems(register: register.id)
            var payloads = (pending + queued.items).compactMap(\.payload)
            let streamed = try stream?.payloads() ?? []
            payloads += streamed
            return ExportReport(register: register.id, queued: queued.count + streamed.count, sent: 0, pending: payloads.count, failed: 0, lastError: nil,
                                dryRun: true, payloads: payloads)
        }
        guard let settings else { preconditionFailure("settings are read for every run that sends") }
        let endpoint = settings.endpoint
        let client = HTTPClient(register: register, authorization: settings.authorization, caFile: caFile)
        let secret = settings.keys
        let counter = Counter()
        counter.total = try database.pendingCount(register: register.id) + (progress == nil ? 0 : try stream?.count() ?? 0)
        let pool = SenderPool(client: client, threads: register.concurrency, capacity: register.concurrency * 40)
        do {
            try sendOutbox(pool: pool, endpoint: endpoint, secret: secret, counter: counter)
            if let stream { try stream.send(pool: pool, endpoint: endpoint, counter: counter) }
        } catch {
            pool.finish()
            try undoQueue(after: mark, flights: flightMark, sent: counter.sent)
            throw error
        }
        pool.finish()
        if let error = counter.error {
            try undoQueue(after: mark, flights: flightMark, sent: counter.sent)
            throw error
        }
        let waiting = try database.waiting(register: register.id)
        return ExportReport(register: register.id, queued: queued.count + (stream?.handedOver ?? 0), sent: counter.sent, pending: waiting.pending,
                            failed: waiting.failed, lastError: waiting.lastError, dryRun: false, payloads: [])
    }

    /// Sends what waits in the outbox, a page at a time, so memory stays flat however many records wait. A record
    /// that is still pending after its attempts is not tried again in this run: the pages go by id.
    func sendOutbox(pool: SenderPool, endpoint: String, secret: [WebhookSignature.Key], counter: Counter) throws {
        // xAPI takes statements in batches; a webhook or dossier endpoint takes one document per request.
        let size = register.kind == .xapi ? register.batchSize : 1
        var after: Int64 = 0
        while counter.error == nil {
            let page = try database.pendingItems(register: register.id, after: after, limit: pageSize ?? max(size * register.concurrency * 50, 1000))
            guard let last = page.last else { break }
            after = last.id
            for start in stride(from: 0, to: page.count, by: size) {
                let batch = Array(page[start..<min(start + size, page.count)])
                pool.add { connection in
                    guard counter.error == nil else { return }
                    do {
                        let sent = self.register.kind == .xapi
                            ? try self.send(batch, to: endpoint, connection: connection)
                            : try self.deliver(batch[0], to: endpoint, connection: connection, keys: secret)
                        counter.add(batch.count, sent: sent, progress: self.progress)
                    } catch {
                        counter.fail(error)
                    }
                }
            }
        }
        // The outbox goes first: wait for its last requests before the stream starts.
        pool.drain()
    }

    /// Sends one xAPI batch from the outbox, retrying temporary failures, and resolving a batch conflict statement by
    /// statement (BatchResolver.swift); records the outcome per record.
    /// - Returns: how many of the batch's records are now confirmed sent.
    func send(_ batch: [OutboxItem], to endpoint: String, connection: HTTPConnection) throws -> Int {
        let payloads = batch.map { $0.payload ?? "{}" }
        let resolution = try resolve(count: batch.count, ids: { batch[$0].statementId }, body: { places in
            Array(("[" + places.map { payloads[$0] }.joined(separator: ",") + "]").utf8)
        }, endpoint: endpoint, connection: connection)
        var held: [Int64] = []
        var others: [String: (ids: [Int64], status: Int?, error: String, refused: Bool)] = [:]
        for (place, outcome) in resolution.outcomes.enumerated() {
            switch outcome {
            case .held: held.append(batch[place].id)
            case let .refused(status, error), let .pending(status, error):
                let refused: Bool
                if case .refused = outcome { refused = true } else { refused = false }
                others["\(refused) \(status ?? 0) \(error)", default: ([], status, error, refused)].ids.append(batch[place].id)
            }
        }
        try database.recordAttempt(held, sent: true, status: resolution.status, error: nil, attempts: resolution.attempts)
        for group in others.values {
            try database.recordAttempt(group.ids, sent: false, status: group.status, error: group.error, failed: group.refused, attempts: resolution.attempts)
        }
        if let (status, _) = resolution.unauthorized { throw ExportError.unauthorized(register: register.id, status: status) }
        return held.count
    }

    /// Records an outbox batch's delivery in the outbox.
    private func record(_ delivery: Delivery, ids: [Int64]) throws -> Int {
        switch delivery {
        case let .confirmed(held, status, attempts):
            let confirmed = held.map { ids[$0] }
            try database.recordAttempt(confirmed, sent: true, status: status, error: nil, attempts: attempts)
            let missing = Set(ids).subtracting(confirmed).sorted()
            if status == 409 {
                try database.recordAttempt(missing, sent: false, status: status, error: "the register holds a different statement with this id", failed: true, attempts: attempts)
            } else {
                try database.recordAttempt(missing, sent: false, status: status, error: "answered \(status) but the statement is not there", attempts: attempts)
            }
            return confirmed.count
        case let .notDelivered(status, error, refused, attempts):
            try database.recordAttempt(ids, sent: false, status: status, error: error, failed: refused, attempts: attempts)
            return 0
        case let .unauthorized(status, error, attempts):
            try database.recordAttempt(ids, sent: false, status: status, error: error, attempts: attempts)
            throw ExportError.unauthorized(register: register.id, status: status)
        }
    }

    /// Which records of a request the register holds, after an answer of 2xx or 409.
    enum Held {
        case all
        /// Those at these places in the request (the others are not there).
        case some([Int])
    }

    /// How a request ended, after its attempts.
    enum Delivery {
        /// The register answered 2xx or 409 and holds the records at these places.
        case confirmed([Int], status: Int, attempts: Int)
        /// Not delivered in this run (`refused`: never, e.g. 400), with the last answer.
        case notDelivered(status: Int?, error: String, refused: Bool, attempts: Int)
        /// 401 or 403: nothing more is sent.
        case unauthorized(status: Int, error: String, attempts: Int)
    }

    /// Posts until the register takes it, at most `attempts` times, waiting between attempts.
    /// - Parameters:
    ///   - count: how many records the request carries; `held`: asked after a 2xx or 409 answer which of them the
    ///     register holds (those it does not hold are the caller's to resolve).
    func withRetries(count: Int = 1, post: () -> HTTPClient.Outcome, held: (Int) throws -> Held) throws -> Delivery {
        var delay = register.initialDelay
        var last: Delivery = .notDelivered(status: nil, error: "not sent", refused: false, attempts: 0)
        for attempt in 1...register.attempts {
            var retryAfter: Double? = nil
            switch post() {
            case let .answered(status, _, _) where (200..<300).contains(status) || status == 409:
                switch try held(status) {
                case .all:
                    return .confirmed(Array(0..<count), status: status, attempts: attempt)
                case let .some(places):
                    // The caller resolves the ones the register does not hold (BatchResolver.swift).
                    return .confirmed(places, status: status, attempts: attempt)
                }
            case let .answered(status, _, _) where status == 401 || status == 403:
                return .unauthorized(status: status, error: "HTTP \(status): the register refused the credentials", attempts: attempt)
            case let .answered(status, after, message) where status == 429 || status >= 500:
                last = .notDelivered(status: status, error: "HTTP \(status)\(message.map { ": \($0)" } ?? "")", refused: false, attempts: attempt)
                retryAfter = after
            case let .answered(status, _, message):
                // Anything else (400: the register will never take these as they are): no retry.
                return .notDelivered(status: status, error: "HTTP \(status)\(message.map { ": \($0)" } ?? "")", refused: true, attempts: attempt)
            case let .failed(message):
                last = .notDelivered(status: nil, error: message, refused: false, attempts: attempt)
            }
            if attempt < register.attempts { Thread.sleep(forTimeInterval: wait(delay, retryAfter: retryAfter)) }
            delay = min(register.maxDelay, delay * 2)
        }
        // Given up for this run: the records stay pending (the last error says why).
        return last
    }

    /// The delay before the next attempt: `Retry-After` when the register gave one, else the backoff with ±25% jitter.
    func wait(_ delay: Double, retryAfter: Double?) -> Double {
        if let retryAfter { return min(register.maxDelay, max(0, retryAfter)) }
        return min(register.maxDelay, delay * Double.random(in: 0.75...1.25))
    }

    /// The endpoint, without a trailing slash.
    func endpointURL() throws -> String {
        guard let text = credentials.endpoint ?? register.endpoint, let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text),
              url.scheme == "http" || url.scheme == "https" else {
            throw ExportError.noEndpoint(register: register.id)
        }
        return url.absoluteString
    }

    func authorizationHeader() throws -> String? {
        let prefix = register.environmentPrefix
        switch register.auth {
        case .none, .hmac: return nil
        case .basic:
            guard let user = credentials.username, let password = credentials.password else {
                throw ExportError.missingSecret(register: register.id, variables: [prefix + "USERNAME", prefix + "PASSWORD"])
            }
            return "Basic " + Data("\(user):\(password)".utf8).base64EncodedString()
        case .bearer:
            guard let token = credentials.token else { throw ExportError.missingSecret(register: register.id, variables: [prefix + "TOKEN"]) }
            return "Bearer " + token
        }
    }
}

/// Counts records done across the sending threads, and keeps the first error that stops the run.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var confirmed = 0
    private var firstError: (any Error)?
    /// Records to do, for the progress line (0 when nobody watches).
    var total = 0

    var sent: Int { lock.withLock { confirmed } }
    var error: (any Error)? { lock.withLock { firstError } }

    func add(_ amount: Int, sent: Int, progress: (@Sendable (Int, Int) -> Void)?) {
        let (done, total) = lock.withLock {
            self.done += amount
            confirmed += sent
            return (self.done, self.total)
        }
        progress?(done, max(total, done))
    }

    func fail(_ error: any Error) {
        lock.withLock { if firstError == nil { firstError = error } }
    }
}
