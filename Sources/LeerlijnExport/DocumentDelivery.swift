import Foundation
import LeerlijnCore
import LeerlijnStore

/// Why a webhook or dossier export cannot go on; messages never hold a secret.
public enum RegisterError: Error, Equatable, Sendable {
    /// A configured signing secret is not a Standard Webhooks secret of 24 to 64 random bytes (`whsec_` + base64):
    /// the variable or config key it came from, and what is wrong.
    case unusableSecret(register: String, variable: String, problem: WebhookSignature.SecretProblem)
    /// The endpoint answered 410 Gone: it is disabled until `leerlijn export enable --register ID`.
    case endpointGone(register: String, endpoint: String)
    /// The endpoint was disabled by an earlier 410 Gone (on `since`); nothing is queued or sent until it is enabled.
    case endpointDisabled(register: String, endpoint: String, since: Date)
}

extension Exporter {
    /// The signing keys of a register with `auth: hmac`: the secrets in `LEERLIJN_<ID>_SECRET` (or the config file's
    /// `secret`), several separated by spaces during a key rotation, the newest first. Each must be a Standard
    /// Webhooks secret (`whsec_` and the base64 of 24 to 64 random bytes; `leerlijn export secret` makes one).
    func signingKeys() throws -> [WebhookSignature.Key] {
        guard register.auth == .hmac else { return [] }
        let variable = register.environmentPrefix + "SECRET"
        guard let secret = credentials.secret, !secret.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw ExportError.missingSecret(register: register.id, variables: [variable])
        }
        do {
            return try WebhookSignature.keys(secret)
        } catch {
            throw RegisterError.unusableSecret(register: register.id, variable: variable, problem: error)
        }
    }

    /// Sends one webhook event or dossier, retrying temporary failures. Each attempt carries the Standard Webhooks
    /// headers with its own time and, with `auth: hmac`, one `v1` signature per key; the deprecated `X-Leerlijn-*`
    /// headers are still sent (one more release: docs/registers.md). Only a 2xx answer means delivered; 410 Gone
    /// disables the endpoint and stops the run.
    /// - Returns: 1 when the document is now confirmed sent, else 0.
    func deliver(_ item: OutboxItem, to endpoint: String, connection: HTTPConnection, keys: [WebhookSignature.Key]) throws -> Int {
        let body = Array((item.payload ?? "{}").utf8)
        let id = item.statementId ?? String(item.id)
        var fixed: [String: String] = ["Idempotency-Key": id, "X-Leerlijn-Id": id]
        fixed["X-Leerlijn-Type"] = item.kind == "dossier" ? "brlo.dossier" : "activity." + (item.change ?? "updated")
        if let first = keys.first { fixed[register.signatureHeader] = ActivityEvent.signature(body: body, secret: first.text) }
        var delay = register.initialDelay
        var status: Int? = nil
        var error = "not sent"
        for attempt in 1...register.attempts {
            var retryAfter: Double? = nil
            let headers = fixed.merging(WebhookSignature.headers(id: id, timestamp: Int(Date().timeIntervalSince1970), body: body, keys: keys)) { $1 }
            switch body.withUnsafeBytes({ connection.post(endpoint, body: $0, headers: headers) }) {
            case let .answered(code, _, _) where (200..<300).contains(code):
                try database.recordAttempt([item.id], sent: true, status: code, error: nil, attempts: attempt)
                return 1
            case let .answered(code, _, _) where code == 401 || code == 403:
                // Not recorded: the run fails and writes nothing (``undoQueue(after:sent:)``); the message says why.
                throw ExportError.unauthorized(register: register.id, status: code)
            case .answered(410, _, _):
                try database.recordAttempt([item.id], sent: false, status: 410, error: "HTTP 410 Gone: the endpoint is disabled", attempts: attempt)
                try database.disableEndpoint(register: register.id, endpoint: endpoint, status: 410)
                throw RegisterError.endpointGone(register: register.id, endpoint: endpoint)
            case let .answered(code, after, message) where code == 429 || code >= 500:
                status = code
                error = "HTTP \(code)\(message.map { ": \($0)" } ?? "")"
                retryAfter = after
            case let .answered(code, _, message):
                // 409 and every other answer that is not 2xx: not delivered, and the register will not take it as it is.
                try database.recordAttempt([item.id], sent: false, status: code, error: "HTTP \(code)\(message.map { ": \($0)" } ?? "")", failed: true,
                                           attempts: attempt)
                return 0
            case let .failed(message):
                status = nil
                error = message
            }
            if attempt < register.attempts { Thread.sleep(forTimeInterval: wait(delay, retryAfter: retryAfter)) }
            delay = min(register.maxDelay, delay * 2)
        }
        try database.recordAttempt([item.id], sent: false, status: status, error: error, attempts: register.attempts)
        return 0
    }

    /// After a run failed (401/403, 410 Gone, a database error) before the register confirmed anything: removes what
    /// the run wrote, so the failed command leaves the outbox as it was. For a webhook or dossier run, the records it
    /// queued and never tried (a 410 keeps the record it was answered for, pending, and the endpoint disabled); for an
    /// xAPI run (`flights` given), every outbox record and flight it added after recovering a killed run's flights.
    /// `mark` is the outbox's last id before the run's own writes.
    func undoQueue(after mark: Int64?, flights: Int64? = nil, sent: Int) throws {
        guard let mark, sent == 0 else { return }
        if let flights {
            try database.removeRunRecords(register: register.id, items: mark, flights: flights)
        } else {
            try database.removeQueued(register: register.id, after: mark)
        }
    }

    /// Everything a real run needs from its settings, checked before anything is written: the endpoint, the
    /// credentials, the signing keys, and that the endpoint is not disabled by a 410 Gone.
    struct Settings {
        var endpoint: String
        var authorization: String?
        var keys: [WebhookSignature.Key]
    }

    func settings() throws -> Settings {
        let endpoint = try endpointURL()
        let authorization = try authorizationHeader()
        let keys = try signingKeys()
        if register.kind != .xapi, let since = try database.disabledEndpoint(register: register.id, endpoint: endpoint) {
            throw RegisterError.endpointDisabled(register: register.id, endpoint: endpoint, since: since)
        }
        return Settings(endpoint: endpoint, authorization: authorization, keys: keys)
    }
}
