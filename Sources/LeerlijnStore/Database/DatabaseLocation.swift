import Foundation

/// Where the database file lives: `--db PATH`, else `$LEERLIJN_DB`, else
/// `$XDG_DATA_HOME/leerlijn/leerlijn.sqlite`, else `~/.local/share/leerlijn/leerlijn.sqlite`.
public enum DatabaseLocation {
    /// The path to use, given an explicit `--db` value and the process environment.
    public static func resolve(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return expandTilde(explicit, environment: environment) }
        if let path = environment["LEERLIJN_DB"], !path.isEmpty { return expandTilde(path, environment: environment) }
        if let dataHome = environment["XDG_DATA_HOME"], dataHome.hasPrefix("/") {
            return dataHome + "/leerlijn/leerlijn.sqlite"
        }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.local/share/leerlijn/leerlijn.sqlite"
    }

    /// The evidence folder that belongs to the database at `databasePath`: the same path with `-evidence`.
    public static func evidenceFolder(for databasePath: String) -> String { databasePath + "-evidence" }

    private static func expandTilde(_ path: String, environment: [String: String]) -> String {
        guard path == "~" || path.hasPrefix("~/") else { return path }
        return (environment["HOME"] ?? NSHomeDirectory()) + path.dropFirst()
    }
}
