import Foundation
import Testing
@testable import LeerlijnCore

@Suite("Standard Webhooks signatures")
struct WebhookSignatureTests {
    /// The key 0x00...0x1f (32 bytes) in whsec_ form.
    static let secret = "whsec_AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="

    @Test("The signature of id.timestamp.body matches the reference library's (standardwebhooks 1.1.0 Webhook.sign)")
    func referenceVector() throws {
        // Computed with the PyPI package: Webhook(secret).sign("msg_1", datetime.fromtimestamp(1700000000, tz=utc), '{"a":1}').
        let key = try WebhookSignature.key(Self.secret)
        #expect(key.bytes == Array(0..<32))
        #expect(WebhookSignature.signature(id: "msg_1", timestamp: 1_700_000_000, body: Array(#"{"a":1}"#.utf8), key: key)
            == "v1,AMaOha7DUT/0J0JMycRuYOBSvbx3WtwLd2khXXbaVj4=")
    }

    @Test("Two keys give two signatures, space-separated, in the order configured; the headers carry id and timestamp")
    func rotation() throws {
        let other = WebhookSignature.newSecret()
        let keys = try WebhookSignature.keys(Self.secret + " " + other)
        let headers = WebhookSignature.headers(id: "msg_1", timestamp: 1_700_000_000, body: Array(#"{"a":1}"#.utf8), keys: keys)
        #expect(headers["webhook-id"] == "msg_1" && headers["webhook-timestamp"] == "1700000000")
        let signatures = try #require(headers["webhook-signature"]).split(separator: " ").map(String.init)
        #expect(signatures.count == 2 && signatures[0] == "v1,AMaOha7DUT/0J0JMycRuYOBSvbx3WtwLd2khXXbaVj4=" && signatures[1].hasPrefix("v1,"))
        #expect(signatures[0] != signatures[1])
    }

    @Test("A secret of fewer than 24 or more than 64 bytes, or not in whsec_ form, is refused; a new one has 32 random bytes")
    func secrets() throws {
        let short = "whsec_" + Data(repeating: 7, count: 23).base64EncodedString()
        #expect(throws: WebhookSignature.SecretProblem.size(23)) { try WebhookSignature.key(short) }
        #expect(throws: WebhookSignature.SecretProblem.size(65)) { try WebhookSignature.key("whsec_" + Data(repeating: 7, count: 65).base64EncodedString()) }
        #expect(throws: WebhookSignature.SecretProblem.notWhsec) { try WebhookSignature.key("gedeeld-geheim-dat-lang-genoeg-is-maar-geen-whsec") }
        #expect(throws: WebhookSignature.SecretProblem.notWhsec) { try WebhookSignature.key("whsec_!!!") }
        // Unpadded base64 is read as the reference libraries read it.
        #expect(try WebhookSignature.key(String(Self.secret.dropLast())).bytes == Array(0..<32))
        let made = WebhookSignature.newSecret()
        #expect(try WebhookSignature.key(made).bytes.count == 32)
        #expect(made != WebhookSignature.newSecret())
        #expect(try WebhookSignature.key(WebhookSignature.newSecret(bytes: 24)).bytes.count == 24)
    }
}
