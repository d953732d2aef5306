import ArgumentParser
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Log: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Log a learning activity for a person.",
        discussion: """
            PERSON is an external id, an email address or an unambiguous part of the name.
            DURATION: 90m, 1h30, 1.5h, 1,5u, 2u or 1:30. KIND: see `leerlijn kinds list`.

            Examples:
              leerlijn log sanne 90m intervisie "Intervisie klassenmanagement"
              leerlijn log 100234 1,5u lesbezoek "Lesbezoek rekenen" --date gisteren --reflection "Meer denktijd geven"
              leerlijn log sanne 3h cursus "Klassenmanagement" --evidence certificaat.pdf --evidence https://example.org/c
              leerlijn log sanne 2u intervisie "Intervisie" --competence sbl-2006:interpersoonlijk --domain primair-proces
              leerlijn log sanne 45m begeleidingsgesprek "Gesprek met coach" --cao
              leerlijn log marieke 1u lesbezoek "Lesbezoek bij Emma" --for emma
            """)

    @OptionGroup var options: GlobalOptions

    @Argument(help: "Who: external id, email, or part of the name.") var person: String
    @Argument(help: "How long: 90m, 1h30, 1.5h, 1,5u, 2u.") var duration: String
    @Argument(help: "The kind of activity, e.g. intervisie, lesbezoek, cursus.") var kind: String
    @Argument(help: "A short title.") var title: String

    @Option(help: "The day: 2026-10-03, 3-10-2026, today/vandaag, yesterday/gisteren (default today).") var date: String?
    @Option(help: "A longer description.") var description: String?
    @Option(help: "Who provided it (institute, trainer).") var provider: String?
    @Option(help: "Your reflection on it.") var reflection: String?
    @Option(help: "A link (https://...) or a file to keep as evidence; repeat for more.") var evidence: [String] = []
    @Option(help: "A competence it develops: a full id (sbl-2006:pedagogisch) or an unambiguous end of one (2017-po:pedagogisch); repeat or separate with commas.")
    var competence: [String] = []
    @Option(help: "A domain of the teacher's work: primair-proces, onderwijsontwikkeling, beleid-en-organisatie, ondersteuning-collegas; repeatable.")
    var domain: [String] = []
    @Option(help: "The hours budget it counts toward: a rule id such as cao-po-starter or cao-po-professionalisering.") var budget: String?
    @Flag(help: "Short for --budget cao-po-starter: the starters' CAO hours.") var cao = false
    @Option(name: .customLong("for"), help: "For guidance by a mentor or schoolopleider: the student (or starter) guided.") var guided: String?

    func validate() throws {
        if cao && budget != nil { throw options.usage(.notBoth("--cao", "--budget")) }
    }

    func run() throws {
        let database = try options.openDatabase()
        let minutes = try DurationParser.minutes(from: duration)
        let day = try date.map(options.day) ?? options.today
        let budgetRule = cao ? "cao-po-starter" : budget
        let profiles = competence.isEmpty && domain.isEmpty && budgetRule == nil ? LoadedProfiles(catalog: .empty, rules: .empty) : try options.loadProfiles()
        let entry = try database.logActivity(
            NewActivity(person: person, date: day, minutes: minutes, kind: kind, title: title, description: description,
                        provider: provider, reflection: reflection, evidence: evidence, competences: competence, domains: domain,
                        budget: budgetRule, guided: guided),
            catalog: profiles.catalog, rules: profiles.rules, actor: options.actorName)
        try options.emit(entry, table: options.views.activities([entry]),
                         message: options.strings.activityLogged(entry, Formatting.duration(entry.activity.minutes, options.language)))
    }
}
