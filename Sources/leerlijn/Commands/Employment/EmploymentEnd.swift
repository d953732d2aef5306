import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension EmploymentCommand {
    struct End: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.employmentEnd.abstract, discussion: frictionHelp.employmentEnd.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.endUntil)) var until: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.at)) var at: String?

        func run() throws {
            let last = try options.day(until)
            let result = try options.openDatabase().endEmployment(person, try options.choice(started: started, at: at), until: last,
                                                                  actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.ended(.employment, result.started?.description ?? "", last))
        }
    }
}
