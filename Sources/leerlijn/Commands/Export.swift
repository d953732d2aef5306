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
        abstract: "Send records to a register (an xAPI Learning Record Store...), or show what is pending.",
        subcommands: [Send.self, Status.self], defaultSubcommand: Send.self)

    struct Send: AsyncParsableCommand, DatabaseCommand {
        static let configuration = CommandConfiguration(
            commandName: "send",
            abstract: "Send what is pending for a register: new activities, and voiding statements for edited and deleted ones.",
            discussion: """
                Registers are defined in exports/ (docs/registers.md). Endpoint and secrets come from LEERLIJN_<REGISTER>_ENDPOINT,
                _USERNAME, _PASSWORD, _TOKEN, or a 0600 config file; they are never printed or stored. Failed batches are retried
                with backoff (honouring Retry-After); what is still not sent stays pending for the next run. TLS verification is
                always on; --ca-file adds a private CA.
                Examples:
                  leerlijn export --register lrs
                  leerlijn export --register lrs --person sanne --dry-run
                """)
        @OptionGroup var options: GlobalOptions
        @Option(help: "The register's id (see exports/).") var register: String
        @Option(help: "Only this person's activities.") var person: String?
        @Option(help: "Only activities on or after this day.") var since: String?
        @Flag(help: "Print the exact payloads and send nothing.") var dryRun = false
        @Option(help: "A PEM file of extra trusted certificate authorities (for a register behind a private CA).") var caFile: String?

        func run() async throws {
            let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder(), user: ProcessInfo.processInfo.environment["LEERLIJN_EXPORTS"].map { [$0] } ?? [])
            guard let definition = registers.first(where: { $0.id == register }) else {
                throw LookupError.notFound(.register, query: register, suggestions: registers.map(\.id))
            }
            // libcurl reads its CA bundle from this variable; never accept its "no verification" value.
            if ProcessInfo.processInfo.environment["URLSessionCertificateAuthorityInfoFile"] == "INSECURE_SSL_NO_VERIFY" {
                unsetenv("URLSessionCertificateAuthorityInfoFile")
            }
            if let caFile { setenv("URLSessionCertificateAuthorityInfoFile", caFile, 1) }
            let exporter = Exporter(register: definition, credentials: try Credentials.load(for: definition), database: try options.openDatabase(),
                                    progress: ProgressLine.makeCount())
            let report = try await exporter.run(person: person, since: try since.map(options.day), dryRun: dryRun)
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
