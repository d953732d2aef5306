import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnExport
import LeerlijnProfiles
import LeerlijnReports
import LeerlijnStore

struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Send records to a register (an xAPI LRS, a BRLO dossier endpoint, an HR webhook), or show what is pending.",
        subcommands: [Send.self, Status.self], defaultSubcommand: Send.self)

    struct Send: AsyncParsableCommand, DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "send",
            abstract: "Send what is pending for a register: statements (xAPI), activity events (webhook) or dossiers (BRLO).",
            discussion: """
                xAPI: new activities, and voiding statements for edited and deleted ones. Webhook: one signed JSON document per
                activity change. BRLO: one dossier per teacher educator whose data changed since their last dossier.
                Registers are defined in exports/ (docs/registers.md). Endpoint and secrets come from LEERLIJN_<REGISTER>_ENDPOINT,
                _USERNAME, _PASSWORD, _TOKEN, _SECRET, or a 0600 config file; they are never printed or stored. Failed batches are retried
                with backoff (honouring Retry-After); what is still not sent stays pending for the next run. TLS verification is
                always on; --ca-file adds a private CA.
                Examples:
                  leerlijn export --register lrs
                  leerlijn export --register lrs --person sanne --dry-run
                  leerlijn export --register brlo
                  leerlijn export --register hr-webhook
                """)
        @OptionGroup var options: GlobalOptions
        @Option(help: "The register's id (see exports/).") var register: String
        @Option(help: "Only this person's records.") var person: String?
        @Option(help: "Only activities on or after this day (xAPI and webhook).") var since: String?
        @Flag(help: "Print the exact payloads and send nothing.") var dryRun = false
        @Option(help: "A PEM file of extra trusted certificate authorities (for a register behind a private CA).") var caFile: String?

        func run() async throws {
            let definition = try ExportCommand.register(register)
            // libcurl reads its CA bundle from this variable; never accept its "no verification" value.
            if ProcessInfo.processInfo.environment["URLSessionCertificateAuthorityInfoFile"] == "INSECURE_SSL_NO_VERIFY" {
                unsetenv("URLSessionCertificateAuthorityInfoFile")
            }
            if let caFile { setenv("URLSessionCertificateAuthorityInfoFile", caFile, 1) }
            let exporter = Exporter(register: definition, credentials: try Credentials.load(for: definition), database: try options.openDatabase(),
                                    progress: ProgressLine.makeCount())
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
        static let configuration = CommandConfiguration(abstract: "Show pending, sent and failed records per register, with the last error.",
                                                        discussion: "Example: leerlijn export status --register lrs")
        @OptionGroup var options: GlobalOptions
        @Option(help: "Only this register.") var register: String?

        func run() throws {
            let status = try options.openDatabase().exportStatus(register: register)
            try options.emit(status, table: TableData(
                headers: ["register", "pending", "sent", "failed", "last error"],
                rows: status.map { [$0.register, String($0.pending), String($0.sent), String($0.failed), $0.lastError ?? ""] }))
        }
    }
}
