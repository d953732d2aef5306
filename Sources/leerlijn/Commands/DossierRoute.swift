import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

/// `leerlijn dossier route PERSON ROUTE [--manager M --statement S --statement-on D]`: the route and the manager's statement.
struct DossierRouteCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "route",
        abstract: registerHelp.dossierRoute.abstract,
        discussion: registerHelp.dossierRoute.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(registerHelp.rolePerson)) var person: String
    @Argument(help: ArgumentHelp(registerHelp.routeRoute)) var route: String?
    @Option(help: ArgumentHelp(registerHelp.routeManager)) var manager: String?
    @Option(help: ArgumentHelp(registerHelp.routeStatement)) var statement: String?
    @Option(help: ArgumentHelp(registerHelp.routeStatementOn)) var statementOn: String?

    func run() throws {
        var change = EducatorRoleChange()
        change.route = route
        change.manager = manager
        change.managerStatement = statement
        change.managerStatementOn = try statementOn.map(options.day)
        let record = try options.openDatabase().recordEducatorRole(person, change, routes: try DossierCommand.routes(rule: "brlo"), actor: options.actorName)
        try options.emit(record, table: TableData(headers: [], rows: []),
                         message: options.language.registerStrings.routeRecorded(person, record.role?.route ?? "-"))
    }
}
