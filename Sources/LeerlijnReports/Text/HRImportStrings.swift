/// The texts of `leerlijn import people --map COLUMN=FIELD` (issue 17, HR export shapes), one table per language,
/// kept apart from ``Strings``.
public struct HRImportStrings: Sendable {
    /// The help of `--map`.
    public var mapHelp: String
    /// A `--map` value that is not COLUMN=FIELD.
    public var mapForm: @Sendable (_ value: String) -> String
    /// A `--map` field that is not a field of the file; the fields there are.
    public var mapUnknownField: @Sendable (_ field: String, _ fields: [String]) -> String
}

extension HRImportStrings {
    public static let en = HRImportStrings(
        mapHelp: "Read a column of the file as a field, e.g. --map Werknemer=external_id (repeatable; for headers Leerlijn does not know).",
        mapForm: { "--map '\($0)' is not COLUMN=FIELD, e.g. --map Werknemer=external_id." },
        mapUnknownField: { field, fields in "--map: '\(field)' is not a field of a people file; the fields are: \(fields.joined(separator: ", "))." })

    public static let nl = HRImportStrings(
        mapHelp: "Lees een kolom van het bestand als een veld, bijv. --map Werknemer=external_id (herhaalbaar; voor kopjes die Leerlijn niet kent).",
        mapForm: { "--map '\($0)' is niet KOLOM=VELD, bijvoorbeeld --map Werknemer=external_id." },
        mapUnknownField: { field, fields in "--map: '\(field)' is geen veld van een personenbestand; de velden zijn: \(fields.joined(separator: ", "))." })
}

extension Language {
    /// The `import people --map` strings of this language.
    public var hrImportStrings: HRImportStrings { self == .nl ? .nl : .en }
}
