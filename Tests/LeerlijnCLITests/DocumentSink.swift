import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The receiver of scripts/test-servers/document_sink.py on a loopback port: it checks signatures or a bearer token
/// and logs every POST it takes.
final class DocumentSink: @unchecked Sendable {
    struct Receipt {
        let path: String
        let id: String?
        let type: String?
        let duplicate: Bool
        let body: [String: Any]
    }

    let port: Int
    let log: String
    private var pid = pid_t()

    /// With `tls` (a certificate and its key, PEM files), it speaks HTTPS.
    init(secret: String? = nil, token: String? = nil, tls: (certificate: String, key: String)? = nil) throws {
        log = NSTemporaryDirectory() + "leerlijn-sink-\(UUID().uuidString.prefix(8)).jsonl"
        scheme = tls == nil ? "http" : "https"
        var extra = ""
        if let secret { extra += " --secret '\(secret)'" }
        if let token { extra += " --token '\(token)'" }
        if let tls { extra += " --tls '\(tls.certificate)' '\(tls.key)'" }
        // A random port may be taken (the sink then exits at once): try another. Python starts slowly on a busy machine.
        for _ in 0..<5 {
            let port = Int.random(in: 50000...59000)
            let arguments = ["/bin/bash", "-c", "exec python3 \"$0\" --port \"$1\" --log \"$2\"\(extra) >/dev/null 2>&1 </dev/null",
                             RalphLRS.root.appendingPathComponent("scripts/test-servers/document_sink.py").path, String(port), log]
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
            return Receipt(path: entry["path"] as! String, id: entry["id"] as? String, type: entry["type"] as? String,
                           duplicate: entry["duplicate"] as? Bool ?? false, body: body)
        }
    }
}
