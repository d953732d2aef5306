/// Evidence behind an activity: a link, or a file kept in Leerlijn's evidence folder.
public struct Evidence: Codable, Hashable, Sendable {
    /// Whether the evidence is a link or a stored file.
    public enum Kind: String, Codable, Sendable {
        /// A URL (http or https).
        case url
        /// A file, copied into the evidence folder and fingerprinted with SHA-256.
        case file
    }

    /// The database row id; nil before it is stored.
    public var id: Int64?
    /// The activity it supports.
    public var activityId: ActivityID
    /// Link or file.
    public var kind: Kind
    /// The URL, or the file's original name.
    public var location: String
    /// For files: the SHA-256 of the content, 64 lowercase hex digits.
    public var sha256: String?
    /// For files: the size in bytes.
    public var byteCount: Int64?

    public init(id: Int64? = nil, activityId: ActivityID, kind: Kind, location: String, sha256: String? = nil, byteCount: Int64? = nil) {
        self.id = id
        self.activityId = activityId
        self.kind = kind
        self.location = location
        self.sha256 = sha256
        self.byteCount = byteCount
    }

    /// True when `text` looks like a link (http or https) rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }
}
