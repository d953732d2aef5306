import Foundation

/// The id of a stored lesson observation.
public typealias ObservationID = Identifier<Observation>

/// One lesson observation (lesbezoek met observatie-instrument): who was observed by whom, on which day,
/// in which group and lesson, with the instrument's id and version and a score per item.
public struct Observation: Codable, Hashable, Sendable {
    public var id: ObservationID
    /// The person observed.
    public var personId: PersonID
    /// The observer; nil when the observer's data was erased later.
    public var observerId: PersonID?
    public var date: Day
    /// The instrument's id and the version it had when the observation was recorded.
    public var instrument: String
    public var instrumentVersion: String
    /// The class or group (klas, groep), as typed.
    public var group: String?
    /// The lesson's subject (vak, lesonderwerp), as typed.
    public var subject: String?
    public var remarks: String?
    /// The `lesbezoek` activity logged for the person observed.
    public var activityId: ActivityID?
    /// The `lesbezoek` activity logged for the observer, when asked for.
    public var observerActivityId: ActivityID?
    public var createdAt: Date

    public init(id: ObservationID = ObservationID(), personId: PersonID, observerId: PersonID?, date: Day, instrument: String,
                instrumentVersion: String, group: String?, subject: String?, remarks: String?, activityId: ActivityID?,
                observerActivityId: ActivityID?, createdAt: Date) {
        self.id = id
        self.personId = personId
        self.observerId = observerId
        self.date = date
        self.instrument = instrument
        self.instrumentVersion = instrumentVersion
        self.group = group
        self.subject = subject
        self.remarks = remarks
        self.activityId = activityId
        self.observerActivityId = observerActivityId
        self.createdAt = createdAt
    }
}

/// The score an observer gave one item, with the indicators ticked yes or no.
public struct ItemScore: Codable, Hashable, Sendable {
    public var item: String
    public var score: Int
    /// Indicator id -> observed (yes) or not (no); indicators not given are absent.
    public var indicators: [String: Bool]

    public init(item: String, score: Int, indicators: [String: Bool] = [:]) {
        self.item = item
        self.score = score
        self.indicators = indicators
    }
}

/// A stored observation with its scores and the names of the people involved.
public struct ObservationEntry: Codable, Hashable, Sendable {
    public var observation: Observation
    public var personName: String
    public var observerName: String?
    public var scores: [ItemScore]

    public init(observation: Observation, personName: String, observerName: String?, scores: [ItemScore]) {
        self.observation = observation
        self.personName = personName
        self.observerName = observerName
        self.scores = scores
    }
}

/// What `leerlijn observe` asks the library to record.
public struct NewObservation: Sendable {
    /// The person observed: external id, email, or part of the name.
    public var person: String
    /// The observer, named the same way; must be a known person.
    public var observer: String
    public var date: Day
    public var scores: [ItemScore]
    public var group: String?
    public var subject: String?
    public var remarks: String?
    /// Minutes of the `lesbezoek` activity logged with it.
    public var minutes: Int
    /// Also log a `lesbezoek` activity for the observer.
    public var logForObserver: Bool
    /// The hours budget (rule id) the observed person's activity counts toward, if any.
    public var budget: String?
    /// The scores file, for messages.
    public var file: String?

    public init(person: String, observer: String, date: Day, scores: [ItemScore], group: String? = nil, subject: String? = nil,
                remarks: String? = nil, minutes: Int = 60, logForObserver: Bool = false, budget: String? = nil, file: String? = nil) {
        self.person = person
        self.observer = observer
        self.date = date
        self.scores = scores
        self.group = group
        self.subject = subject
        self.remarks = remarks
        self.minutes = minutes
        self.logForObserver = logForObserver
        self.budget = budget
        self.file = file
    }
}

/// An observation that cannot be recorded, with where (file, line, item) and why. Nothing is stored.
public struct ObservationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Why.
    public enum Reason: Equatable, Sendable {
        /// The score is not a whole number on the instrument's scale.
        case scoreOutsideScale(String, minimum: Int, maximum: Int)
        /// The instrument has no item with this id.
        case unknownItem(instrument: String, suggestions: [String])
        /// The item is scored twice.
        case duplicateItem(firstLine: Int?)
        /// An indicator that the item does not have, or a value that is not yes/no.
        case badIndicator(String, expected: [String])
        /// The observer is not a known person.
        case unknownObserver(String, suggestions: [String])
        /// The observer is the person observed.
        case observerIsPerson(String)
        /// No instrument with this id is loaded.
        case unknownInstrument(String, suggestions: [String])
        /// The instrument file holds only the structure (complete: false).
        case incompleteInstrument(String)
        /// The scores give no item at all.
        case noScores
        /// The scores file cannot be read.
        case unreadable(String)
        /// A line or field of the scores file is not in the documented form.
        case malformed(String)
        /// No --scores file, and standard input is not a terminal to ask on.
        case scoresNeeded
    }

    /// The scores file, when the problem is in one.
    public var file: String?
    /// The line in the file, from 1.
    public var line: Int?
    /// The item concerned.
    public var item: String?
    public var reason: Reason

    public init(file: String? = nil, line: Int? = nil, item: String? = nil, reason: Reason) {
        self.file = file
        self.line = line
        self.item = item
        self.reason = reason
    }

    /// `file:line: item X: reason`, in English (the CLI prints its own translation).
    public var description: String {
        let place = [file, line.map(String.init)].compactMap { $0 }.joined(separator: ":")
        return (place.isEmpty ? "" : place + ": ") + (item.map { "item \($0): " } ?? "") + "\(reason)"
    }
}
