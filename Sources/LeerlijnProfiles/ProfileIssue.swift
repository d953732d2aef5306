/// One problem in a profile file: where it is and which rule it breaks.
public struct ProfileIssue: Error, Hashable, Sendable, CustomStringConvertible, Codable {
    /// The file's path.
    public var file: String
    /// The line, from 1; nil when the problem is the file as a whole.
    public var line: Int?
    /// What is wrong and what is accepted.
    public var message: String

    public init(file: String, line: Int?, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`, the form editors and terminals link to.
    public var description: String { "\(file)\(line.map { ":\($0)" } ?? ""): \(message)" }
}

/// Profile files that did not pass validation: nothing of them was loaded.
public struct ProfileValidationError: Error, Sendable, Equatable {
    /// Every problem found, by file and line.
    public var issues: [ProfileIssue]

    public init(issues: [ProfileIssue]) { self.issues = issues }
}
