import Foundation

/// The dossier of one teacher educator (lerarenopleider) for the BRLO register: who they are, their roles in
/// teacher education and the hours in them per school year, their standing with the register's criteria, and
/// per area of the professional standard (the VELON beroepsstandaard) the activities, evidence and reflections
/// behind it. Built from data alone: no clock, no database, no network (docs/registers.md has the JSON).
public struct BRLODossier: Codable, Hashable, Sendable {
    /// The value of the `schema` field.
    public static let schemaName = "leerlijn.brlo-dossier/1"

    /// Who the dossier is about.
    public struct PersonPart: Codable, Hashable, Sendable {
        public var id: String
        public var name: String
        public var email: String?
        /// The ids the person has at school boards (personeelsnummers), with the board's code.
        public var externalIds: [PersonProfile.ExternalIdentifier]
    }

    /// One period in a teacher-education role.
    public struct RolePart: Codable, Hashable, Sendable {
        public var role: Role
        public var since: Day
        public var until: Day?
        /// Agreed (facilitated) hours per week, if recorded.
        public var hoursPerWeek: Double?
    }

    /// Hours in the teacher-education roles in one school year (1 August to 31 July).
    public struct YearHours: Codable, Hashable, Sendable {
        public var schoolYear: SchoolYear
        /// Whole minutes: the agreed minutes per week of the roles, over the days of the year they cover, divided by 7.
        public var minutes: Int
        /// The same in hours, to one decimal.
        public var hours: Double
        /// False for the school year under way (counted up to `asOf`).
        public var complete: Bool
    }

    /// One area (bekwaamheidsgebied) of the standard with what lies behind it.
    public struct Area: Codable, Hashable, Sendable {
        /// The full item id (`framework:item`).
        public var item: String
        public var title: LocalizedText
        /// 0 for a top-level area, 1 for its parts, ...
        public var depth: Int
        public var parent: String?
        /// Minutes and activities mapped to the area, its parts, or a crosswalk-related item.
        public var minutes: Int
        /// The ids of those activities, oldest first.
        public var activities: [String]
        /// How many of them carry a written reflection, and how many evidence items they have.
        public var reflections: Int
        public var evidence: Int
    }

    /// The standard the dossier is measured against.
    public struct Standard: Codable, Hashable, Sendable {
        public var framework: String
        public var title: LocalizedText
        public var version: String
        public var areas: [Area]
        /// Areas without any activity (full ids).
        public var gaps: [String]
    }

    /// One piece of evidence: a link, or a file named with its SHA-256.
    public struct EvidencePart: Codable, Hashable, Sendable {
        public var kind: Evidence.Kind
        public var location: String
        public var sha256: String?
        public var byteCount: Int64?
    }

    /// An activity behind the standard.
    public struct ActivityPart: Codable, Hashable, Sendable {
        public var id: String
        public var date: Day
        public var kind: String
        public var title: String
        public var minutes: Int
        public var provider: String?
        public var reflection: String?
        /// Full item ids the activity is mapped to (competences and domains).
        public var items: [String]
        public var evidence: [EvidencePart]
        /// The Leerlijn id of who signed the activity off, if anyone did.
        public var verifiedBy: String?
    }

    /// A written reflection, the heart of a BRLO application.
    public struct Reflection: Codable, Hashable, Sendable {
        public var activity: String
        public var date: Day
        public var text: String
        /// The standard's areas the reflection is about (full ids).
        public var areas: [String]
    }

    public var schema: String
    /// Name-based (UUID v5) from the person, the dossier's sequence number in the outbox and the fingerprint of the data
    /// behind it: a resent dossier has the same id, so the register recognises it.
    public var dossierId: String
    /// The rule (profiles/rules) the dossier answers to, normally `brlo`.
    public var register: String
    /// The day the figures are counted up to.
    public var asOf: Day
    public var person: PersonPart
    public var roles: [RolePart]
    public var hoursPerYear: [YearHours]
    public var registration: RegistrationStatus
    public var standard: Standard?
    public var activities: [ActivityPart]
    public var reflections: [Reflection]
    // What the BRLO asks first (added in issue 18; the fields above keep their meaning, so the schema stays /1).
    /// The role as teacher educator: description, justification, tasks, the hours the employer confirmed.
    public var educatorRole: EducatorRolePart?
    /// The institute or opleidingsschool, partnership and sector.
    public var workContext: WorkContextPart?
    /// The registration route, and the manager's statement where the route needs one (nil until a route is chosen).
    public var route: RoutePart?
    /// The reflection per top-level area of the standard (the grondslag first), written or still missing.
    public var areaReflections: [AreaReflectionPart]?
    /// The latest registration in this register as recorded: since, number, term.
    public var registrationRecord: RegistrationRecordPart?
    /// What an assessor reads first that is not recorded yet, in the order they read it.
    public var missing: [Part]?

    /// The teacher-education roles a register rule names (the roles of its criteria, e.g. schoolopleider and instituutsopleider).
    public static func roles(of rule: Rule) -> Set<Role> {
        Set(rule.versions.flatMap { $0.registration + $0.reregistration }.flatMap(\.roles))
    }

    /// The framework a register rule measures reflections against (its framework-coverage criterion), if any.
    public static func framework(of rule: Rule) -> String? {
        rule.versions.reversed().flatMap { $0.registration + $0.reregistration }.first { $0.kind == .frameworkCoverage }?.framework
    }

    /// The dossier id for a person, the dossier's sequence number (0 outside the outbox) and the fingerprint of their data.
    public static func dossierID(person: PersonID, sequence: Int, fingerprint: String) -> UUID {
        NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "dossier:\(person):\(sequence):\(fingerprint)")
    }

    /// Builds the dossier.
    /// - Parameters:
    ///   - externalIds: the person's ids at school boards.
    ///   - entries: the person's current (not deleted) activities.
    ///   - status: the person's standing with `rule`, evaluated on `asOf`.
    ///   - fingerprint: a hash of the data behind the dossier, and `sequence` its number in the outbox (see ``dossierID(person:sequence:fingerprint:)``).
    public static func build(person: Person, externalIds: [PersonProfile.ExternalIdentifier], line: PersonLine, entries: [ActivityEntry], rule: Rule,
                             status: RegistrationStatus, catalog: ProfileCatalog, asOf: Day, fingerprint: String, sequence: Int = 0,
                             record: EducatorRecord = EducatorRecord(role: nil, tasks: [], reflections: []), routes: [DossierRoute] = []) -> BRLODossier {
        let roleSet = roles(of: rule)
        let periods = line.roles.filter { roleSet.contains($0.role) }.sorted { ($0.since, $0.role.rawValue) < ($1.since, $1.role.rawValue) }
        let current = entries.filter { $0.activity.deletedAt == nil && $0.activity.date <= asOf }.sorted { ($0.activity.date, $0.activity.id.description) < ($1.activity.date, $1.activity.id.description) }
        var standard: Standard? = nil
        var relevant: [String: Set<String>] = [:]   // activity id -> areas it counts for
        if let frameworkID = framework(of: rule), let framework = catalog.framework(frameworkID) {
            let flat = catalog.items(of: frameworkID)
            var areas: [Area] = []
            for (index, item) in flat.enumerated() {
                // The item itself and everything under it (roll-up), matched directly or through a crosswalk.
                var covered = Set([item.reference.item])
                for (other, candidate) in flat.enumerated() where other > index {
                    var parent = candidate.parent
                    while let p = parent { if p == index { covered.insert(candidate.reference.item); break }; parent = flat[p].parent }
                }
                let behind = current.filter { entry in
                    entry.mappings.contains { mapping in
                        (mapping.reference.framework == frameworkID && covered.contains(mapping.reference.item))
                            || catalog.related(mapping.reference, in: frameworkID).contains { covered.contains($0.item) }
                    }
                }
                for entry in behind { relevant[entry.activity.id.description, default: []].insert(item.reference.fullID) }
                areas.append(Area(item: item.reference.fullID, title: item.title, depth: item.depth, parent: item.parent.map { flat[$0].reference.fullID },
                                  minutes: behind.reduce(0) { $0 + $1.activity.minutes }, activities: behind.map { $0.activity.id.description },
                                  reflections: behind.filter { $0.activity.reflection != nil }.count, evidence: behind.reduce(0) { $0 + $1.evidence.count }))
            }
            standard = Standard(framework: framework.id, title: framework.title, version: framework.version, areas: areas,
                                gaps: areas.filter { $0.activities.isEmpty }.map(\.item))
        }
        let behindStandard = current.filter { relevant[$0.activity.id.description] != nil || $0.activity.reflection != nil }
        let activities = behindStandard.map { entry in
            ActivityPart(id: entry.activity.id.description, date: entry.activity.date, kind: entry.activity.kind, title: entry.activity.title,
                         minutes: entry.activity.minutes, provider: entry.activity.provider, reflection: entry.activity.reflection,
                         items: entry.mappings.map(\.reference.fullID).sorted(),
                         evidence: entry.evidence.map { EvidencePart(kind: $0.kind, location: $0.location, sha256: $0.sha256, byteCount: $0.byteCount) },
                         verifiedBy: entry.verification?.verifiedBy.description)
        }
        let reflections = behindStandard.compactMap { entry -> Reflection? in
            guard let text = entry.activity.reflection else { return nil }
            return Reflection(activity: entry.activity.id.description, date: entry.activity.date, text: text,
                              areas: (relevant[entry.activity.id.description] ?? []).sorted())
        }
        let registration = line.registrations.filter { $0.register == rule.id }.max { $0.since < $1.since }
        let educator = educatorParts(record: record, routes: routes, standard: standard, registration: registration, expires: status.expires)
        return BRLODossier(
            schema: schemaName, dossierId: dossierID(person: person.id, sequence: sequence, fingerprint: fingerprint).uuidString.lowercased(), register: rule.id, asOf: asOf,
            person: PersonPart(id: person.id.description, name: person.name, email: person.email, externalIds: externalIds),
            roles: periods.map { RolePart(role: $0.role, since: $0.since, until: $0.until, hoursPerWeek: $0.minutesPerWeek.map { Double($0) / 60 }) },
            hoursPerYear: hoursPerYear(periods, asOf: asOf), registration: status, standard: standard, activities: activities, reflections: reflections,
            educatorRole: educator.role, workContext: educator.context, route: educator.route, areaReflections: educator.reflections,
            registrationRecord: educator.registration, missing: educator.missing)
    }

    /// Minutes in the roles per school year (``RolePeriod/agreedMinutes(_:from:through:)``), the year under way up to `asOf`.
    public static func hoursPerYear(_ periods: [RolePeriod], asOf: Day) -> [YearHours] {
        let withHours = periods.filter { ($0.minutesPerWeek ?? 0) > 0 && $0.since <= asOf }
        guard let first = withHours.map(\.since).min() else { return [] }
        var result: [YearHours] = []
        var year = SchoolYear(containing: first)
        let last = SchoolYear(containing: asOf)
        while year <= last {
            let minutes = RolePeriod.agreedMinutes(withHours, from: max(year.firstDay, first), through: min(year.lastDay, asOf))
            if minutes > 0 {
                result.append(YearHours(schoolYear: year, minutes: minutes, hours: (Double(minutes) / 6).rounded() / 10, complete: year.lastDay <= asOf))
            }
            year = year.next
        }
        return result
    }
}
