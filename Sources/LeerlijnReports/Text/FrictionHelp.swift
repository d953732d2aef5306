/// The help texts of the correction commands and of the options this subject adds to other commands
/// (`employment edit|end|delete`, `phase edit|delete`, `role edit|end|delete`, `membership edit|end|delete`,
/// `employment add --replace`, `person edit --end-employment`, `--csv-dialect`, `--duration-unit`), one table per
/// language, kept apart from ``HelpStrings``.
public struct FrictionHelp: Sendable {
    /// One command's abstract and discussion.
    public struct Command: Sendable {
        public var abstract: String
        public var discussion: String
        public init(abstract: String, discussion: String) {
            self.abstract = abstract
            self.discussion = discussion
        }
    }

    public var employmentEdit, employmentEnd, employmentDelete: Command
    public var phaseEdit, phaseDelete: Command
    public var roleEdit, roleEnd, roleDelete: Command
    public var membership, membershipEdit, membershipEnd, membershipDelete: Command

    // Options and arguments.
    public var person, role, started, at, school, phaseStarted: String
    public var newSince, newUntil, endUntil, open, fte, force, phase, phaseForce, hoursPerWeek, noHours: String
    public var replace, endEmployment, csvDialect, durationUnit: String
}

extension FrictionHelp {
    public static func of(_ language: Language) -> FrictionHelp { language == .nl ? .nl : .en }
}
