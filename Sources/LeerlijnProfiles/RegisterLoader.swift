import Foundation
import LeerlijnCore
import Yams

/// Loads register definitions (`leerlijn.register/1`) from the shipped `exports/` folder and the user's
/// folders; a user file with a shipped id replaces it. Every problem is reported with file and line.
public enum RegisterLoader {
    public static let schema = "leerlijn.register/1"

    /// Loads every register; `environment` gives the setting `LEERLIJN_XAPI_BASE` (the base of Leerlijn's xAPI IRIs).
    /// - Throws: ``ProfileValidationError`` listing every problem.
    public static func load(shipped: String?, user: [String] = [],
                            environment: [String: String] = ProcessInfo.processInfo.environment) throws(ProfileValidationError) -> [Register] {
        var issues: [ProfileIssue] = []
        var registers: [String: Register] = [:]
        for (paths, isShipped) in (shipped.map { [([$0], true)] } ?? []) + [(user, false)] {
            var seen: [String: String] = [:]
            for file in ProfileLoader.files(in: paths, issues: &issues) {
                let reader = YAMLReader(file: file)
                guard let data = FileManager.default.contents(atPath: file), let text = String(data: data, encoding: .utf8) else {
                    issues.append(ProfileIssue(file: file, line: nil, message: "cannot read the file as UTF-8 text"))
                    continue
                }
                if let register = parse(text: text, reader: reader, shipped: isShipped, environment: environment) {
                    if let other = seen[register.id] {
                        issues.append(ProfileIssue(file: file, line: nil, message: "register id '\(register.id)' is already used by \(other)"))
                    }
                    seen[register.id] = file
                    registers[register.id] = register
                }
                issues += reader.issues
            }
        }
        guard issues.isEmpty else { throw ProfileValidationError(issues: issues) }
        return registers.values.sorted { $0.id < $1.id }
    }

    /// Where the shipped registers are: `$LEERLIJN_SHIPPED_EXPORTS`, else `exports/` beside the shipped profiles.
    public static func shippedFolder(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
        if let explicit = environment["LEERLIJN_SHIPPED_EXPORTS"], !explicit.isEmpty { return explicit }
        guard let profiles = ShippedProfiles.folder(environment: environment) else { return nil }
        let folder = PathName.folder(of: profiles) + "/exports"
        return FileManager.default.fileExists(atPath: folder) ? folder : nil
    }

    static let fields = ["schema", "id", "kind", "title", "endpoint", "auth", "batchSize", "concurrency", "timeouts", "retry", "xapi", "dossier", "signatureHeader", "source", "note", "fields"]
    static let xapiFields = ["actor", "accountHomePage", "activityBase", "verbs", "defaultVerb", "activityTypes", "defaultActivityType",
                             "competencesExtension", "domainsExtension", "base", "verbDisplay"]

    static func parse(text: String, reader: YAMLReader, shipped: Bool, environment: [String: String] = [:]) -> Register? {
        guard let root = reader.root(of: text) else { return nil }
        let node = Node.mapping(root)
        guard reader.string(root, "schema", required: true, at: node) == schema else {
            if let found = reader.string(root, "schema", required: false, at: node) {
                reader.issue(reader.node(root, "schema"), "unknown schema '\(found)'; expected \(schema)")
            }
            return nil
        }
        reader.onlyKeys(root, fields, in: "a register")
        let id = reader.slug(root, "id", required: true, at: node)
        let kindText = reader.string(root, "kind", required: true, at: node)
        let kind = kindText.flatMap(Register.Kind.init(rawValue:))
        if let kindText, kind == nil { reader.issue(reader.node(root, "kind"), "'kind' must be xapi, brlo or webhook, not '\(kindText)'") }
        let title = reader.localized(root, "title", required: true, at: node)
        let endpoint = reader.string(root, "endpoint", required: false, at: node)
        if let endpoint, !(endpoint.hasPrefix("https://") || endpoint.hasPrefix("http://")) {
            reader.issue(reader.node(root, "endpoint"), "'endpoint' must start with https:// (or http:// for loopback tests)")
        }
        var auth = Register.Auth.none
        if let text = reader.string(root, "auth", required: false, at: node) {
            if let value = Register.Auth(rawValue: text) { auth = value } else { reader.issue(reader.node(root, "auth"), "'auth' must be none, basic, bearer or hmac") }
        }
        func number(_ mapping: Node.Mapping, _ key: String, default value: Double, range: ClosedRange<Double>) -> Double {
            guard let found = reader.node(mapping, key) else { return value }
            guard let number = found.float, range.contains(number) else {
                reader.issue(found, "'\(key)' must be a number from \(range.lowerBound) to \(range.upperBound)")
                return value
            }
            return number
        }
        let batchSize = Int(number(root, "batchSize", default: 50, range: 1...1000))
        let concurrency = Int(number(root, "concurrency", default: 2, range: 1...16))
        var connect = 10.0, request = 30.0, attempts = 5.0, initial = 0.5, maximum = 30.0
        if let timeouts = reader.node(root, "timeouts")?.mapping {
            reader.onlyKeys(timeouts, ["connect", "request"], in: "'timeouts'")
            connect = number(timeouts, "connect", default: connect, range: 0.1...600)
            request = number(timeouts, "request", default: request, range: 0.1...3600)
        }
        if let retry = reader.node(root, "retry")?.mapping {
            reader.onlyKeys(retry, ["attempts", "initialDelay", "maxDelay"], in: "'retry'")
            attempts = number(retry, "attempts", default: attempts, range: 1...100)
            initial = number(retry, "initialDelay", default: initial, range: 0...600)
            maximum = number(retry, "maxDelay", default: maximum, range: 0...3600)
        }
        var vocabulary: XAPIVocabulary? = nil
        if kind == .xapi {
            guard let xapiNode = reader.node(root, "xapi"), let x = xapiNode.mapping else {
                reader.issue(node, "an xapi register needs an 'xapi' mapping (actor, verbs, activity types, extensions)")
                return nil
            }
            reader.onlyKeys(x, xapiFields, in: "'xapi'")
            func map(_ key: String) -> [String: String] {
                guard let found = reader.node(x, key) else { return [:] }
                guard let pairs = found.mapping else { reader.issue(found, "'\(key)' must map activity kinds to IRIs"); return [:] }
                var result: [String: String] = [:]
                for (k, v) in pairs { if let k = k.string, let v = v.string { result[k] = v } }
                return result
            }
            // An account actor unless the definition asks for mbox: a changed email never makes a person another actor.
            let actor = reader.string(x, "actor", required: false, at: xapiNode) ?? "account"
            if !["mbox", "account"].contains(actor) { reader.issue(reader.node(x, "actor"), "'actor' must be mbox or account") }
            // Leerlijn's own IRIs sit under the deployment's base: the setting LEERLIJN_XAPI_BASE, else the file's `base`.
            var base = reader.string(x, "base", required: false, at: xapiNode) ?? XAPIVocabulary.placeholderBase
            if let setting = environment["LEERLIJN_XAPI_BASE"], !setting.isEmpty { base = setting }
            while base.hasSuffix("/") { base.removeLast() }
            if !(base.hasPrefix("https://") || base.hasPrefix("http://")) || base.contains("{") {
                reader.issue(reader.node(x, "base") ?? xapiNode, "the xAPI base '\(base)' must be an https:// IRI the deployment controls (xapi.base or LEERLIJN_XAPI_BASE)")
            }
            func iri(_ key: String, default value: String) -> String {
                (reader.string(x, key, required: false, at: xapiNode) ?? value).replacingOccurrences(of: "{base}", with: base)
            }
            var displays: [String: [String: String]] = [:]
            if let found = reader.node(x, "verbDisplay") {
                if let pairs = found.mapping {
                    for (verbNode, displayNode) in pairs {
                        guard let verb = verbNode.string, let languages = displayNode.mapping else {
                            reader.issue(displayNode, "'verbDisplay' maps a verb IRI to its display per language ({en-US: attended, nl-NL: ...})")
                            continue
                        }
                        var display: [String: String] = [:]
                        for (k, v) in languages { if let k = k.string, let v = v.string { display[k] = v } }
                        displays[verb] = display
                    }
                } else {
                    reader.issue(found, "'verbDisplay' maps a verb IRI to its display per language")
                }
            }
            guard let verb = reader.string(x, "defaultVerb", required: true, at: xapiNode) else { return nil }
            vocabulary = XAPIVocabulary(actor: actor, accountHomePage: iri("accountHomePage", default: "{base}"), activityBase: iri("activityBase", default: "{base}/activities/"),
                                        verbs: map("verbs"), defaultVerb: verb,
                                        activityTypes: map("activityTypes").mapValues { $0.replacingOccurrences(of: "{base}", with: base) },
                                        defaultActivityType: iri("defaultActivityType", default: "{base}/xapi/activity-types/{kind}"),
                                        competencesExtension: iri("competencesExtension", default: "{base}/xapi/extensions/competences"),
                                        domainsExtension: iri("domainsExtension", default: "{base}/xapi/extensions/domains"),
                                        base: base, verbDisplays: displays)
        }
        var dossierRule: String? = nil
        var dossierRoutes: [DossierRoute] = []
        if kind == .brlo {
            guard let dossierNode = reader.node(root, "dossier"), let dossier = dossierNode.mapping else {
                reader.issue(node, "a brlo register needs a 'dossier' mapping naming its register rule ('rule: brlo')")
                return nil
            }
            reader.onlyKeys(dossier, ["rule", "routes"], in: "'dossier'")
            dossierRule = reader.slug(dossier, "rule", required: true, at: dossierNode)
            dossierRoutes = routes(dossier, reader: reader)
        } else if let dossierNode = reader.node(root, "dossier") {
            reader.issue(dossierNode, "'dossier' is only for a brlo register")
        }
        var signatureHeader = Register.defaultSignatureHeader
        if let header = reader.string(root, "signatureHeader", required: false, at: node) {
            if header.isEmpty || !header.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) {
                reader.issue(reader.node(root, "signatureHeader"), "'signatureHeader' must be an HTTP header name (letters, digits and dashes)")
            } else {
                signatureHeader = header
            }
        }
        if auth != .hmac, reader.node(root, "signatureHeader") != nil {
            reader.issue(reader.node(root, "signatureHeader"), "'signatureHeader' needs 'auth: hmac'")
        }
        let fields = eventFields(root, kind: kind, reader: reader)
        let source = reader.source(root, "source", required: false, at: node)
        guard let id, let kind, let title, reader.issues.isEmpty else { return nil }
        return Register(id: id, kind: kind, title: title, endpoint: endpoint, auth: auth, batchSize: batchSize, concurrency: concurrency,
                        connectTimeout: connect, requestTimeout: request, attempts: Int(attempts), initialDelay: initial, maxDelay: maximum,
                        xapi: vocabulary, dossierRule: dossierRule, signatureHeader: signatureHeader, source: source, origin: reader.file, shipped: shipped,
                        fields: fields, dossierRoutes: dossierRoutes)
    }

    /// A webhook register's `fields`: the event fields it sends, each one of ``ActivityEvent/fieldNames``.
    static func eventFields(_ root: Node.Mapping, kind: Register.Kind?, reader: YAMLReader) -> [String]? {
        guard let node = reader.node(root, "fields") else { return nil }
        guard kind == .webhook else {
            reader.issue(node, "'fields' is only for a webhook register")
            return nil
        }
        guard let items = node.sequence else {
            reader.issue(node, "'fields' must be a list of event fields: \(ActivityEvent.fieldNames.joined(separator: ", "))")
            return nil
        }
        var fields: [String] = []
        for item in items {
            guard let name = item.string, ActivityEvent.fieldNames.contains(name) else {
                reader.issue(item, "unknown event field '\(item.string ?? "")'; the fields are \(ActivityEvent.fieldNames.joined(separator: ", "))")
                continue
            }
            if fields.contains(name) { reader.issue(item, "event field '\(name)' is listed twice") }
            fields.append(name)
        }
        return fields
    }

    /// A brlo register's `dossier.routes`: each with an id, a title and whether it includes an interview.
    static func routes(_ dossier: Node.Mapping, reader: YAMLReader) -> [DossierRoute] {
        guard let node = reader.node(dossier, "routes") else { return [] }
        guard let items = node.sequence else {
            reader.issue(node, "'routes' must be a list of routes (id, title, interview)")
            return []
        }
        var routes: [DossierRoute] = []
        for item in items {
            guard let mapping = item.mapping else { reader.issue(item, "a route must be a mapping with id, title and interview"); continue }
            reader.onlyKeys(mapping, ["id", "title", "interview", "note"], in: "a route")
            guard reader.node(mapping, "interview")?.bool != nil else {
                reader.issue(item, "a route needs 'interview: true' or 'interview: false' (without an interview the manager's statement is asked)")
                continue
            }
            guard let id = reader.slug(mapping, "id", required: true, at: item), let title = reader.localized(mapping, "title", required: true, at: item) else { continue }
            if routes.contains(where: { $0.id == id }) { reader.issue(item, "route id '\(id)' is used twice") }
            routes.append(DossierRoute(id: id, title: title, interview: reader.bool(mapping, "interview", default: false)))
        }
        return routes
    }
}
