import Foundation
import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Log: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.log.abstract,
        discussion: help.log.discussion) }

    @OptionGroup var options: GlobalOptions

    @Argument(help: ArgumentHelp(help.log.person)) var person: String
    @Argument(help: ArgumentHelp(help.log.duration)) var duration: String
    @Argument(help: ArgumentHelp(help.log.kind)) var kind: String
    @Argument(help: ArgumentHelp(help.log.title)) var title: String

    @Option(help: ArgumentHelp(help.log.date)) var date: String?
    @Option(help: ArgumentHelp(help.log.description)) var description: String?
    @Option(help: ArgumentHelp(help.log.provider)) var provider: String?
    @Option(help: ArgumentHelp(help.log.reflection)) var reflection: String?
    @Option(help: ArgumentHelp(help.log.evidence)) var evidence: [String] = []
    @Option(help: ArgumentHelp(help.log.competence))
    var competence: [String] = []
    @Option(help: ArgumentHelp(help.log.domain))
    var domain: [String] = []
    @Option(help: ArgumentHelp(help.log.budget)) var budget: String?
    @Flag(help: ArgumentHelp(help.log.cao)) var cao = false
    @Option(name: .customLong("for"), help: ArgumentHelp(help.log.guided)) var guided: String?

    func validate() throws {
        if cao && budget != nil { throw options.usage(.notBoth("--cao", "--budget")) }
    }

    func run() throws {
        let database = try options.openDatabase()
        let minutes = try DurationParser.minutes(from: duration)
        let day = try date.map(options.day) ?? options.today
        let budgetRule = cao ? "cao-po-starter" : budget
        let profiles = competence.isEmpty && domain.isEmpty && budgetRule == nil ? LoadedProfiles(catalog: .empty, rules: .empty) : try options.loadProfiles()
        var entry = try database.logActivity(
            NewActivity(person: person, date: day, minutes: minutes, kind: kind, title: title, description: description,
                        provider: provider, reflection: reflection, evidence: evidence, competences: competence, domains: domain,
                        budget: budgetRule, guided: guided),
            catalog: profiles.catalog, rules: profiles.rules, actor: options.actorName)
        if day > options.today {
            // Stored all the same (issue 16): say so on standard error, and in the JSON.
            entry.warnings = [.futureDate]
            FileHandle.standardError.write(Data("! \(options.language.ruleStrings.futureDate(day))\n".utf8))
        }
        var shown = try database.withShortIds([entry])[0]
        shown.warnings = entry.warnings
        try options.emit(shown, table: options.views.activities([shown]),
                         message: options.strings.activityLogged(shown, Formatting.duration(entry.activity.minutes, options.language)))
    }
}
