/// A text in Dutch and English, as profiles carry their titles and descriptions.
public struct LocalizedText: Codable, Hashable, Sendable {
    /// The Dutch text.
    public var nl: String
    /// The English text.
    public var en: String

    public init(nl: String, en: String) {
        self.nl = nl
        self.en = en
    }
}

/// Where a profile's content comes from.
public struct SourceCitation: Codable, Hashable, Sendable {
    /// The citation as a reader would look it up (e.g. `Besluit van 16 maart 2017, Stb. 2017, 148`).
    public var citation: String
    /// A public address of the source, if any.
    public var url: String?
    /// The day the source was consulted.
    public var retrieved: Day?

    public init(citation: String, url: String? = nil, retrieved: Day? = nil) {
        self.citation = citation
        self.url = url
        self.retrieved = retrieved
    }
}
