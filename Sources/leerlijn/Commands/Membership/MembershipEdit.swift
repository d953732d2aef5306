import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension MembershipCommand {
    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.membershipEdit.abstract, discussion: frictionHelp.membershipEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.school)) var school: String?
        @Option(help: ArgumentHelp(frictionHelp.newSince)) var since: String?
        @Option(help: ArgumentHelp(frictionHelp.newUntil)) var until: String?
        @Flag(help: ArgumentHelp(frictionHelp.open)) var open = false

        func validate() throws {
            if open && until != nil { throw options.usage(.notBoth("--until", "--open")) }
        }

        func run() throws {
            let profile = try options.openDatabase().editMembership(
                person, try options.choice(started: started, at: school),
                MembershipChange(since: try since.map(options.day), until: try options.until(until, open: open)),
                actor: options.actorName, today: options.today)
            try options.emit(profile, table: options.views.profile(profile), message: options.friction.corrected(.membership, try started.map(options.day)?.description ?? ""))
        }
    }
}
