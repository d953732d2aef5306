/// The sector of a school: which CAO and which register criteria apply to the people employed there
/// (facts.md section 2: "A rule applies by the sector of the employment's school").
///
/// `so` and `sbo` (special and special primary education) fall under the CAO PO; a teacher-education
/// institute (pabo, lerarenopleiding) is a kind of its own, under none of the school CAOs.
public enum SchoolSector: String, Codable, Sendable, CaseIterable, Comparable {
    case po, so, sbo, vo, mbo
    /// A teacher-education institute (pabo, university or hogeschool lerarenopleiding).
    case lerarenopleiding

    /// The sector assumed where none is recorded (databases from before sectors; `org add-school` without `--sector`).
    public static let assumed = SchoolSector.po

    /// Parses a sector as written in a rule file, on the command line or in a roster: also `any` (every sector,
    /// returned as nil) and `lerarenopleider` (the older spelling of rule files) for `lerarenopleiding`.
    public static func parseList(_ text: String) -> [SchoolSector]? {
        let word = text.trimmingWhitespace().lowercased()
        if word == "any" { return SchoolSector.allCases }
        if word == "lerarenopleider" { return [.lerarenopleiding] }
        return SchoolSector(rawValue: word).map { [$0] }
    }

    public static func < (lhs: SchoolSector, rhs: SchoolSector) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// What a person is employed as (functie): teacher, support staff (onderwijsondersteunend personeel) or school
/// leader. CAO rules name the functions they are for (facts.md section 2: the starter budget is for teachers, the
/// professionalisation hours for teachers and support staff, not school leaders).
public enum StaffFunction: String, Codable, Sendable, CaseIterable {
    case leraar, oop, schoolleider
}
