import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

/// Writes files into a new temporary folder.
func folder(_ files: [String: String]) throws -> String {
    let path = NSTemporaryDirectory() + "leerlijn-profiles-\(UUID().uuidString)"
    for (name, text) in files {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: file, atomically: true, encoding: .utf8)
    }
    return path
}

let shipped = ShippedProfiles.folder()!

func issues(_ body: () throws(ProfileValidationError) -> ProfileCatalog) -> [ProfileIssue] {
    do {
        _ = try body()
        return []
    } catch {
        return error.issues
    }
}

@Suite("Loading and validating profiles")
struct LoaderTests {
    @Test("The shipped frameworks load and validate: three bekwaamheden in 2017, seven SBL competences, four domains")
    func shippedProfiles() throws {
        let catalog = try ProfileLoader.load(shipped: shipped)
        let top = Dictionary(uniqueKeysWithValues: catalog.frameworks.map { ($0.id, $0.items.count) })
        #expect(top["bekwaamheidseisen-2017-po"] == 3)
        #expect(top["bekwaamheidseisen-2017-vo"] == 3)
        #expect(top["sbl-2006"] == 7)
        #expect(top["domeinen-beroepsbeeld"] == 4)
        #expect(top["velon-beroepsstandaard-2012"] != nil)
        #expect(top["teachers-standards-england-2012"] != nil)
        #expect(catalog.framework("domeinen-beroepsbeeld")?.kind == .domains)
        #expect(catalog.crosswalks.map(\.id) == ["sbl-2006--bekwaamheidseisen-2017-po"])
        #expect(catalog.frameworks.allSatisfy { $0.shipped && !$0.source.citation.isEmpty })
    }

    @Test("A copy of a framework with a duplicated item id fails with file, line and the rule it broke")
    func duplicateItemID() throws {
        let text = try String(contentsOfFile: shipped + "/frameworks/sbl-2006.yaml", encoding: .utf8)
            .replacingOccurrences(of: "id: sbl-2006", with: "id: sbl-copy")
            .replacingOccurrences(of: "id: pedagogisch", with: "id: interpersoonlijk")
        let user = try folder(["sbl-copy.yaml": text])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: shipped, user: [user]) }
        #expect(found.count == 1)
        #expect(found.first?.file == user + "/sbl-copy.yaml")
        #expect(found.first?.line != nil)
        #expect(found.first?.message.contains("duplicate item id 'interpersoonlijk'") == true)
    }

    @Test("Two files with the same framework id in one folder are rejected")
    func duplicateFrameworkID() throws {
        let text = try String(contentsOfFile: shipped + "/frameworks/sbl-2006.yaml", encoding: .utf8)
        let user = try folder(["a.yaml": text, "b.yaml": text])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: nil, user: [user]) }
        #expect(found.map(\.message) == ["framework id 'sbl-2006' is already used by \(user)/a.yaml"])
        #expect(found.first?.file.hasSuffix("b.yaml") == true)
    }

    @Test("A crosswalk to a missing item fails with file, line and a suggestion")
    func danglingCrosswalk() throws {
        let user = try folder(["cw.yaml": """
            schema: leerlijn.crosswalk/1
            id: sbl-to-domains
            from: sbl-2006
            to: domeinen-beroepsbeeld
            mappings:
              - from: interpersoonlijk
                to: [primair-proces]
                basis: proposal
              - from: pedagogisch
                to: [primair-procesx]
                basis: proposal
            """])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: shipped, user: [user]) }
        #expect(found.count == 1)
        #expect(found.first?.line == 2)
        #expect(found.first?.message.contains("'primair-procesx'") == true)
        #expect(found.first?.message.contains("did you mean primair-proces") == true)
    }

    @Test("Schema errors name the field and line: unknown fields, wrong kinds, bad dates, missing titles")
    func schemaErrors() throws {
        let user = try folder(["bad.yaml": """
            schema: leerlijn.framework/1
            id: Eigen Profiel
            kind: skills
            title: {nl: "Eigen"}
            version: 1
            validFrom: 1-8-2026
            sector: [po, hbo]
            source: {citation: "Eigen werk"}
            colour: blue
            items:
              - id: a
                title: {nl: A, en: A}
            """])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: nil, user: [user]) }
        let byLine = Dictionary(grouping: found, by: { $0.line ?? 0 })
        #expect(byLine[2]?.first?.message.contains("lowercase letters") == true)
        #expect(byLine[3]?.first?.message.contains("competences or domains") == true)
        #expect(byLine[4]?.first?.message.contains("missing field 'en'") == true)
        #expect(byLine[6]?.first?.message.contains("yyyy-mm-dd") == true)
        #expect(byLine[7]?.first?.message.contains("'hbo'") == true)
        #expect(byLine[9]?.first?.message.contains("unknown field 'colour'") == true)
    }

    @Test("Broken YAML, an unknown schema and a missing path are reported, and nothing loads")
    func brokenFiles() throws {
        let user = try folder([
            "broken.yaml": "schema: leerlijn.framework/1\nid: [unclosed\n",
            "other.yaml": "schema: something/9\n",
        ])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: shipped, user: [user, user + "/missing"]) }
        #expect(found.count == 3)
        #expect(found.contains { $0.file.hasSuffix("broken.yaml") && $0.message.hasPrefix("not valid YAML") })
        #expect(found.contains { $0.file.hasSuffix("other.yaml") && $0.message.contains("unknown schema") })
        #expect(found.contains { $0.message == "no such file or folder" })
    }

    @Test("An own framework extends a shipped one with items under its items, and cycles of extends are rejected")
    func extensions() throws {
        let user = try folder(["eigen.yaml": """
            schema: leerlijn.framework/1
            id: eigen-2017-po
            kind: competences
            title: {nl: "Bekwaamheidseisen plus", en: "Requirements plus"}
            version: "2026"
            sector: po
            source: {citation: "Partnerschap Eemvallei, eigen profiel"}
            extends: bekwaamheidseisen-2017-po
            items:
              - id: communicatie-ouders
                title: {nl: Communicatie met ouders, en: Communication with parents}
              - id: eigen-pedagogisch-extra
                under: pedagogisch
                title: {nl: Pedagogisch extra, en: Pedagogical extra}
            """])
        let catalog = try ProfileLoader.load(shipped: shipped, user: [user])
        let items = catalog.items(of: "eigen-2017-po")
        let base = catalog.items(of: "bekwaamheidseisen-2017-po")
        #expect(items.count == base.count + 2)
        let extra = try #require(items.first { $0.reference.item == "eigen-pedagogisch-extra" })
        #expect(items[extra.parent!].reference == ItemReference(framework: "bekwaamheidseisen-2017-po", item: "pedagogisch"))
        #expect(items.last?.reference.fullID == "eigen-2017-po:communicatie-ouders")

        let cycle = try folder([
            "a.yaml": "schema: leerlijn.framework/1\nid: a\nkind: domains\ntitle: {nl: A, en: A}\nversion: '1'\nsector: any\nsource: {citation: x}\nextends: b\n",
            "b.yaml": "schema: leerlijn.framework/1\nid: b\nkind: domains\ntitle: {nl: B, en: B}\nversion: '1'\nsector: any\nsource: {citation: x}\nextends: a\n",
        ])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: nil, user: [cycle]) }
        #expect(found.contains { $0.message.contains("cycle") })
    }

    @Test("The shipped rules load with their versions, hours and register criteria")
    func shippedRules() throws {
        let loaded = try ProfileLoader.loadAll(shipped: shipped)
        let rules = loaded.rules
        // cao-vo-starter is new in issue 16 (the CAO VO teaching reduction); there is no MBO rule (its arrangement is unconfirmed).
        #expect(rules.rules.map(\.id) == ["brlo", "cao-po-duurzame-inzetbaarheid", "cao-po-professionalisering", "cao-po-starter",
                                          "cao-vo-starter", "facilitation-oids-twente", "lerarenregister-2017"])
        let vo = try #require(rules.rule("cao-vo-starter"))
        #expect(vo.kind == .teachingReduction && vo.sectors == [.vo])
        #expect(vo.versions.first?.reductionPercent == [20, 10])
        #expect(vo.versions.first?.introductionYears == 3)
        #expect(vo.versions.first?.teachingMinutesPerYear == nil)
        #expect(rules.rule("facilitation-oids-twente")?.versions.first?.minutesPerStudent == [.mentor: 2400, .schoolopleider: 2400])
        #expect(rules.rule("facilitation-oids-twente")?.versions.first?.studentsPerSchoolopleider == 12...15)
        let starter = try #require(rules.rule("cao-po-starter"))
        #expect(starter.kind == .hoursBudget)
        #expect(starter.versions.first?.minutesPerYear == 40 * 60)
        #expect(starter.versions.first?.appliesTo.phases == [.starter])
        #expect(starter.versions.first?.carryOver.allowed == false)
        #expect(rules.rule("cao-po-professionalisering")?.versions.first?.minutesPerYear == 80 * 60)
        let brlo = try #require(rules.rule("brlo"))
        #expect(brlo.versions.first?.registration.map(\.kind) == [.roleDuration, .roleHoursPerYear, .frameworkCoverage])
        #expect(brlo.versions.first?.termYears == 4)
        // The 4-year term and the valid-from of 1 June 2015 are now sourced (OECD, Teacher Ready; VELON's procedure
        // "Vastgesteld: 1 juni 2015", domain notes section 4): no longer unconfirmed (issue 16).
        #expect(brlo.versions.first?.unconfirmed.contains("term.years") == false)
        #expect(brlo.versions.first?.unconfirmed.contains("validFrom") == false)
        #expect(brlo.versions.first?.validFrom == Day(year: 2015, month: 6, day: 1)!)
        #expect(rules.rule("lerarenregister-2017")?.historic == true)
        // Sectors and functions (issue 16): the CAO PO rules are for po, so and sbo; the starter budget for teachers only
        // and ending at basisbekwaam, the fourth periodiek or three years as a teacher; professionalisation not for school leaders.
        #expect(starter.sectors == [.po, .so, .sbo])
        #expect(starter.functions == [.leraar])
        #expect(starter.versions.first?.ends == RightEnd(phases: [.basisbekwaam, .vakbekwaam], salaryStep: 4, yearsAsTeacher: 3))
        #expect(rules.rule("cao-po-professionalisering")?.functions == [.leraar, .oop])
        #expect(rules.rule("cao-po-duurzame-inzetbaarheid")?.functions == [])
        #expect(brlo.sectors.contains(.lerarenopleiding))
        // Default budgets (issue 16 point 6): the starter's induction kinds first, then every other kind.
        #expect(starter.defaultBudget == DefaultBudget(priority: 1, kinds: ["lesbezoek", "begeleidingsgesprek", "coaching", "intervisie"]))
        #expect(rules.rule("cao-po-professionalisering")?.defaultBudget == DefaultBudget(priority: 2))
        #expect(rules.defaultBudgetRules.map(\.id) == ["cao-po-starter", "cao-po-professionalisering"])
    }

    @Test("A default budget without a priority, with a bad kind or on a register rule fails with file and line")
    func badDefaultBudgets() throws {
        let user = try folder(["eigen-budget.yaml": """
            schema: leerlijn.rule/1
            id: eigen-budget
            kind: hours-budget
            title: {nl: Eigen, en: Own}
            sector: po
            source: {citation: "Eigen afspraak"}
            defaultBudget: {kinds: [Les Bezoek]}
            versions:
              - validFrom: 2026-08-01
                hoursPerYear: 10
            """, "eigen-register.yaml": """
            schema: leerlijn.rule/1
            id: eigen-register
            kind: register
            title: {nl: Eigen, en: Own}
            sector: po
            source: {citation: "Eigen afspraak"}
            defaultBudget: {priority: 1}
            versions:
              - validFrom: 2026-08-01
                registration:
                  criteria: []
            """])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: shipped, user: [user]) }
        let messages = found.map(\.message)
        #expect(found.allSatisfy { $0.line != nil })
        #expect(messages.contains { $0.contains("'defaultBudget' needs 'priority'") })
        #expect(messages.contains { $0.contains("'defaultBudget' is only for a rule of kind hours-budget") })
    }

    @Test("A rule with bad hours, an unknown criterion kind or a missing framework item fails with file and line")
    func badRules() throws {
        let user = try folder(["eigen-regel.yaml": """
            schema: leerlijn.rule/1
            id: eigen-regel
            kind: hours-budget
            title: {nl: Eigen, en: Own}
            sector: po
            source: {citation: "Eigen afspraak"}
            versions:
              - validFrom: 2026-08-01
                hoursPerYear: -5
                appliesTo: {phases: [beginner]}
            """, "eigen-register.yaml": """
            schema: leerlijn.rule/1
            id: eigen-register
            kind: register
            title: {nl: Eigen, en: Own}
            sector: po
            source: {citation: "Eigen afspraak"}
            versions:
              - validFrom: 2026-08-01
                registration:
                  criteria:
                    - {id: a, kind: magic}
            """, "eigen-register-2.yaml": """
            schema: leerlijn.rule/1
            id: eigen-register-2
            kind: register
            title: {nl: Eigen, en: Own}
            sector: po
            source: {citation: "Eigen afspraak"}
            versions:
              - validFrom: 2026-08-01
                registration:
                  criteria:
                    - {id: b, kind: framework-coverage, framework: sbl-2006, items: [bestaat-niet]}
            """])
        let found = issues { () throws(ProfileValidationError) in try ProfileLoader.load(shipped: shipped, user: [user]) }
        let messages = found.map(\.message)
        #expect(found.allSatisfy { $0.line != nil })
        #expect(messages.contains { $0.contains("'hoursPerYear' must be a number") })
        #expect(messages.contains { $0.contains("'beginner'") })
        #expect(messages.contains { $0.contains("'magic'") })
        #expect(messages.contains { $0.contains("'bestaat-niet'") })
    }
}
