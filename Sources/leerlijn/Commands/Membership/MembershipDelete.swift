import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension MembershipCommand {
    struct Delete: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.membershipDelete.abstract, discussion: frictionHelp.membershipDelete.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.school)) var school: String?

        func run() throws {
            let profile = try options.openDatabase().deleteMembership(person, try options.choice(started: started, at: school),
                                                                      actor: options.actorName, today: options.today)
            try options.emit(profile, table: options.views.profile(profile), message: options.friction.deleted(.membership, try started.map(options.day)?.description ?? ""))
        }
    }
}
