#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// How wide tables may be: `$COLUMNS`, else the terminal's width when standard output is one, else 100.
public enum TerminalWidth {
    /// The width when nothing says otherwise.
    public static let fallback = 100

    /// The width for this process, found once.
    public static let current: Int = resolve(environment: ProcessEnvironment.values, terminal: terminalColumns())

    /// `COLUMNS` when it is a number of at least 20, else `terminal`, else ``fallback``.
    public static func resolve(environment: [String: String], terminal: Int?) -> Int {
        if let text = environment["COLUMNS"], let columns = Int(text), columns >= 20 { return columns }
        if let terminal, terminal >= 20 { return terminal }
        return fallback
    }

    /// The columns of the terminal on standard output, if it is one.
    static func terminalColumns() -> Int? {
        guard isatty(STDOUT_FILENO) == 1 else { return nil }
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}

import Foundation

/// The process's environment (a seam so the width is read in one place).
enum ProcessEnvironment {
    static var values: [String: String] { ProcessInfo.processInfo.environment }
}
