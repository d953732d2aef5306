import Foundation

/// What a teacher educator records for the BRLO first (VELON FAQ: "je rol als opleider [moet] expliciet worden
/// beschreven en verantwoord"; coaching alone does not count): the role described and justified, the hours the
/// employer confirmed, the work context, and the route with the manager's statement where the route needs one.
public struct EducatorRole: Codable, Hashable, Sendable {
    /// Where the teacher educator works: at an institute (instituutsopleider) or a school that educates teachers
    /// (opleidingsschool, schoolopleider) (BRLO-reglement art. 1).
    public enum Context: String, Codable, Sendable, CaseIterable {
        case instituut, opleidingsschool
    }

    /// The partnership (samenwerkingsverband) the work belongs to.
    public struct PartnershipPart: Codable, Hashable, Sendable {
        public var code: String
        public var name: String

        public init(code: String, name: String) {
            self.code = code
            self.name = name
        }
    }

    /// The manager's (leidinggevende's) statement that the application was discussed.
    public struct ManagerStatement: Codable, Hashable, Sendable {
        public var manager: String?
        public var statement: String?
        public var date: Day?

        public init(manager: String?, statement: String?, date: Day?) {
            self.manager = manager
            self.statement = statement
            self.date = date
        }
    }

    /// What the role is: the teacher-education tasks in one's own words.
    public var description: String?
    /// Why it is teacher education (opleiden), not coaching alone.
    public var justification: String?
    public var context: Context?
    /// The institute or opleidingsschool.
    public var organisation: String?
    public var partnership: PartnershipPart?
    /// The sector of the teachers educated (po, vo, mbo; ho for higher education).
    public var sector: String?
    /// Hours a year in the role as the employer confirmed them, in whole minutes, with who confirmed and when.
    public var confirmedMinutesPerYear: Int?
    public var confirmedBy: String?
    public var confirmedOn: Day?
    /// The registration route (an id of the register definition's `dossier.routes`).
    public var route: String?
    public var managerStatement: ManagerStatement?

    public init(description: String? = nil, justification: String? = nil, context: Context? = nil, organisation: String? = nil,
                partnership: PartnershipPart? = nil, sector: String? = nil, confirmedMinutesPerYear: Int? = nil, confirmedBy: String? = nil,
                confirmedOn: Day? = nil, route: String? = nil, managerStatement: ManagerStatement? = nil) {
        self.description = description
        self.justification = justification
        self.context = context
        self.organisation = organisation
        self.partnership = partnership
        self.sector = sector
        self.confirmedMinutesPerYear = confirmedMinutesPerYear
        self.confirmedBy = confirmedBy
        self.confirmedOn = confirmedOn
        self.route = route
        self.managerStatement = managerStatement
    }

    /// The sectors a work context may name: Leerlijn's framework sectors, and `ho` for the higher education where
    /// institute-based teacher educators work (pabo, lerarenopleidingen).
    public static let sectors = ["po", "vo", "mbo", "ho"]
}

/// One task in the role as teacher educator.
public struct EducatorTask: Codable, Hashable, Sendable {
    /// `education`: a teacher-education task (opleiden: teaching, assessing, designing the programme...);
    /// `coaching`: guiding or coaching, which on its own does not make a lerarenopleider (VELON FAQ).
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case education, coaching
    }

    public var id: Int64
    public var description: String
    public var kind: Kind
    /// Hours a year on the task, in whole minutes, if given.
    public var minutesPerYear: Int?

    public init(id: Int64, description: String, kind: Kind, minutesPerYear: Int?) {
        self.id = id
        self.description = description
        self.kind = kind
        self.minutesPerYear = minutesPerYear
    }
}

/// The teacher educator's reflection on one area of the standard (or its grondslag).
public struct AreaReflection: Codable, Hashable, Sendable {
    /// The full item id (`framework:item`).
    public var item: String
    public var text: String
    public var updatedAt: Date

    public init(item: String, text: String, updatedAt: Date) {
        self.item = item
        self.text = text
        self.updatedAt = updatedAt
    }
}

/// Everything recorded for a teacher educator's dossier beside their line and activities.
public struct EducatorRecord: Codable, Hashable, Sendable {
    public var role: EducatorRole?
    public var tasks: [EducatorTask]
    public var reflections: [AreaReflection]

    public init(role: EducatorRole?, tasks: [EducatorTask], reflections: [AreaReflection]) {
        self.role = role
        self.tasks = tasks
        self.reflections = reflections
    }
}

/// Input for the dossier that is refused, with what was expected.
public enum DossierInputError: Error, Equatable, Sendable {
    /// An area that is not an item of the standard's top level (the grondslag and the bekwaamheidsgebieden).
    case unknownArea(area: String, framework: String, areas: [String])
    /// A route that the register definition does not list.
    case unknownRoute(route: String, routes: [String])
    case unknownSector(sector: String)
    /// A task number that the person does not have.
    case unknownTask(id: Int64, person: String)
    /// A text that is empty.
    case emptyText(field: String)
    /// Nothing to record was given.
    case nothingGiven
    /// A number of hours out of range (0 to 2,000 a year).
    case hours(String)
}
