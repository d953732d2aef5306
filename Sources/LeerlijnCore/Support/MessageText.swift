/// Values quoted in messages, kept readable: a 1 MB field is never repeated in full.
public enum MessageText {
    /// The most characters of a value a message quotes.
    public static let limit = 80

    /// `text` itself when short, else its first ``limit`` characters, `…` and how long it was,
    /// e.g. `xxxx… (1048576 characters)`. Line breaks and other control characters show as `\n`, `\t` or `?`.
    public static func cut(_ text: String, limit: Int = limit) -> String {
        let visible = { (value: Substring) -> String in
            var result = ""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\n": result += "\\n"
                case "\r": result += "\\r"
                case "\t": result += "\\t"
                case _ where scalar.value < 0x20 || scalar.value == 0x7F: result += "?"
                default: result.unicodeScalars.append(scalar)
                }
            }
            return result
        }
        guard text.utf8.count > limit, text.count > limit else { return visible(Substring(text)) }
        return visible(text.prefix(limit)) + "… (\(text.count))"
    }
}
