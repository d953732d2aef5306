import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnProfiles
import LeerlijnReports
import LeerlijnStore

struct Observe: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        abstract: help.observe.abstract,
        discussion: help.observe.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.observe.person)) var person: String
    @Option(help: ArgumentHelp(help.observe.instrument)) var instrument: String
    @Option(name: .customLong("by"), help: ArgumentHelp(help.observe.observer)) var observer: String
    @Option(help: ArgumentHelp(help.observe.date)) var date: String?
    @Option(help: ArgumentHelp(help.observe.scores)) var scores: String?
    @Option(help: ArgumentHelp(help.observe.group)) var group: String?
    @Option(help: ArgumentHelp(help.observe.subject)) var subject: String?
    @Option(help: ArgumentHelp(help.observe.remarks)) var remarks: String?
    @Option(help: ArgumentHelp(help.observe.duration)) var duration: String?
    @Option(help: ArgumentHelp(help.observe.budget)) var budget: String?
    @Flag(help: ArgumentHelp(help.observe.cao)) var cao = false
    @Flag(help: ArgumentHelp(help.observe.logForObserver)) var logForObserver = false

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
            // Missing, a folder, empty, UTF-16: said the same way as for an import.
            try InputFile.check(scores)
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
        let language = options.language
        let labels = instrument.scale.labels.map { "\($0.score) = \(language.text($0.text))" }.joined(separator: ", ")
        print(strings.promptIntro(instrument.id, instrument.scale.minimum, instrument.scale.maximum, labels))
        var result: [RawScore] = []
        let titles = Dictionary(instrument.domains.map { ($0.id, language.text($0.title)) }, uniquingKeysWith: { a, _ in a })
        for (index, item) in instrument.items.enumerated() {
            var score: String?
            while true {
                print(strings.promptItem(index + 1, instrument.items.count, titles[item.domain] ?? item.domain, language.text(item.text)), terminator: "")
                guard let line = readLine() else { return result }
                let text = line.trimmingCharacters(in: .whitespaces)
                if text.isEmpty { break }
                if let value = Int(text), instrument.scale.points.contains(value) { score = text; break }
                print(strings.promptRetry(instrument.scale.minimum, instrument.scale.maximum))
            }
            guard let score else { continue }
            var indicators: [String] = []
            for indicator in item.indicators {
                print(strings.promptIndicator(language.text(indicator.text)), terminator: "")
                guard let line = readLine() else { break }
                if let seen = ObservationScores.yesNo(line.trimmingCharacters(in: .whitespaces)) { indicators.append("\(indicator.id)=\(seen ? "yes" : "no")") }
            }
            result.append(RawScore(item: item.id, score: score, indicators: indicators))
        }
        return result
    }
}

struct ObservationsCommand: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "observations",
        abstract: help.observations.abstract,
        discussion: help.observations.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(help.observations.person)) var person: String

    func run() throws {
        let profiles = try options.loadProfiles()
        let database = try options.openDatabaseForReading()
        let summary = try database.observationSummary(of: person, instruments: profiles.instruments)
        guard let summary else {
            if let latest = try database.observations(of: person).last {
                throw ObservationError(reason: .unknownInstrument(latest.observation.instrument, suggestions: profiles.instruments.instruments.map(\.id)))
            }
            switch options.format {
            case .json: print("null")
            case .csv:
                let o = options.language.observationStrings
                print(TableData(headers: [o.date, o.schoolYear, o.observer, o.group, o.subject], rows: []).renderCSV(dialect: options.csv), terminator: "")
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
