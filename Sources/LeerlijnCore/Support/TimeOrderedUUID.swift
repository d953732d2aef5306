import Foundation

/// New ids as time-ordered UUIDs (version 7, RFC 9562): 48 bits of Unix time in milliseconds, then a 12-bit
/// counter and 62 random bits.
///
/// Ids made one after another sort one after another, also in their text form, so a new row's id lands at the
/// end of its table's primary-key index instead of on a random page: an import of a million activities writes
/// the index pages once instead of reading and rewriting random ones. Within one process the ids are strictly
/// increasing (the counter runs on within a millisecond and carries into the time when it overflows, as RFC 9562's
/// "fixed bit-length dedicated counter" method describes); the random bits keep ids from different processes apart.
/// The creation time they reveal is stored beside every record anyway (`created_at`).
public enum TimeOrderedUUID {
    private static let state = State()

    /// A new version 7 UUID, later than every one this process made before.
    public static func make() -> UUID {
        var random = SystemRandomNumberGenerator()
        let (milliseconds, counter) = state.next(now: UInt64(max(0, Date().timeIntervalSince1970 * 1000)), random: &random)
        let tail = random.next() as UInt64
        var bytes: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &bytes) { out in
            for index in 0..<6 { out[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index))) }
            out[6] = 0x70 | UInt8(truncatingIfNeeded: counter >> 8)
            out[7] = UInt8(truncatingIfNeeded: counter)
            for index in 8..<16 { out[index] = UInt8(truncatingIfNeeded: tail >> (8 * (15 - index))) }
            out[8] = 0x80 | (out[8] & 0x3F)
        }
        return UUID(uuid: bytes)
    }

    /// The last time and counter handed out, behind a lock.
    private final class State: @unchecked Sendable {
        private let lock = NSLock()
        private var milliseconds: UInt64 = 0
        private var counter: UInt16 = 0

        /// The time and counter for the next id: a new millisecond starts the counter at a random value in its lower
        /// half (room to count on), the same or an earlier one (a clock set back) counts on from the last id.
        func next(now: UInt64, random: inout SystemRandomNumberGenerator) -> (UInt64, UInt16) {
            lock.lock()
            defer { lock.unlock() }
            if now > milliseconds {
                milliseconds = now
                counter = UInt16.random(in: 0..<0x800, using: &random)
            } else if counter < 0xFFF {
                counter += 1
            } else {
                milliseconds += 1
                counter = 0
            }
            return (milliseconds, counter)
        }
    }
}
