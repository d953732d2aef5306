/// Rules for the fields a user gives a person.
public enum PersonInput {
    /// A name: trimmed, not empty, at most 200 characters.
    public static func name(_ text: String) throws(ValueError) -> String {
        let name = text.trimmingWhitespace()
        guard !name.isEmpty else { throw ValueError(field: "name", value: text, expected: .nonEmptyName) }
        guard name.count <= 200 else { throw ValueError(field: "name", value: text, expected: .atMostCharacters(200)) }
        return name
    }

    /// An email address: trimmed, lowercased, one `@` with text on both sides and a dot in the domain.
    public static func email(_ text: String) throws(ValueError) -> String {
        let email = text.trimmingWhitespace().lowercased()
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."),
              !parts[1].hasSuffix("."), !email.contains(where: { $0 == " " || $0 == "," || $0 == ";" })
        else { throw ValueError(field: "email", value: text, expected: .emailAddress) }
        return email
    }

    /// An external id (personeelsnummer, student number): trimmed, not empty, no spaces, at most 64 characters.
    public static func externalID(_ text: String) throws(ValueError) -> String {
        let value = text.trimmingWhitespace()
        guard !value.isEmpty, value.count <= 64, !value.contains(where: { $0.isWhitespace }) else {
            throw ValueError(field: "external id", value: text, expected: .externalID)
        }
        return value
    }
}

/// A value a user typed that does not fit the field.
public struct ValueError: Error, Equatable, Sendable {
    /// The field, in English (e.g. `email`); the CLI translates it.
    public let field: String
    /// What was typed.
    public let value: String
    /// What the field accepts; the CLI puts it into words in the user's language.
    public let expectation: Expectation

    public init(field: String, value: String, expected: Expectation) {
        self.field = field
        self.value = value
        self.expectation = expected
    }

    /// For text without a translation; prefer an ``Expectation`` case.
    public init(field: String, value: String, expected: String) {
        self.init(field: field, value: value, expected: .text(expected))
    }
}
