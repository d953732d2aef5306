import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

/// `leerlijn dossier`: a teacher educator's BRLO dossier (show, the default) and what it needs (role, task, reflect, route).
struct DossierCommand: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "dossier",
        abstract: registerHelp.dossierGroup.abstract,
        discussion: registerHelp.dossierGroup.discussion,
        subcommands: [Show.self, DossierRoleCommand.self, DossierTask.self, DossierReflect.self, DossierRouteCommand.self], defaultSubcommand: Show.self) }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.dossier.abstract,
            discussion: help.dossier.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.dossier.person)) var person: String
        @Option(help: ArgumentHelp(help.dossier.rule)) var rule: String = "brlo"
        @Option(help: ArgumentHelp(help.dossier.out)) var out: String?
        @Option(help: ArgumentHelp(registerHelp.dossierHTML)) var html: String?

        func run() throws {
            let profiles = try options.loadProfiles()
            let routes = try DossierCommand.routes(rule: rule)
            let dossier = try options.openDatabase().dossier(of: person, rule: try profiles.rules.registerRule(rule), catalog: profiles.catalog,
                                                             today: options.today, routes: routes)
            if let html {
                try PageFile.write(DossierPage(dossier, language: options.language).render(), to: html)
                print(options.strings.pageWritten(options.strings.dossierName, html))
            }
            if let out {
                try PageFile.write(try JSONOutput.render(dossier), to: out)
                print(options.strings.pageWritten(options.strings.dossierName, out))
            }
            if html != nil || out != nil { return }
            switch options.format {
            case .table: print(options.views.dossier(dossier), terminator: "")
            default: try options.emit(dossier, table: options.views.dossierAreas(dossier))
            }
        }
    }

    /// The routes of the brlo register (exports/) whose dossier answers to `rule`.
    static func routes(rule: String) throws -> [DossierRoute] {
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder(), user: ProcessInfo.processInfo.environment["LEERLIJN_EXPORTS"].map { [$0] } ?? [])
        return registers.first { $0.kind == .brlo && $0.dossierRule == rule }?.dossierRoutes ?? []
    }
}
