/// The language of everything Leerlijn shows a user: Dutch or English.
public enum Language: String, CaseIterable, Sendable, Codable {
    case nl, en

    /// `--lang` if given, else the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// (`nl_NL.UTF-8` and `nl_BE` mean Dutch), else English.
    public static func resolve(flag: Language?, environment: [String: String]) -> Language {
        if let flag { return flag }
        for key in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[key], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("nl") ? .nl : .en
        }
        return .en
    }

    /// The strings of this language.
    public var strings: Strings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
