import Foundation

extension BRLODossier {
    /// The role as teacher educator, described and justified, with its tasks and the hours the employer confirmed.
    public struct EducatorRolePart: Codable, Hashable, Sendable {
        public var description: String?
        public var justification: String?
        public var tasks: [EducatorTask]
        /// Hours a year the employer confirmed (to one decimal), who confirmed and when.
        public var confirmedHoursPerYear: Double?
        public var confirmedBy: String?
        public var confirmedOn: Day?
        /// True when tasks are recorded and every one is coaching: coaching alone does not make a lerarenopleider.
        public var coachingOnly: Bool
    }

    /// Where the teacher educator works.
    public struct WorkContextPart: Codable, Hashable, Sendable {
        public var context: EducatorRole.Context?
        public var organisation: String?
        public var partnership: EducatorRole.PartnershipPart?
        public var sector: String?
    }

    /// The registration route and, where the route needs it, the manager's statement.
    public struct RoutePart: Codable, Hashable, Sendable {
        public var id: String
        public var title: LocalizedText?
        /// Whether the route includes an interview (from the register definition; nil for a route it does not list).
        public var interview: Bool?
        public var managerStatementRequired: Bool
        public var managerStatement: EducatorRole.ManagerStatement?
    }

    /// The reflection on one top-level area of the standard (the grondslag and each bekwaamheidsgebied).
    public struct AreaReflectionPart: Codable, Hashable, Sendable {
        public var item: String
        public var title: LocalizedText
        /// Nil while nothing is written.
        public var text: String?
        public var updatedAt: Date?
    }

    /// The registration as recorded: since, the register's number and its term (for prolongatie).
    public struct RegistrationRecordPart: Codable, Hashable, Sendable {
        public var since: Day
        public var number: String?
        /// The term's last day as the register stated it, if recorded.
        public var until: Day?
        /// The last day by the rule's term (`registration.expires`), for comparison.
        public var expiresByTerm: Day?
    }

    /// Something an assessor reads first that the dossier still lacks.
    public struct Part: Codable, Hashable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case roleDescription = "role-description", roleJustification = "role-justification", tasks, educationTask = "education-task"
            case confirmedHours = "confirmed-hours", workContext = "work-context", route, managerStatement = "manager-statement"
            case areaReflection = "area-reflection"
        }

        public var part: Kind
        /// For an area reflection: the area (full id).
        public var item: String?

        public init(_ part: Kind, item: String? = nil) {
            self.part = part
            self.item = item
        }
    }

    /// The parts for `record`, on a rule with `routes` and the standard `standard`.
    static func educatorParts(record: EducatorRecord, routes: [DossierRoute], standard: Standard?, registration: Registration?, expires: Day?)
        -> (role: EducatorRolePart, context: WorkContextPart, route: RoutePart?, reflections: [AreaReflectionPart], registration: RegistrationRecordPart?, missing: [Part]) {
        let role = record.role ?? EducatorRole()
        let rolePart = EducatorRolePart(
            description: role.description, justification: role.justification, tasks: record.tasks,
            confirmedHoursPerYear: role.confirmedMinutesPerYear.map { (Double($0) / 6).rounded() / 10 }, confirmedBy: role.confirmedBy,
            confirmedOn: role.confirmedOn, coachingOnly: !record.tasks.isEmpty && record.tasks.allSatisfy { $0.kind == .coaching })
        let context = WorkContextPart(context: role.context, organisation: role.organisation, partnership: role.partnership, sector: role.sector)
        var routePart: RoutePart? = nil
        if let id = role.route {
            let known = routes.first { $0.id == id }
            routePart = RoutePart(id: id, title: known?.title, interview: known?.interview, managerStatementRequired: known?.needsManagerStatement ?? true,
                                  managerStatement: role.managerStatement)
        }
        let byItem = Dictionary(record.reflections.map { ($0.item, $0) }, uniquingKeysWith: { first, _ in first })
        let reflections = (standard?.areas ?? []).filter { $0.depth == 0 }.map { area in
            AreaReflectionPart(item: area.item, title: area.title, text: byItem[area.item]?.text, updatedAt: byItem[area.item]?.updatedAt)
        }
        var missing: [Part] = []
        if role.description?.isEmpty ?? true { missing.append(Part(.roleDescription)) }
        if role.justification?.isEmpty ?? true { missing.append(Part(.roleJustification)) }
        if record.tasks.isEmpty { missing.append(Part(.tasks)) } else if rolePart.coachingOnly { missing.append(Part(.educationTask)) }
        if role.confirmedMinutesPerYear == nil || role.confirmedBy == nil { missing.append(Part(.confirmedHours)) }
        if role.context == nil || role.organisation == nil { missing.append(Part(.workContext)) }
        if let routePart {
            let statement = routePart.managerStatement
            if routePart.managerStatementRequired && (statement?.statement?.isEmpty ?? true || statement?.manager == nil) {
                missing.append(Part(.managerStatement))
            }
        } else {
            missing.append(Part(.route))
        }
        for reflection in reflections where reflection.text == nil { missing.append(Part(.areaReflection, item: reflection.item)) }
        let registrationPart = registration.map { RegistrationRecordPart(since: $0.since, number: $0.number, until: $0.until, expiresByTerm: expires) }
        return (rolePart, context, routePart, reflections, registrationPart, missing)
    }
}
