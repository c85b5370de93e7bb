import Foundation
import TangleCore
import TangleIngest

/// Runs a reader on its own thread and hands its events over in chunks, so that parsing (with
/// decompression and hashing) and storing use both cores. The queue is bounded: memory stays flat
/// however far the reader could run ahead.
final class EventPipe: @unchecked Sendable {
    // @unchecked: every mutable field is guarded by `condition`; the reader and its source are
    // touched only by the producer thread once `start` has handed them over.

    /// An event as the writer takes it: posts come with their list fields already encoded.
    enum Event {
        case post(PostRecord, CaseWriter.Lists)
        case account(AccountRecord)
        case rejected(Rejection)
    }

    struct Chunk {
        var events: [Event]
        /// Bytes of the file read from disk when the chunk was cut, for progress.
        var bytesRead: Int
    }

    private let condition = NSCondition()
    private var chunks: [Chunk] = []
    private var finished = false
    private var cancelled = false
    private var failure: (any Error)?
    private var reader: any RecordReader
    private let source: ByteSource
    private let capacity = 4
    private let chunkSize: Int

    init(reader: any RecordReader, source: ByteSource, chunkSize: Int) {
        self.reader = reader
        self.source = source
        self.chunkSize = chunkSize
    }

    func start() {
        let thread = Thread { [self] in produce() }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The next chunk, or nil at the end. Rethrows what stopped the reader, after the events read
    /// before it.
    func next() throws -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while chunks.isEmpty && !finished { condition.wait() }
        if !chunks.isEmpty {
            let chunk = chunks.removeFirst()
            condition.broadcast()
            return chunk
        }
        if let failure {
            self.failure = nil
            throw failure
        }
        return nil
    }

    /// Stops the producer at its next chunk and waits for it to let go of the file.
    func cancel() {
        condition.lock()
        cancelled = true
        chunks.removeAll()
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }

    /// The file's SHA-256, once the producer has finished.
    func digest() throws -> String {
        condition.lock()
        defer { condition.unlock() }
        while !finished { condition.wait() }
        return source.digest.hexDigest
    }

    private func produce() {
        var failure: (any Error)?
        var done = false
        while !done {
            var events: [Event] = []
            events.reserveCapacity(chunkSize)
            do {
                while events.count < chunkSize, let event = try reader.next() {
                    switch event {
                    case .post(let post): events.append(.post(post, CaseWriter.Lists(post)))
                    case .account(let account): events.append(.account(account))
                    case .rejected(let rejection): events.append(.rejected(rejection))
                    }
                }
                if events.count < chunkSize { done = true }
            } catch {
                failure = error
                done = true
            }
            if done {
                // Hash what the reader did not read, so the digest is always the whole file's.
                do { try source.finishDigest() } catch { failure = failure ?? error }
            }
            condition.lock()
            while chunks.count >= capacity && !cancelled { condition.wait() }
            if cancelled {
                finished = true
                condition.broadcast()
                condition.unlock()
                return
            }
            if !events.isEmpty { chunks.append(Chunk(events: events, bytesRead: source.bytesFromDisk)) }
            if done {
                self.failure = failure
                finished = true
            }
            condition.broadcast()
            condition.unlock()
        }
    }
}
