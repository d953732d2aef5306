import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small, fast xAPI sink on loopback for the export suite: `POST .../statements` answers 200 with the ids of
/// the statements in the body (as an LRS does); `GET .../statements?statementId=ID` answers the statement's id
/// (the exporter's confirm path). HTTP/1.1 with keep-alive, one thread per connection; it parses no JSON, it
/// only finds the statement ids, so that Leerlijn and curl are measured, not the sink.
final class SinkServer: @unchecked Sendable {
    let port: Int
    private let listener: Int32
    private let lock = NSLock()
    private var received = 0

    /// The statements received since the last `reset()`.
    var statements: Int { lock.withLock { received } }

    func reset() { lock.withLock { received = 0 } }

    init() throws {
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.listener = listener
        guard listener >= 0 else { throw ProcessRunner.Failure(description: "sink: no socket") }
        var yes: Int32 = 1
        setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) { (address: UnsafePointer<sockaddr_in>) -> Int32 in
            address.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(listener, 64) == 0 else { throw ProcessRunner.Failure(description: "sink: cannot listen on loopback") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { (address: UnsafeMutablePointer<sockaddr_in>) -> Int32 in
            address.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) }
        }
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in acceptLoop() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    var endpoint: String { "http://127.0.0.1:\(port)/xAPI" }

    private func acceptLoop() {
        while true {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            var yes: Int32 = 1
            setsockopt(client, Int32(IPPROTO_TCP), TCP_NODELAY, &yes, socklen_t(MemoryLayout<Int32>.size))
            let thread = Thread { [self] in serve(client) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var buffer = [UInt8]()
        buffer.reserveCapacity(1 << 20)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        func fill() -> Bool {
            let count = chunk.withUnsafeMutableBytes { recv(client, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return false }
            buffer.append(contentsOf: chunk[0..<count])
            return true
        }
        while true {
            // The head, up to the empty line.
            var headEnd: Int? = nil
            while headEnd == nil {
                headEnd = Self.find([13, 10, 13, 10], in: buffer, from: 0)
                if headEnd == nil && !fill() { return }
            }
            let head = String(decoding: buffer[0..<headEnd!], as: UTF8.self)
            let lines = head.split(separator: "\r\n")
            let requestLine = lines.first.map(String.init) ?? ""
            var contentLength = 0
            var expectContinue = false
            for line in lines.dropFirst() {
                let lower = line.lowercased()
                if lower.hasPrefix("content-length:") { contentLength = Int(lower.dropFirst(15).trimmingCharacters(in: .whitespaces)) ?? 0 }
                if lower.hasPrefix("expect:") && lower.contains("100-continue") { expectContinue = true }
            }
            if expectContinue { send(client, "HTTP/1.1 100 Continue\r\n\r\n") }
            let bodyStart = headEnd! + 4
            while buffer.count < bodyStart + contentLength { if !fill() { return } }
            let body = buffer[bodyStart..<(bodyStart + contentLength)]
            let answer: String
            if requestLine.hasPrefix("POST") {
                let ids = Self.statementIDs(in: body)
                lock.withLock { received += ids.count }
                answer = "[" + ids.map { "\"\($0)\"" }.joined(separator: ",") + "]"
            } else if let range = requestLine.range(of: "tatementId=") {
                let id = requestLine[range.upperBound...].prefix { $0 != " " && $0 != "&" }
                answer = "{\"id\":\"\(id)\"}"
            } else {
                answer = "{\"statements\":[]}"
            }
            send(client, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Experience-API-Version: 1.0.3\r\nContent-Length: \(answer.utf8.count)\r\n\r\n" + answer)
            buffer.removeFirst(bodyStart + contentLength)
        }
    }

    private func send(_ client: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let count = bytes.withUnsafeMutableBytes { Glibc.send(client, $0.baseAddress! + sent, $0.count - sent, Int32(MSG_NOSIGNAL)) }
            if count <= 0 { return }
            sent += count
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard haystack.count >= needle.count + start else { return nil }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == needle[0] && haystack[index + 1] == needle[1] && haystack[index + 2] == needle[2] && haystack[index + 3] == needle[3] {
                return index
            }
            index += 1
        }
        return nil
    }

    /// The UUIDs that follow `"id":"` in a body of statements (object ids are IRIs, not UUIDs).
    static func statementIDs(in body: ArraySlice<UInt8>) -> [String] {
        let key = Array("\"id\":\"".utf8)
        var ids: [String] = []
        var index = body.startIndex
        let end = body.endIndex
        while index + key.count + 36 <= end {
            if body[index] == key[0] && body[index + 1] == key[1] && body[index + 2] == key[2] && body[index + 3] == key[3]
                && body[index + 4] == key[4] && body[index + 5] == key[5] {
                let start = index + key.count
                let candidate = body[start..<(start + 36)]
                if candidate[start + 8] == 45 && candidate[start + 13] == 45 && body[start + 36 < end ? start + 36 : start] == 34 {
                    ids.append(String(decoding: candidate, as: UTF8.self))
                    index = start + 36
                    continue
                }
            }
            index += 1
        }
        return ids
    }
}
