import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports

struct Observe: DatabaseCommand {
    static let configuration = CommandConfiguration(
        abstract: "Record a lesson observation scored with an instrument (e.g. ICALT); it is logged as a lesson visit.",
        discussion: """
            The scores file is CSV (item,score[,indicator...], e.g. 3,4 or 3,4,3a,3b=no) or YAML (scores: [{item: 3, score: 4}]);
            see docs/observations.md. Without --scores, on a terminal, Leerlijn asks for each item in turn.
            A score outside the scale, an unknown item or an unknown observer is rejected with the file, line and item, and nothing is stored.
            Examples:
              leerlijn observe sanne --instrument icalt --by karin --date 12-3-2027 --scores les-12-maart.csv --group "groep 5" --subject rekenen
              leerlijn observe sanne --instrument icalt --by karin --scores les.yaml --log-for-observer --profiles partnerschap/
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "The person observed: external id, email, or part of the name.") var person: String
    @Option(help: "The instrument's id, e.g. icalt (see profiles/instruments and your --profiles folder).") var instrument: String
    @Option(name: .customLong("by"), help: "The observer: external id, email, or part of the name (a known person).") var observer: String
    @Option(help: "The day of the lesson (default today).") var date: String?
    @Option(help: "The scores: a CSV or YAML file (without it, the items are asked one by one on a terminal).") var scores: String?
    @Option(help: "The class or group, e.g. \"groep 5\" or 2B.") var group: String?
    @Option(help: "The lesson's subject, e.g. rekenen.") var subject: String?
    @Option(help: "Remarks on the lesson.") var remarks: String?
    @Option(help: "How long the lesson visit took, for the activity logged (default 60m).") var duration: String?
    @Option(help: "The hours budget the observed person's lesson visit counts toward, e.g. cao-po-starter.") var budget: String?
    @Flag(help: "Short for --budget cao-po-starter.") var cao = false
    @Flag(help: "Also log the lesson visit as an activity for the observer.") var logForObserver = false

    func validate() throws {
        if cao && budget != nil { throw ValidationError("Give --cao or --budget, not both.") }
    }

    func run() throws {
        let profiles = try options.loadProfiles()
        let chosen = try profiles.instruments.resolve(instrument)
        guard chosen.complete else { throw ObservationError(reason: .incompleteInstrument(chosen.id)) }
        let minutes = try duration.map { try DurationParser.minutes(from: $0) } ?? 60
        let day = try date.map(options.day) ?? options.today
        let raw: [RawScore]
        if let scores {
            raw = try ScoresFile.read(scores)
        } else if isatty(STDIN_FILENO) == 1 {
            raw = ask(chosen)
        } else {
            throw ObservationError(reason: .scoresNeeded)
        }
        let checked = try ObservationScores.check(raw, instrument: chosen, file: scores)
        let strings = options.language.observationStrings
        let subject = self.subject, id = chosen.id
        let entry = try options.openDatabase().recordObservation(
            NewObservation(person: person, observer: observer, date: day, scores: checked, group: group, subject: subject, remarks: remarks,
                           minutes: minutes, logForObserver: logForObserver, budget: cao ? "cao-po-starter" : budget, file: scores),
            instrument: chosen, rules: profiles.rules,
            titles: { name in (strings.activityTitle(id, subject), strings.observerActivityTitle(id, name)) },
            actor: options.actorName)
        try options.emit(entry, table: TableData(headers: [strings.item, strings.score], rows: entry.scores.map { [$0.item, String($0.score)] }),
                         message: strings.recorded(entry, logForObserver))
    }

    /// Walks the items on the terminal: a score per item (Enter skips), then its indicators. The questions go
    /// to standard error, so that standard output holds only the result (e.g. its JSON).
    private func ask(_ instrument: Instrument) -> [RawScore] {
        func print(_ text: String, terminator: String = "\n") { FileHandle.standardError.write(Data((text + terminator).utf8)) }
        let strings = options.language.observationStrings
        let nl = options.language == .nl
        let labels = instrument.scale.labels.map { "\($0.score) = \(nl ? $0.text.nl : $0.text.en)" }.joined(separator: ", ")
        print(strings.promptIntro(instrument.id, instrument.scale.minimum, instrument.scale.maximum, labels))
        var result: [RawScore] = []
        let titles = Dictionary(instrument.domains.map { ($0.id, nl ? $0.title.nl : $0.title.en) }, uniquingKeysWith: { a, _ in a })
        for (index, item) in instrument.items.enumerated() {
            var score: String?
            while true {
                print(strings.promptItem(index + 1, instrument.items.count, titles[item.domain] ?? item.domain, nl ? item.text.nl : item.text.en), terminator: "")
                guard let line = readLine() else { return result }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { break }
                if let value = Int(text), instrument.scale.points.contains(value) { score = text; break }
                print(strings.promptRetry(instrument.scale.minimum, instrument.scale.maximum))
            }
            guard let score else { continue }
            var indicators: [String] = []
            for indicator in item.indicators {
                print(strings.promptIndicator(nl ? indicator.text.nl : indicator.text.en), terminator: "")
                guard let line = readLine() else { break }
                if let seen = ObservationScores.yesNo(line.trimmingCharacters(in: .whitespaces)) { indicators.append("\(indicator.id)=\(seen ? "yes" : "no")") }
            }
            result.append(RawScore(item: item.id, score: score, indicators: indicators))
        }
        return result
    }
}

struct ObservationsCommand: DatabaseCommand {
    static let configuration = CommandConfiguration(
        commandName: "observations",
        abstract: "Show a person's lesson observations: domain scores, growth per domain and school year, Rasch estimate, coaching focus, readiness, observer agreement.",
        discussion: """
            The observations are analysed with the instrument of the latest one; the methods are in docs/observations.md.
            Examples:
              leerlijn observations sanne
              leerlijn observations sanne --format json --profiles partnerschap/
            """)
    @OptionGroup var options: GlobalOptions
    @Argument(help: "External id, email, or part of the name.") var person: String

    func run() throws {
        let profiles = try options.loadProfiles()
        let database = try options.openDatabase()
        let summary = try database.observationSummary(of: person, instruments: profiles.instruments)
        guard let summary else {
            if let latest = try database.observations(of: person).last {
                throw ObservationError(reason: .unknownInstrument(latest.observation.instrument, suggestions: profiles.instruments.instruments.map(\.id)))
            }
            switch options.format {
            case .json: print("null")
            case .csv:
                let o = options.language.observationStrings
                print(TableData(headers: [o.date, o.schoolYear, o.observer, o.group, o.subject], rows: []).renderCSV(), terminator: "")
            case .table: print(options.language.observationStrings.noObservations(person))
            }
            return
        }
        switch options.format {
        case .table: print(options.views.observationSummary(summary), terminator: "")
        default: try options.emit(summary, table: options.views.observationsTable(summary))
        }
    }
}
