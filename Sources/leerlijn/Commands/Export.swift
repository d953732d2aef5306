import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnExport
import LeerlijnProfiles
import LeerlijnReports
import LeerlijnStore

struct ExportCommand: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "export",
        abstract: help.export.abstract,
        subcommands: [Send.self, Status.self, Profile.self], defaultSubcommand: Send.self) }

    struct Send: AsyncParsableCommand, DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            commandName: "send",
            abstract: help.exportSend.abstract,
            discussion: help.exportSend.discussion) }
        @OptionGroup var options: GlobalOptions
        @Option(help: ArgumentHelp(help.exportSend.register)) var register: String
        @Option(help: ArgumentHelp(help.exportSend.person)) var person: String?
        @Option(help: ArgumentHelp(help.exportSend.since)) var since: String?
        @Flag(help: ArgumentHelp(help.exportSend.dryRun)) var dryRun = false
        @Option(help: ArgumentHelp(help.exportSend.caFile)) var caFile: String?

        func run() async throws {
            let definition = try ExportCommand.register(register)
            if let vocabulary = definition.xapi, vocabulary.usesPlaceholderBase {
                FileHandle.standardError.write(Data((options.language.xapiStrings.placeholderBase(definition.id, vocabulary.base) + "\n").utf8))
            }
            let exporter = Exporter(register: definition, credentials: try Credentials.load(for: definition), database: try options.openDatabase(),
                                    progress: ProgressLine.makeCount(), caFile: caFile)
            var dossiers: Exporter.DossierContext? = nil
            if definition.kind == .brlo {
                let profiles = try options.loadProfiles()
                dossiers = Exporter.DossierContext(rules: profiles.rules, catalog: profiles.catalog, today: options.today)
            }
            let report = try await exporter.run(person: person, since: try since.map(options.day), dryRun: dryRun, dossiers: dossiers)
            ProgressLine.finish()
            if dryRun && options.format == .table {
                for payload in report.payloads { print(payload) }
                return
            }
            try options.emit(report, table: TableData(headers: ["register", "queued", "sent", "pending", "failed"],
                                                      rows: [[report.register, String(report.queued), String(report.sent), String(report.pending), String(report.failed)]]),
                             message: options.strings.exportSummary(report.register, report.sent, report.pending, report.failed, report.lastError))
        }
    }

    /// The register definition with this id, from exports/ and `$LEERLIJN_EXPORTS`.
    static func register(_ id: String) throws -> Register {
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder(), user: ProcessInfo.processInfo.environment["LEERLIJN_EXPORTS"].map { [$0] } ?? [])
        guard let definition = registers.first(where: { $0.id == id }) else {
            throw LookupError.notFound(.register, query: id, suggestions: registers.map(\.id))
        }
        return definition
    }

    struct Status: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.exportStatus.abstract,
                                                        discussion: help.exportStatus.discussion) }
        @OptionGroup var options: GlobalOptions
        @Option(help: ArgumentHelp(help.exportStatus.register)) var register: String?

        func run() throws {
            let status = try options.openDatabase().exportStatus(register: register)
            try options.emit(status, table: TableData(
                headers: ["register", "pending", "sent", "failed", "last error"],
                rows: status.map { [$0.register, String($0.pending), String($0.sent), String($0.failed), $0.lastError ?? ""] }))
        }
    }

    /// `export profile`: Leerlijn's xAPI Profile for this deployment (its base, its activity kinds).
    struct Profile: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: HelpLanguage.current.xapiStrings.profileAbstract) }
        @OptionGroup var options: GlobalOptions
        @Option(help: ArgumentHelp(HelpLanguage.current.xapiStrings.profileRegister)) var register = "lrs"
        @Option(help: ArgumentHelp(HelpLanguage.current.xapiStrings.profileOutput)) var output: String?

        func run() throws {
            let definition = try ExportCommand.register(register)
            guard let vocabulary = definition.xapi else { throw ExportError.unsupported(register: definition.id, kind: definition.kind.rawValue) }
            if vocabulary.usesPlaceholderBase {
                FileHandle.standardError.write(Data((options.language.xapiStrings.placeholderBase(definition.id, vocabulary.base) + "\n").utf8))
            }
            let text = XAPIProfile.text(vocabulary: vocabulary, kinds: try options.openDatabase().activityKinds())
            guard let output else { return print(text, terminator: "") }
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
            print(options.language.xapiStrings.profileWritten(output))
        }
    }
}
