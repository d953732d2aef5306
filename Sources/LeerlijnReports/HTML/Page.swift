import LeerlijnCore

/// What the portfolio and the dashboard pages share: the document head with the inline stylesheet.
enum Page {
    /// `<!DOCTYPE html>` through `<body>`: language, character set, viewport, title, the stylesheet, and a
    /// Content-Security-Policy that forbids every fetch (the page must not reach the network).
    static func head(title: String, language: Language) -> String {
        "<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\"><head><meta charset=\"utf-8\">"
            + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            + "<meta name=\"generator\" content=\"Leerlijn\">"
            + "<title>\(HTML.escape(title))</title><style>\(Stylesheet.css)</style></head><body>"
    }
}
