import LeerlijnCore

/// Everything read from the profile folders: frameworks and crosswalks, and the hours and register rules.
public struct LoadedProfiles: Sendable {
    public let catalog: ProfileCatalog
    public let rules: RuleCatalog

    public init(catalog: ProfileCatalog, rules: RuleCatalog) {
        self.catalog = catalog
        self.rules = rules
    }
}
