import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

@Suite("Register definitions: webhook fields and BRLO routes")
struct RegisterFieldsTests {
    func load(_ text: String) -> (Register?, [ProfileIssue]) {
        let folder = NSTemporaryDirectory() + "leerlijn-fields-\(UUID().uuidString)"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try? text.write(toFile: folder + "/mine.yaml", atomically: true, encoding: .utf8)
        do {
            return (try RegisterLoader.load(shipped: nil, user: [folder]).first, [])
        } catch {
            return (nil, error.issues)
        }
    }

    @Test("The shipped HR webhook lists its fields without reflection or email; the shipped BRLO register lists the five routes, none marked with an interview")
    func shipped() throws {
        let registers = try RegisterLoader.load(shipped: RegisterLoader.shippedFolder()!)
        let webhook = try #require(registers.first { $0.id == "hr-webhook" })
        #expect(webhook.fields == ActivityEvent.defaultFields)
        #expect(!webhook.eventFields.contains("reflection") && !webhook.eventFields.contains("person.email"))
        let brlo = try #require(registers.first { $0.id == "brlo" })
        #expect(brlo.dossierRoutes.map(\.id) == ["zelfstandig", "coaching", "opleidingstraject", "professionele-leergemeenschap", "hr-beleid"])
        #expect(brlo.dossierRoutes.allSatisfy { $0.needsManagerStatement })
    }

    @Test("An unknown or repeated event field, fields on a non-webhook register, and a route without 'interview' are refused with file and line")
    func refused() {
        let (_, fieldIssues) = load("""
            schema: leerlijn.register/1
            id: mijn-hr
            kind: webhook
            title: {nl: HR, en: HR}
            auth: hmac
            fields: [title, wachtwoord, title]
            """)
        #expect(fieldIssues.map(\.line) == [6, 6])
        #expect(fieldIssues.map(\.message).contains { $0.hasPrefix("unknown event field 'wachtwoord'") })
        #expect(fieldIssues.map(\.message).contains("event field 'title' is listed twice"))
        let (_, brloIssues) = load("""
            schema: leerlijn.register/1
            id: mijn-brlo
            kind: brlo
            title: {nl: D, en: D}
            fields: [title]
            dossier:
              rule: brlo
              routes:
                - {id: zelfstandig, title: {nl: Z, en: Z}}
            """)
        #expect(brloIssues.compactMap(\.line).sorted() == [5, 9])
        #expect(brloIssues.contains { $0.message == "'fields' is only for a webhook register" })
        #expect(brloIssues.contains { $0.message.hasPrefix("a route needs 'interview: true' or 'interview: false'") })
        let (register, none) = load("""
            schema: leerlijn.register/1
            id: mijn-hr
            kind: webhook
            title: {nl: HR, en: HR}
            auth: hmac
            fields: [person.email, reflection, minutes]
            """)
        #expect(none.isEmpty && register?.eventFields == ["person.email", "reflection", "minutes"])
    }
}
