import ArgumentParser
import Foundation
import LeerlijnReports

@main
struct Leerlijn: AsyncParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "leerlijn",
        abstract: help.leerlijn.abstract,
        discussion: help.leerlijn.discussion,
        version: LeerlijnVersion.current,
        subcommands: [
            Init.self, Demo.self, Log.self, Activities.self, ProgressCommand.self, Coverage.self, LineCommand.self, RegistrationCommand.self,
            Observe.self, ObservationsCommand.self, ReportCommand.self, PortfolioCommand.self, FacilitationCommand.self, Verify.self, SessionCommand.self, Import.self, PersonCommand.self, PhaseCommand.self, RoleCommand.self, EmploymentCommand.self, MembershipCommand.self, SalaryStepCommand.self, Org.self, Kinds.self, Profiles.self, ExportCommand.self, DossierCommand.self, Backup.self, Doctor.self,
        ]
    ) }

    /// Runs the command and turns Leerlijn's errors into one message on standard error and one exit code.
    static func main() async {
        var command: ParsableCommand
        do {
            command = try parseAsRoot(HelpLanguage.parsingArguments(Array(CommandLine.arguments.dropFirst())))
        } catch {
            if let suggestion = CommandSuggestion.message(for: Array(CommandLine.arguments.dropFirst())) {
                FileHandle.standardError.write(Data(suggestion.utf8))
                Foundation.exit(64)
            }
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
            let options = (command as? DatabaseCommand)?.options
            let language = options?.language ?? GlobalOptions.environmentLanguage
            let strings = language.strings
            let message = language.registerStrings.describe(error, language: language) ?? strings.describe(error)
            let status = ExitStatus.code(for: message.category)
            // Scripts that asked for JSON get the refusal as JSON on standard output too (docs/cli.md).
            if options?.format == .json { FileHandle.standardOutput.write(Data(strings.errorJSON(error, exit: status, message: message).utf8)) }
            FileHandle.standardError.write(Data("\(strings.errorPrefix): \(message.text)\n".utf8))
            Foundation.exit(status)
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
