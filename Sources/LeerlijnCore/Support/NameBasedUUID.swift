import Foundation

/// Name-based UUIDs (version 5, RFC 9562): the same namespace and name always give the same UUID, so a
/// statement sent twice carries the same id and a register can recognise it.
public enum NameBasedUUID {
    /// Leerlijn's namespace for statement ids (itself a version 5 UUID of "leerlijn" in the URL namespace).
    public static let leerlijnNamespace = make(namespace: UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!, name: "https://leerlijn.example/")

    /// The version 5 UUID of `name` in `namespace`.
    public static func make(namespace: UUID, name: String) -> UUID {
        let ns = namespace.uuid
        let namespaceBytes: [UInt8] = [ns.0, ns.1, ns.2, ns.3, ns.4, ns.5, ns.6, ns.7, ns.8, ns.9, ns.10, ns.11, ns.12, ns.13, ns.14, ns.15]
        var hash = Array(SHA1.digest(namespaceBytes + Array(name.utf8)).prefix(16))
        hash[6] = (hash[6] & 0x0F) | 0x50   // version 5
        hash[8] = (hash[8] & 0x3F) | 0x80   // RFC 9562 variant
        return UUID(uuid: (hash[0], hash[1], hash[2], hash[3], hash[4], hash[5], hash[6], hash[7],
                           hash[8], hash[9], hash[10], hash[11], hash[12], hash[13], hash[14], hash[15]))
    }
}

/// HMAC-SHA256 (RFC 2104), for signing webhook bodies.
public enum HMACSHA256 {
    /// The signature of `message` with `key`, as 64 lowercase hex digits.
    public static func hex(key: [UInt8], message: [UInt8]) -> String {
        var key = key
        if key.count > 64 { key = SHA256.digest(of: key) }
        key += [UInt8](repeating: 0, count: 64 - key.count)
        var inner = SHA256()
        inner.update(key.map { $0 ^ 0x36 })
        inner.update(message)
        var outer = SHA256()
        outer.update(key.map { $0 ^ 0x5C })
        outer.update(inner.digest())
        return outer.finalize()
    }
}
