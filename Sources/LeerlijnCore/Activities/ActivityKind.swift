/// A kind of learning activity (e.g. `intervisie`, `lesbezoek`).
///
/// The built-in vocabulary comes from the activities named in the partnerships' own descriptions of
/// teacher learning (see docs/activity-kinds.md); users add their own kinds with `leerlijn kinds add`.
public struct ActivityKind: Codable, Hashable, Sendable {
    /// A lowercase slug, e.g. `lesson-study`.
    public var id: String
    /// The Dutch name.
    public var titleNL: String
    /// The English name.
    public var titleEN: String
    /// True for the kinds that ship with Leerlijn.
    public var builtIn: Bool

    public init(id: String, titleNL: String, titleEN: String, builtIn: Bool = false) {
        self.id = id
        self.titleNL = titleNL
        self.titleEN = titleEN
        self.builtIn = builtIn
    }

    /// The kinds that ship with Leerlijn, from the vocabulary of ../shared/domain/facts.md section 7.
    public static let builtInKinds: [ActivityKind] = [
        ActivityKind(id: "opleidersdag", titleNL: "Opleidersdag", titleEN: "Teacher educators' day", builtIn: true),
        ActivityKind(id: "ontwerpatelier", titleNL: "Ontwerpatelier", titleEN: "Design studio", builtIn: true),
        ActivityKind(id: "plg", titleNL: "Professionele leergemeenschap (PLG)", titleEN: "Professional learning community", builtIn: true),
        ActivityKind(id: "intervisie", titleNL: "Intervisie", titleEN: "Peer consultation", builtIn: true),
        ActivityKind(id: "lesbezoek", titleNL: "Lesbezoek", titleEN: "Lesson visit", builtIn: true),
        ActivityKind(id: "begeleidingsgesprek", titleNL: "Begeleidingsgesprek", titleEN: "Guidance conversation", builtIn: true),
        ActivityKind(id: "coaching", titleNL: "Coaching", titleEN: "Coaching", builtIn: true),
        ActivityKind(id: "lesson-study", titleNL: "Lesson study", titleEN: "Lesson study", builtIn: true),
        ActivityKind(id: "co-teaching", titleNL: "Co-teaching", titleEN: "Co-teaching", builtIn: true),
        ActivityKind(id: "praktijkonderzoek", titleNL: "Praktijkonderzoek / ontwerponderzoek", titleEN: "Practitioner or design research", builtIn: true),
        ActivityKind(id: "onderzoekswerkplaats", titleNL: "Onderzoekswerkplaats", titleEN: "Research workshop", builtIn: true),
        ActivityKind(id: "kennisclip", titleNL: "Kennisclip / KTP", titleEN: "Knowledge clip", builtIn: true),
        ActivityKind(id: "cursus", titleNL: "Cursus / training / opleiding", titleEN: "Course or training", builtIn: true),
        ActivityKind(id: "studiedag", titleNL: "Studiedag", titleEN: "Study day", builtIn: true),
        ActivityKind(id: "conferentie", titleNL: "Conferentie / lezing", titleEN: "Conference or lecture", builtIn: true),
        ActivityKind(id: "mentorentraining", titleNL: "Mentorentraining", titleEN: "Mentor training", builtIn: true),
        ActivityKind(id: "zelfstudie", titleNL: "Zelfstudie / literatuur", titleEN: "Self-study and reading", builtIn: true),
        ActivityKind(id: "informeel-leren", titleNL: "Informeel leren", titleEN: "Informal learning", builtIn: true),
    ]

    /// Other words for built-in kinds, accepted wherever a kind is typed.
    public static let aliases: [String: String] = [
        "professionele-leergemeenschap": "plg",
        "training": "cursus", "opleiding": "cursus", "course": "cursus",
        "lezing": "conferentie", "conference": "conferentie",
        "literatuur": "zelfstudie", "self-study": "zelfstudie",
        "ontwerponderzoek": "praktijkonderzoek",
        "ktp": "kennisclip",
        "lessonstudy": "lesson-study", "coteaching": "co-teaching",
        "informeel": "informeel-leren",
        "peer-consultation": "intervisie",
        "lesson-visit": "lesbezoek",
    ]

    /// A kind id made from what a user typed: lowercased, spaces and underscores become dashes.
    public static func normalise(_ text: String) -> String {
        text.trimmingWhitespace().lowercased()
            .map { $0 == " " || $0 == "_" ? "-" : $0 }
            .reduce(into: "") { $0.append($1) }
    }

    /// True when `id` can name a kind: 1 to 40 lowercase letters, digits and dashes.
    public static func isValidID(_ id: String) -> Bool {
        (1...40).contains(id.count) && id.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}

/// Finds the kind a user meant among the known kinds.
public struct ActivityKindVocabulary: Sendable {
    /// All known kinds, built-in and the user's own.
    public let kinds: [ActivityKind]

    public init(kinds: [ActivityKind]) { self.kinds = kinds }

    /// The kind `text` names, by id or alias (case and spacing ignored).
    /// - Throws: ``UnknownKindError`` with the closest known kinds as suggestions.
    public func resolve(_ text: String) throws(UnknownKindError) -> ActivityKind {
        let normalised = ActivityKind.normalise(text)
        let id = ActivityKind.aliases[normalised] ?? normalised
        if let kind = kinds.first(where: { $0.id == id }) { return kind }
        let suggestions = Suggestions.closest(to: normalised, among: kinds.map(\.id) + ActivityKind.aliases.keys.sorted())
            .map { ActivityKind.aliases[$0] ?? $0 }
        var unique: [String] = []
        for s in suggestions where !unique.contains(s) { unique.append(s) }
        throw UnknownKindError(input: text, suggestions: unique)
    }
}

/// A kind that is not in the vocabulary.
public struct UnknownKindError: Error, Equatable, Sendable {
    /// What the user typed.
    public let input: String
    /// The closest known kinds, best first.
    public let suggestions: [String]
}
