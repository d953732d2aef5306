import Foundation
/// A row that an import rejected: where, which column, and why.
public struct RowProblem: Codable, Hashable, Sendable, Error {
    /// The physical line in the file (from 1; the header is line 1).
    public var line: Int
    /// The column's name, or nil for the row as a whole.
    public var column: String?
    /// The value found.
    public var value: String?
    /// What is wrong and what is accepted.
    public var reason: String

    public init(line: Int, column: String?, value: String? = nil, reason: String) {
        self.line = line
        self.column = column
        self.value = value
        self.reason = reason
    }
}

/// Header names matched case-insensitively, ignoring spaces, dashes and underscores (`External ID` is `external_id`).
public struct CSVHeader: Sendable {
    public let names: [String]
    private let index: [String: Int]

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
        "employmentsince": ["aanstellingsinds", "aanstellingvanaf", "indienst"],
        "date": ["datum"], "duration": ["duur"], "kind": ["soort"], "title": ["titel"], "competences": ["competenties"],
        "domains": ["domeinen"], "verifiedby": ["afgetekenddoor", "geverifieerddoor"], "description": ["beschrijving", "omschrijving"],
        "provider": ["aanbieder"], "reflection": ["reflectie"], "schoolname": ["schoolnaam"],
    ]

    /// The position of a column (or one of its Dutch names), if present.
    public func position(of column: String) -> Int? {
        let key = Self.normalised.key(for: column)
        if let position = index[key] { return position }
        return (Self.aliases[key] ?? []).lazy.compactMap { index[$0] }.first
    }

    /// The trimmed value of a column in a record; nil when the column is absent or the cell is empty.
    public func value(_ column: String, in fields: [String]) -> String? {
        guard let position = position(of: column), position < fields.count else { return nil }
        let value = fields[position].trimmingWhitespace()
        return value.isEmpty ? nil : value
    }
}
