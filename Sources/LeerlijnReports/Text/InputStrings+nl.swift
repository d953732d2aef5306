import LeerlijnCore
import LeerlijnStore

extension InputStrings {
    /// Nederlands.
    public static let nl = InputStrings(
        emptyFile: { "\($0) is leeg: er is geen kopregel met de kolomnamen. Er is niets geïmporteerd." },
        unsupportedEncoding: { file, encoding in
            "\(file) is tekst in \(encoding), die Leerlijn niet leest. Sla het bestand op als UTF-8 (in Excel: \"CSV UTF-8\") of Windows-1252 en probeer het opnieuw. Er is niets geïmporteerd."
        },
        isAFolder: { "\($0) is een map, geen bestand: geef het pad van het bestand zelf." },
        noSuchFile: { "Er is geen bestand \($0): controleer het pad." },
        notReadable: { "\($0) kan niet gelezen worden: je hebt geen leesrechten." },
        fieldTooLong: { file, line, column, limit in
            "\(file), regel \(line), kolom \(column): een veld is langer dan \(limit / 1024) KiB, het meeste dat Leerlijn aanneemt. Er is niets geïmporteerd. Ontbreekt er een afsluitend aanhalingsteken (\"), of is het scheidingsteken verkeerd?"
        },
        unclosedQuote: { file, line in
            "\(file), regel \(line): hier begint een veld tussen aanhalingstekens waarvan de afsluitende \" ontbreekt (het bestand eindigt erin). Er is niets geïmporteerd."
        },
        cannotWriteRejects: { "Het bestand voor afgewezen regels \($0) kan niet geschreven worden: controleer of de map bestaat en je daar mag schrijven. Er is niets geïmporteerd." },
        diskFull: { "De schijf is vol: Leerlijn kon \($0) niet schrijven. Er is niets geschreven; de database is zoals hij was (leerlijn doctor controleert hem). Maak ruimte vrij en probeer het opnieuw." },
        databaseIsAFolder: { "\($0) is een map, geen databasebestand: geef een bestand met --db, bijvoorbeeld \($0 == "/" ? "" : $0)/leerlijn.sqlite." },
        outputExists: { path, isFolder in
            isFolder
                ? "\(path) bestaat al en is niet leeg. Voeg --force toe om erin te schrijven (bestanden van een eerdere export worden overschreven), of kies een andere map met --out."
                : "\(path) bestaat al en is een bestand; de export heeft een map nodig. Kies een ander pad met --out."
        },
        cannotWrite: { path, reason in
            switch reason {
            case .permissionDenied: "\(path) kan niet geschreven worden: je hebt daar geen schrijfrechten."
            case .diskFull: "\(path) kan niet geschreven worden: de schijf is vol. Er is niets geschreven."
            case .noFolder: "\(path) kan niet geschreven worden: een map in het pad bestaat niet."
            case .isAFolder: "\(path) kan niet geschreven worden: het is een map; geef een bestandsnaam."
            case .notAFolder: "\(path) kan niet geschreven worden: een deel van het pad is een bestand, geen map."
            case let .other(code): "\(path) kan niet geschreven worden (systeemfout \(code))."
            }
        },
        pageIsAFolder: { "\($0) kan niet geschreven worden: het is een map; geef een bestandsnaam, bijvoorbeeld \($0 == "/" ? "" : $0)/pagina.html." },
        personExportForce: "schrijf in de map van --out, ook als die al bestaat en niet leeg is (bestanden van een eerdere export worden overschreven)",
        emptyPath: { "\($0) vraagt een pad; een leeg pad wordt geweigerd (laat de optie weg voor de standaard)." }
    )
}
