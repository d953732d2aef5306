import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import LeerlijnCore

/// A small HTTP client for registers over URLSession (libcurl on Linux); TLS verification is always on.
struct HTTPClient: Sendable {
    enum Outcome: Sendable {
        /// The register answered: the status, its Retry-After in seconds if any, and a short text of the body.
        case answered(Int, Double?, String?)
        /// No answer: a dropped connection, a timeout, a refused connection.
        case failed(String)
    }

    let register: Register
    let authorization: String?
    let session: URLSession

    init(register: Register, authorization: String?) {
        self.register = register
        self.authorization = authorization
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = register.connectTimeout
        configuration.timeoutIntervalForResource = register.requestTimeout
        configuration.httpMaximumConnectionsPerHost = register.concurrency
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    func request(_ url: URL, method: String, body: Data? = nil, headers: [String: String] = [:]) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = method
        request.httpBody = body
        if register.kind == .xapi { request.setValue(XAPIStatement.version, forHTTPHeaderField: "X-Experience-API-Version") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        if let authorization { request.setValue(authorization, forHTTPHeaderField: "Authorization") }
        return request
    }

    func post(_ url: URL, body: Data, headers: [String: String] = [:]) async -> Outcome {
        await perform(request(url, method: "POST", body: body, headers: headers))
    }

    /// True when the register holds the statement (also when it has been voided since). The status alone does
    /// not tell: xAPI answers the statement itself, some LRSs a list (empty when unknown, with status 200).
    func statementExists(_ endpoint: URL, id: String) async -> Bool {
        for parameter in ["statementId", "voidedStatementId"] {
            var components = URLComponents(url: endpoint.appendingPathComponent("statements"), resolvingAgainstBaseURL: false)!
            components.queryItems = [URLQueryItem(name: parameter, value: id)]
            guard let (status, data) = await fetch(request(components.url!, method: "GET")), status == 200,
                  let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] else { continue }
            if (object["id"] as? String)?.lowercased() == id.lowercased() { return true }
            if let list = object["statements"] as? [[String: Any]], list.contains(where: { ($0["id"] as? String)?.lowercased() == id.lowercased() }) {
                return true
            }
        }
        return false
    }

    func fetch(_ request: URLRequest) async -> (Int, Data)? {
        guard let (data, response) = try? await session.data(for: request), let http = response as? HTTPURLResponse else { return nil }
        return (http.statusCode, data)
    }

    func perform(_ request: URLRequest) async -> Outcome {
        do {
            let (data, response) = try await session.data(for: request)
            guard let http = response as? HTTPURLResponse else { return .failed("no HTTP answer") }
            let retryAfter = (http.value(forHTTPHeaderField: "Retry-After")).flatMap(Self.retryAfterSeconds)
            let text = String(decoding: data.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .answered(http.statusCode, retryAfter, text.isEmpty ? nil : text)
        } catch {
            return .failed((error as NSError).localizedDescription)
        }
    }

    /// `Retry-After` as seconds: a number, or an HTTP date.
    static func retryAfterSeconds(_ value: String) -> Double? {
        if let seconds = Double(value.trimmingCharacters(in: .whitespaces)) { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: value).map { $0.timeIntervalSinceNow }
    }
}
