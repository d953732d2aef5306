import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension EmploymentCommand {
    struct Delete: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.employmentDelete.abstract, discussion: frictionHelp.employmentDelete.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.started)) var started: String?
        @Option(help: ArgumentHelp(frictionHelp.at)) var at: String?

        func run() throws {
            let result = try options.openDatabase().deleteEmployment(person, try options.choice(started: started, at: at),
                                                                     actor: options.actorName, today: options.today)
            try options.emit(result, message: options.friction.deleted(.employment, result.started?.description ?? ""))
        }
    }
}
