/// Something a user named (a person, an activity, a school...) could not be found, or matched more than one.
public enum LookupError: Error, Equatable, Sendable {
    /// What kind of thing was looked up.
    public enum Subject: String, Sendable {
        case person, activity, school, board, partnership, kind, evidence, framework, competence, domain, rule, register
    }

    /// Nothing matches `query`; `suggestions` are the closest existing names or codes, best first.
    case notFound(Subject, query: String, suggestions: [String])
    /// More than one matches `query`; `candidates` describe them so the user can be more precise.
    case ambiguous(Subject, query: String, candidates: [String])
    /// More than one record's id starts with `query` (a short id, see ``ShortID``): `candidates` describe the first
    /// of them, `more` is how many others match.
    case ambiguousID(Subject, query: String, candidates: [String], more: Int)
}
