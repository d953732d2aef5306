import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs child processes with posix_spawn and waits for them with wait4, for their wall time and peak memory.
///
/// Foundation's `Process.waitUntilExit` can hang on Linux (see Tests/LeerlijnCLITests/LRS.swift); posix_spawn
/// with an empty signal mask and wait4 does not, and wait4's rusage gives the child's peak resident memory.
enum ProcessRunner {
    /// What a finished child did.
    struct Outcome {
        var status: Int32
        var seconds: Double
        /// Peak resident set size of the child (ru_maxrss), in bytes.
        var peakMemoryBytes: Int
        /// CPU time (user and system) of the child: steadier than wall time on a busy machine.
        var cpuSeconds: Double
    }

    /// Why a child could not be run or failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// GNU time, which measures a command's peak memory from a process of its own (Debian package `time`).
    static let gnuTime = "/usr/bin/time"

    /// Runs `arguments` (the first is the executable's path) with `environment` added to this process's,
    /// standard input from `stdin` (else /dev/null) and standard output and error to files (else /dev/null).
    ///
    /// With `measureMemory`, the command runs under GNU time, which forks it from its own small process: a child
    /// spawned straight from this benchmark (posix_spawn shares the parent's memory until the exec) reports the
    /// larger of its own peak and this process's resident memory at that moment, which in the export suite (the
    /// sink and curl's batches live here) was 880 MB against 80 MB for the export itself. Without GNU time the
    /// figure is wait4's, and may include this process.
    static func run(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                    stdout: String? = nil, stderr: String? = nil, measureMemory: Bool = false) throws -> Outcome {
        if measureMemory && FileManager.default.isExecutableFile(atPath: gnuTime) {
            let report = NSTemporaryDirectory() + "leerlijn-bench-\(getpid())-memory.txt"
            defer { try? FileManager.default.removeItem(atPath: report) }
            var outcome = try run([gnuTime, "--format", "%M", "--output", report] + arguments, environment: environment, stdin: stdin,
                                  stdout: stdout, stderr: stderr)
            // The last line is the peak in KiB (a line before it says so when the command failed).
            if let text = try? String(contentsOfFile: report, encoding: .utf8),
               let kibibytes = text.split(whereSeparator: \.isNewline).last.flatMap({ Int($0) }) {
                outcome.peakMemoryBytes = kibibytes * 1024
            }
            return outcome
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), all = sigset_t()
        sigemptyset(&empty)
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var merged = ProcessInfo.processInfo.environment
        merged.merge(environment) { $1 }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid = pid_t()
        let start = Clock.now()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
        let seconds = Clock.now() - start
        let exit = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        let cpu = Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
        return Outcome(status: exit, seconds: seconds, peakMemoryBytes: Int(usage.ru_maxrss) * 1024, cpuSeconds: cpu)
    }

    /// Runs and requires exit status 0; the standard error file (if any) is quoted in the failure.
    @discardableResult
    static func check(_ arguments: [String], environment: [String: String] = [:], stdin: String? = nil,
                      stdout: String? = nil, stderr: String? = nil, measureMemory: Bool = false) throws -> Outcome {
        let errorFile = stderr ?? NSTemporaryDirectory() + "leerlijn-bench-\(getpid())-stderr.txt"
        let outcome = try run(arguments, environment: environment, stdin: stdin, stdout: stdout, stderr: errorFile, measureMemory: measureMemory)
        let text = outcome.status == 0 ? "" : (try? String(contentsOfFile: errorFile, encoding: .utf8)) ?? ""
        if stderr == nil { try? FileManager.default.removeItem(atPath: errorFile) }
        guard outcome.status == 0 else {
            throw Failure(description: "\(arguments.joined(separator: " ")) exited \(outcome.status): \(text.suffix(2000))")
        }
        return outcome
    }

    /// Starts a child and returns at once (for servers); stop it with `kill(pid, SIGTERM)`.
    static func start(_ arguments: [String], stdout: String? = nil) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else { throw Failure(description: "cannot start \(arguments[0])") }
        return pid
    }
}

/// A monotonic clock in seconds.
enum Clock {
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// The seconds `body` takes.
    static func measure(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }
}
