extension XAPIStrings {
    /// Nederlands.
    public static let nl = XAPIStrings(
        placeholderBase: { register, base in
            "waarschuwing: register '\(register)' zet zijn xAPI-IRI's onder de plaatsvervanger \(base), een domein van niemand. "
                + "Zet LEERLIJN_XAPI_BASE (of xapi.base in het registerbestand) op een basis die je organisatie beheert, en publiceer "
                + "daar `leerlijn export profile` (docs/registers.md)."
        },
        profileAbstract: "Schrijf het xAPI-profiel van Leerlijn (JSON-LD) voor de basis en de activiteitsoorten van deze installatie.",
        profileOutput: "Schrijf het profiel naar dit bestand in plaats van naar de standaarduitvoer.",
        profileRegister: "Het xAPI-register waarvan het profiel de basis en de werkwoorden gebruikt.",
        profileWritten: { path in "xAPI-profiel geschreven naar \(path)." })
}
