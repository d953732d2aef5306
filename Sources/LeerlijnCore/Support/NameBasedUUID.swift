import Crypto
import Foundation

/// Name-based UUIDs (version 5, RFC 9562): the same namespace and name always give the same UUID, so a
/// statement sent twice carries the same id and a register can recognise it.
public enum NameBasedUUID {
    /// Leerlijn's namespace for statement ids (itself a version 5 UUID of "leerlijn" in the URL namespace).
    public static let leerlijnNamespace = make(namespace: UUID(uuidString: "6ba7b811-9dad-11d1-80b4-00c04fd430c8")!, name: "https://leerlijn.example/")

    /// The version 5 UUID of `name` in `namespace`.
    public static func make(namespace: UUID, name: String) -> UUID {
        make(namespace: namespace, name: Array(name.utf8))
    }

    /// The version 5 UUID of the name with these UTF-8 bytes in `namespace`.
    public static func make(namespace: UUID, name: [UInt8]) -> UUID {
        name.withUnsafeBytes { make(namespace: namespace, name: $0) }
    }

    /// The version 5 UUID of the name with these UTF-8 bytes in `namespace`, without allocating.
    public static func make(namespace: UUID, name: UnsafeRawBufferPointer) -> UUID {
        let h = withUnsafeTemporaryAllocation(byteCount: 16 + name.count, alignment: 1) { message in
            withUnsafeBytes(of: namespace.uuid) { message.copyMemory(from: $0) }
            if name.count > 0 { UnsafeMutableRawBufferPointer(rebasing: message[16...]).copyMemory(from: name) }
            return SHA1.state(UnsafeRawBufferPointer(message))
        }
        // The first 16 bytes of the digest, with the version and variant bits set.
        var value = (h.0.bigEndian, h.1.bigEndian, h.2.bigEndian, h.3.bigEndian)
        return withUnsafeMutableBytes(of: &value) { bytes in
            bytes[6] = (bytes[6] & 0x0F) | 0x50   // version 5
            bytes[8] = (bytes[8] & 0x3F) | 0x80   // RFC 9562 variant
            return UUID(uuid: bytes.load(as: uuid_t.self))
        }
    }
}

/// HMAC-SHA256 (RFC 2104, through swift-crypto), for signing webhook bodies.
public enum HMACSHA256 {
    /// The signature of `message` with `key`, as 64 lowercase hex digits.
    public static func hex(key: [UInt8], message: [UInt8]) -> String {
        Hex.lowercase(code(key: key, message: message))
    }

    /// The signature of `message` with `key`, as 32 bytes.
    public static func code(key: [UInt8], message: [UInt8]) -> [UInt8] {
        Array(HMAC<Crypto.SHA256>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }
}
