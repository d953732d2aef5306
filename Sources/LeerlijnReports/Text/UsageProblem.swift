/// A wrong combination of command-line options, found before a command runs; ``Strings/usage`` says it in
/// the user's language.
public enum UsageProblem: Equatable, Sendable {
    case idleWeeks
    case expiringMonths
    case sinceNeedsSchool
    case eraseNeedsConfirm
    /// Two options that exclude each other, e.g. `--cao` and `--budget`.
    case notBoth(String, String)
    case demoDatabaseExists(path: String)
    /// A page command without `--html FILE` or `--format json`.
    case htmlOrJSON
}
