/// Short ids: the part of a time-ordered id a person types.
///
/// Ids are UUID version 7 (``TimeOrderedUUID``): their first 12 hexadecimal digits are the time in milliseconds,
/// so everything made in the same second starts alike. The last group (`…-a3f9c2d1e0b7`, 48 random bits) tells
/// them apart: the short id of an activity is the shortest start of that tail, at least ``minimumLength`` digits,
/// that no other activity's tail starts with and no other id starts with. Commands take a short id, a start
/// of the full id, or the full id.
public enum ShortID {
    /// The fewest digits a short id has (and the fewest of an id's start a command accepts).
    public static let minimumLength = 4
    /// Where the random tail starts in the canonical text form (0-based; SQLite's `substr(id, 25)`).
    public static let tailOffset = 24
    /// The number of digits in the tail.
    public static let tailLength = 12

    /// The random tail of a canonical id (`a3f9c2d1e0b7`).
    public static func tail(of id: String) -> String { String(id.dropFirst(tailOffset)) }

    /// Whether `text` can be the start of a tail: hexadecimal digits only, from the minimum length to the tail's.
    public static func couldBeTail(_ text: String) -> Bool {
        (minimumLength...tailLength).contains(text.count) && text.allSatisfy(\.isHexDigit)
    }

    /// The number of leading characters `a` and `b` share.
    public static func commonPrefixLength(_ a: String, _ b: String) -> Int {
        zip(a, b).prefix { $0 == $1 }.count
    }
}
