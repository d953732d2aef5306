import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports

struct DossierCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dossier",
        abstract: help.dossier.abstract,
        discussion: help.dossier.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.dossier.person)) var person: String
    @Option(help: ArgumentHelp(help.dossier.rule)) var rule: String = "brlo"
    @Option(help: ArgumentHelp(help.dossier.out)) var out: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let dossier = try options.openDatabase().dossier(of: person, rule: try profiles.rules.registerRule(rule), catalog: profiles.catalog, today: options.today)
        if let out {
            try PageFile.write(try JSONOutput.render(dossier), to: out)
            print(options.strings.pageWritten(options.strings.dossierName, out))
            return
        }
        switch options.format {
        case .table: print(options.views.dossier(dossier), terminator: "")
        default: try options.emit(dossier, table: options.views.dossierAreas(dossier))
        }
    }
}
