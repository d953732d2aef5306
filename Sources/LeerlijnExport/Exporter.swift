import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
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

/// Sends what is pending for a register, in batches, with retries. Kill it at any moment: what was not
/// confirmed stays pending and the next run sends it again; statement ids are deterministic, so a resent
/// record is recognised by the register and never doubled.
public struct Exporter: Sendable {
    public let register: Register
    public let credentials: Credentials
    public let database: LeerlijnDatabase
    /// Called after each batch with (records done, records to do).
    public var progress: (@Sendable (Int, Int) -> Void)?
    /// Extra trusted root certificates (PEM), for a register behind a private CA; verification is always on.
    public var caFile: String?
    /// Records read from the outbox at a time (nil: 50 requests' worth per concurrent request, at least 1,000).
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
    /// - Parameters:
    ///   - person: only this person's records; `since`: only activities on or after this day (not for dossiers).
    ///   - dossiers: needed for a `brlo` register.
    public func run(person: String? = nil, since: Day? = nil, dryRun: Bool = false, dossiers: DossierContext? = nil) async throws -> ExportReport {
        let queued: QueuedRecords
        switch register.kind {
        case .xapi:
            queued = try database.queueStatements(for: register, person: person, since: since, dryRun: dryRun)
        case .webhook:
            queued = try database.queueEvents(for: register, person: person, since: since, dryRun: dryRun)
        case .brlo:
            guard let dossiers, let ruleID = register.dossierRule else { throw ExportError.unsupported(register: register.id, kind: register.kind.rawValue) }
            guard let rule = dossiers.rules.rule(ruleID) else { throw ExportError.unknownRule(register: register.id, rule: ruleID) }
            queued = try database.queueDossiers(for: register, rule: rule, catalog: dossiers.catalog, person: person, today: dossiers.today, dryRun: dryRun)
        }
        if dryRun {
            let pending = try database.pendingItems(register: register.id)
            let payloads = (pending + queued.items).compactMap(\.payload)
            return ExportReport(register: register.id, queued: queued.count, sent: 0, pending: payloads.count, failed: 0, lastError: nil, dryRun: true, payloads: payloads)
        }
        let endpoint = try endpointURL()
        let authorization = try authorizationHeader()
        let secret = try signingSecret()
        // The outbox is read a page at a time, so memory stays flat however many records wait. A record that is
        // still pending after its attempts is not tried again in this run: the pages go by id.
        let total = try database.pendingCount(register: register.id)
        // xAPI takes statements in batches; a webhook or dossier endpoint takes one document per request.
        let size = register.kind == .xapi ? register.batchSize : 1
        let client = HTTPClient(register: register, authorization: authorization)
        let counter = Counter()
        var after: Int64 = 0
        while true {
            let page = try database.pendingItems(register: register.id, after: after, limit: pageSize ?? max(size * register.concurrency * 50, 1000))
            guard let last = page.last else { break }
            after = last.id
            let batches = stride(from: 0, to: page.count, by: size).map { Array(page[$0..<min($0 + size, page.count)]) }
            try await withThrowingTaskGroup(of: Void.self) { group in
                var next = 0
                func addTask() {
                    let batch = batches[next]
                    next += 1
                    group.addTask {
                        let sent = self.register.kind == .xapi
                            ? try await self.send(batch, to: endpoint, client: client)
                            : try await self.deliver(batch[0], to: endpoint, client: client, secret: secret)
                        let done = await counter.add(batch.count, sent: sent)
                        self.progress?(done, total)
                    }
                }
                for _ in 0..<min(register.concurrency, batches.count) { addTask() }
                while try await group.next() != nil {
                    if next < batches.count { addTask() }
                }
            }
        }
        let status = try database.exportStatus(register: register.id).first
        return ExportReport(register: register.id, queued: queued.count, sent: await counter.sent, pending: status?.pending ?? 0, failed: status?.failed ?? 0,
                            lastError: status?.lastError, dryRun: false, payloads: [])
    }

    /// Sends one xAPI batch, retrying temporary failures; records the outcome per record.
    /// - Returns: how many of the batch's records are now confirmed sent.
    func send(_ batch: [OutboxItem], to endpoint: URL, client: HTTPClient) async throws -> Int {
        let body = Data(("[" + batch.compactMap(\.payload).joined(separator: ",") + "]").utf8)
        return try await withRetries(batch.map(\.id), post: { await client.post(endpoint.appendingPathComponent("statements"), body: body) }) { status in
            if status == 200 {
                try database.recordAttempt(batch.map(\.id), sent: true, status: status, error: nil)
                return batch.count
            }
            // Possibly stored (ADL answers 409 for any known id, Ralph 204 when all were known): ask for each.
            var confirmed: [Int64] = [], missing: [Int64] = []
            for item in batch {
                if let id = item.statementId, await client.statementExists(endpoint, id: id) { confirmed.append(item.id) } else { missing.append(item.id) }
            }
            try database.recordAttempt(confirmed, sent: true, status: status, error: nil)
            if missing.isEmpty { return confirmed.count }
            if status == 409 {
                try database.recordAttempt(missing, sent: false, status: status, error: "the register holds a different statement with this id", failed: true)
                return confirmed.count
            }
            try database.recordAttempt(missing, sent: false, status: status, error: "answered \(status) but the statement is not there")
            return nil
        }
    }

    /// Sends one webhook event or dossier, signed when the register asks for HMAC, retrying temporary failures.
    /// A 2xx answer means received; so does 409, which a receiver that keeps the document ids answers for an id it
    /// already holds (the ids are deterministic, docs/registers.md).
    /// - Returns: 1 when the document is now confirmed sent, else 0.
    func deliver(_ item: OutboxItem, to endpoint: URL, client: HTTPClient, secret: String?) async throws -> Int {
        let body = Data((item.payload ?? "{}").utf8)
        var headers: [String: String] = [:]
        if let id = item.statementId { headers["Idempotency-Key"] = id; headers["X-Leerlijn-Id"] = id }
        headers["X-Leerlijn-Type"] = item.kind == "dossier" ? "brlo.dossier" : "activity." + (item.change ?? "updated")
        if let secret { headers[register.signatureHeader] = ActivityEvent.signature(body: Array(body), secret: secret) }
        return try await withRetries([item.id], post: { await client.post(endpoint, body: body, headers: headers) }) { status in
            try database.recordAttempt([item.id], sent: true, status: status, error: nil)
            return 1
        }
    }

    /// Posts until the register takes it, at most `attempts` times, recording every answer in the ledger.
    /// - Parameter accepted: called for a 2xx or 409 answer; returns how many records are confirmed, or nil to try again.
    /// - Returns: how many records were confirmed sent (0 when given up for this run: they stay pending).
    /// - Throws: ``ExportError/unauthorized(register:status:)`` on 401 or 403: nothing more is sent.
    func withRetries(_ ids: [Int64], post: () async -> HTTPClient.Outcome, accepted: (Int) async throws -> Int?) async throws -> Int {
        var delay = register.initialDelay
        for attempt in 1...register.attempts {
            var retryAfter: Double? = nil
            switch await post() {
            case let .answered(status, _, _) where (200..<300).contains(status) || status == 409:
                if let confirmed = try await accepted(status) { return confirmed }
            case let .answered(status, _, _) where status == 401 || status == 403:
                try database.recordAttempt(ids, sent: false, status: status, error: "HTTP \(status): the register refused the credentials")
                throw ExportError.unauthorized(register: register.id, status: status)
            case let .answered(status, after, message) where status == 429 || status >= 500:
                try database.recordAttempt(ids, sent: false, status: status, error: "HTTP \(status)\(message.map { ": \($0)" } ?? "")")
                retryAfter = after
            case let .answered(status, _, message):
                // Anything else (400: the register will never take these as they are): no retry.
                try database.recordAttempt(ids, sent: false, status: status, error: "HTTP \(status)\(message.map { ": \($0)" } ?? "")", failed: true)
                return 0
            case let .failed(message):
                try database.recordAttempt(ids, sent: false, status: nil, error: message)
            }
            if attempt < register.attempts { try await Task.sleep(nanoseconds: UInt64(wait(delay, retryAfter: retryAfter) * 1e9)) }
            delay = min(register.maxDelay, delay * 2)
        }
        // Given up for this run: the records stay pending (the last error says why).
        return 0
    }

    /// The delay before the next attempt: `Retry-After` when the register gave one, else the backoff with ±25% jitter.
    func wait(_ delay: Double, retryAfter: Double?) -> Double {
        if let retryAfter { return min(register.maxDelay, max(0, retryAfter)) }
        return min(register.maxDelay, delay * Double.random(in: 0.75...1.25))
    }

    func endpointURL() throws -> URL {
        guard let text = credentials.endpoint ?? register.endpoint, let url = URL(string: text.hasSuffix("/") ? String(text.dropLast()) : text) else {
            throw ExportError.noEndpoint(register: register.id)
        }
        return url
    }

    /// The HMAC key, for a register with `auth: hmac`.
    func signingSecret() throws -> String? {
        guard register.auth == .hmac else { return nil }
        guard let secret = credentials.secret, !secret.isEmpty else {
            throw ExportError.missingSecret(register: register.id, variables: [register.environmentPrefix + "SECRET"])
        }
        return secret
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

/// Counts records done across concurrent batches.
actor Counter {
    private var done = 0
    private(set) var sent = 0
    func add(_ amount: Int, sent confirmed: Int) -> Int {
        done += amount
        sent += confirmed
        return done
    }
}
