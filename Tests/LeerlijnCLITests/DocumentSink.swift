import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The receiver of scripts/test-servers/document_sink.py on a loopback port: it checks signatures or a bearer token
/// and logs every POST it takes. With `standardSecrets` it is scripts/test-servers/webhook_receiver.py instead, which
/// verifies each delivery with the Standard Webhooks reference library (`standardwebhooks`, in .venv-webhooks).
final class DocumentSink: @unchecked Sendable {
    struct Receipt {
        let path: String
        let id: String?
        let type: String?
        let duplicate: Bool
        let body: [String: Any]
        /// For the Standard Webhooks receiver: whether it verified, why not, its answer, and the headers as received.
        var accepted = true
        var reason: String? = nil
        var status: Int? = nil
        var headers: [String: String] = [:]
        var rawBody = ""
    }

    /// The Standard Webhooks receiver can run: its virtualenv is installed (CI sets LEERLIJN_REQUIRE_WEBHOOKS=1, so that
    /// a missing one fails instead of skipping).
    static var standardAvailable: Bool {
        FileManager.default.isExecutableFile(atPath: RalphLRS.root.appendingPathComponent(".venv-webhooks/bin/python").path)
            || ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_WEBHOOKS"] == "1"
    }

    let port: Int
    let log: String
    private var pid = pid_t()

    /// With `tls` (a certificate and its key, PEM files), it speaks HTTPS.
    init(secret: String? = nil, token: String? = nil, tls: (certificate: String, key: String)? = nil, standardSecrets: [String] = [],
         clockSkew: Int = 0, answer: Int? = nil) throws {
        log = NSTemporaryDirectory() + "leerlijn-sink-\(UUID().uuidString.prefix(8)).jsonl"
        scheme = tls == nil ? "http" : "https"
        var extra = ""
        if let secret { extra += " --secret '\(secret)'" }
        if let token { extra += " --token '\(token)'" }
        if let tls { extra += " --tls '\(tls.certificate)' '\(tls.key)'" }
        for secret in standardSecrets { extra += " --secret '\(secret)'" }
        if clockSkew != 0 { extra += " --clock-skew \(clockSkew)" }
        if let answer { extra += " --answer \(answer)" }
        let python = standardSecrets.isEmpty ? "python3" : RalphLRS.root.appendingPathComponent(".venv-webhooks/bin/python").path
        let script = standardSecrets.isEmpty ? "scripts/test-servers/document_sink.py" : "scripts/test-servers/webhook_receiver.py"
        // A random port may be taken (the sink then exits at once): try another. Python starts slowly on a busy machine.
        for _ in 0..<5 {
            let port = Int.random(in: 50000...59000)
            let arguments = ["/bin/bash", "-c", "exec \"$3\" \"$0\" --port \"$1\" --log \"$2\"\(extra) >/dev/null 2>&1 </dev/null",
                             RalphLRS.root.appendingPathComponent(script).path, String(port), log, python]
            guard let spawned = RalphLRS.spawn(arguments) else { throw CLI.Failure(description: "cannot start the document sink") }
            var status: Int32 = 0
            var exited = false
            var listening = false
            for _ in 0..<400 {
                listening = FaultyProxy.listening(port)
                if listening { break }
                if waitpid(spawned, &status, WNOHANG) == spawned {
                    exited = true
                    break
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            if listening {
                self.port = port
                pid = spawned
                return
            }
            if !exited {
                kill(spawned, SIGKILL)
                while waitpid(spawned, &status, 0) == -1 && errno == EINTR {}
            }
        }
        throw CLI.Failure(description: "the document sink does not listen (five ports tried)")
    }

    private let scheme: String
    var url: String { "\(scheme)://127.0.0.1:\(port)" }

    func stop() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        try? FileManager.default.removeItem(atPath: log)
    }

    /// Every POST taken, in order (duplicates included, marked).
    func receipts() throws -> [Receipt] {
        guard let text = try? String(contentsOfFile: log, encoding: .utf8) else { return [] }
        return try text.split(separator: "\n").map { line in
            let entry = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            let body = try JSONSerialization.jsonObject(with: Data((entry["body"] as! String).utf8)) as! [String: Any]
            var receipt = Receipt(path: entry["path"] as! String, id: entry["id"] as? String, type: entry["type"] as? String,
                                  duplicate: entry["duplicate"] as? Bool ?? false, body: body)
            receipt.accepted = entry["accepted"] as? Bool ?? true
            receipt.reason = entry["reason"] as? String
            receipt.status = entry["status"] as? Int
            receipt.headers = entry["headers"] as? [String: String] ?? [:]
            receipt.rawBody = entry["body"] as! String
            return receipt
        }
    }
}
