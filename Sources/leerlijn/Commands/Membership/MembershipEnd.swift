import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension MembershipCommand {
    struct End: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.membershipEnd.abstract, discussion: frictionHelp.membershipEnd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.endUntil)) var until: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.school)) var school: String?

        func run() throws {
            let last = try options.day(until)
            let profile = try options.openDatabase().endMembership(person, try options.choice(started: started, at: school), until: last,
                                                                   actor: options.actorName, today: options.today)
            let typed = try started.map(options.day)?.description ?? ""
            let ended = profile.memberships.first { $0.until == last }?.since.description ?? typed
            try options.emit(profile, table: options.views.profile(profile), message: options.friction.ended(.membership, ended, last))
        }
    }
}
