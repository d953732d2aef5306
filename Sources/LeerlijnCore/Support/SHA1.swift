/// SHA-1 (FIPS 180-4), used only where a standard demands it: name-based UUIDs (version 5, RFC 9562).
/// Not for security.
public enum SHA1 {
    /// The 20-byte digest of `bytes`.
    public static func digest(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBytes { digest($0) }
    }

    /// The 20-byte digest of `bytes`.
    public static func digest(_ bytes: UnsafeRawBufferPointer) -> [UInt8] {
        let h = state(bytes)
        var output = [UInt8](repeating: 0, count: 20)
        for (index, word) in [h.0, h.1, h.2, h.3, h.4].enumerated() {
            output[index * 4] = UInt8(truncatingIfNeeded: word >> 24)
            output[index * 4 + 1] = UInt8(truncatingIfNeeded: word >> 16)
            output[index * 4 + 2] = UInt8(truncatingIfNeeded: word >> 8)
            output[index * 4 + 3] = UInt8(truncatingIfNeeded: word)
        }
        return output
    }

    /// The digest as its five big-endian words, computed without allocating: an export names every statement it sends
    /// (``NameBasedUUID``).
    static func state(_ bytes: UnsafeRawBufferPointer) -> (UInt32, UInt32, UInt32, UInt32, UInt32) {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32) = (0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0)
        let bitLength = UInt64(bytes.count) * 8
        // The whole blocks, then the last one or two with the padding and the length.
        let whole = bytes.count / 64
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 80) { w in
            for block in 0..<whole { compress(UnsafeRawBufferPointer(rebasing: bytes[(block * 64)..<(block * 64 + 64)]), &h, w) }
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 128) { tail in
                let rest = bytes.count - whole * 64
                let length = rest < 56 ? 64 : 128
                for index in 0..<length { tail[index] = 0 }
                for index in 0..<rest { tail[index] = bytes[whole * 64 + index] }
                tail[rest] = 0x80
                for index in 0..<8 { tail[length - 1 - index] = UInt8(truncatingIfNeeded: bitLength >> UInt64(index * 8)) }
                let raw = UnsafeRawBufferPointer(tail)
                compress(UnsafeRawBufferPointer(rebasing: raw[0..<64]), &h, w)
                if length == 128 { compress(UnsafeRawBufferPointer(rebasing: raw[64..<128]), &h, w) }
            }
        }
        return h
    }

    /// One 64-byte block into the state.
    private static func compress(_ block: UnsafeRawBufferPointer, _ h: inout (UInt32, UInt32, UInt32, UInt32, UInt32), _ w: UnsafeMutableBufferPointer<UInt32>) {
        for i in 0..<16 { w[i] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)) }
        for i in 16..<80 { w[i] = rotl(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1) }
        var a = h.0, b = h.1, c = h.2, d = h.3, e = h.4
        for i in 0..<20 {
            let temp = rotl(a, 5) &+ ((b & c) | (~b & d)) &+ e &+ 0x5A82_7999 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 20..<40 {
            let temp = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0x6ED9_EBA1 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 40..<60 {
            let temp = rotl(a, 5) &+ ((b & c) | (b & d) | (c & d)) &+ e &+ 0x8F1B_BCDC &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        for i in 60..<80 {
            let temp = rotl(a, 5) &+ (b ^ c ^ d) &+ e &+ 0xCA62_C1D6 &+ w[i]
            e = d; d = c; c = rotl(b, 30); b = a; a = temp
        }
        h.0 &+= a; h.1 &+= b; h.2 &+= c; h.3 &+= d; h.4 &+= e
    }

    @inline(__always)
    private static func rotl(_ x: UInt32, _ n: UInt32) -> UInt32 { (x << n) | (x >> (32 - n)) }
}
