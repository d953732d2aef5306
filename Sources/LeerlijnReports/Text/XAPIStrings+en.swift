extension XAPIStrings {
    /// English.
    public static let en = XAPIStrings(
        placeholderBase: { register, base in
            "warning: register '\(register)' names its xAPI IRIs under the placeholder \(base), which is nobody's domain. "
                + "Set LEERLIJN_XAPI_BASE (or xapi.base in the register file) to a base your organisation controls, and publish "
                + "`leerlijn export profile` there (docs/registers.md)."
        },
        profileAbstract: "Write Leerlijn's xAPI Profile (JSON-LD) for this deployment's base and activity kinds.",
        profileOutput: "Write the profile to this file instead of standard output.",
        profileRegister: "The xAPI register whose base and verbs the profile uses.",
        profileWritten: { path in "xAPI Profile written to \(path)." })
}
