import LeerlijnCore

/// Everything read from the profile folders: frameworks and crosswalks, the hours and register rules, and
/// the lesson-observation instruments.
public struct LoadedProfiles: Sendable {
    public let catalog: ProfileCatalog
    public let rules: RuleCatalog
    public let instruments: InstrumentCatalog

    public init(catalog: ProfileCatalog, rules: RuleCatalog, instruments: InstrumentCatalog = .empty) {
        self.catalog = catalog
        self.rules = rules
        self.instruments = instruments
    }
}
