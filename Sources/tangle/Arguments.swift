import ArgumentParser

/// A time window on the command line: `60` or `60s` (seconds), `500ms`, `10m`, `1h`, `1d`; kept in
/// milliseconds, the unit the engine compares times in.
struct Window: ExpressibleByArgument, Sendable, CustomStringConvertible {
    var milliseconds: Int64

    init(milliseconds: Int64) { self.milliseconds = milliseconds }

    init?(argument: String) {
        let units: [(suffix: String, ms: Double)] = [("ms", 1), ("s", 1000), ("m", 60_000), ("h", 3_600_000), ("d", 86_400_000)]
        var number = Substring(argument)
        var scale = 1000.0
        for unit in units where argument.hasSuffix(unit.suffix) {
            number = argument.dropLast(unit.suffix.count)
            scale = unit.ms
            break
        }
        guard let value = Double(number), value >= 0, value.isFinite else { return nil }
        milliseconds = Int64((value * scale).rounded())
    }

    var description: String {
        milliseconds % 1000 == 0 ? "\(milliseconds / 1000)s" : "\(milliseconds)ms"
    }

    var defaultValueDescription: String { description }
}

/// Which peer's definition of an edge to reproduce.
enum Semantics: String, ExpressibleByArgument, CaseIterable, Sendable {
    case tangle, qut, coortweet
}

/// How a command prints a table of rows.
enum TableFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, csv, json
}
