import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

extension EducatorRole.Context: ExpressibleByArgument {}
extension EducatorTask.Kind: ExpressibleByArgument {}

/// `leerlijn dossier role PERSON ...`: the role as teacher educator, its justification, confirmed hours and work context.
struct DossierRoleCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "role",
        abstract: registerHelp.dossierRole.abstract,
        discussion: registerHelp.dossierRole.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(registerHelp.rolePerson)) var person: String
    @Option(help: ArgumentHelp(registerHelp.roleDescription)) var description: String?
    @Option(help: ArgumentHelp(registerHelp.roleJustification)) var justification: String?
    @Option(help: ArgumentHelp(registerHelp.roleContext)) var context: EducatorRole.Context?
    @Option(help: ArgumentHelp(registerHelp.roleOrganisation)) var organisation: String?
    @Option(help: ArgumentHelp(registerHelp.rolePartnership)) var partnership: String?
    @Option(help: ArgumentHelp(registerHelp.roleSector)) var sector: String?
    @Option(help: ArgumentHelp(registerHelp.roleConfirmedHours)) var confirmedHours: Double?
    @Option(help: ArgumentHelp(registerHelp.roleConfirmedBy)) var confirmedBy: String?
    @Option(help: ArgumentHelp(registerHelp.roleConfirmedOn)) var confirmedOn: String?

    func run() throws {
        var change = EducatorRoleChange()
        change.description = description
        change.justification = justification
        change.context = context
        change.organisation = organisation
        change.partnership = partnership
        change.sector = sector?.lowercased()
        change.confirmedMinutesPerYear = confirmedHours.map { Int(($0 * 60).rounded()) }
        change.confirmedBy = confirmedBy
        change.confirmedOn = try confirmedOn.map(options.day)
        let record = try options.openDatabase().recordEducatorRole(person, change, routes: try DossierCommand.routes(rule: "brlo"), actor: options.actorName)
        try options.emit(record, table: TableData(headers: [], rows: []), message: options.language.registerStrings.roleRecorded(person))
    }
}
