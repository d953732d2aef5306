import GRDB
import LeerlijnCore

extension LeerlijnDatabase {
    /// Adds a partnership (partnerschap).
    /// - Parameter code: a short unique code; made from the name when nil.
    /// - Throws: ``StoreError/duplicate(_:value:)`` when the code is taken.
    public func addPartnership(name: String, code: String? = nil) throws(StoreError) -> Partnership {
        let name = try checked { () throws(ValueError) in try PersonInput.name(name) }
        let code = try organisationCode(code, name: name)
        return try write { db in
            if try Partnership.filter(Partnership.Columns.code == code).fetchOne(db) != nil {
                throw StoreError.duplicate(.partnership, value: code)
            }
            return try Partnership(code: code, name: name).inserted(db)
        }
    }

    /// Adds a school board (bestuur), optionally in a partnership (by code).
    /// - Parameter defaultSector: the sector of the board's schools where none is given (`org add-school`, roster import).
    public func addBoard(name: String, code: String? = nil, partnership: String? = nil, defaultSector: SchoolSector? = nil) throws(StoreError) -> Board {
        let name = try checked { () throws(ValueError) in try PersonInput.name(name) }
        let code = try organisationCode(code, name: name)
        return try write { db in
            if try Board.filter(Board.Columns.code == code).fetchOne(db) != nil {
                throw StoreError.duplicate(.board, value: code)
            }
            let partnershipId = try partnership.map { try Self.partnership(code: $0, db).id }
            return try Board(code: code, name: name, partnershipId: partnershipId ?? nil, defaultSector: defaultSector).inserted(db)
        }
    }

    /// Adds a school to a board (by code). `code` is the BRIN code with optional vestiging, e.g. `12AB` or `12AB01`.
    /// Without `sector`, the school gets its board's default sector, else `po` marked as assumed (`doctor` lists it).
    public func addSchool(name: String, code: String, board: String, sector: SchoolSector? = nil) throws(StoreError) -> School {
        let name = try checked { () throws(ValueError) in try PersonInput.name(name) }
        let parts: (brin: String, vestiging: String?)
        do {
            parts = try School.parseCode(code)
        } catch {
            throw .invalid(ValueError(field: "school code", value: code, expected: .schoolCode))
        }
        return try write { db in
            let board = try Self.board(code: board, db)
            if try Self.findSchool(brin: parts.brin, vestiging: parts.vestiging, db) != nil {
                throw StoreError.duplicate(.school, value: parts.brin + (parts.vestiging ?? ""))
            }
            let chosen = sector ?? board.defaultSector
            return try School(boardId: board.id!, name: name, brin: parts.brin, vestiging: parts.vestiging,
                              sector: chosen ?? .assumed, sectorAssumed: chosen == nil).inserted(db)
        }
    }

    /// All partnerships, boards and schools, sorted by code.
    public func organisations() throws(StoreError) -> Organisations {
        try read { db in
            Organisations(
                partnerships: try Partnership.order(Partnership.Columns.code).fetchAll(db),
                boards: try Board.order(Board.Columns.code).fetchAll(db),
                schools: try School.order(School.Columns.brin, School.Columns.vestiging).fetchAll(db)
            )
        }
    }

    // MARK: - Lookups inside a transaction

    static func partnership(code: String, _ db: Database) throws -> Partnership {
        let normalised = code.lowercased()
        if let found = try Partnership.filter(Partnership.Columns.code == normalised).fetchOne(db) { return found }
        let all = try String.fetchAll(db, sql: "SELECT code FROM partnership")
        throw LookupError.notFound(.partnership, query: code, suggestions: Suggestions.closest(to: code, among: all))
    }

    static func board(code: String, _ db: Database) throws -> Board {
        let normalised = code.lowercased()
        if let found = try Board.filter(Board.Columns.code == normalised).fetchOne(db) { return found }
        let all = try String.fetchAll(db, sql: "SELECT code FROM board")
        throw LookupError.notFound(.board, query: code, suggestions: Suggestions.closest(to: code, among: all))
    }

    static func school(code: String, _ db: Database) throws -> School {
        if let parts = try? School.parseCode(code), let found = try findSchool(brin: parts.brin, vestiging: parts.vestiging, db) {
            return found
        }
        // Not a code: try an unambiguous part of the name.
        let byName = try School.filter(sql: "name LIKE ? ESCAPE '\\'", arguments: ["%\(likeEscaped(code))%"]).fetchAll(db)
        if byName.count == 1 { return byName[0] }
        if byName.count > 1 {
            throw LookupError.ambiguous(.school, query: code, candidates: byName.map { "\($0.code) \($0.name)" })
        }
        let all = try School.fetchAll(db)
        let suggestions = Suggestions.closest(to: code, among: all.map(\.code) + all.map(\.name))
        throw LookupError.notFound(.school, query: code, suggestions: suggestions)
    }

    static func findSchool(brin: String, vestiging: String?, _ db: Database) throws -> School? {
        try School.fetchOne(db, sql: "SELECT * FROM school WHERE brin = ? AND ifnull(vestiging, '') = ?", arguments: [brin, vestiging ?? ""])
    }

    func organisationCode(_ code: String?, name: String) throws(StoreError) -> String {
        let raw = code ?? OrganisationCode.make(from: name)
        do {
            return try OrganisationCode.normalise(raw)
        } catch {
            throw .invalid(ValueError(field: "code", value: raw, expected: .organisationCode))
        }
    }

    /// Runs a check that throws ``ValueError`` and reports it as ``StoreError/invalid(_:)``.
    func checked<T>(_ body: () throws(ValueError) -> T) throws(StoreError) -> T {
        do { return try body() } catch { throw .invalid(error) }
    }
}

/// `text` with the LIKE wildcards `%` and `_` escaped by `\`.
func likeEscaped(_ text: String) -> String {
    var out = ""
    for ch in text {
        if ch == "%" || ch == "_" || ch == "\\" { out.append("\\") }
        out.append(ch)
    }
    return out
}
