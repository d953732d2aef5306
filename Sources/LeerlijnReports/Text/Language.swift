import LeerlijnCore

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

    /// The language of the command line's help, decided before the arguments are parsed (help is built while
    /// parsing): `--lang nl` or `--lang=nl` anywhere in `arguments` (the last one wins; nothing after a `--`
    /// counts), else the environment as in ``resolve(flag:environment:)``. An unknown `--lang` value falls back
    /// to the environment; the parser reports it as a usage error.
    public static func forHelp(arguments: [String], environment: [String: String]) -> Language {
        var flag: Language?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang", index + 1 < arguments.endIndex {
                flag = Language(rawValue: arguments[index + 1]) ?? flag
                index += 1
            } else if argument.hasPrefix("--lang=") {
                flag = Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? flag
            }
            index += 1
        }
        return resolve(flag: flag, environment: environment)
    }

    /// The text of a data file (a framework's title, an instrument's item) in this language.
    public func text(_ localized: LocalizedText) -> String { self == .nl ? localized.nl : localized.en }

    /// The strings of this language.
    public var strings: Strings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}
