import Foundation
import GRDB
import LeerlijnCore

/// An imported row's identity (`activity.import_key`): the first 16 bytes of the SHA-256 of its person, date,
/// minutes, kind and title. The same fields give the same key, so importing a file twice adds nothing.
///
/// 128 bits keep an accidental match out of reach (about one in 10^19 for a billion rows) in a third of the
/// space of the full digest in hexadecimal, which is what earlier versions stored (migration v11 converts it).
struct ImportKey: Hashable {
    /// The 16 bytes, stored as a blob.
    let bytes: Data

    /// The key of an activity row.
    init(person: PersonID, date: Day, minutes: Int, kind: String, title: String) {
        let digest = SHA256.digest(of: Array("\(person)|\(date)|\(minutes)|\(kind)|\(title)".utf8))
        bytes = Data(digest.prefix(16))
    }

    /// The key from the hexadecimal digest earlier versions stored; nil when `hex` is not one.
    init?(hex: String) {
        guard hex.utf8.count == 64, let digest = Hex.bytes(hex) else { return nil }
        bytes = Data(digest.prefix(16))
    }

    /// Converts the keys earlier versions stored (64 hexadecimal digits) to the 16-byte form, a page of rows at a
    /// time (migration v11).
    static func convertHexKeys(_ db: Database) throws {
        let update = try db.makeStatement(sql: "UPDATE activity SET import_key = ? WHERE rowid = ?")
        var after: Int64 = 0
        while true {
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, import_key FROM activity WHERE rowid > ? AND typeof(import_key) = 'text' ORDER BY rowid LIMIT 10000
                """, arguments: [after])
            guard let last = rows.last else { break }
            for row in rows {
                let text: String = row[1]
                guard let key = ImportKey(hex: text) else { continue }
                try update.execute(arguments: [key.bytes, row[0] as Int64])
            }
            after = last[0]
        }
    }
}
