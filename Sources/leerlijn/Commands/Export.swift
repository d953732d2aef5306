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
        subcommands: [Send.self, Status.self, Profile.self, ExportSecret.self, ExportEnable.self], defaultSubcommand: Send.self) }

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
            try options.emit(report, table: TableData(headers: options.friction.exportRunHeaders,
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

        /// A register's status with the endpoints a 410 Gone disabled (`disabledEndpoints`, empty when none).
        struct Row: Encodable {
            let status: ExportStatus
            let disabled: [String]
            enum Keys: String, CodingKey { case disabledEndpoints }
            func encode(to encoder: any Encoder) throws {
                try status.encode(to: encoder)
                var container = encoder.container(keyedBy: Keys.self)
                try container.encode(disabled, forKey: .disabledEndpoints)
            }
        }

        func run() throws {
            let database = try options.openDatabase()
            let rows = try database.exportStatus(register: register).map { Row(status: $0, disabled: try database.disabledEndpoints(register: $0.register).map(\.endpoint)) }
            try options.emit(rows, table: TableData(
                headers: options.friction.exportStatusHeaders + [options.language.registerStrings.disabledHeader],
                rows: rows.map { [$0.status.register, String($0.status.pending), String($0.status.sent), String($0.status.failed), $0.status.lastError ?? "",
                                  $0.disabled.joined(separator: ", ")] }))
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
