import LeerlijnCore

/// A small, realistic, fictional partnership for `leerlijn demo`: 2 boards, 4 schools, students,
/// starters, experienced teachers, a mentor and a schoolopleider, with a year of activities.
///
/// The data is the same on every run for the same `today` (a seeded generator), and every name,
/// school and BRIN code in it is made up (the BRIN codes start with 99).
public enum DemoPartnership {
    /// What each user of the demo looks at.
    public struct Overview: Codable, Sendable {
        /// The school year shown.
        public var schoolYear: SchoolYear
        /// The starter's name and her activities this school year.
        public var starter: String
        public var starterActivities: [ActivityEntry]
        /// The starter's coverage of the 2017 bekwaamheidseisen (po) this school year.
        public var starterCoverage: CoverageReport?
        /// What HR looks at: the report by school this school year, with flags.
        public var report: GroupReport
        /// The schoolopleider, her school, the people there with their minutes, and her own activities.
        public var schoolopleider: String
        public var school: String
        public var people: [PersonYearSummary]
        public var schoolopleiderActivities: [ActivityEntry]
        /// The schoolopleider's coverage of the VELON standard over the last year (toward BRLO registration).
        public var schoolopleiderCoverage: CoverageReport?
        /// The starter's hours budgets this school year.
        public var starterProgress: Progress
        /// The schoolopleider's readiness for BRLO registration.
        public var schoolopleiderRegistration: RegistrationStatus?
        /// Guidance of the students against the partnership's agreement, when a facilitation rule is loaded.
        public var facilitation: FacilitationReport?
    }

    /// Fills `database` with the demo partnership and returns what the starter, HR and the
    /// schoolopleider would look at. Activities cover the 365 days up to `today` and are mapped to the
    /// shipped frameworks in `catalog` (the 2017 bekwaamheidseisen, SBL for students, the VELON standard
    /// for the schoolopleider, the four domains).
    /// - Parameter routes: the BRLO registration routes (the brlo register definition's), for the schoolopleider's dossier.
    public static func build(into database: LeerlijnDatabase, catalog: ProfileCatalog, rules: RuleCatalog, today: Day, actor: String = "demo",
                             routes: [DossierRoute] = []) throws(StoreError) -> Overview {
        _ = try database.addPartnership(name: "Samen Opleiden Eemvallei (fictief)", code: "eemvallei")
        _ = try database.addBoard(name: "Stichting Primair Onderwijs Eemvallei", code: "spo-eemvallei", partnership: "eemvallei", defaultSector: .po)
        _ = try database.addBoard(name: "Vereniging Scholengroep De Brug", code: "de-brug", partnership: "eemvallei", defaultSector: .po)
        _ = try database.addSchool(name: "OBS De Regenboog", code: "99AA", board: "spo-eemvallei")
        _ = try database.addSchool(name: "CBS Het Kompas", code: "99AB", board: "spo-eemvallei")
        _ = try database.addSchool(name: "Daltonschool De Wilgen", code: "99BA", board: "de-brug")
        _ = try database.addSchool(name: "KBS Sint Jozef", code: "99BB", board: "de-brug")

        let yearAgo = today.adding(days: -365)
        for member in cast {
            _ = try database.addPerson(
                NewPerson(name: member.name, externalID: member.externalID, email: member.email, schoolCode: member.school,
                          since: member.role == .student ? SchoolYear(containing: yearAgo).firstDay : yearAgo.adding(days: -400)),
                actor: actor, today: today)
        }
        // The line: phases, werktijdfactoren and roles.
        let thisYearStart = SchoolYear(containing: today).firstDay
        for member in cast {
            let start = member.role == .student ? SchoolYear(containing: yearAgo).firstDay : yearAgo.adding(days: -400)
            switch member.role {
            case .student:
                _ = try database.setPhase(member.externalID, NewPhase(phase: .student, since: start, route: member.externalID == "S3002" ? .zijInstroom : .voltijd,
                                                                      institute: "Hogeschool Eemvallei (fictief)", studyYear: 3), actor: actor)
            case .starter:
                _ = try database.setPhase(member.externalID, NewPhase(phase: .starter, since: thisYearStart.adding(days: -365)), actor: actor)
                _ = try database.addEmployment(member.externalID, NewEmployment(since: thisYearStart.adding(days: -365), fte: member.fte, school: member.school), actor: actor)
            case .experienced, .mentor, .schoolopleider:
                _ = try database.setPhase(member.externalID, NewPhase(phase: .vakbekwaam, since: start), actor: actor)
                _ = try database.addEmployment(member.externalID, NewEmployment(since: start, fte: member.fte, school: member.school), actor: actor)
            }
            if member.role == .mentor {
                _ = try database.addRole(member.externalID, role: .mentor, since: start, until: nil, minutesPerWeek: 2 * 60, actor: actor)
            }
            if member.role == .schoolopleider {
                // A schoolopleider for a year and a half: not yet the 2 years BRLO asks.
                _ = try database.addRole(member.externalID, role: .schoolopleider, since: today.adding(days: -540), until: nil, minutesPerWeek: 12 * 60, actor: actor)
            }
        }
        // One starter was judged basisbekwaam at the start of this school year.
        _ = try database.setPhase("200102", NewPhase(phase: .basisbekwaam, since: thisYearStart), actor: actor)

        // One starter moved to a school of the other board at the start of this school year;
        // the new board gives her its own personeelsnummer.
        let thisYear = SchoolYear(containing: today)
        _ = try database.editPerson("200104", PersonEdit(externalID: "B7104", schoolCode: "99BB", since: thisYear.firstDay), actor: actor, today: today)

        var random = SeededGenerator(seed: 20_260_801)
        for member in cast where member.activitiesPerMonth > 0 {
            let templates = Self.templates[member.role] ?? []
            var day = yearAgo.adding(days: Int.random(in: 0...6, using: &random))
            while day <= today {
                let template = templates[Int.random(in: 0..<templates.count, using: &random)]
                let minutes = template.minutes[Int.random(in: 0..<template.minutes.count, using: &random)]
                let reflect = Int.random(in: 0..<3, using: &random) == 0
                _ = try database.logActivity(NewActivity(
                    person: member.externalID, date: day, minutes: minutes, kind: template.kind, title: template.title,
                    provider: template.provider, reflection: reflect ? template.reflection : nil,
                    evidence: template.evidence.map { [$0] } ?? [], competences: template.competences, domains: template.domains,
                    budget: member.role == .starter && template.starterBudget && day >= thisYearStart.adding(days: -365) ? "cao-po-starter" : nil,
                    guided: template.guided),
                    catalog: catalog, rules: rules, actor: actor)
                let gap = 30 / member.activitiesPerMonth
                day = day.adding(days: max(1, gap + Int.random(in: -2...3, using: &random)))
            }
        }

        // The mentor and the schoolopleider sign off some of the activities of the people they guide.
        for (person, verifier) in [("S3001", "100201"), ("200101", "100301")] {
            for (index, entry) in try database.activities(matching: ActivityFilter(person: person, from: thisYear.firstDay)).enumerated() where index % 2 == 0 {
                _ = try database.verifyActivity(entry.activity.id.description, by: verifier, note: nil, actor: actor)
            }
        }
        // The schoolopleider's BRLO dossier: her role, tasks, context, route and a reflection per area (DemoEducator.swift).
        do {
            try recordEducator("100301", database: database, routes: routes, schoolYearStart: thisYear.firstDay, actor: actor)
        } catch {
            throw StoreError.wrap(error)
        }
        // A PLG meeting logged once for its participants.
        _ = try database.addSession(NewSession(date: min(today, thisYear.firstDay.adding(days: 60)), minutes: 90, kind: "plg", title: "PLG rekenonderwijs",
                                               participants: ["100202", "100203", "100204"], competences: ["bekwaamheidseisen-2017-po:vakdidactisch"],
                                               domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]), catalog: catalog, actor: actor)

        var facilitation: FacilitationReport? = nil
        if let rule = try? rules.facilitationRule(nil) {
            facilitation = try database.facilitation(rule: rule, year: thisYear, today: today)
        }
        let starter = cast.first { $0.role == .starter }!
        var brlo: RegistrationStatus? = nil
        if let rule = rules.rule("brlo") {
            brlo = try database.registration(of: cast.first { $0.role == .schoolopleider }!.externalID, register: rule, catalog: catalog, today: today)
        }
        let opleider = cast.first { $0.role == .schoolopleider }!
        return Overview(
            schoolYear: thisYear,
            starter: starter.name,
            starterActivities: try database.activities(matching: ActivityFilter(person: starter.externalID, from: thisYear.firstDay, to: today)),
            starterCoverage: try database.coverage(of: starter.externalID, framework: "bekwaamheidseisen-2017-po",
                                                   from: thisYear.firstDay, to: today, catalog: catalog).first,
            report: try database.groupReport(ReportSettings(by: .school, year: thisYear), catalog: catalog, rules: rules, today: today),
            schoolopleider: opleider.name,
            school: opleider.school,
            people: try database.personSummaries(school: opleider.school, in: thisYear),
            schoolopleiderActivities: try database.activities(matching: ActivityFilter(person: opleider.externalID, from: thisYear.firstDay, to: today)),
            schoolopleiderCoverage: try database.coverage(of: opleider.externalID, framework: "velon-beroepsstandaard-2012",
                                                          from: yearAgo, to: today, catalog: catalog).first,
            starterProgress: try database.progress(of: starter.externalID, year: thisYear, rules: rules, today: today),
            schoolopleiderRegistration: brlo,
            facilitation: facilitation)
    }

    enum Role { case student, starter, experienced, mentor, schoolopleider }

    struct Member {
        let name, externalID, email, school: String
        let role: Role
        let activitiesPerMonth: Int
        var fte: FTE = .fullTime
    }

    static let cast: [Member] = [
        Member(name: "Sanne de Vries", externalID: "200101", email: "s.devries@regenboog.example", school: "99AA", role: .starter, activitiesPerMonth: 4),
        Member(name: "Daan Jansen", externalID: "200102", email: "d.jansen@kompas.example", school: "99AB", role: .starter, activitiesPerMonth: 2, fte: FTE(tenThousandths: 8000)),
        Member(name: "Fatima El Amrani", externalID: "200103", email: "f.elamrani@dewilgen.example", school: "99BA", role: .starter, activitiesPerMonth: 3, fte: FTE(tenThousandths: 6000)),
        Member(name: "Lotte Bakker", externalID: "200104", email: "l.bakker@regenboog.example", school: "99AA", role: .starter, activitiesPerMonth: 1),
        Member(name: "Emma Visser", externalID: "S3001", email: "emma.visser@student.example", school: "99AA", role: .student, activitiesPerMonth: 3),
        Member(name: "Noah Smit", externalID: "S3002", email: "noah.smit@student.example", school: "99AB", role: .student, activitiesPerMonth: 2),
        Member(name: "Julia Meijer", externalID: "S3003", email: "julia.meijer@student.example", school: "99BA", role: .student, activitiesPerMonth: 3),
        Member(name: "Sem de Boer", externalID: "S3004", email: "sem.deboer@student.example", school: "99BB", role: .student, activitiesPerMonth: 2),
        Member(name: "Marieke Mulder", externalID: "100201", email: "m.mulder@regenboog.example", school: "99AA", role: .mentor, activitiesPerMonth: 4),
        Member(name: "Peter de Groot", externalID: "100202", email: "p.degroot@kompas.example", school: "99AB", role: .experienced, activitiesPerMonth: 1),
        Member(name: "Ingrid Bos", externalID: "100203", email: "i.bos@dewilgen.example", school: "99BA", role: .experienced, activitiesPerMonth: 2),
        Member(name: "Ahmed Yilmaz", externalID: "100204", email: "a.yilmaz@sintjozef.example", school: "99BB", role: .experienced, activitiesPerMonth: 1, fte: FTE(tenThousandths: 5000)),
        Member(name: "Joost van Leeuwen", externalID: "100205", email: "j.vanleeuwen@regenboog.example", school: "99AA", role: .experienced, activitiesPerMonth: 0),
        Member(name: "Karin Vos", externalID: "100301", email: "k.vos@regenboog.example", school: "99AA", role: .schoolopleider, activitiesPerMonth: 3),
    ]

    struct Template {
        let kind, title: String
        let minutes: [Int]
        var provider: String? = nil
        var reflection: String? = nil
        var evidence: String? = nil
        var competences: [String] = []
        var domains: [String] = ["domeinen-beroepsbeeld:primair-proces"]
        /// For starters: whether it is taken from the starters' CAO hours.
        var starterBudget: Bool = true
        /// For guidance: the external id of the student guided.
        var guided: String? = nil
    }

    static let templates: [Role: [Template]] = [
        .starter: [
            Template(kind: "begeleidingsgesprek", title: "Begeleidingsgesprek met coach", minutes: [45, 60],
                     reflection: "Ik wil mijn instructie korter maken; volgende keer werk ik met een timer.", competences: ["bekwaamheidseisen-2017-po:pedagogisch"]),
            Template(kind: "lesbezoek", title: "Lesbezoek rekenen groep 5", minutes: [60],
                     reflection: "De feedback op mijn vragen stellen was bruikbaar: meer denktijd geven.", competences: ["bekwaamheidseisen-2017-po:vakdidactisch-a"]),
            Template(kind: "intervisie", title: "Intervisie klassenmanagement", minutes: [90], competences: ["bekwaamheidseisen-2017-po:pedagogisch"]),
            Template(kind: "cursus", title: "Klassenmanagement voor starters", minutes: [180], provider: "Hogeschool Eemvallei (fictief)",
                     evidence: "https://example.org/certificaat-klassenmanagement", competences: ["bekwaamheidseisen-2017-po:pedagogisch"]),
            Template(kind: "zelfstudie", title: "Lezen over formatief handelen", minutes: [60, 90], competences: ["bekwaamheidseisen-2017-po:vakinhoudelijk-f"]),
            Template(kind: "coaching", title: "Coaching op differentiëren", minutes: [60], competences: ["bekwaamheidseisen-2017-po:vakdidactisch-c"]),
        ],
        .student: [
            Template(kind: "lesbezoek", title: "Lesbezoek door mentor", minutes: [60], competences: ["sbl-2006:pedagogisch"]),
            Template(kind: "begeleidingsgesprek", title: "Gesprek met schoolopleider", minutes: [30, 45], competences: ["sbl-2006:reflectie-ontwikkeling"]),
            Template(kind: "ontwerpatelier", title: "Ontwerpatelier lessenreeks", minutes: [120],
                     reflection: "Samen ontwerpen liet zien hoe ik doelen scherper formuleer.", competences: ["sbl-2006:vakinhoudelijk-didactisch"]),
            Template(kind: "praktijkonderzoek", title: "Praktijkonderzoek leesmotivatie", minutes: [120, 180], competences: ["sbl-2006:reflectie-ontwikkeling"], domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]),
            Template(kind: "zelfstudie", title: "Literatuur voor het onderzoek", minutes: [90], competences: ["sbl-2006:vakinhoudelijk-didactisch"]),
        ],
        .experienced: [
            Template(kind: "plg", title: "PLG begrijpend lezen", minutes: [90, 120], competences: ["bekwaamheidseisen-2017-po:vakdidactisch"], domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]),
            Template(kind: "studiedag", title: "Studiedag bestuur", minutes: [360], provider: "Bestuur", domains: ["domeinen-beroepsbeeld:beleid-en-organisatie"]),
            Template(kind: "lesson-study", title: "Lesson study rekenen", minutes: [120], competences: ["bekwaamheidseisen-2017-po:vakdidactisch-a"]),
            Template(kind: "cursus", title: "Training gesprekken met ouders", minutes: [150], provider: "Onderwijsadviesbureau (fictief)"),
            Template(kind: "conferentie", title: "Conferentie onderwijsinnovatie", minutes: [300], domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]),
        ],
        .mentor: [
            Template(kind: "mentorentraining", title: "Mentorentraining coachende vaardigheden", minutes: [180], provider: "Hogeschool Eemvallei (fictief)", domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"]),
            Template(kind: "begeleidingsgesprek", title: "Begeleidingsgesprek met student", minutes: [30, 45], domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"], guided: "S3001"),
            Template(kind: "lesbezoek", title: "Lesbezoek bij student", minutes: [60], domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"], guided: "S3001"),
            Template(kind: "plg", title: "PLG begrijpend lezen", minutes: [90], competences: ["bekwaamheidseisen-2017-po:vakdidactisch"], domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]),
        ],
        .schoolopleider: [
            Template(kind: "opleidersdag", title: "Opleidersdag partnerschap", minutes: [360],
                     reflection: "Gesprek over de beroepsstandaard: ik wil mijn feedback meer op leervragen richten.", competences: ["velon-beroepsstandaard-2012:grondslag"], domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"]),
            Template(kind: "ontwerpatelier", title: "Ontwerpatelier begeleiden", minutes: [120], competences: ["velon-beroepsstandaard-2012:opleidingsdidactisch"], domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"], guided: "S3001"),
            Template(kind: "intervisie", title: "Intervisie schoolopleiders", minutes: [90], competences: ["velon-beroepsstandaard-2012:ontwikkelingsbekwaam"], domains: ["domeinen-beroepsbeeld:ondersteuning-collegas"]),
            Template(kind: "conferentie", title: "Conferentie lerarenopleiders", minutes: [300], evidence: "https://example.org/programma-conferentie", competences: ["velon-beroepsstandaard-2012:ontwikkelingsbekwaam"], domains: ["domeinen-beroepsbeeld:onderwijsontwikkeling"]),
        ],
    ]
}
