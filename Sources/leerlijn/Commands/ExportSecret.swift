import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports

/// The webhook and dossier help texts in the help language (RegisterStrings).
var registerHelp: RegisterStrings { HelpLanguage.current.registerStrings }

/// `leerlijn export secret`: a new Standard Webhooks signing secret.
struct ExportSecret: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "secret",
        abstract: registerHelp.exportSecret.abstract,
        discussion: registerHelp.exportSecret.discussion) }
    @OptionGroup var options: GlobalOptions
    @Option(help: ArgumentHelp(registerHelp.secretBytes)) var bytes: Int = 32

    struct Made: Encodable {
        var secret: String
        var bytes: Int
    }

    func validate() throws {
        guard WebhookSignature.keyBytes.contains(bytes) else { throw ValidationError(options.language.registerStrings.secretRange(bytes)) }
    }

    func run() throws {
        let made = Made(secret: WebhookSignature.newSecret(bytes: bytes), bytes: bytes)
        try options.emit(made, table: TableData(headers: ["secret", "bytes"], rows: [[made.secret, String(made.bytes)]]), message: made.secret)
    }
}
