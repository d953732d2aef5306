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
    /// The unit of bare numbers in the duration column (`--duration-unit`); nil leaves it to the column's name
    /// (`duration_minutes`, `duur_uren`), and refuses bare numbers when that says none either.
    public var durationUnit: DurationUnit?
    /// Columns of the file read as fields (`--map COLUMN=FIELD`), in the order given (issue 17).
    public var columnMap: [(column: String, field: String)] = []
    /// The fewest rows (estimated from the file's size) for which an activities import sets the secondary indexes
    /// aside and builds them again at the end (``DeferredIndexes``); tests lower it.
    var bulkMinimumRows = 20_000

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
        var deferred = DeferredIndexes()
        let finish: (Database) throws -> Void = { db in
            try deferred.rebuild(db)
            try summaries.write(db)
        }
        return try runImport(path, options: options, required: Self.requiredActivityColumns, progress: progress, finish: finish) { db in
            try YearSummaryDelta.pause(db)
            // A large import (judged by the file's size: a row of an activities file is rarely under 60 bytes) sets
            // the secondary indexes aside and builds them once at the end.
            let fileSize = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            let existing = try Int.fetchOne(db, sql: "SELECT coalesce(max(rowid), 0) FROM activity") ?? 0
            if DeferredIndexes.worthwhile(estimatedRows: fileSize / 60, existingRows: existing, minimumRows: options.bulkMinimumRows) {
                deferred = try DeferredIndexes.setAside(tables: ["activity", "activity_item", "verification"], db)
            }
            let kinds = ActivityKindVocabulary(kinds: try ActivityKind.fetchAll(db))
            var people: [String: [KnownPerson]] = [:]
            var numbers: [String: Int32] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT e.value, e.person_id, b.code FROM external_id e LEFT JOIN board b ON b.id = e.board_id") {
                let text: String = row[1]
                let id = PersonID(text)!
                let number: Int32
                if let known = numbers[text] { number = known } else {
                    number = summaries.personNumber(id)
                    numbers[text] = number
                }
                people[row[0], default: []].append(KnownPerson(id: id, text: text, board: row[2], number: number))
            }
            // The moment of the import, converted once (as GRDB stores a Date).
            let now = String.fromDatabaseValue(self.now().databaseValue)
            let insert = try FastInsert(db, sql: """
                INSERT INTO activity (id, person_id, date, minutes, kind, title, description, provider, reflection, budget,
                                      import_key, created_at, updated_at, budget_opt_out)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (import_key) WHERE import_key IS NOT NULL DO NOTHING
                """)
            let insertItem = try FastInsert(db, sql: "INSERT OR IGNORE INTO activity_item (activity_id, framework, version, item, kind) VALUES (?, ?, ?, ?, ?)")
            let insertVerification = try FastInsert(db, sql: "INSERT OR IGNORE INTO verification (activity_id, verified_by, at, note) VALUES (?, ?, ?, ?)")
            let reader = ActivityRowReader(people: people, kinds: kinds, catalog: catalog, rules: rules, options: options)
            // The reader numbers the items it meets; the summaries get their own numbers for them here, on this thread.
            var itemNumbers: [Int32] = []
            let today = options.today
            // The signers' lines, read once each (few people sign off many rows).
            var signerLines: [PersonID: PersonLine] = [:]
            return (read: reader.read, store: { row, record, _, report in
                if let verifier = row.verifier {
                    // The rule of `verify --by`: someone else, with a mentor, schoolopleider or coach role on the day.
                    let roles: Set<Role>
                    if verifier.id == row.person.id { roles = [] } else {
                        if signerLines[verifier.id] == nil { signerLines[verifier.id] = try Self.line(of: verifier.id, db) }
                        roles = signerLines[verifier.id]!.roles(on: row.date)
                    }
                    if let refusal = Verification.refusal(signer: verifier.id, owner: row.person.id, signerRoles: roles, on: row.date) {
                        let reason: RowProblem.Reason
                        switch refusal {
                        case .ownActivity: reason = .ownSignOff
                        case let .noVerifierRole(day): reason = .signerRole(on: day)
                        }
                        throw RowProblem(line: record.line, column: "verified_by", value: row.verifiedByText, problem: reason, reason: options.describe(reason))
                    }
                }
                guard try insert.run(.text(row.id), .text(row.person.text), .text(row.date.description), .integer(row.minutes), .text(row.kind),
                                     .text(row.title), .text(row.description), .text(row.provider), .text(row.reflection), .text(row.budget),
                                     .blob(row.key), .text(now), .text(now), .integer(row.budgetOptOut ? 1 : 0)) else { return false }
                var mapped: [Int32] = []
                for item in row.items {
                    // A competence named twice in one row is stored once.
                    guard try insertItem.run(.text(row.id), .text(item.framework), .text(item.version), .text(item.item), .text(item.kind)) else { continue }
                    while itemNumbers.count <= Int(item.number) { itemNumbers.append(-1) }
                    if itemNumbers[Int(item.number)] < 0 {
                        itemNumbers[Int(item.number)] = summaries.itemNumber(framework: item.framework, item: item.item, kind: item.kind)
                    }
                    mapped.append(itemNumbers[Int(item.number)])
                }
                if let verifier = row.verifier {
                    try insertVerification.run(.text(row.id), .text(verifier.text), .text(now), .text(nil))
                    report.count("verifications")
                }
                summaries.add(person: row.person.number, date: row.date, minutes: row.minutes, budget: row.budget, items: mapped, verified: row.verifier != nil,
                              kind: row.kind, budgetOptOut: row.budgetOptOut)
                report.count("activities")
                if row.date > today { report.futureDate(line: record.line) }
                return true
            })
        }
    }
}

/// One row of an activities file, read and checked, ready to store.
private struct ActivityRow {
    let id: String
    let person: KnownPerson
    let date: Day
    let minutes: Int
    let kind: String
    let title: String
    let description: String?, provider: String?, reflection: String?
    let budget: String?
    /// `none` in the budget column: counts toward no budget, not even by default.
    let budgetOptOut: Bool
    let items: [ResolvedItem]
    let verifier: KnownPerson?
    /// The `verified_by` value as written, for a message.
    let verifiedByText: String?
    /// The row's identity (``ImportKey``).
    let key: Data
}

/// Reads the rows of an activities file on the import's reading thread: finds the person, parses the date and
/// duration, resolves the kind, competences, domains and budget, and makes the row's identity. It keeps caches of what
/// it resolved, used from that one thread only.
private final class ActivityRowReader {
    private let people: [String: [KnownPerson]]
    private let kinds: ActivityKindVocabulary
    private let catalog: ProfileCatalog
    private let rules: RuleCatalog
    private let options: ImportOptions
    private var positions: [String: Int]? = nil
    /// The unit of bare durations: `--duration-unit`, else the duration column's name; nil refuses them.
    private var durationUnit: DurationUnit? = nil
    private var kindCache: [String: String] = [:], budgetCache: [String: String] = [:]
    /// Competences (0) and domains (1) by the text in the file.
    private var itemCache: [[Substring: ResolvedItem]] = [[:], [:]]
    private var itemCount: Int32 = 0

    init(people: [String: [KnownPerson]], kinds: ActivityKindVocabulary, catalog: ProfileCatalog, rules: RuleCatalog, options: ImportOptions) {
        self.people = people
        self.kinds = kinds
        self.catalog = catalog
        self.rules = rules
        self.options = options
    }

    func read(_ record: CSVParser.Record, _ header: CSVHeader) throws -> ActivityRow {
        let fields = record.fields
        // Where each column is, found once from the header (the same for every row of the file).
        if positions == nil {
            var found: [String: Int] = [:]
            for column in LeerlijnDatabase.activityColumns + ["board", "description", "provider", "reflection"] { found[column] = header.position(of: column) }
            positions = found
            durationUnit = options.durationUnit ?? found["duration"].flatMap { position in
                position < header.names.count ? DurationUnit.named(byColumn: CSVHeader.normalise(header.names[position])) : nil
            }
        }
        func value(_ column: String) -> String? { header.value(at: positions?[column], in: fields) }
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
        if let durationUnit {
            do { minutes = try durationUnit.minutes(from: durationText) } catch {
                throw problem("duration", .notADuration(accepted: DurationParser.acceptedForms))
            }
        } else {
            do { minutes = try DurationParser.minutes(from: durationText) } catch {
                if error.reason == .missingUnit { throw problem("duration", .durationWithoutUnit(units: DurationUnit.allCases.map(\.rawValue))) }
                throw problem("duration", .notADuration(accepted: DurationParser.acceptedForms))
            }
        }
        guard let kindText = value("kind") else { throw problem("kind", .missing) }
        let kind: String
        if let cached = kindCache[kindText] { kind = cached } else {
            switch Result(catching: { () throws(UnknownKindError) -> String in try kinds.resolve(kindText).id }) {
            case .success(let id): kind = id
            case .failure(let error): throw problem("kind", .unknownKind(suggestions: error.suggestions))
            }
            kindCache[kindText] = kind
        }
        guard let rawTitle = value("title") else { throw problem("title", .missing) }
        let title: String
        do { title = try ActivityInput.title(rawTitle) } catch { throw problem("title", .titleLength) }
        var items: [ResolvedItem] = []
        for mapping in [ItemMapping.Kind.competence, .domain] {
            let column = mapping == .domain ? "domains" : "competences"
            let slot = mapping == .domain ? 1 : 0
            guard let text = value(column) else { continue }
            for token in text.split(whereSeparator: { $0 == "|" || $0 == " " || $0 == "," }) {
                if let cached = itemCache[slot][token] { items.append(cached); continue }
                do {
                    let reference = try catalog.resolveItem(String(token), kind: mapping == .domain ? .domains : .competences)
                    let resolved = ResolvedItem(framework: reference.framework, version: catalog.framework(reference.framework)?.version ?? "",
                                                item: reference.item, kind: mapping.rawValue, number: itemCount)
                    itemCount += 1
                    itemCache[slot][token] = resolved
                    items.append(resolved)
                } catch {
                    throw problem(column, .unknownItem(MessageText.cut(String(token))))
                }
            }
        }
        var budget: String? = nil, budgetOptOut = false
        if let budgetText = value("budget") {
            if BudgetChoice.isNone(budgetText) { budgetOptOut = true }
            else if let cached = budgetCache[budgetText] { budget = cached } else {
                do { budget = try rules.budgetRule(budgetText).id } catch { throw problem("budget", .notAnHoursRule) }
                budgetCache[budgetText] = budget
            }
        }
        var verifier: KnownPerson? = nil
        if let verifiedBy = value("verified_by") {
            let found = people[verifiedBy] ?? []
            guard found.count == 1 else { throw problem("verified_by", found.isEmpty ? .unknownSigner : .signerAtSeveralBoards) }
            verifier = found[0]
        }
        // The row's identity: the same person, date, minutes, kind and title are the same activity.
        return ActivityRow(
            id: ActivityID().description, person: person, date: date, minutes: minutes, kind: kind, title: title,
            description: value("description"), provider: value("provider"), reflection: value("reflection"), budget: budget,
            budgetOptOut: budgetOptOut, items: items, verifier: verifier, verifiedByText: value("verified_by"),
            key: ImportKey(person: person.id, date: date, minutes: minutes, kind: kind, title: title).bytes)
    }
}

/// A person an import can name: by external id (and board), with the id's text and the summaries' number for it.
private struct KnownPerson {
    let id: PersonID
    let text: String
    let board: String?
    let number: Int32
}

/// A competence or domain named in an import file, resolved once per text.
private struct ResolvedItem {
    let framework: String, version: String, item: String, kind: String
    /// Its number among the items the reader met (the storing side maps it to the summaries' number).
    let number: Int32
}
