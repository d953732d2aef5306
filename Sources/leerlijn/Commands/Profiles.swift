import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Profiles: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Competence frameworks, crosswalks and observation instruments: list, show, validate.",
        discussion: """
            Frameworks ship in profiles/; your own go in a folder given with --profiles DIR or $LEERLIJN_PROFILES
            (see docs/profiles.md for the file format).
            """,
        subcommands: [List.self, Show.self, Validate.self])

    struct List: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "List the frameworks with their item counts.", discussion: "Example: leerlijn profiles list --format json")
        @OptionGroup var options: GlobalOptions

        func run() throws {
            let catalog = try options.loadCatalog()
            let summaries = catalog.frameworks.map { ProfileSummary(framework: $0, catalog: catalog) }
            try options.emit(summaries, table: options.views.profiles(summaries))
        }
    }

    struct Show: DatabaseCommand {
        static let configuration = CommandConfiguration(abstract: "Show a framework as a tree of items with their full ids.", discussion: "Example: leerlijn profiles show sbl-2006 --lang nl")
        @OptionGroup var options: GlobalOptions
        @Argument(help: "The framework's id, or an unambiguous end of it.") var id: String

        func run() throws {
            let catalog = try options.loadCatalog()
            let framework = try catalog.resolveFramework(id)
            let detail = ProfileDetail(framework: framework, items: catalog.items(of: framework.id))
            try options.emit(detail, table: options.views.profileTree(detail))
        }
    }

    struct Validate: DatabaseCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check profile files (frameworks, crosswalks, rules, observation instruments): schema, unique ids, references, cycles.",
            discussion: """
                Checks the shipped profiles, your folder (--profiles or $LEERLIJN_PROFILES) and any PATHs given,
                as one whole, since a crosswalk may refer to another file's framework. Each problem is printed as
                file:line: reason; the exit code is 65 when there is any.
                Example: leerlijn profiles validate mijn-profielen/
                """)
        @OptionGroup var options: GlobalOptions
        @Argument(help: "Files or folders to check besides the shipped profiles and your folder.") var paths: [String] = []

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
