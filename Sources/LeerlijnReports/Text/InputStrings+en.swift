import LeerlijnCore
import LeerlijnStore

extension InputStrings {
    /// English.
    public static let en = InputStrings(
        emptyFile: { "\($0) is empty: there is no header line naming the columns. Nothing was imported." },
        unsupportedEncoding: { file, encoding in
            "\(file) is \(encoding) text, which Leerlijn does not read. Save it as UTF-8 (in Excel: \"CSV UTF-8\") or Windows-1252 and try again. Nothing was imported."
        },
        isAFolder: { "\($0) is a folder, not a file: give the path of the file itself." },
        noSuchFile: { "There is no file \($0): check the path." },
        notReadable: { "\($0) cannot be read: you have no permission to read it." },
        fieldTooLong: { file, line, column, limit in
            "\(file), line \(line), column \(column): a field is longer than \(limit / 1024) KiB, the most Leerlijn accepts. Nothing was imported. Is a closing quote (\") missing, or is the separator wrong?"
        },
        unclosedQuote: { file, line in
            "\(file), line \(line): a quoted field begins here and its closing \" is missing (the file ends inside it). Nothing was imported."
        },
        cannotWriteRejects: { "Cannot write the rejects file \($0): check the folder exists and you may write there. Nothing was imported." },
        diskFull: { "The disk is full: Leerlijn could not write \($0). Nothing was written; the database is as it was before (leerlijn doctor checks it). Free some space and try again." },
        databaseIsAFolder: { "\($0) is a folder, not a database file: give a file with --db, e.g. \($0 == "/" ? "" : $0)/leerlijn.sqlite." },
        outputExists: { path, isFolder in
            isFolder
                ? "\(path) already exists and is not empty. Add --force to write into it (files of an earlier export are overwritten), or choose another folder with --out."
                : "\(path) already exists and is a file; the export needs a folder. Choose another path with --out."
        },
        cannotWrite: { path, reason in
            switch reason {
            case .permissionDenied: "Cannot write \(path): you have no permission to write there."
            case .diskFull: "Cannot write \(path): the disk is full. Nothing was written."
            case .noFolder: "Cannot write \(path): a folder in the path does not exist."
            case .isAFolder: "Cannot write \(path): it is a folder; give a file name."
            case .notAFolder: "Cannot write \(path): a part of the path is a file, not a folder."
            case let .other(code): "Cannot write \(path) (system error \(code))."
            }
        },
        pageIsAFolder: { "Cannot write \($0): it is a folder; give a file name, e.g. \($0 == "/" ? "" : $0)/page.html." },
        personExportForce: "write into the --out folder even when it exists and is not empty (files of an earlier export are overwritten)",
        emptyPath: { "\($0) needs a path; an empty one is refused (leave the option out to use the default)." }
    )
}
