/// A lesson-observation instrument (observatie-instrument) such as ICALT: domains, items scored on a scale,
/// optional yes/no indicators per item, optional Rasch item difficulties, and an optional readiness rule.
///
/// Loaded from a `leerlijn.instrument/1` file in `profiles/instruments/` or a user's own folder (see
/// docs/observations.md); the value itself needs no files.
public struct Instrument: Codable, Hashable, Sendable {
    /// A lowercase slug, unique among instruments (e.g. `icalt`).
    public var id: String
    /// The version as its publisher (or the partnership) names it; kept with every observation.
    public var version: String
    public var title: LocalizedText
    /// Where it comes from.
    public var source: SourceCitation
    /// What is unconfirmed, or anything else a reader must know.
    public var note: String?
    /// False when the file holds the instrument's structure but not every item: it cannot be used to observe.
    public var complete: Bool
    /// The scale every item is scored on.
    public var scale: Scale
    /// The domains, in the order of the form.
    public var domains: [Domain]
    /// The items, in the order of the form (each names its domain).
    public var items: [Item]
    /// Dichotomisation and zone of the Rasch analysis; nil when the instrument gives no difficulties.
    public var rasch: RaschSettings?
    /// When a starter may be flagged as ready for the basisbekwaam conversation; nil for no flag.
    public var readiness: ReadinessRule?
    /// The file it was loaded from.
    public var origin: String
    /// True for the instruments that ship with Leerlijn.
    public var shipped: Bool

    /// The score scale, e.g. 1 to 4, with optional labels per point.
    public struct Scale: Codable, Hashable, Sendable {
        public var minimum: Int
        public var maximum: Int
        /// Labels of scale points, lowest first (may be empty).
        public var labels: [Label]
        /// False when the scale is not confirmed from a source.
        public var confirmed: Bool
        public var note: String?

        /// One labelled point of the scale.
        public struct Label: Codable, Hashable, Sendable {
            public var score: Int
            public var text: LocalizedText
            public init(score: Int, text: LocalizedText) { self.score = score; self.text = text }
        }

        public init(minimum: Int, maximum: Int, labels: [Label] = [], confirmed: Bool = true, note: String? = nil) {
            self.minimum = minimum
            self.maximum = maximum
            self.labels = labels
            self.confirmed = confirmed
            self.note = note
        }

        /// The points of the scale.
        public var points: ClosedRange<Int> { minimum...maximum }
    }

    /// A domain (e.g. 'safe and stimulating learning climate').
    public struct Domain: Codable, Hashable, Sendable {
        public var id: String
        public var title: LocalizedText
        public var confirmed: Bool
        public var note: String?
        public init(id: String, title: LocalizedText, confirmed: Bool = true, note: String? = nil) {
            self.id = id
            self.title = title
            self.confirmed = confirmed
            self.note = note
        }
    }

    /// An item, scored on the scale.
    public struct Item: Codable, Hashable, Sendable {
        /// Unique within the instrument (e.g. `1` or `respect`).
        public var id: String
        /// The domain's id.
        public var domain: String
        public var text: LocalizedText
        public var confirmed: Bool
        public var note: String?
        /// Yes/no indicators (good-practice examples) under the item.
        public var indicators: [Indicator]
        /// The Rasch difficulty in logits, when the instrument gives one.
        public var difficulty: Double?

        public init(id: String, domain: String, text: LocalizedText, confirmed: Bool = true, note: String? = nil,
                    indicators: [Indicator] = [], difficulty: Double? = nil) {
            self.id = id
            self.domain = domain
            self.text = text
            self.confirmed = confirmed
            self.note = note
            self.indicators = indicators
            self.difficulty = difficulty
        }
    }

    /// A yes/no indicator under an item.
    public struct Indicator: Codable, Hashable, Sendable {
        /// Unique within its item.
        public var id: String
        public var text: LocalizedText
        public var confirmed: Bool
        public init(id: String, text: LocalizedText, confirmed: Bool = true) {
            self.id = id
            self.text = text
            self.confirmed = confirmed
        }
    }

    /// How the Rasch analysis reads scores (see docs/observations.md, 'Rasch estimate').
    public struct RaschSettings: Codable, Hashable, Sendable {
        /// A score at or above this counts as the behaviour shown (1), below as not shown (0).
        public var threshold: Int
        /// The zone of proximal development: items not yet shown whose success probability at the
        /// person's ability lies in `zoneFrom...zoneTo`.
        public var zoneFrom: Double
        public var zoneTo: Double
        /// Where the difficulties come from.
        public var source: SourceCitation?
        public var confirmed: Bool

        public init(threshold: Int, zoneFrom: Double = 0.25, zoneTo: Double = 0.75, source: SourceCitation? = nil, confirmed: Bool = true) {
            self.threshold = threshold
            self.zoneFrom = zoneFrom
            self.zoneTo = zoneTo
            self.source = source
            self.confirmed = confirmed
        }
    }

    /// 'Ready for the basisbekwaam conversation': every domain's mean at or above `level` in `observations`
    /// observations, by as many different observers when `differentObservers`. It only flags; the manager decides.
    public struct ReadinessRule: Codable, Hashable, Sendable {
        public var level: Double
        public var observations: Int
        public var differentObservers: Bool
        public var source: SourceCitation?
        public var confirmed: Bool
        public var note: String?

        public init(level: Double, observations: Int, differentObservers: Bool, source: SourceCitation? = nil, confirmed: Bool = true, note: String? = nil) {
            self.level = level
            self.observations = observations
            self.differentObservers = differentObservers
            self.source = source
            self.confirmed = confirmed
            self.note = note
        }
    }

    public init(id: String, version: String, title: LocalizedText, source: SourceCitation, note: String? = nil, complete: Bool = true,
                scale: Scale, domains: [Domain], items: [Item], rasch: RaschSettings? = nil, readiness: ReadinessRule? = nil,
                origin: String = "", shipped: Bool = false) {
        self.id = id
        self.version = version
        self.title = title
        self.source = source
        self.note = note
        self.complete = complete
        self.scale = scale
        self.domains = domains
        self.items = items
        self.rasch = rasch
        self.readiness = readiness
        self.origin = origin
        self.shipped = shipped
    }

    /// The item with this id.
    public func item(_ id: String) -> Item? { items.first { $0.id == id } }

    /// The items of one domain, in form order.
    public func items(in domain: String) -> [Item] { items.filter { $0.domain == domain } }

    /// True when every item has a difficulty, so a Rasch estimate can be made.
    public var hasDifficulties: Bool { rasch != nil && !items.isEmpty && items.allSatisfy { $0.difficulty != nil } }
}

/// All loaded instruments, shipped and the user's own.
public struct InstrumentCatalog: Sendable {
    /// Sorted by id.
    public let instruments: [Instrument]

    public static let empty = InstrumentCatalog(instruments: [])

    public init(instruments: [Instrument]) { self.instruments = instruments.sorted { $0.id < $1.id } }

    /// The instrument with this id.
    public func instrument(_ id: String) -> Instrument? { instruments.first { $0.id == id } }

    /// The instrument named by `text` (its id, any case).
    /// - Throws: ``ObservationError`` (`unknownInstrument`) with the closest ids.
    public func resolve(_ text: String) throws(ObservationError) -> Instrument {
        let needle = text.trimmingWhitespace().lowercased()
        if let exact = instrument(needle) { return exact }
        throw ObservationError(reason: .unknownInstrument(text, suggestions: Suggestions.closest(to: needle, among: instruments.map(\.id))))
    }
}
