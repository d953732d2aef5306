/// A domain's score in one observation, or over several: the mean of its items' scores.
public struct DomainScore: Codable, Hashable, Sendable {
    public var domain: String
    public var title: LocalizedText
    /// The mean score of the domain's scored items; nil when none was scored.
    public var mean: Double?
    /// How many of its items were scored (for a school year: how many observations had a mean).
    public var scored: Int
}

/// One observed lesson in a summary, with its domain scores.
public struct ObservedLesson: Codable, Hashable, Sendable {
    public var id: ObservationID
    public var date: Day
    public var schoolYear: SchoolYear
    public var observer: String?
    public var group: String?
    public var subject: String?
    public var instrumentVersion: String
    public var domains: [DomainScore]
    /// The Rasch ability of this lesson, when the instrument gives difficulties.
    public var ability: Double?
}

/// A domain's growth from the first to the latest observation.
public struct DomainGrowth: Codable, Hashable, Sendable {
    public var domain: String
    public var title: LocalizedText
    public var first: Double?
    public var latest: Double?
    /// latest - first; nil when either is missing.
    public var change: Double?
}

/// The domain means of one school year (each the mean of that year's observation means).
public struct SchoolYearDomains: Codable, Hashable, Sendable {
    public var schoolYear: SchoolYear
    public var observations: Int
    public var domains: [DomainScore]
}

/// Where coaching should aim next.
public struct CoachingFocus: Codable, Hashable, Sendable {
    /// How the items were chosen.
    public enum Method: String, Codable, Sendable {
        /// Not yet shown, with a success probability in the instrument's zone at the person's Rasch ability.
        case zoneOfProximalDevelopment
        /// Without difficulties: the lowest-scored items of the latest observation.
        case weakestItems
    }

    /// One item to aim at.
    public struct Item: Codable, Hashable, Sendable {
        public var item: String
        public var domain: String
        public var text: LocalizedText
        /// The score in the latest observation.
        public var score: Int
        public var difficulty: Double?
        /// The success probability at the person's ability.
        public var probability: Double?
    }

    public var method: Method
    public var items: [Item]
}

/// The readiness flag: a rule met or not. It never sets a phase; the manager decides.
public struct ReadinessFlag: Codable, Hashable, Sendable {
    public var ready: Bool
    public var rule: Instrument.ReadinessRule
    /// Observations with every domain at or above the level.
    public var qualifying: [ObservationID]
    /// Different observers among them.
    public var observers: Int
}

/// Two observers who scored the same lesson, and how far they agree.
public struct ObserverAgreement: Codable, Hashable, Sendable {
    public var date: Day
    public var group: String?
    public var subject: String?
    public var observers: [String]
    public var observations: [ObservationID]
    public var agreement: Agreement
}

/// The latest observation beside the budgets in `progress` (and the portfolio).
public struct ObservationBrief: Codable, Hashable, Sendable {
    public var instrument: String
    public var date: Day
    public var observer: String?
    public var observations: Int
    public var domains: [DomainScore]
    public var focus: [String]
    /// Nil when the instrument has no readiness rule.
    public var readyForBasisbekwaamConversation: Bool?
    /// The focus items' texts, in the order of `focus` (absent in briefs written before they were added).
    public var focusTexts: [LocalizedText]? = nil
}

/// A person's observations analysed: domain scores per lesson, growth, school years, Rasch estimate,
/// coaching focus, readiness flag and observer agreement (the `observations` command's JSON).
/// See docs/observations.md for every method.
public struct ObservationSummary: Codable, Hashable, Sendable {
    public var person: String
    public var instrument: String
    public var instrumentVersion: String
    /// Oldest first.
    public var observations: [ObservedLesson]
    public var growth: [DomainGrowth]
    public var schoolYears: [SchoolYearDomains]
    /// From the latest observation, when the instrument gives difficulties.
    public var rasch: Rasch.Estimate?
    public var focus: CoachingFocus
    public var readiness: ReadinessFlag?
    public var agreements: [ObserverAgreement]
    /// What in the instrument is not confirmed from a source.
    public var unconfirmed: [String]

    /// The brief for `progress`.
    public var brief: ObservationBrief? {
        guard let latest = observations.last else { return nil }
        return ObservationBrief(instrument: instrument, date: latest.date, observer: latest.observer, observations: observations.count,
                                domains: latest.domains, focus: focus.items.map(\.item), readyForBasisbekwaamConversation: readiness?.ready,
                                focusTexts: focus.items.map(\.text))
    }

    /// Analyses `entries` (one person's, any order) under `instrument`; entries of other instruments are left out.
    /// Nil when no entry uses the instrument.
    public static func compute(person: String, instrument: Instrument, entries: [ObservationEntry], weakestLimit: Int = 5) -> ObservationSummary? {
        let own = entries.filter { $0.observation.instrument == instrument.id }
            .sorted { ($0.observation.date, $0.observation.createdAt) < ($1.observation.date, $1.observation.createdAt) }
        guard let latest = own.last else { return nil }
        let lessons = own.map { entry in
            ObservedLesson(id: entry.observation.id, date: entry.observation.date, schoolYear: SchoolYear(containing: entry.observation.date),
                           observer: entry.observerName, group: entry.observation.group, subject: entry.observation.subject,
                           instrumentVersion: entry.observation.instrumentVersion, domains: domainScores(instrument, entry.scores),
                           ability: raschEstimate(instrument, entry.scores)?.ability)
        }
        let growth = instrument.domains.enumerated().map { index, domain in
            let first = lessons.first?.domains[index].mean, last = lessons.last?.domains[index].mean
            return DomainGrowth(domain: domain.id, title: domain.title, first: first, latest: last,
                                change: first.flatMap { f in last.map { $0 - f } })
        }
        let years = Dictionary(grouping: lessons, by: \.schoolYear).map { year, lessons in
            SchoolYearDomains(schoolYear: year, observations: lessons.count, domains: instrument.domains.enumerated().map { index, domain in
                let means = lessons.compactMap { $0.domains[index].mean }
                return DomainScore(domain: domain.id, title: domain.title, mean: means.isEmpty ? nil : means.reduce(0, +) / Double(means.count),
                                   scored: means.count)
            })
        }.sorted { $0.schoolYear < $1.schoolYear }
        let estimate = raschEstimate(instrument, latest.scores)
        let focus = estimate.map { zone(instrument, latest.scores, ability: $0.ability) }
            ?? weakest(instrument, latest.scores, limit: weakestLimit)
        return ObservationSummary(
            person: person, instrument: instrument.id, instrumentVersion: instrument.version, observations: lessons, growth: growth,
            schoolYears: years, rasch: estimate, focus: focus, readiness: instrument.readiness.map { readiness($0, lessons) },
            agreements: agreements(own), unconfirmed: unconfirmed(instrument))
    }

    /// The mean score per domain, in the instrument's domain order.
    public static func domainScores(_ instrument: Instrument, _ scores: [ItemScore]) -> [DomainScore] {
        let byItem = Dictionary(scores.map { ($0.item, $0.score) }, uniquingKeysWith: { a, _ in a })
        return instrument.domains.map { domain in
            let values = instrument.items(in: domain.id).compactMap { byItem[$0.id] }
            return DomainScore(domain: domain.id, title: domain.title,
                               mean: values.isEmpty ? nil : Double(values.reduce(0, +)) / Double(values.count), scored: values.count)
        }
    }

    /// The Rasch ability from one observation's scores, dichotomised at the instrument's threshold.
    public static func raschEstimate(_ instrument: Instrument, _ scores: [ItemScore]) -> Rasch.Estimate? {
        guard let settings = instrument.rasch, instrument.hasDifficulties else { return nil }
        let responses = scores.compactMap { score -> (difficulty: Double, shown: Bool)? in
            guard let difficulty = instrument.item(score.item)?.difficulty else { return nil }
            return (difficulty, score.score >= settings.threshold)
        }
        return Rasch.estimate(responses)
    }

    /// Items not yet shown (scored below the threshold) whose success probability at `ability` lies in the
    /// instrument's zone, easiest first; when none does, the not-yet-shown items with the smallest
    /// difficulty above the ability (at most 3).
    static func zone(_ instrument: Instrument, _ scores: [ItemScore], ability: Double) -> CoachingFocus {
        guard let settings = instrument.rasch else { return CoachingFocus(method: .zoneOfProximalDevelopment, items: []) }
        let notShown = scores.compactMap { score -> CoachingFocus.Item? in
            guard score.score < settings.threshold, let item = instrument.item(score.item), let difficulty = item.difficulty else { return nil }
            return CoachingFocus.Item(item: item.id, domain: item.domain, text: item.text, score: score.score, difficulty: difficulty,
                                      probability: Rasch.probability(ability: ability, difficulty: difficulty))
        }.sorted { ($0.difficulty ?? 0, $0.item) < ($1.difficulty ?? 0, $1.item) }
        let inZone = notShown.filter { ($0.probability ?? 0) >= settings.zoneFrom && ($0.probability ?? 0) <= settings.zoneTo }
        if !inZone.isEmpty { return CoachingFocus(method: .zoneOfProximalDevelopment, items: inZone) }
        return CoachingFocus(method: .zoneOfProximalDevelopment, items: Array(notShown.filter { ($0.difficulty ?? 0) >= ability }.prefix(3)))
    }

    /// The lowest-scored items below the scale's maximum, lowest first, then in form order; at most `limit`.
    static func weakest(_ instrument: Instrument, _ scores: [ItemScore], limit: Int) -> CoachingFocus {
        let order = Dictionary(instrument.items.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        let items = scores.filter { $0.score < instrument.scale.maximum }
            .compactMap { score -> (Int, Int, CoachingFocus.Item)? in
                guard let item = instrument.item(score.item), let position = order[item.id] else { return nil }
                return (score.score, position, CoachingFocus.Item(item: item.id, domain: item.domain, text: item.text, score: score.score,
                                                                  difficulty: nil, probability: nil))
            }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .prefix(limit).map(\.2)
        return CoachingFocus(method: .weakestItems, items: Array(items))
    }

    static func readiness(_ rule: Instrument.ReadinessRule, _ lessons: [ObservedLesson]) -> ReadinessFlag {
        let qualifying = lessons.filter { lesson in
            !lesson.domains.isEmpty && lesson.domains.allSatisfy { ($0.mean ?? -Double.infinity) >= rule.level }
        }
        let observers = Set(qualifying.compactMap(\.observer)).count
        let ready = rule.differentObservers ? observers >= rule.observations : qualifying.count >= rule.observations
        return ReadinessFlag(ready: ready, rule: rule, qualifying: qualifying.map(\.id), observers: observers)
    }

    /// Observations of the same lesson: same date, same group and subject (ignoring case and spaces;
    /// both absent counts as the same), by different observers. One entry per pair.
    static func agreements(_ entries: [ObservationEntry]) -> [ObserverAgreement] {
        func key(_ text: String?) -> String { text?.trimmingWhitespace().lowercased() ?? "" }
        var result: [ObserverAgreement] = []
        for (i, a) in entries.enumerated() {
            for b in entries[(i + 1)...] {
                let x = a.observation, y = b.observation
                guard x.date == y.date, key(x.group) == key(y.group), key(x.subject) == key(y.subject),
                      let first = x.observerId, let second = y.observerId, first != second,
                      let agreement = Agreement.between(a.scores, b.scores) else { continue }
                result.append(ObserverAgreement(date: x.date, group: x.group, subject: x.subject,
                                                observers: [a.observerName ?? first.description, b.observerName ?? second.description],
                                                observations: [x.id, y.id], agreement: agreement))
            }
        }
        return result
    }

    /// The parts of the instrument marked `confirmed: false`.
    static func unconfirmed(_ instrument: Instrument) -> [String] {
        var result: [String] = []
        if !instrument.scale.confirmed { result.append("scale") }
        result += instrument.domains.filter { !$0.confirmed }.map { "domain \($0.id)" }
        result += instrument.items.filter { !$0.confirmed }.map { "item \($0.id)" }
        if let rasch = instrument.rasch, !rasch.confirmed { result.append("rasch") }
        if let readiness = instrument.readiness, !readiness.confirmed { result.append("readiness") }
        return result
    }
}
