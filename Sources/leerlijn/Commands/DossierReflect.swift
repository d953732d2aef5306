import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

/// `leerlijn dossier reflect PERSON --area ITEM --text T|--file F`: the reflection on one area of the standard.
struct DossierReflect: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "reflect",
        abstract: registerHelp.dossierReflect.abstract,
        discussion: registerHelp.dossierReflect.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(registerHelp.rolePerson)) var person: String
    @Option(help: ArgumentHelp(registerHelp.reflectArea)) var area: String
    @Option(help: ArgumentHelp(registerHelp.reflectText)) var text: String?
    @Option(help: ArgumentHelp(registerHelp.reflectFile)) var file: String?
    @Option(help: ArgumentHelp(registerHelp.reflectRule)) var rule: String = "brlo"

    func validate() throws {
        guard (text == nil) != (file == nil) else { throw ValidationError(options.language.registerStrings.textOrFile) }
    }

    func run() throws {
        let profiles = try options.loadProfiles()
        let registerRule = try profiles.rules.registerRule(rule)
        guard let framework = BRLODossier.framework(of: registerRule) else { throw DossierInputError.unknownArea(area: area, framework: rule, areas: []) }
        let areas = profiles.catalog.items(of: framework).filter { $0.depth == 0 }.map(\.reference.item)
        var body = text ?? ""
        if let file {
            guard let data = FileManager.default.contents(atPath: file), let read = String(data: data, encoding: .utf8) else {
                throw ImportError.unreadable(file: file, detail: "not a readable UTF-8 file")
            }
            body = read
        }
        let reflection = try options.openDatabase().recordAreaReflection(person, framework: framework, area: area, areas: areas, text: body,
                                                                         actor: options.actorName)
        try options.emit(reflection, table: TableData(headers: [], rows: []), message: options.language.registerStrings.reflectionRecorded(person, reflection.item))
    }
}
