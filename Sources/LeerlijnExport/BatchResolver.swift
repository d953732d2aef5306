import Foundation

// What a batch's answer says about each statement in it. "The LRS MUST reject a batch of statements if any Statement
// within that batch is rejected" (xAPI-Communication 3.2.s3.b9): a 409 (or a 400) for a batch says nothing about each
// statement, and a 204 or a short id list says only that some were known. So after such an answer each statement is
// looked up (GET /statements?statementId=, and ?voidedStatementId=), and those the LRS does not hold are sent again:
// first together without the ones it holds, then each alone. Only a statement the register refuses on its own is
// `failed` (facts 9; issue 18).

/// How one statement of a batch ended in this run.
enum StatementOutcome: Equatable {
    /// The register holds it.
    case held
    /// The register refused it on its own (sent alone): it is not tried again.
    case refused(status: Int?, error: String)
    /// Not delivered in this run: it stays pending for the next.
    case pending(status: Int?, error: String)
}

/// How a batch ended: an outcome per statement (in the batch's order), the attempts made, and the last status.
struct BatchResolution {
    var outcomes: [StatementOutcome]
    var attempts = 0
    var status: Int?
    /// 401 or 403: nothing more is sent in this run.
    var unauthorized: (status: Int, error: String)?
}

extension Exporter {
    /// Sends `count` statements, as one batch and then, where the answer leaves some out, as smaller batches and
    /// alone, until each has an outcome.
    /// - Parameters:
    ///   - ids: the statement id at a place of the batch (to look it up).
    ///   - body: the JSON array of the statements at these places.
    func resolve(count: Int, ids: (Int) -> String?, body: ([Int]) -> [UInt8], endpoint: String, connection: HTTPConnection) throws -> BatchResolution {
        var resolution = BatchResolution(outcomes: Array(repeating: .pending(status: nil, error: "not sent"), count: count))
        var groups: [[Int]] = [Array(0..<count)]
        let url = endpoint + "/statements"
        while !groups.isEmpty {
            let group = groups.removeFirst()
            let bytes = body(group)
            let delivery = try withRetries(count: group.count, post: { bytes.withUnsafeBytes { connection.post(url, body: $0) } }) { status in
                if status == 200 { return .all }
                // Possibly stored (ADL answers 409 for any known id, Ralph 204 when all were known): ask for each.
                return .some(group.indices.filter { place in ids(group[place]).map { connection.statementExists(endpoint, id: $0) } ?? false })
            }
            switch delivery {
            case let .confirmed(places, status, attempts):
                resolution.attempts += attempts
                resolution.status = status
                for place in places { resolution.outcomes[group[place]] = .held }
                let held = Set(places)
                let missing = group.indices.filter { !held.contains($0) }.map { group[$0] }
                guard !missing.isEmpty else { continue }
                if group.count == 1 {
                    // Alone: this statement's own answer.
                    resolution.outcomes[missing[0]] = status == 409
                        ? .refused(status: status, error: "the register holds a different statement with this id")
                        : .pending(status: status, error: "answered \(status) but the statement is not there")
                } else if missing.count < group.count {
                    groups.append(missing)   // again, without the ones the register holds
                } else {
                    groups += missing.map { [$0] }   // none held: each alone, so that one refusal does not sink the others
                }
            case let .notDelivered(status, error, refused, attempts):
                resolution.attempts += attempts
                resolution.status = status
                if refused && group.count > 1 {
                    groups += group.map { [$0] }   // a 400 for the batch: find which statement the register refuses
                } else {
                    for place in group { resolution.outcomes[place] = refused ? .refused(status: status, error: error) : .pending(status: status, error: error) }
                }
            case let .unauthorized(status, error, attempts):
                resolution.attempts += attempts
                resolution.status = status
                for place in group { resolution.outcomes[place] = .pending(status: status, error: error) }
                resolution.unauthorized = (status, error)
                return resolution
            }
        }
        return resolution
    }
}
