import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension RoleCommand {
    struct Delete: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.roleDelete.abstract, discussion: frictionHelp.roleDelete.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Argument(help: ArgumentHelp(frictionHelp.role)) var role: Role
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?

        func run() throws {
            let result = try options.openDatabase().deleteRole(person, role: role, try options.choice(started: started),
                                                               actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.deleted(.role, result.started?.description ?? ""))
        }
    }
}
