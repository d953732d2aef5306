import Foundation
import LeerlijnCore

/// Loaded profiles kept between runs, so that a command does not parse and validate every YAML file each time.
///
/// The cache file holds what ``ProfileLoader/loadAll(shipped:user:)`` gave, as JSON, under a key made of every
/// profile file's path, size and modification time (and the folders given, and the program's own stamp): change,
/// add or remove a file, or install another Leerlijn, and the key changes and the files are read again. Only a load
/// without problems is kept; a file with a problem is reported every time, as before. The cache is an optimisation:
/// a missing, unreadable or stale file is read around, and a cache that cannot be written is skipped.
public enum ProfileCache {
    /// What the cache file holds.
    struct Contents: Codable {
        var key: String
        var frameworks: [Framework]
        var crosswalks: [Crosswalk]
        var rules: [Rule]
        var instruments: [Instrument]
    }

    /// The cache folder: `$LEERLIJN_CACHE`, else `$XDG_CACHE_HOME/leerlijn`, else `~/.cache/leerlijn`; nil when
    /// `LEERLIJN_CACHE` is `off`.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["LEERLIJN_CACHE"], !explicit.isEmpty { return explicit == "off" ? nil : explicit }
        if let xdg = environment["XDG_CACHE_HOME"], !xdg.isEmpty { return xdg + "/leerlijn" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.cache/leerlijn"
    }

    /// The profiles as ``ProfileLoader/loadAll(shipped:user:)`` loads them, from the cache in `folder` when its key
    /// still matches the files.
    /// - Throws: ``ProfileValidationError`` as the loader does.
    public static func loadAll(shipped: String?, user: [String] = [], folder: String?) throws(ProfileValidationError) -> LoadedProfiles {
        guard let folder, let key = key(shipped: shipped, user: user) else { return try ProfileLoader.loadAll(shipped: shipped, user: user) }
        let path = folder + "/profiles-" + String(SHA256.hex(of: Array(key.utf8)).prefix(24)) + ".json"
        if let data = FileManager.default.contents(atPath: path), let contents = try? JSONDecoder().decode(Contents.self, from: data),
           contents.key == key {
            return LoadedProfiles(catalog: ProfileCatalog(frameworks: contents.frameworks, crosswalks: contents.crosswalks),
                                  rules: RuleCatalog(rules: contents.rules), instruments: InstrumentCatalog(instruments: contents.instruments))
        }
        let loaded = try ProfileLoader.loadAll(shipped: shipped, user: user)
        store(Contents(key: key, frameworks: loaded.catalog.frameworks, crosswalks: loaded.catalog.crosswalks, rules: loaded.rules.rules,
                       instruments: loaded.instruments.instruments), at: path, folder: folder)
        return loaded
    }

    /// The key of the files below `shipped` and `user`: each file's path, size and modification time, one per line,
    /// after the program's stamp; nil when a path is missing (the loader then reports it).
    static func key(shipped: String?, user: [String]) -> String? {
        var issues: [ProfileIssue] = []
        var lines = [programStamp, "shipped " + (shipped ?? "-")] + user.map { "user " + $0 }
        for (group, paths) in [("s", shipped.map { [$0] } ?? []), ("u", user)] {
            for file in ProfileLoader.files(in: paths, issues: &issues) {
                var status = stat()
                guard stat(file, &status) == 0 else { return nil }
                lines.append("\(group) \(file) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)")
            }
        }
        return issues.isEmpty ? lines.joined(separator: "\n") : nil
    }

    /// The running program's path, size and modification time: another build reads the files again (its types,
    /// and so the cache's form, may differ).
    static let programStamp: String = {
        guard let path = Bundle.main.executablePath else { return "program ?" }
        var status = stat()
        guard stat(path, &status) == 0 else { return "program \(path)" }
        return "program \(path) \(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()

    /// Writes the cache file whole (a temporary file renamed over it); any failure leaves no cache, nothing else.
    static func store(_ contents: Contents, at path: String, folder: String) {
        guard let data = try? JSONEncoder().encode(contents) else { return }
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temporary = path + ".\(getpid()).tmp"
        guard FileManager.default.createFile(atPath: temporary, contents: data) else { return }
        if rename(temporary, path) != 0 { unlink(temporary) }
    }
}
