import ArgumentParser
import LeerlijnReports

/// `leerlijn membership edit|end|delete`: corrections of the school memberships (a move is `person edit --school`).
struct MembershipCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "membership", abstract: frictionHelp.membership.abstract,
        subcommands: [Edit.self, End.self, Delete.self]) }
}
