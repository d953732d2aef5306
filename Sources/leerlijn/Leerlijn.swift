import ArgumentParser
import Foundation
import LeerlijnReports

@main
struct Leerlijn: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leerlijn",
        abstract: "Keep teachers' professional development as one continuous line.",
        discussion: """
            From student teacher through starter to experienced teacher and teacher educator: log activities,
            see them back per school year, and give HR and schoolopleiders the overview they need.

            Examples:
              leerlijn demo
              leerlijn init
              leerlijn org add-board "Stichting Eemvallei" --code eemvallei
              leerlijn org add-school "OBS De Regenboog" --code 12AB --board eemvallei
              leerlijn person add "Sanne de Vries" --external-id 100234 --school 12AB
              leerlijn phase set sanne starter --since 1-8-2026
              leerlijn employment add sanne --since 1-8-2026 --fte 0,8 --school 12AB
              leerlijn log sanne 90m intervisie "Intervisie klassenmanagement" --cao
              leerlijn activities list sanne --format json
              leerlijn progress sanne
              leerlijn observe sanne --instrument icalt --by karin --scores les.csv
              leerlijn registration karin --register brlo
              leerlijn portfolio sanne --html sanne.html --lang nl
              leerlijn report --html dashboard.html

            The database is --db PATH, else $LEERLIJN_DB, else $XDG_DATA_HOME/leerlijn/leerlijn.sqlite
            (~/.local/share/leerlijn/leerlijn.sqlite). Exit codes: 0 ok, 64 usage, 65 bad data,
            66 not found, 70 internal error, 74 file or database error, 75 database busy (try again).
            """,
        version: LeerlijnVersion.current,
        subcommands: [
            Init.self, Demo.self, Log.self, Activities.self, ProgressCommand.self, Coverage.self, LineCommand.self, RegistrationCommand.self,
            Observe.self, ObservationsCommand.self, ReportCommand.self, PortfolioCommand.self, FacilitationCommand.self, Verify.self, SessionCommand.self, Import.self, PersonCommand.self, PhaseCommand.self, RoleCommand.self, EmploymentCommand.self, Org.self, Kinds.self, Profiles.self, ExportCommand.self, DossierCommand.self, Backup.self, Doctor.self,
        ]
    )

    /// Runs the command and turns Leerlijn's errors into one message on standard error and one exit code.
    static func main() async {
        var command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        do {
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            // Help, version and usage errors belong to ArgumentParser, which prints them and exits 0 or 64.
            if error is CleanExit || error is ExitCode || error is ValidationError
                || String(reflecting: type(of: error)).hasPrefix("ArgumentParser.") {
                exit(withError: error)
            }
            let language = (command as? DatabaseCommand)?.options.language ?? GlobalOptions.environmentLanguage
            let strings = language.strings
            let message = strings.describe(error)
            FileHandle.standardError.write(Data("\(strings.errorPrefix): \(message.text)\n".utf8))
            Foundation.exit(ExitStatus.code(for: message.category))
        }
    }
}

/// Leerlijn's version, printed by `leerlijn --version`.
enum LeerlijnVersion {
    static let current = "0.1.0"
}

/// The documented exit codes (sysexits.h).
enum ExitStatus {
    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .badData: 65
        case .notFound: 66
        case .io: 74
        case .temporary: 75
        case .internal: 70
        }
    }
}
