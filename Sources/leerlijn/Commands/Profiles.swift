import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Profiles: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.profiles.abstract,
        discussion: help.profiles.discussion,
        subcommands: [List.self, Show.self, Validate.self]) }

    struct List: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.profilesList.abstract, discussion: help.profilesList.discussion) }
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let profiles = try options.loadProfiles()
            let catalog = profiles.catalog
            let summaries = catalog.frameworks.map { ProfileSummary(framework: $0, catalog: catalog) }
            let instruments = profiles.instruments.instruments
            // The table lists the observation instruments below the frameworks; JSON and CSV stay the frameworks' list.
            if options.format == .table && !instruments.isEmpty {
                print(options.views.profiles(summaries).renderTable() + "\n" + options.language.reportStrings.instrumentsHeading + "\n"
                      + options.views.instruments(instruments).renderTable(), terminator: "")
                return
            }
            try options.emit(summaries, table: options.views.profiles(summaries))
        }
    }

    struct Show: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(abstract: help.profilesShow.abstract, discussion: help.profilesShow.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.profilesShow.id)) var id: String

        func run() throws {
            let catalog = try options.loadCatalog()
            let framework = try catalog.resolveFramework(id)
            let detail = ProfileDetail(framework: framework, items: catalog.items(of: framework.id))
            try options.emit(detail, table: options.views.profileTree(detail))
        }
    }

    struct Validate: DatabaseCommand {
        static var configuration: CommandConfiguration { CommandConfiguration(
            abstract: help.profilesValidate.abstract,
            discussion: help.profilesValidate.discussion) }
        @OptionGroup var options: GlobalOptions
        @Argument(help: ArgumentHelp(help.profilesValidate.paths)) var paths: [String] = []

        func run() throws {
            do {
                let profiles = try options.loadProfiles(extra: paths)
                let catalog = profiles.catalog
                let result = ValidationSummary(valid: true, frameworks: catalog.frameworks.map(\.id), crosswalks: catalog.crosswalks.map(\.id),
                                               instruments: profiles.instruments.instruments.map(\.id), issues: [])
                try options.emit(result, table: options.views.validation(result),
                                 message: options.strings.profilesValid(result.frameworks.count, result.crosswalks.count))
            } catch let error as ProfileValidationError {
                let result = ValidationSummary(valid: false, frameworks: [], crosswalks: [], issues: error.issues)
                try options.emit(result, table: options.views.validation(result), message: options.strings.describe(error).text)
                throw ExitCode(ExitStatus.code(for: .badData))
            }
        }
    }
}
