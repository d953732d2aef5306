/// User-facing text about the xAPI export (the deployment's base, the xAPI Profile), one instance per language
/// (``XAPIStrings/en``, ``XAPIStrings/nl``); reached as `language.xapiStrings`. Kept apart from ``Strings``.
public struct XAPIStrings: Sendable {
    /// Printed by `export` while the register's IRIs sit under the documented placeholder base.
    public var placeholderBase: @Sendable (_ register: String, _ base: String) -> String
    /// `export profile`.
    public var profileAbstract, profileOutput, profileRegister: String
    public var profileWritten: @Sendable (_ path: String) -> String
}

extension Language {
    /// The xAPI texts in this language.
    public var xapiStrings: XAPIStrings { self == .nl ? .nl : .en }
}
