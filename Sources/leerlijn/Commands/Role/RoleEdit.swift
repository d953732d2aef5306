import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension RoleCommand {
    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.roleEdit.abstract, discussion: frictionHelp.roleEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Argument(help: ArgumentHelp(frictionHelp.role)) var role: Role
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.newSince)) var since: String?
        @Option(help: ArgumentHelp(frictionHelp.newUntil)) var until: String?
        @Flag(help: ArgumentHelp(frictionHelp.open)) var open = false
        @Option(help: ArgumentHelp(frictionHelp.hoursPerWeek)) var hoursPerWeek: String?
        @Flag(help: ArgumentHelp(frictionHelp.noHours)) var noHours = false

        func validate() throws {
            if open && until != nil { throw options.usage(.notBoth("--until", "--open")) }
            if noHours && hoursPerWeek != nil { throw options.usage(.notBoth("--hours-per-week", "--no-hours")) }
        }

        func run() throws {
            let minutes: Int?? = noHours ? .some(nil) : try hoursPerWeek.map { .some(try options.minutesPerWeek($0)) }
            let change = RoleChange(since: try since.map(options.day), until: try options.until(until, open: open), minutesPerWeek: minutes)
            let result = try options.openDatabase().editRole(person, role: role, try options.choice(started: started), change,
                                                             actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.corrected(.role, result.started?.description ?? ""))
        }
    }
}
