import Foundation

/// Threads that each keep one connection to a register and run the requests handed to them, at most `capacity`
/// waiting at a time (the one handing them over waits when that many are queued, so memory stays flat).
/// A sending thread blocks on its request; Swift's cooperative threads never do.
final class SenderPool: @unchecked Sendable {
    typealias Job = (HTTPConnection) -> Void
    private let condition = NSCondition()
    private var jobs: [Job] = []
    private var head = 0
    private var closed = false
    private var running = 0
    /// Jobs taken and not finished.
    private var active = 0
    private let capacity: Int

    /// Starts `threads` threads, each with its own connection from `client`.
    init(client: HTTPClient, threads: Int, capacity: Int) {
        self.capacity = max(1, capacity)
        running = threads
        for _ in 0..<threads {
            let thread = Thread { [self] in
                let connection = client.connect()
                while let job = take() {
                    job(connection)
                    condition.withLock {
                        active -= 1
                        condition.broadcast()
                    }
                }
                condition.withLock {
                    running -= 1
                    condition.broadcast()
                }
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// Hands over a request; waits while `capacity` requests are waiting.
    func add(_ job: @escaping Job) {
        condition.withLock {
            while jobs.count - head >= capacity { condition.wait() }
            jobs.append(job)
            condition.broadcast()
        }
    }

    private func take() -> Job? {
        condition.withLock {
            while head == jobs.count && !closed { condition.wait() }
            guard head < jobs.count else { return nil }
            let job = jobs[head]
            head += 1
            active += 1
            if head > 1024 && head * 2 > jobs.count {
                jobs.removeFirst(head)
                head = 0
            }
            condition.broadcast()
            return job
        }
    }

    /// Waits until every request handed over so far is done.
    func drain() {
        condition.withLock {
            while head < jobs.count || active > 0 { condition.wait() }
        }
    }

    /// Runs what was handed over, then stops the threads and returns.
    func finish() {
        condition.withLock {
            closed = true
            condition.broadcast()
            while running > 0 { condition.wait() }
        }
    }
}
