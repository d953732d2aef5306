import Foundation

/// A school of a board, identified by its BRIN code (the 4-character institution code the Dutch
/// education ministry gives) and optionally a 2-digit vestiging (branch) number.
public struct School: Codable, Hashable, Sendable {
    /// The database row id; nil before the school is stored.
    public var id: Int64?
    /// The board the school belongs to.
    public var boardId: Int64
    /// The school's name.
    public var name: String
    /// The BRIN code, 4 characters, uppercase (e.g. `12AB`).
    public var brin: String
    /// The vestiging (branch) number, 2 digits, if the school is one branch of an institution.
    public var vestiging: String?
    /// The sector (po, so, sbo, vo, mbo, lerarenopleiding): it decides which rules apply to the people employed here.
    public var sector: SchoolSector
    /// True when the sector was not given but assumed (``SchoolSector/assumed``): schools from before sectors, or added
    /// without one. `doctor` lists them.
    public var sectorAssumed: Bool

    public init(id: Int64? = nil, boardId: Int64, name: String, brin: String, vestiging: String? = nil,
                sector: SchoolSector = .assumed, sectorAssumed: Bool = false) {
        self.sector = sector
        self.sectorAssumed = sectorAssumed
        self.id = id
        self.boardId = boardId
        self.name = name
        self.brin = brin
        self.vestiging = vestiging
    }

    /// The code used on the command line: the BRIN code followed by the vestiging, e.g. `12AB` or `12AB01`.
    public var code: String { brin + (vestiging ?? "") }

    /// Splits a school code into BRIN and vestiging, normalised to uppercase.
    /// - Throws: ``OrganisationError/invalidSchoolCode(_:)`` unless the code is 4 letters or digits,
    ///   optionally followed by 2 digits.
    public static func parseCode(_ text: String) throws(OrganisationError) -> (brin: String, vestiging: String?) {
        let code = text.trimmingWhitespace().uppercased()
        let isAlnum: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) }
        guard code.count == 4 || code.count == 6, code.prefix(4).allSatisfy(isAlnum) else {
            throw .invalidSchoolCode(text)
        }
        guard code.count == 6 else { return (code, nil) }
        let vestiging = code.suffix(2)
        guard vestiging.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw .invalidSchoolCode(text) }
        return (String(code.prefix(4)), String(vestiging))
    }
}

/// A code or name for an organisation that cannot be used.
public enum OrganisationError: Error, Equatable, Sendable {
    /// A school code that is not a BRIN code (4 letters or digits) with an optional 2-digit vestiging.
    case invalidSchoolCode(String)
    /// A partnership or board code that is not a lowercase slug.
    case invalidCode(String)
}

/// Codes for partnerships and boards: lowercase letters, digits and dashes.
public enum OrganisationCode {
    /// Checks and normalises a user-chosen code (lowercased; spaces become dashes).
    /// - Throws: ``OrganisationError/invalidCode(_:)`` for anything but letters, digits and dashes.
    public static func normalise(_ text: String) throws(OrganisationError) -> String {
        let code = text.trimmingWhitespace().lowercased().replacingOccurrences(of: " ", with: "-")
        guard !code.isEmpty, code.count <= 64,
              code.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") })
        else { throw .invalidCode(text) }
        return code
    }

    /// A code made from a name: `Stichting Eemland` becomes `stichting-eemland`.
    public static func make(from name: String) -> String {
        var result = ""
        for ch in name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased() {
            if ch.isASCII && (ch.isLetter || ch.isNumber) {
                result.append(ch)
            } else if !result.isEmpty && result.last != "-" {
                result.append("-")
            }
        }
        while result.last == "-" { result.removeLast() }
        return String(result.prefix(64))
    }
}

// Decoding rows and JSON from before issue 16 (no sector: po, assumed).
extension School {
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let sector = try c.decodeIfPresent(SchoolSector.self, forKey: .sector)
        self.init(id: try c.decodeIfPresent(Int64.self, forKey: .id), boardId: try c.decode(Int64.self, forKey: .boardId),
                  name: try c.decode(String.self, forKey: .name), brin: try c.decode(String.self, forKey: .brin),
                  vestiging: try c.decodeIfPresent(String.self, forKey: .vestiging), sector: sector ?? .assumed,
                  sectorAssumed: try c.decodeIfPresent(Bool.self, forKey: .sectorAssumed) ?? (sector == nil))
    }
}
