/// Path arithmetic on plain strings that holds for every path a user can type: one character (`x`), `.`, `..`,
/// `/`, the empty string, names with spaces or accents, trailing and doubled slashes.
///
/// Use it instead of `NSString.deletingLastPathComponent` / `lastPathComponent`: on Linux Foundation's versions crash
/// (SIGILL) on a one-character path. Nothing here touches the file system.
public enum PathName {
    /// The folder part of `path`, as `NSString.deletingLastPathComponent` meant it: `""` for a bare name (`x`, `.`,
    /// `..`, `""`), `/` for a name in the root (`/x`) and for `/` itself, `a/b` for `a/b/c` and `a/b/c/`.
    public static func folder(of path: String) -> String {
        var scalars = Array(path.unicodeScalars)
        // Trailing slashes name the same thing as none (`a/b/` is `a/b`), except the root itself.
        while scalars.count > 1, scalars.last == "/" { scalars.removeLast() }
        guard let slash = scalars.lastIndex(of: "/") else { return "" }
        var end = slash
        // Doubled slashes before the name (`a//b`) belong to the separator.
        while end > 0, scalars[end - 1] == "/" { end -= 1 }
        if end == 0 { return "/" }
        var folder = String.UnicodeScalarView()
        folder.append(contentsOf: scalars[..<end])
        return String(folder)
    }

    /// The last component of `path`: `c` for `a/b/c` and `a/b/c/`, `x` for `x`, `/` for `/`, `""` for `""`.
    public static func lastComponent(of path: String) -> String {
        var scalars = Array(path.unicodeScalars)
        while scalars.count > 1, scalars.last == "/" { scalars.removeLast() }
        if scalars == ["/"] { return "/" }
        let start = scalars.lastIndex(of: "/").map { $0 + 1 } ?? 0
        var name = String.UnicodeScalarView()
        name.append(contentsOf: scalars[start...])
        return String(name)
    }

    /// The folder a file at `path` is created in, for checks and relative links: `folder(of:)`, or `.` for a bare name.
    public static func containingFolder(of path: String) -> String {
        let folder = folder(of: path)
        return folder.isEmpty ? "." : folder
    }
}
