/// A register that records leave Leerlijn for (an xAPI Learning Record Store, a BRLO dossier endpoint, an HR
/// webhook), loaded from a data file in `exports/` (docs/registers.md).
public struct Register: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case xapi, brlo, webhook
    }

    /// How Leerlijn authenticates; the secrets come from the environment or a 0600 config file, never from this file.
    public enum Auth: String, Codable, Sendable {
        case none, basic, bearer, hmac
    }

    public var id: String
    public var kind: Kind
    public var title: LocalizedText
    /// The base URL (for xAPI the LRS's xAPI root; statements go to `<endpoint>/statements`).
    public var endpoint: String?
    public var auth: Auth
    /// Records per request.
    public var batchSize: Int
    /// Requests under way at once.
    public var concurrency: Int
    /// Seconds to wait for a connection and for a whole request.
    public var connectTimeout: Double
    public var requestTimeout: Double
    /// Attempts per batch before the records are left pending; the first retry waits `initialDelay` seconds,
    /// each next one twice as long (with jitter), at most `maxDelay`; a `Retry-After` answer is honoured.
    public var attempts: Int
    public var initialDelay: Double
    public var maxDelay: Double
    public var xapi: XAPIVocabulary?
    /// For a `brlo` register: the register rule in profiles/rules that says who is a teacher educator and which
    /// standard the dossier covers (normally `brlo`).
    public var dossierRule: String?
    /// The header that carries the HMAC-SHA256 signature of the body (`auth: hmac`).
    public var signatureHeader: String
    public var source: SourceCitation?
    public var origin: String
    public var shipped: Bool
    // Webhooks and dossiers (issue 18): the fields a webhook event carries, and the BRLO routes.
    /// For a `webhook` register: the fields of the event's activity part it sends (``ActivityEvent/fieldNames``);
    /// nil in a definition that lists none, which sends ``ActivityEvent/defaultFields`` (no reflection, no email).
    public var fields: [String]?
    /// For a `brlo` register: the registration routes and whether each needs the manager's statement.
    public var dossierRoutes: [DossierRoute] = []

    public init(id: String, kind: Kind, title: LocalizedText, endpoint: String?, auth: Auth, batchSize: Int = 50, concurrency: Int = 2,
                connectTimeout: Double = 10, requestTimeout: Double = 30, attempts: Int = 5, initialDelay: Double = 0.5, maxDelay: Double = 30,
                xapi: XAPIVocabulary? = nil, dossierRule: String? = nil, signatureHeader: String = Register.defaultSignatureHeader,
                source: SourceCitation? = nil, origin: String, shipped: Bool, fields: [String]? = nil, dossierRoutes: [DossierRoute] = []) {
        self.id = id
        self.kind = kind
        self.title = title
        self.endpoint = endpoint
        self.auth = auth
        self.batchSize = batchSize
        self.concurrency = concurrency
        self.connectTimeout = connectTimeout
        self.requestTimeout = requestTimeout
        self.attempts = attempts
        self.initialDelay = initialDelay
        self.maxDelay = maxDelay
        self.xapi = xapi
        self.dossierRule = dossierRule
        self.signatureHeader = signatureHeader
        self.source = source
        self.origin = origin
        self.shipped = shipped
        self.fields = fields
        self.dossierRoutes = dossierRoutes
    }

    /// The fields a webhook event of this register carries.
    public var eventFields: Set<String> { Set(fields ?? ActivityEvent.defaultFields) }

    /// The signature header when a register names none.
    public static let defaultSignatureHeader = "X-Leerlijn-Signature"

    /// The prefix of the environment variables that override this register's endpoint and secrets:
    /// `LEERLIJN_<ID>_` with the id uppercased and dashes as underscores (`lrs-ralph` gives `LEERLIJN_LRS_RALPH_`).
    public var environmentPrefix: String {
        "LEERLIJN_" + id.uppercased().map { $0 == "-" ? "_" : $0 }.reduce(into: "") { $0.append($1) } + "_"
    }
}

/// How activities become xAPI statements for one LRS.
public struct XAPIVocabulary: Codable, Hashable, Sendable {
    /// `account` (the default: home page = ``base``, name = the person's stable id), or `mbox` (the email, falling
    /// back to `account` when there is none), only when the register definition asks for it.
    public var actor: String
    /// The account home page for `account` actors (the person's Leerlijn id is the account name).
    public var accountHomePage: String
    /// Activity ids are this base followed by the activity's id.
    public var activityBase: String
    /// Verb IRI per activity kind, and for kinds not listed.
    public var verbs: [String: String]
    public var defaultVerb: String
    /// Activity type IRI per activity kind, and for kinds not listed (`{kind}` in it is replaced by the kind's id).
    public var activityTypes: [String: String]
    public var defaultActivityType: String
    /// Context extension IRIs carrying the competence and domain ids (full ids, `framework:item`).
    public var competencesExtension: String
    public var domainsExtension: String
    /// The base IRI the deployment controls (no trailing slash): Leerlijn's own IRIs (activity types, kinds, schools,
    /// sessions, the profile) sit under it. The setting `LEERLIJN_XAPI_BASE` or the register's `xapi.base`; else
    /// ``XAPIVocabulary/placeholderBase``, which `export` warns about.
    public var base: String
    /// One display per verb IRI (a language map); a verb not listed shows the last part of its IRI in `en-US`.
    public var verbDisplays: [String: [String: String]]

    public init(actor: String, accountHomePage: String, activityBase: String, verbs: [String: String], defaultVerb: String,
                activityTypes: [String: String], defaultActivityType: String, competencesExtension: String, domainsExtension: String,
                base: String = XAPIVocabulary.placeholderBase, verbDisplays: [String: [String: String]] = [:]) {
        self.actor = actor
        self.accountHomePage = accountHomePage
        self.activityBase = activityBase
        self.verbs = verbs
        self.defaultVerb = defaultVerb
        self.activityTypes = activityTypes
        self.defaultActivityType = defaultActivityType
        self.competencesExtension = competencesExtension
        self.domainsExtension = domainsExtension
        self.base = base
        self.verbDisplays = verbDisplays
    }

    /// The documented placeholder base (docs/registers.md): nobody's domain, so `export` warns while it is in use.
    public static let placeholderBase = "https://leerlijn.example"

    /// True while the base is the placeholder: the IRIs are nobody's (xAPI 3.1.s1.b1 wants IRIs the provider controls).
    public var usesPlaceholderBase: Bool { base == Self.placeholderBase }

    /// The verb IRI for a kind.
    public func verb(for kind: String) -> String { verbs[kind] ?? defaultVerb }

    /// The activity type IRI for a kind: one per kind.
    public func activityType(for kind: String) -> String {
        (activityTypes[kind] ?? defaultActivityType).replacingOccurrences(of: "{kind}", with: kind)
    }

    /// The display of a verb: the same for every statement with that verb (xAPI-Data 2.4.3.s5.b2).
    public func display(ofVerb verb: String) -> [String: String] {
        if let display = verbDisplays[verb] { return display }
        return ["en-US": verb.split(separator: "/").last.map(String.init) ?? verb]
    }

    /// The IRI of the Leerlijn xAPI Profile (exports/xapi-profile.jsonld) and of its current version.
    public var profileIRI: String { base + "/xapi/profile" }
    public var profileVersionIRI: String { profileIRI + "/v" + XAPIVocabulary.profileVersion }
    /// The version of the profile the statements conform to.
    public static let profileVersion = "1"
    /// The activity type of a profile version as a category context activity (xAPI Profiles, part 2, section 5).
    public static let profileActivityType = "http://adlnet.gov/expapi/activities/profile"

    /// The category context activity that names an activity kind.
    public func kindActivity(_ kind: String) -> String { base + "/xapi/kinds/" + kind }
    /// The grouping context activities: the school (BRIN and vestiging), board and partnership of the activity's day.
    public func schoolActivity(_ code: String) -> String { base + "/schools/" + code }
    public func boardActivity(_ code: String) -> String { base + "/boards/" + code }
    public func partnershipActivity(_ code: String) -> String { base + "/partnerships/" + code }
    /// The parent context activity of an activity that was part of a collective session (a PLG meeting).
    public func sessionActivity(_ id: String) -> String { base + "/sessions/" + id }
}

/// A route to BRLO registration (the 2015 procedure names independent, coaching, a training programme, a professional
/// learning community and HR policy), from the register definition: data a partnership can change.
public struct DossierRoute: Codable, Hashable, Sendable {
    public var id: String
    public var title: LocalizedText
    /// True when the route includes an interview with the assessors; a route without one needs the manager's
    /// (leidinggevende's) statement that the application was discussed.
    public var interview: Bool

    public init(id: String, title: LocalizedText, interview: Bool) {
        self.id = id
        self.title = title
        self.interview = interview
    }

    /// Whether the dossier needs the manager's statement on this route.
    public var needsManagerStatement: Bool { !interview }
}
