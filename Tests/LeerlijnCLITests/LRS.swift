import Foundation
#if canImport(Glibc)
import Glibc
#endif
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A real xAPI LRS (Ralph, installed by scripts/lrs/install-ralph.sh) on a loopback port, started and stopped by a test.
final class RalphLRS: @unchecked Sendable {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    /// True when Ralph is installed; CI sets LEERLIJN_REQUIRE_LRS=1 so that a missing Ralph fails instead of skipping.
    static var available: Bool {
        FileManager.default.isExecutableFile(atPath: root.appendingPathComponent(".venv-lrs/bin/ralph").path)
            || ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_LRS"] == "1"
    }

    let port: Int
    let folder: String
    var endpoint: String { "http://127.0.0.1:\(port)/xAPI" }

    init() throws {
        folder = NSTemporaryDirectory() + "leerlijn-ralph-\(UUID().uuidString.prefix(8))"
        var lastError = ""
        for _ in 0..<5 {
            let port = Int.random(in: 20000...39000)
            // Output goes to a file, not a pipe: the server the script leaves running would hold a pipe open.
            let log = NSTemporaryDirectory() + "leerlijn-ralph-start-\(port).log"
            let status = Self.run(["/bin/bash", "-c", "\"$0\" \"$1\" \"$2\" >\"$3\" 2>&1 </dev/null",
                                   Self.root.appendingPathComponent("scripts/lrs/start-ralph.sh").path, String(port), folder, log])
            if status == 0 {
                self.port = port
                return
            }
            lastError = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        }
        throw CLI.Failure(description: "Ralph did not start: \(lastError)")
    }

    func stop() {
        _ = Self.run(["/bin/bash", "-c", "\"$0\" \"$1\" >/dev/null 2>&1 </dev/null", Self.root.appendingPathComponent("scripts/lrs/stop-ralph.sh").path, folder])
    }

    /// Starts a command with an empty signal mask and default signal handling: the test's threads block signals,
    /// and a child that inherited that mask would ignore SIGTERM.
    static func spawn(_ arguments: [String]) -> pid_t? {
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        return posix_spawn(&pid, arguments[0], nil, &attributes, argv, environ) == 0 ? pid : nil
    }

    /// Runs a command and waits for it with posix_spawn and waitpid. Foundation's Process.waitUntilExit can hang
    /// on Linux when the command leaves a server running behind it.
    static func run(_ arguments: [String]) -> Int32 {
        guard let pid = spawn(arguments) else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        return (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    }

    /// The environment that points `leerlijn export --register lrs` at this LRS.
    func environment(password: String = "leerlijn-test", endpoint: String? = nil) -> [String: String] {
        ["LEERLIJN_LRS_ENDPOINT": endpoint ?? self.endpoint, "LEERLIJN_LRS_USERNAME": "leerlijn", "LEERLIJN_LRS_PASSWORD": password]
    }

    /// GET with basic auth and the xAPI version header; the JSON answer and status.
    func get(_ pathAndQuery: String) throws -> (Int, Any?) {
        var request = URLRequest(url: URL(string: "http://127.0.0.1:\(port)" + pathAndQuery)!)
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("Basic " + Data("leerlijn:leerlijn-test".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: (Int, Any?) = (0, nil)
        URLSession.shared.dataTask(with: request) { data, response, _ in
            result = ((response as? HTTPURLResponse)?.statusCode ?? 0, data.flatMap { try? JSONSerialization.jsonObject(with: $0) })
            semaphore.signal()
        }.resume()
        semaphore.wait()
        return result
    }

    /// POSTs one statement (JSON text) to /statements, as another client would; the status.
    func post(_ statement: String) throws -> Int {
        var request = URLRequest(url: URL(string: endpoint + "/statements")!)
        request.httpMethod = "POST"
        request.httpBody = Data(statement.utf8)
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue("Basic " + Data("leerlijn:leerlijn-test".utf8).base64EncodedString(), forHTTPHeaderField: "Authorization")
        let semaphore = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status = 0
        URLSession.shared.dataTask(with: request) { _, response, _ in
            status = (response as? HTTPURLResponse)?.statusCode ?? 0
            semaphore.signal()
        }.resume()
        semaphore.wait()
        return status
    }

    /// Every statement the LRS returns (following `more`), voided ones excluded as xAPI prescribes.
    func statements() throws -> [[String: Any]] {
        var all: [[String: Any]] = []
        var next: String? = "/xAPI/statements?limit=500"
        while let path = next, !path.isEmpty {
            let (status, body) = try get(path)
            guard status == 200, let object = body as? [String: Any] else { throw CLI.Failure(description: "GET \(path) answered \(status)") }
            let page = object["statements"] as? [[String: Any]] ?? []
            all += page
            next = page.isEmpty ? nil : object["more"] as? String
        }
        return all
    }
}

/// The fault-injecting proxy of scripts/test-servers/faulty_proxy.py, in front of `upstream`.
final class FaultyProxy: @unchecked Sendable {
    let port: Int
    private var pid = pid_t()

    init(upstream: String, plan: [String]) throws {
        port = Int.random(in: 40000...49000)
        let arguments = ["/bin/bash", "-c", "exec python3 \"$0\" --port \"$1\" --upstream \"$2\" --plan \"$3\" >/dev/null 2>&1 </dev/null",
                         RalphLRS.root.appendingPathComponent("scripts/test-servers/faulty_proxy.py").path, String(port), upstream, plan.joined(separator: ",")]
        guard let spawned = RalphLRS.spawn(arguments) else { throw CLI.Failure(description: "cannot start the faulty proxy") }
        pid = spawned
        // Wait until it listens.
        for _ in 0..<100 where !Self.listening(port) { Thread.sleep(forTimeInterval: 0.05) }
    }

    func stop() {
        kill(pid, SIGKILL)
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    }

    /// True when something accepts TCP connections on 127.0.0.1:port.
    static func listening(_ port: Int) -> Bool {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0 }
        }
    }

}
