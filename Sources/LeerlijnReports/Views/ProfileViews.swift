import Foundation
import LeerlijnCore
import LeerlijnProfiles

/// A framework in a list: what `profiles list` prints.
public struct ProfileSummary: Codable, Hashable, Sendable {
    public var id: String
    public var kind: Framework.Kind
    public var title: LocalizedText
    public var version: String
    public var validFrom: Day?
    public var sectors: [Framework.Sector]
    /// The number of top-level items (for an extension, with the base framework's).
    public var topLevelItems: Int
    /// The number of items at every level.
    public var totalItems: Int
    /// Items whose text is not confirmed from a source.
    public var unconfirmedItems: Int
    public var extends: String?
    public var shipped: Bool
    public var origin: String
    public var source: SourceCitation

    public init(framework: Framework, catalog: ProfileCatalog) {
        let items = catalog.items(of: framework.id)
        id = framework.id
        kind = framework.kind
        title = framework.title
        version = framework.version
        validFrom = framework.validFrom
        sectors = framework.sectors
        topLevelItems = items.filter { $0.depth == 0 }.count
        totalItems = items.count
        unconfirmedItems = items.filter { !$0.confirmed }.count
        extends = framework.extends
        shipped = framework.shipped
        origin = framework.origin
        source = framework.source
    }
}

/// A framework with its flattened items: what `profiles show` prints.
public struct ProfileDetail: Codable, Hashable, Sendable {
    public var framework: Framework
    public var items: [ProfileCatalog.FlatItem]

    public init(framework: Framework, items: [ProfileCatalog.FlatItem]) {
        self.framework = framework
        self.items = items
    }
}

/// The outcome of `profiles validate`.
public struct ValidationSummary: Codable, Hashable, Sendable {
    public var valid: Bool
    public var frameworks: [String]
    public var crosswalks: [String]
    /// The lesson-observation instruments (docs/observations.md).
    public var instruments: [String]
    public var issues: [ProfileIssue]

    public init(valid: Bool, frameworks: [String], crosswalks: [String], instruments: [String] = [], issues: [ProfileIssue]) {
        self.valid = valid
        self.frameworks = frameworks
        self.crosswalks = crosswalks
        self.instruments = instruments
        self.issues = issues
    }
}

extension Views {
    func text(_ localized: LocalizedText) -> String { language.text(localized) }

    /// The frameworks with their counts.
    public func profiles(_ summaries: [ProfileSummary]) -> TableData {
        TableData(
            headers: [s.id, s.kind, s.title, s.version, s.validFrom, s.sector, s.topLevelItems, s.totalItems, s.unconfirmed, s.origin],
            rows: summaries.map {
                [$0.id, language.reportStrings.frameworkKind($0.kind), text($0.title), $0.version, $0.validFrom?.description ?? "", $0.sectors.map(\.rawValue).joined(separator: " "),
                 String($0.topLevelItems), String($0.totalItems), String($0.unconfirmedItems), $0.shipped ? s.shippedOrigin : $0.origin]
            },
            numericColumns: [6, 7, 8])
    }

    /// The observation instruments, each saying whether it can be used or holds the structure only.
    public func instruments(_ instruments: [Instrument]) -> TableData {
        let r = language.reportStrings
        return TableData(
            headers: [s.id, s.title, s.version, r.domains, r.items, r.usable, s.origin],
            rows: instruments.map {
                [$0.id, text($0.title), $0.version, String($0.domains.count), String($0.items.count), $0.complete ? r.complete : r.structureOnly,
                 $0.shipped ? s.shippedOrigin : $0.origin]
            },
            numericColumns: [3, 4])
    }

    /// A framework's version to show beside its title: none when the title already names it (`... (2017)`).
    static func versionUnlessInTitle(_ version: String, _ title: String) -> String {
        title.range(of: "(?<![0-9])" + NSRegularExpression.escapedPattern(for: version) + "(?![0-9])", options: .regularExpression) == nil ? version : ""
    }

    /// A framework's items as an indented tree with full ids.
    public func profileTree(_ detail: ProfileDetail) -> TableData {
        TableData(
            headers: [s.title, s.id],
            rows: detail.items.map { item in
                [String(repeating: "  ", count: item.depth) + text(item.title) + (item.confirmed ? "" : " (\(s.unconfirmed))"), item.reference.fullID]
            })
    }

    /// Problems found by validation, or the frameworks and crosswalks that passed.
    public func validation(_ summary: ValidationSummary) -> TableData {
        if summary.valid {
            return TableData(headers: [s.type, s.id], rows: summary.frameworks.map { [s.subject(.framework), $0] } + summary.crosswalks.map { [s.crosswalk, $0] }
                                + summary.instruments.map { [o.instrument, $0] })
        }
        return TableData(headers: [s.file, s.line, s.problem], rows: summary.issues.map { [$0.file, $0.line.map(String.init) ?? "", $0.message] })
    }

    /// The items of a coverage report: one row per item, indented by depth.
    public func coverageItems(_ report: CoverageReport?) -> TableData {
        TableData(
            headers: [s.id, s.title, s.duration, s.minutes, s.activities, s.lastDate, s.evidence],
            rows: (report?.items ?? []).map { item in
                [item.item, String(repeating: "  ", count: item.depth) + text(item.title), Formatting.duration(item.minutes, language),
                 String(item.minutes), String(item.activities), item.lastDate?.description ?? "-", String(item.evidence)]
            },
            numericColumns: [2, 3, 4, 6])
    }

    /// A coverage report: heading, items, gaps and the domain balance.
    public func coverage(_ report: CoverageReport) -> String {
        var out = "== " + s.coverageHeading(report.person ?? "", text(report.title), Self.versionUnlessInTitle(report.version, text(report.title))) + "\n"
        out += s.coverageTotals(report.activities, Formatting.duration(report.minutes, language), report.coveredActivities) + "\n\n"
        out += coverageItems(report).renderTable()
        let gaps = report.items.filter { $0.activities == 0 }
        // List the highest empty items only: an empty item's children are empty too.
        let gapSet = Set(gaps.map(\.item))
        let highest = gaps.filter { $0.parent.map { !gapSet.contains($0) } ?? true }
        out += "\n" + s.gapsHeading(gaps.count, report.items.count) + (gaps.isEmpty ? "" : ":") + "\n"
        for gap in highest.prefix(40) { out += "  - \(text(gap.title)) (\(gap.item))\n" }
        if highest.count > 40 { out += "  ... \(highest.count - 40)\n" }
        if !report.domains.isEmpty {
            out += "\n" + s.domainBalance + "\n"
            var rows = report.domains.map { [text($0.title), Formatting.duration($0.minutes, language), String($0.minutes), Self.percent($0.share)] }
            rows.append([s.withoutDomain, Formatting.duration(report.minutesWithoutDomain, language), String(report.minutesWithoutDomain),
                         Self.percent(report.minutes == 0 ? 0 : Double(report.minutesWithoutDomain) / Double(report.minutes))])
            out += TableData(headers: [s.domain, s.duration, s.minutes, s.share], rows: rows, numericColumns: [1, 2, 3]).renderTable()
        }
        return out
    }

    /// The top-level items of a coverage report, with a heading: a short view for overviews.
    public func coverageSummary(_ report: CoverageReport) -> String {
        let top = report.items.filter { $0.depth == 0 }
        let table = TableData(
            headers: [s.title, s.duration, s.activities, s.lastDate],
            rows: top.map { [text($0.title), Formatting.duration($0.minutes, language), String($0.activities), $0.lastDate?.description ?? "-"] },
            numericColumns: [1, 2])
        return s.coverageHeading(report.person ?? "", text(report.title), Self.versionUnlessInTitle(report.version, text(report.title))) + "\n" + table.renderTable()
    }

    static func percent(_ share: Double) -> String { "\(Int((share * 100).rounded()))%" }
}
