import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension EmploymentCommand {
    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.employmentEdit.abstract, discussion: frictionHelp.employmentEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.at)) var at: String?
        @Option(help: ArgumentHelp(frictionHelp.newSince)) var since: String?
        @Option(help: ArgumentHelp(frictionHelp.newUntil)) var until: String?
        @Flag(help: ArgumentHelp(frictionHelp.open)) var open = false
        @Option(help: ArgumentHelp(frictionHelp.fte)) var fte: String?
        @Flag(help: ArgumentHelp(frictionHelp.force)) var force = false

        func validate() throws {
            if open && until != nil { throw options.usage(.notBoth("--until", "--open")) }
        }

        func run() throws {
            let change = EmploymentChange(since: try since.map(options.day), until: try options.until(until, open: open),
                                          fte: try fte.map(options.fte), force: force)
            let result = try options.openDatabase().editEmployment(person, try options.choice(started: started, at: at), change,
                                                                   actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.corrected(.employment, result.started?.description ?? ""))
        }
    }
}
