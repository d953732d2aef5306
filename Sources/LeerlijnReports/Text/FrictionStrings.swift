import LeerlijnCore

/// User-facing text of the everyday corrections and conveniences (short ids, corrections of the line, CSV
/// dialects, duration units), one instance per language (``FrictionStrings/en``, ``FrictionStrings/nl``);
/// reached as `language.friction` or, from ``Strings``, as `strings.friction`.
///
/// Kept apart from ``Strings`` so that these subjects can grow without touching the shared tables; the
/// memberwise initialiser makes the compiler check that each language has every string.
public struct FrictionStrings: Sendable {
    // Short ids.
    public var ambiguousID: @Sendable (_ subject: String, _ query: String, _ candidates: [String], _ more: Int) -> String

    // Corrections of the line.
    public var expectation: @Sendable (_ expected: FrictionExpectation) -> String
    public var periodKind: @Sendable (_ kind: LinePeriodKind) -> String
    public var notice: @Sendable (_ notice: LineNotice) -> String
    public var warningPrefix: String
    public var corrected: @Sendable (_ kind: LinePeriodKind, _ started: String) -> String
    public var ended: @Sendable (_ kind: LinePeriodKind, _ started: String, _ until: Day) -> String
    public var deleted: @Sendable (_ kind: LinePeriodKind, _ started: String) -> String

    // CSV headers and values.
    /// The `progress` CSV's columns after the school year: rule, entitled, used, remaining and projected minutes, behind.
    public var progressHeaders: [String]
    public var yesNo: @Sendable (_ value: Bool) -> String
    /// `export`'s columns: register, queued, sent, pending, failed.
    public var exportRunHeaders: [String]
    /// `export status`'s columns: register, pending, sent, failed, last error.
    public var exportStatusHeaders: [String]

    // The command line.
    public var unknownCommand: @Sendable (_ name: String) -> String
    public var seeHelp: String
}

extension Language {
    /// The strings of everyday corrections in this language.
    public var friction: FrictionStrings { self == .nl ? .nl : .en }
}

extension Strings {
    /// The friction strings of the language of these strings (``Strings`` does not carry its language; the two
    /// tables differ in their error prefix).
    var friction: FrictionStrings { errorPrefix == Strings.nl.errorPrefix ? .nl : .en }
}
