/// Why a world could not be simulated: a parameter out of range, a world too small for what it was
/// asked to hold, or a file that could not be written. The message says what to change.
public struct SimulationError: Error, CustomStringConvertible, Sendable {
    public let message: String

    init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}
