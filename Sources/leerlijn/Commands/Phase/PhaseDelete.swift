import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension PhaseCommand {
    struct Delete: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.phaseDelete.abstract, discussion: frictionHelp.phaseDelete.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.phaseStarted)) var started: String

        func run() throws {
            let day = try options.day(started)
            let result = try options.openDatabase().deletePhase(person, started: day, actor: options.actorName)
            try options.emit(result, message: options.friction.deleted(.phase, day.description))
        }
    }
}
