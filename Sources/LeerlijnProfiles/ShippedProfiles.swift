import Foundation

/// Where the profiles that ship with Leerlijn are: `$LEERLIJN_SHIPPED_PROFILES`, else
/// `<bin>/../share/leerlijn/profiles` beside an installed binary, else the `profiles/` folder of the
/// source tree this module was built from (for `swift run` and `swift test`).
public enum ShippedProfiles {
    /// The folder, or nil when none of the places exists.
    public static func folder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        var candidates: [String] = []
        if let explicit = environment["LEERLIJN_SHIPPED_PROFILES"], !explicit.isEmpty { candidates.append(explicit) }
        if let executable = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            candidates.append(executable.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("share/leerlijn/profiles").path)
        }
        // Sources/LeerlijnProfiles/ShippedProfiles.swift -> the package root's profiles/.
        candidates.append(URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("profiles").path)
        var isDirectory: ObjCBool = false
        return candidates.first { FileManager.default.fileExists(atPath: $0, isDirectory: &isDirectory) && isDirectory.boolValue }
    }

    /// The user's own folder from `$LEERLIJN_PROFILES`, if set.
    public static func userFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        guard let folder = environment["LEERLIJN_PROFILES"], !folder.isEmpty else { return nil }
        return folder
    }
}
