import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports

/// `leerlijn export enable --register ID`: sends to an endpoint again that a 410 Gone disabled.
struct ExportEnable: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "enable",
        abstract: registerHelp.exportEnable.abstract,
        discussion: registerHelp.exportEnable.discussion) }
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(registerHelp.enableRegister)) var register: String

    struct Enabled: Encodable {
        var register: String
        var enabled: [String]
    }

    func run() throws {
        let definition = try ExportCommand.register(register)
        let enabled = Enabled(register: definition.id, enabled: try options.openDatabase().enableEndpoints(register: definition.id))
        try options.emit(enabled, table: TableData(headers: ["register", "endpoint"], rows: enabled.enabled.map { [enabled.register, $0] }),
                         message: options.language.registerStrings.endpointsEnabled(enabled.register, enabled.enabled))
    }
}
