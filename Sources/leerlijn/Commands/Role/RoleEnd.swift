import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension RoleCommand {
    struct End: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.roleEnd.abstract, discussion: frictionHelp.roleEnd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Argument(help: ArgumentHelp(frictionHelp.role)) var role: Role
        @Option(help: ArgumentHelp(frictionHelp.endUntil)) var until: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?

        func run() throws {
            let last = try options.day(until)
            let result = try options.openDatabase().endRole(person, role: role, try options.choice(started: started), until: last,
                                                            actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.ended(.role, result.started?.description ?? "", last))
        }
    }
}
