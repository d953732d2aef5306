import Foundation
import Crypto

/// SHA-1 (FIPS 180-4, through swift-crypto), used only where a standard demands it: name-based UUIDs (version 5,
/// RFC 9562). Not for security.
public enum SHA1 {
    /// The 20-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    /// The 20-byte digest of `bytes`.
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        Array(Insecure.SHA1.hash(data: bytes))
    }

    /// The digest as its five big-endian words (``NameBasedUUID`` takes the first four).
    static func state(_ bytes: UnsafeRawBufferPointer) -> (UInt32, UInt32, UInt32, UInt32, UInt32) {
        Insecure.SHA1.hash(data: bytes).withUnsafeBytes { digest in
            (UInt32(bigEndian: digest.loadUnaligned(fromByteOffset: 0, as: UInt32.self)),
             UInt32(bigEndian: digest.loadUnaligned(fromByteOffset: 4, as: UInt32.self)),
             UInt32(bigEndian: digest.loadUnaligned(fromByteOffset: 8, as: UInt32.self)),
             UInt32(bigEndian: digest.loadUnaligned(fromByteOffset: 12, as: UInt32.self)),
             UInt32(bigEndian: digest.loadUnaligned(fromByteOffset: 16, as: UInt32.self)))
        }
    }
}
