import Crypto

/// SHA-256 (FIPS 180-4, through swift-crypto), for fingerprinting evidence files and import keys. Feed bytes with
/// ``update(_:)`` in any number of pieces, then read ``finalize()``.
public struct SHA256: @unchecked Sendable {
    private var hasher = Crypto.SHA256()

    public init() {}

    /// Adds bytes to the message.
    public mutating func update(_ bytes: some Sequence<UInt8>) {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { hasher.update(bufferPointer: UnsafeRawBufferPointer($0)) }
        if handled == nil {
            let copy = Array(bytes)
            copy.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
    }

    /// The digest as 64 lowercase hex digits.
    public func finalize() -> String {
        Hex.lowercase(digest())
    }

    /// The digest as 32 bytes.
    public func digest() -> [UInt8] {
        Array(hasher.finalize())
    }

    /// The digest of `bytes` in one call, as 64 lowercase hex digits.
    public static func hex(of bytes: some Sequence<UInt8>) -> String {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// The digest of `bytes` in one call, as 32 bytes.
    public static func digest(of bytes: some Sequence<UInt8>) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.digest()
    }
}
