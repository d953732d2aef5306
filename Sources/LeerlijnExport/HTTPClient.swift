import Foundation
import CLeerlijnCurl
import LeerlijnCore

/// How to reach a register over HTTP: its timeouts, headers and credentials. TLS verification is always on; `caFile`
/// is a PEM bundle for a register behind a private CA (libcurl's CA bundle; the system's certificate folder stays).
struct HTTPClient: Sendable {
    enum Outcome: Sendable {
        /// The register answered: the status, its Retry-After in seconds if any, and a short text of the body.
        case answered(Int, Double?, String?)
        /// No answer: a dropped connection, a timeout, a refused connection.
        case failed(String)
    }

    let register: Register
    let authorization: String?
    let caFile: String?

    /// A connection for one thread (libcurl handles are not shared between threads); it keeps the TCP or TLS
    /// connection alive between requests.
    func connect() -> HTTPConnection { HTTPConnection(client: self) }

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

/// One libcurl easy handle: requests on it run one at a time, on the thread that owns it.
final class HTTPConnection {
    private let handle: UnsafeMutableRawPointer
    private let client: HTTPClient
    /// What the current request's answer wrote: its body (up to `bodyLimit` bytes) and its Retry-After header.
    private final class Answer {
        var body: [UInt8] = []
        var bodyLimit = 0
        var retryAfter: String?
    }
    private let answer = Answer()
    /// Where libcurl writes a failed request's message.
    private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)

    /// libcurl's global set-up, once per process before the first handle.
    private static let initialized: Bool = curl_global_init(Int(CURL_GLOBAL_ALL)) == CURLE_OK

    fileprivate init(client: HTTPClient) {
        _ = Self.initialized
        self.client = client
        handle = curl_easy_init()
        let register = client.register
        leerlijn_curl_set_long(handle, CURLOPT_NOSIGNAL, 1)
        leerlijn_curl_set_long(handle, CURLOPT_SSL_VERIFYPEER, 1)
        leerlijn_curl_set_long(handle, CURLOPT_SSL_VERIFYHOST, 2)
        if let caFile = client.caFile { leerlijn_curl_set_pointer(handle, CURLOPT_CAINFO, caFile) }
        leerlijn_curl_set_long(handle, CURLOPT_CONNECTTIMEOUT_MS, Int(register.connectTimeout * 1000))
        leerlijn_curl_set_long(handle, CURLOPT_TIMEOUT_MS, Int(register.requestTimeout * 1000))
        leerlijn_curl_set_long(handle, CURLOPT_FOLLOWLOCATION, 0)
        errorBuffer[0] = 0
        leerlijn_curl_set_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
        let context = Unmanaged.passUnretained(answer).toOpaque()
        leerlijn_curl_set_callback(handle, CURLOPT_WRITEFUNCTION) { data, size, count, context in
            let answer = Unmanaged<Answer>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            let room = max(0, answer.bodyLimit - answer.body.count)
            if room > 0, let data {
                data.withMemoryRebound(to: UInt8.self, capacity: length) { answer.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: min(room, length))) }
            }
            return length
        }
        leerlijn_curl_set_pointer(handle, CURLOPT_WRITEDATA, context)
        leerlijn_curl_set_callback(handle, CURLOPT_HEADERFUNCTION) { data, size, count, context in
            let answer = Unmanaged<Answer>.fromOpaque(context!).takeUnretainedValue()
            let length = size * count
            if let data, length > 12 {
                let line = data.withMemoryRebound(to: UInt8.self, capacity: length) { String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self) }
                if line.lowercased().hasPrefix("retry-after:") {
                    answer.retryAfter = String(line.dropFirst("retry-after:".count)).trimmingCharacters(in: .whitespacesAndNewlines)
                }
            }
            return length
        }
        leerlijn_curl_set_pointer(handle, CURLOPT_HEADERDATA, context)
    }

    deinit {
        curl_easy_cleanup(handle)
        if let plainPostHeaders { curl_slist_free_all(plainPostHeaders) }
        errorBuffer.deallocate()
    }

    /// The headers of a POST without headers of its own, made at the first.
    private var plainPostHeaders: UnsafeMutablePointer<curl_slist>?

    /// The request headers: the register's, the caller's, and no `Expect: 100-continue` round trip.
    private func headerList(_ extra: [String: String], json: Bool) -> UnsafeMutablePointer<curl_slist>? {
        var lines: [String] = ["Expect:"]
        if json { lines.append("Content-Type: application/json") }
        if client.register.kind == .xapi { lines.append("X-Experience-API-Version: \(XAPIStatement.version)") }
        if let authorization = client.authorization { lines.append("Authorization: \(authorization)") }
        for (name, value) in extra.sorted(by: { $0.key < $1.key }) { lines.append("\(name): \(value)") }
        var list: UnsafeMutablePointer<curl_slist>? = nil
        for line in lines { list = curl_slist_append(list, line) }
        return list
    }

    /// POSTs `body` (JSON) to `url`.
    func post(_ url: String, body: UnsafeRawBufferPointer, headers: [String: String] = [:]) -> HTTPClient.Outcome {
        leerlijn_curl_set_long(handle, CURLOPT_POST, 1)
        leerlijn_curl_set_long(handle, CURLOPT_POSTFIELDSIZE, body.count)
        leerlijn_curl_set_pointer(handle, CURLOPT_POSTFIELDS, body.baseAddress ?? UnsafeRawPointer(bitPattern: 1))
        if headers.isEmpty && plainPostHeaders == nil { plainPostHeaders = headerList([:], json: true) }
        let result = headers.isEmpty ? perform(url, headers: plainPostHeaders, keep: true, bodyLimit: 300)
            : perform(url, headers: headerList(headers, json: true), keep: false, bodyLimit: 300)
        leerlijn_curl_set_pointer(handle, CURLOPT_POSTFIELDS, nil)
        switch result {
        case let .success(status, body):
            // The body's text is for messages about failures only.
            let text = (200..<300).contains(status) ? "" : String(decoding: body, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            return .answered(status, answer.retryAfter.flatMap(HTTPClient.retryAfterSeconds), text.isEmpty ? nil : text)
        case let .failure(message):
            return .failed(message)
        }
    }

    /// GETs `url`: the status and body, or nil when there was no answer.
    func get(_ url: String) -> (Int, [UInt8])? {
        leerlijn_curl_set_long(handle, CURLOPT_HTTPGET, 1)
        guard case let .success(status, body) = perform(url, headers: headerList([:], json: false), keep: false, bodyLimit: 16 << 20) else { return nil }
        return (status, body)
    }

    /// True when the register holds the statement (also when it has been voided since). The status alone does
    /// not tell: xAPI answers the statement itself, some LRSs a list (empty when unknown, with status 200).
    func statementExists(_ endpoint: String, id: String) -> Bool {
        for parameter in ["statementId", "voidedStatementId"] {
            guard let (status, data) = get("\(endpoint)/statements?\(parameter)=\(id)"), status == 200,
                  let object = (try? JSONSerialization.jsonObject(with: Data(data))) as? [String: Any] else { continue }
            if (object["id"] as? String)?.lowercased() == id.lowercased() { return true }
            if let list = object["statements"] as? [[String: Any]], list.contains(where: { ($0["id"] as? String)?.lowercased() == id.lowercased() }) {
                return true
            }
        }
        return false
    }

    private enum Result {
        case success(Int, [UInt8])
        case failure(String)
    }

    /// Performs the request set up on the handle; frees `headers` afterwards unless `keep`.
    private func perform(_ url: String, headers: UnsafeMutablePointer<curl_slist>?, keep: Bool, bodyLimit: Int) -> Result {
        defer { if !keep { curl_slist_free_all(headers) } }
        answer.body.removeAll(keepingCapacity: true)
        answer.bodyLimit = bodyLimit
        answer.retryAfter = nil
        errorBuffer[0] = 0
        leerlijn_curl_set_pointer(handle, CURLOPT_URL, url)
        leerlijn_curl_set_pointer(handle, CURLOPT_HTTPHEADER, headers)
        let code = curl_easy_perform(handle)
        leerlijn_curl_set_pointer(handle, CURLOPT_HTTPHEADER, nil)
        guard code == CURLE_OK else {
            let detail = errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: curl_easy_strerror(code))
            return .failure(detail)
        }
        var status = 0
        leerlijn_curl_get_long(handle, CURLINFO_RESPONSE_CODE, &status)
        return .success(status, answer.body)
    }
}
