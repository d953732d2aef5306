import Foundation

/// Signing per Standard Webhooks (standardwebhooks.com, github standard-webhooks/standard-webhooks, spec/standard-webhooks.md):
/// the headers `webhook-id`, `webhook-timestamp` (Unix seconds of the attempt) and `webhook-signature`, which holds
/// `v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` for each key, space-separated (several keys during a rotation).
public enum WebhookSignature {
    /// The prefix of a secret in its textual form: `whsec_` and the key's bytes in base64.
    public static let secretPrefix = "whsec_"
    /// The key sizes the specification allows (24 to 64 random bytes).
    public static let keyBytes = 24...64

    /// A signing key, parsed from its `whsec_` form; the text it came from is kept only for the deprecated
    /// `X-Leerlijn-Signature` header (HMAC keyed with the secret's text, as before). Never printed.
    public struct Key: Sendable, Hashable {
        public let bytes: [UInt8]
        public let text: String
    }

    /// Why a configured secret cannot be used. Never carries the secret.
    public enum SecretProblem: Error, Equatable, Sendable {
        /// Not `whsec_` followed by base64.
        case notWhsec
        /// The key has this many bytes, outside ``keyBytes``.
        case size(Int)
    }

    /// Parses one secret in `whsec_` form.
    public static func key(_ text: String) throws(SecretProblem) -> Key {
        guard text.hasPrefix(secretPrefix) else { throw .notWhsec }
        var encoded = String(text.dropFirst(secretPrefix.count))
        // Unpadded base64 is accepted, as the reference libraries do.
        while encoded.count % 4 != 0 { encoded += "=" }
        guard let data = Data(base64Encoded: encoded) else { throw .notWhsec }
        guard keyBytes.contains(data.count) else { throw .size(data.count) }
        return Key(bytes: Array(data), text: text)
    }

    /// The secrets configured for a register, as one text: several separated by spaces or commas (the newest first).
    public static func keys(_ text: String) throws(SecretProblem) -> [Key] {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\n" || $0 == "\t" }).map(String.init)
        var keys: [Key] = []
        for part in parts { keys.append(try key(part)) }
        return keys
    }

    /// A new secret: `bytes` random bytes from the system's cryptographic generator, in `whsec_` form.
    public static func newSecret(bytes: Int = 32) -> String {
        var generator = SystemRandomNumberGenerator()
        let key = (0..<bytes).map { _ in UInt8.random(in: 0...255, using: &generator) }
        return secretPrefix + Data(key).base64EncodedString()
    }

    /// `v1,<base64>` for one key.
    public static func signature(id: String, timestamp: Int, body: [UInt8], key: Key) -> String {
        let message = Array("\(id).\(timestamp).".utf8) + body
        let hex = HMACSHA256.hex(key: key.bytes, message: message)
        return "v1," + Data(Hex.bytes(hex) ?? []).base64EncodedString()
    }

    /// The headers of one attempt: `webhook-id`, `webhook-timestamp` and, with keys, `webhook-signature` (one
    /// signature per key, space-separated, in the order given).
    public static func headers(id: String, timestamp: Int, body: [UInt8], keys: [Key]) -> [String: String] {
        var headers = ["webhook-id": id, "webhook-timestamp": String(timestamp)]
        if !keys.isEmpty {
            headers["webhook-signature"] = keys.map { signature(id: id, timestamp: timestamp, body: body, key: $0) }.joined(separator: " ")
        }
        return headers
    }
}
