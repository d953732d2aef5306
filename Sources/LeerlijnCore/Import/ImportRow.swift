import Foundation
/// A row that an import rejected: where, which column, and why.
public struct RowProblem: Encodable, Hashable, Sendable, Error {
    /// Why a row is rejected, as a value: the string tables put it into words in the user's language.
    public enum Reason: Hashable, Sendable {
        /// The column is empty.
        case missing
        /// No person has this external id (import people first).
        case unknownExternalID
        /// The external id is used at several boards (listed): a board column is needed.
        case externalIDAtSeveralBoards([String])
        /// Not a date; the accepted forms.
        case notADate(accepted: [String])
        /// Not a duration; the accepted forms besides plain minutes.
        case notADuration(accepted: [String])
        /// Not an activity kind; the closest kinds.
        case unknownKind(suggestions: [String])
        /// A title of 1 to 300 characters.
        case titleLength
        /// A competence or domain id that is unknown or matches several items.
        case unknownItem(String)
        /// Not an hours rule such as cao-po-starter.
        case notAnHoursRule
        /// The signer's external id belongs to nobody.
        case unknownSigner
        /// The signer's external id is used at several boards.
        case signerAtSeveralBoards
        /// A person cannot sign off their own activity.
        case ownSignOff
        /// An external id of 1 to 64 characters without spaces.
        case externalIDForm
        /// A name that is not empty.
        case emptyName
        /// A name of at most 200 characters.
        case nameTooLong
        /// An email address like naam@school.nl.
        case emailForm
        /// A phase: student, starter, basisbekwaam or vakbekwaam.
        case phaseValue
        /// phase_since is needed with a phase.
        case neededWithPhase
        /// employment_since is needed with an fte.
        case neededWithFTE
        /// A board is needed with an fte (or a school).
        case boardNeededWithFTE
        /// A werktijdfactor like 0.8 or 0,8, more than 0, at most 4 decimals.
        case fteForm
        /// An FTE of at most 1.5.
        case fteAtMost
        /// Not a board name or code.
        case notABoard
        /// The school belongs to another board.
        case schoolOfAnotherBoard
        /// A board is needed to create the new school (its BRIN code given).
        case boardNeededForNewSchool(String)
        /// An unknown school name: give its BRIN code to create it.
        case unknownSchool
        /// More than one school has this name.
        case ambiguousSchool
        /// The school changes, but not after the current school's start.
        case schoolChangeTooEarly
        /// Another phase already starts on this day.
        case phaseDayTaken
        /// The employment must start after the current employment's start.
        case employmentNotAfter(Day)
        // Sectors, functions and salary steps (issue 16).
        /// A sector: po, so, sbo, vo, mbo or lerarenopleiding.
        case sectorValue
        /// A function: leraar, oop or schoolleider.
        case functionValue
        /// A salary scale and step such as LB-4.
        case salaryStepForm
        /// salary_step_since is needed with a salary step.
        case neededWithSalaryStep
        /// The signer is no mentor, schoolopleider or coach on the activity's day (the rule of `verify --by`).
        case signerRole(on: Day)
        /// A bare number in the duration column, and neither the column's name nor `--duration-unit` says its unit
        /// (one of `units`).
        case durationWithoutUnit(units: [String])

        /// A stable identifier for scripts (the `code` field of the JSON), e.g. `unknown-external-id`.
        public var code: String {
            switch self {
            case .missing: "missing"
            case .unknownExternalID: "unknown-external-id"
            case .externalIDAtSeveralBoards: "external-id-at-several-boards"
            case .notADate: "not-a-date"
            case .notADuration: "not-a-duration"
            case .unknownKind: "unknown-kind"
            case .titleLength: "title-length"
            case .unknownItem: "unknown-item"
            case .notAnHoursRule: "not-an-hours-rule"
            case .unknownSigner: "unknown-signer"
            case .signerAtSeveralBoards: "signer-at-several-boards"
            case .ownSignOff: "own-sign-off"
            case .externalIDForm: "external-id-form"
            case .emptyName: "empty-name"
            case .nameTooLong: "name-too-long"
            case .emailForm: "email-form"
            case .phaseValue: "phase-value"
            case .neededWithPhase: "needed-with-phase"
            case .neededWithFTE: "needed-with-fte"
            case .boardNeededWithFTE: "board-needed-with-fte"
            case .fteForm: "fte-form"
            case .fteAtMost: "fte-at-most"
            case .notABoard: "not-a-board"
            case .schoolOfAnotherBoard: "school-of-another-board"
            case .boardNeededForNewSchool: "board-needed-for-new-school"
            case .unknownSchool: "unknown-school"
            case .ambiguousSchool: "ambiguous-school"
            case .schoolChangeTooEarly: "school-change-too-early"
            case .phaseDayTaken: "phase-day-taken"
            case .employmentNotAfter: "employment-not-after"
            case .sectorValue: "sector-value"
            case .functionValue: "function-value"
            case .salaryStepForm: "salary-step-form"
            case .neededWithSalaryStep: "needed-with-salary-step"
            case .signerRole: "signer-role"
            case .durationWithoutUnit: "duration-without-unit"
            }
        }
    }

    /// The physical line in the file (from 1; the header is line 1).
    public var line: Int
    /// The column's name, or nil for the row as a whole.
    public var column: String?
    /// The value found.
    public var value: String?
    /// Why, as a value.
    public var problem: Reason
    /// What is wrong and what is accepted, in the words of whoever ran the import (see ``ImportDescriber``).
    public var reason: String

    public init(line: Int, column: String?, value: String? = nil, problem: Reason, reason: String? = nil) {
        self.line = line
        self.column = column
        // A value too long to read is cut (the rejects file keeps the whole row).
        self.value = value.map { $0.utf8.count > MessageText.limit ? MessageText.cut($0) : $0 }
        self.problem = problem
        self.reason = reason ?? problem.code
    }

    private enum CodingKeys: String, CodingKey { case line, column, value, code, reason }

    /// Encodes `line`, `column`, `value`, `code` (the stable identifier) and `reason` (the words).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(line, forKey: .line)
        try container.encodeIfPresent(column, forKey: .column)
        try container.encodeIfPresent(value, forKey: .value)
        try container.encode(problem.code, forKey: .code)
        try container.encode(reason, forKey: .reason)
    }
}

/// Puts a rejected row's reason into words (the CLI passes its string table; the default is the reason's code).
public typealias ImportDescriber = @Sendable (RowProblem.Reason) -> String

/// Header names matched case-insensitively, ignoring spaces, dashes and underscores (`External ID` is `external_id`).
public struct CSVHeader: Sendable {
    public let names: [String]
    private var index: [String: Int]
    /// Columns the user mapped to a field (`--map COLUMN=FIELD`): normalised field name to position; these come first.
    private var mapped: [String: Int] = [:]

    public init(_ fields: [String]) {
        names = fields
        var index: [String: Int] = [:]
        for (position, name) in fields.enumerated() {
            let key = CSVHeader.normalise(name)
            if index[key] == nil { index[key] = position }
        }
        self.index = index
    }

    public static func normalise(_ name: String) -> String {
        name.trimmingWhitespace().lowercased().filter { $0 != " " && $0 != "_" && $0 != "-" }
    }

    /// The normalised forms of the column names the program asks for (a few names, asked for on every row).
    private static let normalised = NormalisedNames()

    private final class NormalisedNames: @unchecked Sendable {
        private let lock = NSLock()
        private var keys: [String: String] = [:]

        func key(for column: String) -> String {
            if let key = lock.withLock({ keys[column] }) { return key }
            let key = CSVHeader.normalise(column)
            lock.withLock { if keys.count < 1024 { keys[column] = key } }
            return key
        }
    }

    /// Dutch names accepted for the columns, as Dutch HR exports write them (normalised: no spaces, dashes or underscores).
    public static let aliases: [String: [String]] = [
        "externalid": ["personeelsnummer", "studentnummer", "extern", "externid", "nummer"],
        "name": ["naam"], "email": ["emailadres", "mail"], "board": ["bestuur"], "school": ["brin", "schoolcode"],
        "phase": ["fase"], "phasesince": ["fasesinds", "fasevanaf"], "fte": ["wtf", "werktijdfactor"],
        "employmentsince": ["aanstellingsinds", "aanstellingvanaf", "indienst", "datumindienst", "indienstsinds", "datumindiensttreding", "indiensttreding"],
        "date": ["datum"], "duration": ["duur"] + DurationUnit.minuteColumns + DurationUnit.hourColumns, "kind": ["soort"], "title": ["titel"], "competences": ["competenties"],
        "domains": ["domeinen"], "verifiedby": ["afgetekenddoor", "geverifieerddoor"], "description": ["beschrijving", "omschrijving"],
        "provider": ["aanbieder"], "reflection": ["reflectie"], "schoolname": ["schoolnaam"],
        // Issue 16: sector, function, salary step.
        "function": ["functie"], "boardsector": ["bestuurssector", "sectorbestuur"], "salarystep": ["salaristrede", "trede", "periodiek"],
        "salarystepsince": ["tredesinds", "salaristredesinds", "periodieksinds"],
        // Issue 17 (HR export shapes): split names, in order of preference (the roepnaam before the voornaam).
        "firstname": ["roepnaam", "voornaam", "voornamen"], "nameprefix": ["tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels"],
        "lastname": ["achternaam", "geslachtsnaam", "familienaam"],
    ]

    /// Columns that stand in for a required one: a person's `name` may come split, as first name, prefix and last name.
    public static let standIns: [String: [String]] = ["name": ["last_name"]]

    /// True when the header has `column`, one of its Dutch names, or a column that stands in for it (``standIns``).
    public func has(_ column: String) -> Bool {
        position(of: column) != nil || (Self.standIns[column] ?? []).contains { position(of: $0) != nil }
    }

    /// This header with the columns of `map` (file column to field, as `--map COLUMN=FIELD` gives them) read as those
    /// fields; the columns of `map` that the header does not have, in the order given.
    public func mapping(_ map: [(column: String, field: String)]) -> (header: CSVHeader, absent: [String]) {
        var header = self
        var absent: [String] = []
        for (column, field) in map {
            guard let position = index[Self.normalise(column)] else { absent.append(column); continue }
            header.mapped[Self.normalise(field)] = position
        }
        return (header, absent)
    }

    /// The position of a column (or one of its Dutch names), if present.
    public func position(of column: String) -> Int? {
        let key = Self.normalised.key(for: column)
        if !mapped.isEmpty, let position = mapped[key] { return position }
        if let position = index[key] { return position }
        return (Self.aliases[key] ?? []).lazy.compactMap { index[$0] }.first
    }

    /// The trimmed value of a column in a record; nil when the column is absent or the cell is empty.
    public func value(_ column: String, in fields: [String]) -> String? {
        value(at: position(of: column), in: fields)
    }

    /// The first non-empty value among a column and its Dutch names, in the order of ``aliases`` (a row with an empty
    /// roepnaam takes the voornaam); a mapped column (`--map`) alone when there is one.
    public func firstValue(_ column: String, in fields: [String]) -> String? {
        let key = Self.normalised.key(for: column)
        if let position = mapped[key] { return value(at: position, in: fields) }
        return ([key] + (Self.aliases[key] ?? [])).lazy.compactMap { self.value(at: self.index[$0], in: fields) }.first
    }

    /// The trimmed value at a column's position (from ``position(of:)``, found once per file); nil when the column
    /// is absent or the cell is empty.
    public func value(at position: Int?, in fields: [String]) -> String? {
        guard let position, position < fields.count else { return nil }
        let value = fields[position].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }
}
