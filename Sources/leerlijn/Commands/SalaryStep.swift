import ArgumentParser
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

/// `salary-step add PERSON LB-4 --since DAY` (issue 16): the steps (periodieken) that end the CAO PO starter budget.
struct SalaryStepCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "salary-step",
                                                    abstract: HelpLanguage.current.ruleStrings.helpSalaryStepAbstract,
                                                    subcommands: [Add.self]) }

    struct Add: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: HelpLanguage.current.ruleStrings.helpSalaryStepAbstract,
            discussion: HelpLanguage.current.ruleStrings.helpSalaryStepDiscussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSalaryStepPerson)) var person: String
        @Argument(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSalaryStep)) var step: String
        @Option(help: ArgumentHelp(HelpLanguage.current.ruleStrings.helpSalaryStepSince)) var since: String

        func run() throws {
            let parsed: (scale: String, step: Int)
            do { parsed = try SalaryStep.parse(step) } catch { throw StoreError.invalid(error) }
            let day = try options.day(since)
            let line = try options.openDatabase().recordSalaryStep(person, scale: parsed.scale, step: parsed.step, since: day, actor: options.actorName)
            try options.emit(line, table: options.views.personLine(line),
                             message: options.language.ruleStrings.salaryStepRecorded("\(parsed.scale)-\(parsed.step)", day))
        }
    }
}
