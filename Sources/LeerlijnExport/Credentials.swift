import Foundation
import LeerlijnCore
import Yams

/// A register's endpoint and secrets, from the environment (`LEERLIJN_<REGISTER>_ENDPOINT`, `_USERNAME`,
/// `_PASSWORD`, `_TOKEN`, `_SECRET`) or a config file that only its owner can read (mode 0600). Secrets are
/// never printed, logged or stored in the database.
public struct Credentials: Sendable {
    public var endpoint: String?
    public var username: String?
    public var password: String?
    public var token: String?
    /// The key for HMAC signatures.
    public var secret: String?

    public init(endpoint: String? = nil, username: String? = nil, password: String? = nil, token: String? = nil, secret: String? = nil) {
        self.endpoint = endpoint
        self.username = username
        self.password = password
        self.token = token
        self.secret = secret
    }

    /// The credentials for `register`: the config file's values, overridden by the environment's.
    /// The config file is `$LEERLIJN_CONFIG`, else `~/.config/leerlijn/registers.yaml` if it exists:
    ///
    ///     lrs:
    ///       endpoint: https://lrs.example.org/xAPI
    ///       username: leerlijn
    ///       password: ...
    ///
    /// - Throws: ``ExportError/unsafeConfigFile(path:mode:)`` when the file can be read by others.
    public static func load(for register: Register, environment: [String: String] = ProcessInfo.processInfo.environment) throws(ExportError) -> Credentials {
        var credentials = Credentials()
        let path = environment["LEERLIJN_CONFIG"] ?? (environment["HOME"].map { $0 + "/.config/leerlijn/registers.yaml" } ?? "")
        if !path.isEmpty, FileManager.default.fileExists(atPath: path) {
            let mode = ((try? FileManager.default.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber)?.intValue ?? 0
            guard mode & 0o077 == 0 else { throw .unsafeConfigFile(path: path, mode: String(mode, radix: 8)) }
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw .unreadableConfigFile(path: path) }
            guard let values = (try? Yams.load(yaml: text)) as? [String: Any] else { throw .unreadableConfigFile(path: path) }
            if let section = values[register.id] as? [String: Any] {
                credentials.endpoint = section["endpoint"] as? String
                credentials.username = section["username"] as? String
                credentials.password = section["password"].map { "\($0)" }
                credentials.token = section["token"] as? String
                // One secret, or several (newest first) during a key rotation: a list, or one text with spaces between them.
                credentials.secret = section["secret"] as? String ?? (section["secret"] as? [Any])?.map { "\($0)" }.joined(separator: " ")
            }
        }
        let prefix = register.environmentPrefix
        credentials.endpoint = environment[prefix + "ENDPOINT"] ?? credentials.endpoint
        credentials.username = environment[prefix + "USERNAME"] ?? credentials.username
        credentials.password = environment[prefix + "PASSWORD"] ?? credentials.password
        credentials.token = environment[prefix + "TOKEN"] ?? credentials.token
        credentials.secret = environment[prefix + "SECRET"] ?? credentials.secret
        return credentials
    }
}

/// Why an export could not go on. Messages never hold a secret.
public enum ExportError: Error, Equatable, Sendable {
    /// The config file holding secrets can be read by others (mode shown in octal); it must be 0600.
    case unsafeConfigFile(path: String, mode: String)
    case unreadableConfigFile(path: String)
    /// No endpoint configured for the register.
    case noEndpoint(register: String)
    /// The register's authentication needs secrets that are not set.
    case missingSecret(register: String, variables: [String])
    /// The register refused the credentials (401/403): nothing more was sent; the records stay pending.
    case unauthorized(register: String, status: Int)
    /// The register cannot take this kind of export (a brlo register without its rule, or the caller gave no profiles).
    case unsupported(register: String, kind: String)
    /// A brlo register names a register rule that is not loaded.
    case unknownRule(register: String, rule: String)
}
