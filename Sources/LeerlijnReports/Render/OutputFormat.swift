/// How a command prints data: an aligned table for people, JSON or CSV for scripts.
public enum OutputFormat: String, CaseIterable, Sendable {
    case table, json, csv
}
