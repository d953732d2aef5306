import LeerlijnCore
import Yams

/// Reads one `leerlijn.rule/1` file into a ``Rule``, recording every problem with its line.
struct RuleParser {
    let reader: YAMLReader
    let file: String
    let shipped: Bool

    static let fields = ["schema", "id", "kind", "title", "description", "sector", "functions", "source", "additionalSources", "historic", "note", "versions", "defaultBudget"]
    static let versionFields = ["validFrom", "validUntil", "source", "hoursPerYear", "proRata", "appliesTo", "carryOver", "ends", "unconfirmed", "note",
                                "registration", "term", "reregistration", "lateRegistration",
                                "hoursPerStudent", "studentsPerSchoolopleider", "reductionPercent", "introductionYears", "teachingHoursPerYear"]
    static let criterionFields = ["id", "kind", "title", "roles", "consecutiveYears", "minimumHours", "framework", "items", "requires", "categories", "sectors", "note"]

    func parse(_ root: Node.Mapping) -> Rule? {
        let node = Node.mapping(root)
        reader.onlyKeys(root, Self.fields, in: "a rule")
        let id = reader.slug(root, "id", required: true, at: node)
        let kindText = reader.string(root, "kind", required: true, at: node)
        let kind = kindText.flatMap(Rule.Kind.init(rawValue:))
        if let kindText, kind == nil { reader.issue(reader.node(root, "kind"), "'kind' must be hours-budget, register, facilitation or teaching-reduction, not '\(kindText)'") }
        let title = reader.localized(root, "title", required: true, at: node)
        let description = reader.localized(root, "description", required: false, at: node)
        let sectors = sectorList(root, "sector", required: true, at: node)
        let functions = enumList(root, "functions", at: node, allowed: StaffFunction.allCases.map(\.rawValue)).compactMap(StaffFunction.init(rawValue:))
        let source = reader.source(root, "source", required: true, at: node)
        for extra in reader.list(root, "additionalSources", required: false, at: node) ?? [] {
            guard let mapping = extra.mapping else { reader.issue(extra, "each additional source must be {citation: ..., url: ...}"); continue }
            reader.onlyKeys(mapping, ["citation", "url", "retrieved", "supports"], in: "an additional source")
            _ = reader.string(mapping, "citation", required: true, at: extra)
        }
        let historic = reader.bool(root, "historic", default: false)
        let versionNodes = reader.list(root, "versions", required: true, at: node) ?? []
        if versionNodes.isEmpty && reader.node(root, "versions") != nil { reader.issue(reader.node(root, "versions"), "a rule needs at least one version") }
        let versions = versionNodes.compactMap { parseVersion($0, kind: kind) }
        // Versions must not overlap.
        let sorted = versions.sorted { $0.validFrom < $1.validFrom }
        for (earlier, later) in zip(sorted, sorted.dropFirst()) where earlier.validUntil.map({ $0 >= later.validFrom }) ?? true {
            reader.issue(reader.node(root, "versions"), "versions overlap: the one from \(earlier.validFrom) must end (validUntil) before \(later.validFrom)")
        }
        let defaultBudget = parseDefaultBudget(root, kind: kind)
        guard let id, let kind, let title, let source, !sectors.isEmpty, versions.count == versionNodes.count, !versions.isEmpty else { return nil }
        return Rule(id: id, kind: kind, title: title, description: description, sectors: sectors, functions: functions, source: source, historic: historic,
                    versions: versions, origin: file, shipped: shipped, defaultBudget: defaultBudget)
    }

    /// `defaultBudget: {priority: 1, kinds: [lesbezoek, ...]}` (kinds absent: every kind), for hours budgets only.
    private func parseDefaultBudget(_ root: Node.Mapping, kind: Rule.Kind?) -> DefaultBudget? {
        guard let node = reader.node(root, "defaultBudget"), node.null == nil else { return nil }
        guard let fields = node.mapping else {
            reader.issue(node, "'defaultBudget' must be a mapping like {priority: 1, kinds: [lesbezoek]}")
            return nil
        }
        reader.onlyKeys(fields, ["priority", "kinds", "note"], in: "'defaultBudget'")
        if kind != nil && kind != .hoursBudget { reader.issue(node, "'defaultBudget' is only for a rule of kind hours-budget") }
        guard let priorityNode = reader.node(fields, "priority"), let priority = priorityNode.int else {
            reader.issue(reader.node(fields, "priority") ?? node, "'defaultBudget' needs 'priority', a whole number (lower wins where two budgets could take an activity)")
            return nil
        }
        var kinds: [String] = []
        for value in reader.list(fields, "kinds", required: false, at: node, singleAllowed: true) ?? [] {
            guard let text = value.string, ActivityKind.isValidID(text) else {
                reader.issue(value, "'kinds' values must be activity kind ids, e.g. lesbezoek, not '\(value.string ?? "?")'")
                continue
            }
            kinds.append(text)
        }
        return DefaultBudget(priority: priority, kinds: kinds)
    }

    private func sectorList(_ mapping: Node.Mapping, _ key: String, required: Bool, at owner: Node?) -> [SchoolSector] {
        var sectors: [SchoolSector] = []
        for value in reader.list(mapping, key, required: required, at: owner, singleAllowed: true) ?? [] {
            guard let text = value.string, let parsed = SchoolSector.parseList(text) else {
                reader.issue(value, "'\(key)' values must be po, so, sbo, vo, mbo, lerarenopleiding or any, not '\(value.string ?? "?")'")
                continue
            }
            for sector in parsed where !sectors.contains(sector) { sectors.append(sector) }
        }
        return sectors
    }

    private func parseVersion(_ node: Node, kind: Rule.Kind?) -> RuleVersion? {
        guard let mapping = node.mapping else {
            reader.issue(node, "a version must be a mapping with at least validFrom")
            return nil
        }
        reader.onlyKeys(mapping, Self.versionFields, in: "a rule version")
        let before = reader.issues.count
        let validFrom = reader.day(mapping, "validFrom", required: true, at: node)
        let validUntil = reader.day(mapping, "validUntil", required: false, at: node)
        if let validFrom, let validUntil, validUntil < validFrom {
            reader.issue(reader.node(mapping, "validUntil"), "validUntil \(validUntil) is before validFrom \(validFrom)")
        }
        let source = reader.source(mapping, "source", required: false, at: node)
        let note = reader.string(mapping, "note", required: false, at: node)
        let unconfirmed = (reader.list(mapping, "unconfirmed", required: false, at: node) ?? []).compactMap(\.string)
        var version = RuleVersion(validFrom: validFrom ?? Day(year: 1, month: 1, day: 1)!, validUntil: validUntil, source: source, unconfirmed: unconfirmed, note: note)
        if kind == .hoursBudget {
            guard let hoursNode = reader.node(mapping, "hoursPerYear") else {
                reader.issue(node, "missing field 'hoursPerYear' (the hours per school year for a full-time person)")
                return nil
            }
            if let hours = hoursNode.float, hours > 0, hours <= 2000, (hours * 60).rounded() == hours * 60 {
                version.minutesPerYear = Int((hours * 60).rounded())
            } else {
                reader.issue(hoursNode, "'hoursPerYear' must be a number of hours above 0 that comes to whole minutes, e.g. 40 or 12.5")
            }
            version.proRata = reader.bool(mapping, "proRata", default: true)
            if let applies = reader.node(mapping, "appliesTo") {
                if let fields = applies.mapping {
                    reader.onlyKeys(fields, ["phases", "roles", "excludeRoles"], in: "'appliesTo'")
                    version.appliesTo = Applicability(
                        phases: enumList(fields, "phases", at: applies, allowed: Phase.allCases.map(\.rawValue)).compactMap(Phase.init(rawValue:)),
                        roles: enumList(fields, "roles", at: applies, allowed: Role.allCases.map(\.rawValue)).compactMap(Role.init(rawValue:)),
                        excludeRoles: (reader.list(fields, "excludeRoles", required: false, at: applies) ?? []).compactMap(\.string))
                } else {
                    reader.issue(applies, "'appliesTo' must be a mapping like {phases: [starter]}")
                }
            }
            if let ends = reader.node(mapping, "ends") {
                if let fields = ends.mapping {
                    reader.onlyKeys(fields, ["phases", "salaryStep", "yearsAsTeacher"], in: "'ends'")
                    let step = reader.node(fields, "salaryStep").flatMap { $0.null == nil ? $0.int : nil }
                    if let node = reader.node(fields, "salaryStep"), node.null == nil, step.map({ $0 < 0 }) ?? true {
                        reader.issue(node, "'salaryStep' must be a whole number, e.g. 4 (the fourth periodiek)")
                    }
                    version.ends = RightEnd(
                        phases: enumList(fields, "phases", at: ends, allowed: Phase.allCases.map(\.rawValue)).compactMap(Phase.init(rawValue:)),
                        salaryStep: step, yearsAsTeacher: positiveInt(fields, "yearsAsTeacher", at: ends))
                } else {
                    reader.issue(ends, "'ends' must be a mapping like {phases: [basisbekwaam], salaryStep: 4, yearsAsTeacher: 3}")
                }
            }
            if let carry = reader.node(mapping, "carryOver") {
                if let fields = carry.mapping {
                    reader.onlyKeys(fields, ["allowed", "maxYears"], in: "'carryOver'")
                    let maxYears = reader.node(fields, "maxYears").flatMap { $0.null == nil ? $0.int : nil }
                    version.carryOver = CarryOver(allowed: reader.bool(fields, "allowed", default: false), maxYears: maxYears)
                } else {
                    reader.issue(carry, "'carryOver' must be a mapping like {allowed: false}")
                }
            }
        }
        if kind == .teachingReduction {
            for node in reader.list(mapping, "reductionPercent", required: true, at: node) ?? [] {
                if let percent = node.int, (0...100).contains(percent) { version.reductionPercent.append(percent) }
                else { reader.issue(node, "'reductionPercent' values must be whole percentages from 0 to 100, e.g. [20, 10]") }
            }
            version.introductionYears = positiveInt(mapping, "introductionYears", at: node) ?? version.reductionPercent.count
            if let hours = reader.node(mapping, "teachingHoursPerYear"), hours.null == nil {
                if let value = hours.float, value > 0, value <= 2000, (value * 60).rounded() == value * 60 {
                    version.teachingMinutesPerYear = Int((value * 60).rounded())
                } else {
                    reader.issue(hours, "'teachingHoursPerYear' must be a number of hours above 0, or null")
                }
            }
        }
        if kind == .register {
            if let registration = reader.node(mapping, "registration") {
                guard let fields = registration.mapping else {
                    reader.issue(registration, "'registration' must be a mapping {criteria: [...]}")
                    return nil
                }
                reader.onlyKeys(fields, ["criteria"], in: "'registration'")
                version.registration = criteria(fields, at: registration)
            }
            if let term = reader.node(mapping, "term") {
                if let fields = term.mapping {
                    reader.onlyKeys(fields, ["years"], in: "'term'")
                    version.termYears = positiveInt(fields, "years", at: term)
                } else {
                    reader.issue(term, "'term' must be a mapping {years: 4}")
                }
            }
            if let rereg = reader.node(mapping, "reregistration") {
                if let fields = rereg.mapping {
                    reader.onlyKeys(fields, ["cycleYears", "criteria"], in: "'reregistration'")
                    version.reregistrationCycleYears = positiveInt(fields, "cycleYears", at: rereg)
                    version.reregistration = criteria(fields, at: rereg)
                } else {
                    reader.issue(rereg, "'reregistration' must be a mapping {cycleYears: 4, criteria: [...]}")
                }
            }
        }
        if kind == .facilitation {
            if let hours = reader.node(mapping, "hoursPerStudent") {
                if let fields = hours.mapping {
                    reader.onlyKeys(fields, Role.allCases.map(\.rawValue), in: "'hoursPerStudent'")
                    for (key, value) in fields {
                        guard let name = key.string, let role = Role(rawValue: name) else { continue }
                        if let number = value.float, number >= 0, (number * 60).rounded() == number * 60 {
                            version.minutesPerStudent[role] = Int((number * 60).rounded())
                        } else {
                            reader.issue(value, "hours per student must be a number of hours, e.g. 40")
                        }
                    }
                } else {
                    reader.issue(hours, "'hoursPerStudent' must be a mapping like {mentor: 40, schoolopleider: 40}")
                }
            } else {
                reader.issue(node, "missing field 'hoursPerStudent'")
            }
            if let range = reader.node(mapping, "studentsPerSchoolopleider") {
                if let fields = range.mapping {
                    reader.onlyKeys(fields, ["minimum", "maximum"], in: "'studentsPerSchoolopleider'")
                    if let low = positiveInt(fields, "minimum", at: range), let high = positiveInt(fields, "maximum", at: range) {
                        if low <= high { version.studentsPerSchoolopleider = low...high } else { reader.issue(range, "minimum must not be above maximum") }
                    }
                } else {
                    reader.issue(range, "'studentsPerSchoolopleider' must be a mapping like {minimum: 12, maximum: 15}")
                }
            }
        }
        return reader.issues.count == before ? version : nil
    }

    private func positiveInt(_ mapping: Node.Mapping, _ key: String, at owner: Node) -> Int? {
        guard let node = reader.node(mapping, key), node.null == nil else { return nil }
        guard let value = node.int, value > 0 else {
            reader.issue(node, "'\(key)' must be a whole number above 0")
            return nil
        }
        return value
    }

    private func enumList(_ mapping: Node.Mapping, _ key: String, at owner: Node, allowed: [String]) -> [String] {
        var result: [String] = []
        for value in reader.list(mapping, key, required: false, at: owner, singleAllowed: true) ?? [] {
            guard let text = value.string, allowed.contains(text) else {
                reader.issue(value, "'\(key)' values must be one of \(allowed.joined(separator: ", ")), not '\(value.string ?? "?")'")
                continue
            }
            result.append(text)
        }
        return result
    }

    private func criteria(_ mapping: Node.Mapping, at owner: Node) -> [Criterion] {
        var result: [Criterion] = []
        var seen: Set<String> = []
        for node in reader.list(mapping, "criteria", required: false, at: owner) ?? [] {
            guard let fields = node.mapping else {
                reader.issue(node, "a criterion must be a mapping with id and kind")
                continue
            }
            reader.onlyKeys(fields, Self.criterionFields, in: "a criterion")
            let id = reader.slug(fields, "id", required: true, at: node)
            if let id, !seen.insert(id).inserted { reader.issue(reader.node(fields, "id"), "duplicate criterion id '\(id)'") }
            let kindText = reader.string(fields, "kind", required: true, at: node)
            let kind = kindText.flatMap(Criterion.Kind.init(rawValue:))
            if let kindText, kind == nil {
                reader.issue(reader.node(fields, "kind"), "criterion kind must be one of \(Criterion.Kind.allCases.map(\.rawValue).joined(separator: ", ")), not '\(kindText)'")
            }
            let minimum = reader.node(fields, "minimumHours").flatMap { $0.float }
            if reader.node(fields, "minimumHours") != nil && minimum == nil { reader.issue(reader.node(fields, "minimumHours"), "'minimumHours' must be a number") }
            let criterion = Criterion(
                id: id ?? "", kind: kind ?? .totalHours, title: reader.localized(fields, "title", required: false, at: node),
                roles: enumList(fields, "roles", at: node, allowed: Role.allCases.map(\.rawValue)).compactMap(Role.init(rawValue:)),
                consecutiveYears: positiveInt(fields, "consecutiveYears", at: node), minimumHours: minimum,
                framework: reader.slug(fields, "framework", required: kind == .frameworkCoverage, at: node),
                items: (reader.list(fields, "items", required: kind == .frameworkCoverage, at: node) ?? []).compactMap(\.string),
                requires: reader.string(fields, "requires", required: false, at: node),
                categories: (reader.list(fields, "categories", required: kind == .categoryHours, at: node) ?? []).compactMap(\.string),
                sectors: sectorList(fields, "sectors", required: false, at: node))
            if let requires = criterion.requires, !["reflection", "activity"].contains(requires) {
                reader.issue(reader.node(fields, "requires"), "'requires' must be reflection or activity")
            }
            switch kind {
            case .roleDuration? where criterion.consecutiveYears == nil || criterion.roles.isEmpty:
                reader.issue(node, "a role-duration criterion needs roles and consecutiveYears")
            case .roleHoursPerYear?, .totalHours?, .categoryHours?, .workHours?:
                if minimum == nil { reader.issue(node, "a \(kind!.rawValue) criterion needs minimumHours") }
            default: break
            }
            if id != nil, kind != nil { result.append(criterion) }
        }
        return result
    }
}
