import ArgumentParser
import LeerlijnCore
import LeerlijnReports

extension PhaseCommand {
    struct Edit: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: frictionHelp.phaseEdit.abstract, discussion: frictionHelp.phaseEdit.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(frictionHelp.person)) var person: String
        @Option(help: ArgumentHelp(frictionHelp.phaseStarted)) var started: String
        @Option(help: ArgumentHelp(frictionHelp.phase)) var phase: Phase?
        @Option(help: ArgumentHelp(frictionHelp.newSince)) var since: String?
        @Flag(help: ArgumentHelp(frictionHelp.phaseForce)) var force = false

        func run() throws {
            let day = try options.day(started)
            let result = try options.openDatabase().editPhase(person, started: day,
                                                              PhaseChange(phase: phase, since: try since.map(options.day), force: force),
                                                              actor: options.actorName)
            try options.emit(result, message: options.friction.corrected(.phase, day.description))
        }
    }
}
