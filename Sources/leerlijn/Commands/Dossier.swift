import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports

struct DossierCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "dossier",
        abstract: "A teacher educator's BRLO dossier: roles, hours in the role per year, the standard's areas with activities, evidence and reflections.",
        discussion: """
            The same JSON document that `leerlijn export --register brlo` sends (docs/registers.md), to read or to hand in as a file.
            Examples:
              leerlijn dossier karin
              leerlijn dossier karin --out karin-brlo.json
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String
    @Option(help: "The register rule that defines the dossier (default: brlo).") var rule: String = "brlo"
    @Option(help: "Write the JSON document to this file.") var out: String?

    func run() throws {
        let profiles = try options.loadProfiles()
        let dossier = try options.openDatabase().dossier(of: person, rule: try profiles.rules.registerRule(rule), catalog: profiles.catalog, today: options.today)
        if let out {
            do {
                try Data(JSONOutput.render(dossier).utf8).write(to: URL(fileURLWithPath: out), options: .atomic)
            } catch {
                throw ValidationError(options.strings.importUnreadable(out, (error as NSError).localizedDescription))
            }
            print(options.strings.exported(1, out))
            return
        }
        switch options.format {
        case .table: print(options.views.dossier(dossier), terminator: "")
        default: try options.emit(dossier, table: options.views.dossierAreas(dossier))
        }
    }
}
