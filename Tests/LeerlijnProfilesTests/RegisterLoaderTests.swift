import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnProfiles

@Suite("Register definitions")
struct RegisterLoaderTests {
    static let exports = RegisterLoader.shippedFolder()!

    func problems(_ text: String) -> [ProfileIssue] {
        guard let path = try? folder(["mine.yaml": text]) else { return [ProfileIssue(file: "", line: nil, message: "cannot write the file")] }
        do {
            _ = try RegisterLoader.load(shipped: nil, user: [path])
            return []
        } catch {
            return error.issues
        }
    }

    @Test("The shipped registers load: the LRS, the BRLO dossier by the brlo rule, and the HMAC-signed HR webhook")
    func shippedRegisters() throws {
        let registers = try RegisterLoader.load(shipped: Self.exports)
        #expect(registers.map(\.id) == ["brlo", "hr-webhook", "lrs"])
        let brlo = try #require(registers.first { $0.id == "brlo" })
        #expect(brlo.kind == .brlo && brlo.dossierRule == "brlo" && brlo.endpoint == nil)
        let rules = try ProfileLoader.loadAll(shipped: shipped).rules
        #expect(rules.rule("brlo") != nil, "the dossier's rule ships too")
        let webhook = try #require(registers.first { $0.id == "hr-webhook" })
        #expect(webhook.kind == .webhook && webhook.auth == .hmac && webhook.signatureHeader == "X-Leerlijn-Signature")
        #expect(webhook.environmentPrefix == "LEERLIJN_HR_WEBHOOK_")
    }

    @Test("A brlo register without its dossier rule, or a signature header without HMAC, is refused with file and line")
    func invalidRegisters() {
        let brlo = problems("""
            schema: leerlijn.register/1
            id: mijn-brlo
            kind: brlo
            title: {nl: Dossier, en: Dossier}
            """)
        #expect(brlo.contains { $0.message.contains("'dossier'") && $0.file.hasSuffix("mine.yaml") })
        let header = problems("""
            schema: leerlijn.register/1
            id: hr
            kind: webhook
            title: {nl: HR, en: HR}
            auth: bearer
            signatureHeader: X-Sig
            """)
        #expect(header.contains { $0.message.contains("auth: hmac") && $0.line == 6 })
        let badHeader = problems("""
            schema: leerlijn.register/1
            id: hr
            kind: webhook
            title: {nl: HR, en: HR}
            auth: hmac
            signatureHeader: "X Sig: x"
            """)
        #expect(badHeader.contains { $0.message.contains("header name") })
        let stray = problems("""
            schema: leerlijn.register/1
            id: hr
            kind: webhook
            title: {nl: HR, en: HR}
            dossier: {rule: brlo}
            """)
        #expect(stray.contains { $0.message.contains("only for a brlo register") })
    }
}
