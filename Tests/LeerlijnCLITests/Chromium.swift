import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Headless Chromium (Debian's `chromium` package, installed by .ci/run) for the page acceptance tests.
///
/// Every run is cut off from the network twice over: a proxy on a closed loopback port and a host resolver that
/// finds no host. Its net log (`--log-net-log`) then shows what the page tried to fetch: Chromium's own
/// background requests carry the initiator "not an origin", a page's requests carry the page's origin (`null`
/// for a file). ``pageRequests(netLog:)`` returns the page's requests for anything but `file:` and `data:`.
/// The control test proves the check sees a page that does fetch.
enum Chromium {
    static let executable = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/lib/chromium/chromium"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// True when Chromium is installed; CI sets LEERLIJN_REQUIRE_CHROMIUM=1 so that a missing Chromium fails instead of skipping.
    static var available: Bool {
        executable != nil || ProcessInfo.processInfo.environment["LEERLIJN_REQUIRE_CHROMIUM"] == "1"
    }

    struct Run {
        let status: Int32
        let stdout: String
        let timedOut: Bool
        let netLog: String
    }

    /// Runs `chromium --headless` on the file `page` with `arguments`, in its own process group, killed after `timeout`.
    /// Standard output goes to a file (Foundation's Process can hang on Linux; see LRS.swift), then is read back.
    static func run(_ arguments: [String], page: String, timeout: TimeInterval = 90) throws -> Run {
        guard let executable else { throw CLI.Failure(description: "chromium is not installed (apt-get install chromium)") }
        let folder = NSTemporaryDirectory() + "leerlijn-chromium-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let netLog = folder + "/net-log.json"
        let argv = [executable, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                    "--user-data-dir=\(folder)/profile", "--no-first-run", "--no-default-browser-check", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
                    "--log-net-log=\(netLog)", "--net-log-capture-mode=Default"] + arguments + [URL(fileURLWithPath: page).absoluteString]
        let stdoutPath = folder + "/stdout.txt"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, folder + "/stderr.txt", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETPGROUP))
        var environment = ProcessInfo.processInfo.environment
        environment["HOME"] = folder
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        let cArguments = argv.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        guard posix_spawn(&pid, executable, &actions, &attributes, cArguments, envp) == 0 else {
            throw CLI.Failure(description: "cannot start \(executable)")
        }
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        var timedOut = false
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1 && errno != EINTR { break }
            if Date() > deadline {
                timedOut = true
                kill(-pid, SIGKILL)
                while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
                break
            }
            usleep(50_000)
        }
        // Chromium's helper processes share its process group; none may outlive the test.
        kill(-pid, SIGKILL)
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
        return Run(status: timedOut ? -1 : exit, stdout: (try? String(contentsOfFile: stdoutPath, encoding: .utf8)) ?? "", timedOut: timedOut, netLog: netLog)
    }

    /// The URLs the page itself asked for, other than `file:` and `data:`, from a Chromium net log.
    static func pageRequests(netLog path: String) throws -> [String] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        guard let log = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let constants = log["constants"] as? [String: Any], let types = constants["logEventTypes"] as? [String: Int],
              let start = types["URL_REQUEST_START_JOB"], let events = log["events"] as? [[String: Any]] else {
            throw CLI.Failure(description: "\(path) is not a Chromium net log")
        }
        var urls: [String] = []
        for event in events where event["type"] as? Int == start {
            guard let params = event["params"] as? [String: Any], let url = params["url"] as? String else { continue }
            if params["initiator"] as? String == "not an origin" { continue }   // Chromium's own background requests
            if url.hasPrefix("file:") || url.hasPrefix("data:") { continue }
            urls.append(url)
        }
        return urls
    }

    /// The text of a PDF, through poppler's pdftotext (nil when it is not installed).
    static func pdfText(_ path: String) -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdftotext") else { return nil }
        let out = path + ".txt"
        let status = RalphLRS.run(["/usr/bin/pdftotext", path, out])
        return status == 0 ? try? String(contentsOfFile: out, encoding: .utf8) : nil
    }

    /// pdfinfo's description of a PDF (page count and size), or nil without poppler-utils.
    static func pdfInfo(_ path: String) -> String? {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfinfo") else { return nil }
        let out = path + ".info"
        let status = RalphLRS.run(["/bin/sh", "-c", "/usr/bin/pdfinfo \"$0\" > \"$1\" 2>/dev/null", path, out])
        return status == 0 ? try? String(contentsOfFile: out, encoding: .utf8) : nil
    }
}
