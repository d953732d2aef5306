import Foundation
import LeerlijnCore

/// Turns library results into tables in the user's language. JSON is the results' own Codable form.
public struct Views: Sendable {
    /// The language of headers and words.
    public let language: Language
    var s: Strings { language.strings }

    public init(language: Language) { self.language = language }

    /// A list of activities.
    public func activities(_ entries: [ActivityEntry], showDeleted: Bool = false) -> TableData {
        var headers = [s.id, s.date, s.person, s.duration, s.minutes, s.kind, s.title, s.evidence]
        if showDeleted { headers.append(s.deletedAt) }
        let rows = entries.map { entry -> [String] in
            var row = [
                entry.displayId, entry.activity.date.description, entry.personName,
                Formatting.duration(entry.activity.minutes, language), String(entry.activity.minutes),
                entry.activity.kind, entry.activity.title, String(entry.evidence.count),
            ]
            if showDeleted { row.append(entry.activity.deletedAt.map(Self.timestamp) ?? "") }
            return row
        }
        return TableData(headers: headers, rows: rows, numericColumns: [3, 4, 7])
    }

    /// One activity, field by field, with its evidence.
    public func activity(_ entry: ActivityEntry) -> TableData {
        let a = entry.activity
        var rows: [[String]] = [
            [s.id, a.id.description], [s.person, entry.personName], [s.date, a.date.description],
            [s.duration, "\(Formatting.duration(a.minutes, language)) (\(a.minutes) \(s.minutes))"],
            [s.kind, a.kind], [s.title, a.title], [s.description, a.description ?? ""], [s.provider, a.provider ?? ""],
            [s.reflection, a.reflection ?? ""], [s.createdAt, Self.timestamp(a.createdAt)], [s.updatedAt, Self.timestamp(a.updatedAt)],
        ]
        if let deleted = a.deletedAt { rows.append([s.deletedAt, Self.timestamp(deleted)]) }
        for item in entry.evidence {
            let detail = item.sha256.map { " sha256:\($0)" } ?? ""
            rows.append([s.evidence, item.location + detail])
        }
        return TableData(headers: [s.field, s.value], rows: rows)
    }

    /// A list of people.
    public func people(_ people: [PersonSummary]) -> TableData {
        TableData(
            headers: [s.name, s.externalIds, s.email, s.school, s.board, s.id],
            rows: people.map { [$0.name, $0.externalIds.joined(separator: " "), $0.email ?? "", $0.school ?? "", $0.board ?? "", $0.id.description] })
    }

    /// One person: fields, external ids, schools over time and minutes per school year.
    public func profile(_ profile: PersonProfile) -> TableData {
        let p = profile.person
        var rows: [[String]] = [[s.name, p.name], [s.id, p.id.description], [s.email, p.email ?? ""]]
        for id in profile.externalIds { rows.append([s.externalIds, id.value + (id.board.map { " (\(s.board) \($0))" } ?? "")]) }
        for period in profile.memberships {
            let until = period.until.map { " \(s.until) \($0)" } ?? ""
            rows.append([s.school, "\(period.school) \(period.schoolName) (\(s.board) \(period.board)), \(s.since) \(period.since)\(until)"])
        }
        for step in profile.salarySteps { rows.append([language.ruleStrings.salaryStep, "\(step.label), \(s.since) \(step.since)"]) }
        for year in profile.schoolYears {
            rows.append([s.schoolYear + " " + year.schoolYear.description,
                         "\(year.activities) \(s.activities), \(Formatting.duration(year.minutes, language)) (\(year.minutes) \(s.minutes))"])
        }
        return TableData(headers: [s.field, s.value], rows: rows)
    }

    /// Partnerships, boards and schools as one list with their parents.
    public func organisations(_ orgs: Organisations) -> TableData {
        let partnerships = Dictionary(uniqueKeysWithValues: orgs.partnerships.compactMap { p in p.id.map { ($0, p.code) } })
        let boards = Dictionary(uniqueKeysWithValues: orgs.boards.compactMap { b in b.id.map { ($0, b.code) } })
        // The sector column (issue 16): a school's sector (marked when assumed), a board's default sector.
        let r = language.ruleStrings
        var rows: [[String]] = orgs.partnerships.map { [s.subject(.partnership), $0.code, $0.name, "", ""] }
        rows += orgs.boards.map { [s.subject(.board), $0.code, $0.name, $0.partnershipId.flatMap { partnerships[$0] } ?? "",
                                   $0.defaultSector?.rawValue ?? ""] }
        rows += orgs.schools.map { [s.subject(.school), $0.code, $0.name, boards[$0.boardId] ?? "",
                                    $0.sector.rawValue + ($0.sectorAssumed ? " (\(r.assumed))" : "")] }
        return TableData(headers: [s.type, s.code, s.name, s.parent, r.sector], rows: rows)
    }

    /// The activity-kind vocabulary.
    public func kinds(_ kinds: [ActivityKind]) -> TableData {
        TableData(
            headers: [s.id, s.titleNL, s.titleEN, s.builtIn],
            rows: kinds.map { [$0.id, $0.titleNL, $0.titleEN, $0.builtIn ? s.yes : s.no] })
    }

    /// An audit trail.
    public func audit(_ entries: [AuditEntry]) -> TableData {
        TableData(
            headers: [s.at, s.actor, s.action, s.field],
            rows: entries.map { [Self.timestamp($0.at), $0.actor, $0.action.rawValue, Self.changedFields(before: $0.before, after: $0.after)] })
    }

    /// The names of the top-level fields that differ between two JSON objects.
    static func changedFields(before: String?, after: String?) -> String {
        func object(_ text: String?) -> [String: Any] {
            guard let data = text?.data(using: .utf8), let value = try? JSONSerialization.jsonObject(with: data) else { return [:] }
            return value as? [String: Any] ?? [:]
        }
        let old = object(before), new = object(after)
        let keys = Set(old.keys).union(new.keys).filter { $0 != "updatedAt" }
        let changed = keys.filter { key in
            let a = old[key].map { "\($0)" }, b = new[key].map { "\($0)" }
            return a != b
        }
        return changed.sorted().joined(separator: ", ")
    }

    /// A moment as `2026-10-03 14:05` in UTC.
    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm 'UTC'"
        return formatter.string(from: date)
    }
}

extension Views {
    /// People with their activities and minutes in a school year, and their latest activity.
    public func personYears(_ people: [PersonYearSummary]) -> TableData {
        TableData(
            headers: [s.name, s.externalIds, s.activities, s.duration, s.minutes, s.date],
            rows: people.map {
                [$0.name, $0.externalIds.joined(separator: " "), String($0.activities), Formatting.duration($0.minutes, language),
                 String($0.minutes), $0.lastActivity?.description ?? "-"]
            },
            numericColumns: [2, 3, 4])
    }
}

extension Views {
    /// One line on what an import did.
    public func importSummary(_ report: ImportReport) -> String { s.importSummary(report) }

    /// The rows an import rejected, for CSV output.
    public func importProblems(_ report: ImportReport) -> TableData {
        TableData(headers: [s.line, s.column, s.value, s.reasonHeader],
                  rows: report.problems.map { [String($0.line), $0.column ?? "", $0.value ?? "", $0.reason] })
    }
}
