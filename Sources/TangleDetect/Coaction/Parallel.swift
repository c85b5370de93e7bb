import Dispatch
import Foundation

/// `(0..<count).map(transform)` on every core, results in order. For coarse tasks (a sweep each):
/// the lock is taken once per task.
func parallelMap<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
    let results = ResultSlots<T>(count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        results.set(index, transform(index))
    }
    return results.values
}

private final class ResultSlots<T: Sendable>: @unchecked Sendable {
    private var slots: [T?]
    private let lock = NSLock()

    init(_ count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ value: T) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    var values: [T] { slots.map { $0! } }
}
