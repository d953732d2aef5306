import Foundation
import GRDB
import LeerlijnCore

/// How to run an import.
public struct ImportOptions: Sendable {
    /// Report what would change, and write nothing.
    public var dryRun: Bool
    /// Import the good rows and write the bad ones to this CSV file with a reason column; nil rejects the
    /// whole file when any row is bad.
    public var rejectsPath: String?
    /// Who imports, for the audit trail.
    public var actor: String
    /// Today, for `vandaag`/`today` in dates.
    public var today: Day
    /// Puts the reasons of rejected rows into words, for the report and the rejects file (the CLI passes its
    /// string table for the chosen language; the default gives the reason's code).
    public var describe: ImportDescriber

    public init(dryRun: Bool = false, rejectsPath: String? = nil, actor: String, today: Day, describe: @escaping ImportDescriber = { $0.code }) {
        self.describe = describe
        self.dryRun = dryRun
        self.rejectsPath = rejectsPath
        self.actor = actor
        self.today = today
    }
}

extension LeerlijnDatabase {
    /// The columns of an activities file (`leerlijn import activities`).
    public static let activityColumns = ["external_id", "date", "duration", "kind", "title", "competences", "domains", "budget", "verified_by"]
    static let requiredActivityColumns = ["external_id", "date", "duration", "kind", "title"]

    /// Imports activities from a CSV file in one transaction (see docs/import.md).
    ///
    /// A row's identity is its person, date, minutes, kind and title: a row already imported (or logged
    /// the same way by an earlier import) is counted as unchanged, so importing a file twice adds nothing.
    /// Any bad row rejects the whole file (``ImportError/rejected(_:)``) unless `rejectsPath` is given.
    /// - Parameter progress: called now and then with bytes read and the file's size.
    public func importActivities(
        from path: String, options: ImportOptions, catalog: ProfileCatalog, rules: RuleCatalog,
        progress: (@Sendable (Int64, Int64) -> Void)? = nil
    ) throws -> ImportReport {
        // The summary insert triggers are dropped for the import's transaction; what it adds is summed here and written once at the end.
        let summaries = YearSummaryDelta()
        return try runImport(path, options: options, required: Self.requiredActivityColumns, progress: progress, finish: summaries.write) { db in
            try YearSummaryDelta.pause(db)
            let kinds = ActivityKindVocabulary(kinds: try ActivityKind.fetchAll(db))
            var people: [String: [(id: PersonID, board: String?)]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT e.value, e.person_id, b.code FROM external_id e LEFT JOIN board b ON b.id = e.board_id") {
                people[row[0], default: []].append((PersonID(row[1] as String)!, row[2]))
            }
            var kindCache: [String: String] = [:], itemCache: [String: ItemReference] = [:], budgetCache: [String: String] = [:]
            let now = self.now()
            let insert = try db.cachedStatement(sql: """
                INSERT INTO activity (id, person_id, date, minutes, kind, title, description, provider, reflection, budget,
                                      import_key, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO NOTHING
                """)
            let insertItem = try db.cachedStatement(sql: "INSERT OR IGNORE INTO activity_item (activity_id, framework, version, item, kind) VALUES (?, ?, ?, ?, ?)")
            let insertVerification = try db.cachedStatement(sql: "INSERT OR IGNORE INTO verification (activity_id, verified_by, at, note) VALUES (?, ?, ?, ?)")
            return { record, header, report in
                let fields = record.fields
                func value(_ column: String) -> String? { header.value(column, in: fields) }
                func problem(_ column: String?, _ reason: RowProblem.Reason) -> RowProblem {
                    RowProblem(line: record.line, column: column, value: column.flatMap(value), problem: reason, reason: options.describe(reason))
                }
                // The person: by external id, with the board column when the id is used at several boards.
                guard let externalID = value("external_id") else { throw problem("external_id", .missing) }
                var candidates = people[externalID] ?? []
                if let board = value("board")?.lowercased() { candidates = candidates.filter { $0.board == board } }
                guard let person = candidates.first else { throw problem("external_id", .unknownExternalID) }
                guard candidates.count == 1 else {
                    throw problem("external_id", .externalIDAtSeveralBoards(candidates.compactMap(\.board)))
                }
                guard let dateText = value("date") else { throw problem("date", .missing) }
                let date: Day
                do { date = try DayParser.parse(dateText, today: options.today) } catch {
                    throw problem("date", .notADate(accepted: DayParser.acceptedForms))
                }
                guard let durationText = value("duration") else { throw problem("duration", .missing) }
                let minutes: Int
                do { minutes = try DurationParser.minutes(from: durationText, allowPlainMinutes: true) } catch {
                    throw problem("duration", .notADuration(accepted: DurationParser.acceptedForms))
                }
                guard let kindText = value("kind") else { throw problem("kind", .missing) }
                let kind: String
                if let cached = kindCache[kindText] { kind = cached } else {
                    do { kind = try kinds.resolve(kindText).id } catch let error as UnknownKindError {
                        throw problem("kind", .unknownKind(suggestions: error.suggestions))
                    }
                    kindCache[kindText] = kind
                }
                guard let rawTitle = value("title") else { throw problem("title", .missing) }
                let title: String
                do { title = try ActivityInput.title(rawTitle) } catch { throw problem("title", .titleLength) }
                var items: [(ItemReference, ItemMapping.Kind)] = []
                for (column, kind) in [("competences", ItemMapping.Kind.competence), ("domains", .domain)] {
                    for token in (value(column) ?? "").split(whereSeparator: { $0 == "|" || $0 == " " || $0 == "," }).map(String.init) {
                        let key = "\(kind.rawValue):\(token)"
                        if let cached = itemCache[key] { items.append((cached, kind)); continue }
                        do {
                            let reference = try catalog.resolveItem(token, kind: kind == .domain ? .domains : .competences)
                            itemCache[key] = reference
                            items.append((reference, kind))
                        } catch {
                            throw problem(column, .unknownItem(String(token)))
                        }
                    }
                }
                var budget: String? = nil
                if let budgetText = value("budget") {
                    if let cached = budgetCache[budgetText] { budget = cached } else {
                        do { budget = try rules.budgetRule(budgetText).id } catch { throw problem("budget", .notAnHoursRule) }
                        budgetCache[budgetText] = budget
                    }
                }
                var verifier: PersonID? = nil
                if let verifiedBy = value("verified_by") {
                    let found = people[verifiedBy] ?? []
                    guard found.count == 1 else { throw problem("verified_by", found.isEmpty ? .unknownSigner : .signerAtSeveralBoards) }
                    verifier = found[0].id
                    guard verifier != person.id else { throw problem("verified_by", .ownSignOff) }
                }
                // The row's identity: the same person, date, minutes, kind and title are the same activity.
                let key = SHA256.hex(of: Array("\(person.id)|\(date)|\(minutes)|\(kind)|\(title)".utf8))
                let id = ActivityID()
                try insert.execute(arguments: [id, person.id, date, minutes, kind, title, value("description"), value("provider"),
                                               value("reflection"), budget, key, now, now])
                if db.changesCount == 0 { return false }
                var mapped: [(framework: String, item: String, kind: String)] = []
                for (reference, kind) in items {
                    try insertItem.execute(arguments: [id, reference.framework, catalog.framework(reference.framework)?.version ?? "", reference.item, kind])
                    if db.changesCount > 0 { mapped.append((reference.framework, reference.item, kind.rawValue)) }
                }
                if let verifier {
                    try insertVerification.execute(arguments: [id, verifier, now, nil])
                    report.count("verifications")
                }
                summaries.add(person: person.id, date: date, minutes: minutes, budget: budget, items: mapped, verified: verifier != nil)
                report.count("activities")
                return true
            }
        }
    }
}
