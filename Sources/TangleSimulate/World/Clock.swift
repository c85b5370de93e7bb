import TangleCore

/// Calendar arithmetic on UTC milliseconds, by hand, so that no time-zone database or formatter
/// can change a byte of the output.
enum Clock {
    static let second: Int64 = 1000
    static let minute: Int64 = 60_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000

    /// Floor division, so that instants before 1970 fall on the right day.
    @inline(__always)
    static func days(_ millis: Int64) -> Int64 {
        millis >= 0 ? millis / day : (millis - day + 1) / day
    }

    /// 0 for Monday ... 6 for Sunday (1970-01-01 was a Thursday).
    static func weekday(_ millis: Int64) -> Int {
        Int(((days(millis) + 3) % 7 + 7) % 7)
    }

    /// The hour of the day, 0...23.
    static func hourOfDay(_ millis: Int64) -> Int {
        Int((millis - days(millis) * day) / hour)
    }

    /// Year, month, day of a day number.
    static func civil(days: Int64) -> (year: Int, month: Int, day: Int) {
        let (year, month, day) = Timestamp.civil(fromDays: days)
        return (Int(year), Int(month), Int(day))
    }

    /// `YYYY-MM-DD`, UTC.
    static func date(_ millis: Int64) -> String {
        var bytes: [UInt8] = []
        bytes.appendDate(millis)
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// `YYYY-MM-DD` (or with another `separator`, `YYYY/MM/DD`), UTC.
    mutating func appendDate(_ millis: Int64, separator: UInt8 = UInt8(ascii: "-")) {
        appendDate(days: Clock.days(millis), separator: separator)
    }

    /// `YYYY-MM-DD` (or with another `separator`) of a day number.
    mutating func appendDate(days: Int64, separator: UInt8 = UInt8(ascii: "-")) {
        let (year, month, day) = Clock.civil(days: days)
        appendPadded(year, width: 4)
        append(separator)
        appendPadded(month, width: 2)
        append(separator)
        appendPadded(day, width: 2)
    }

    /// `YYYY-MM-DDTHH:MM:SS` or `YYYY-MM-DDTHH:MM:SS.mmm`, UTC, without a zone designator.
    mutating func appendISO8601(_ millis: Int64, milliseconds: Bool) {
        appendDate(millis)
        append(UInt8(ascii: "T"))
        appendTimeOfDay(millis, seconds: true, milliseconds: milliseconds)
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.mmm`, UTC.
    mutating func appendTimeOfDay(_ millis: Int64, seconds: Bool, milliseconds: Bool) {
        let ofDay = Int(millis - Clock.days(millis) * Clock.day)
        appendPadded(ofDay / 3_600_000, width: 2)
        append(UInt8(ascii: ":"))
        appendPadded(ofDay / 60_000 % 60, width: 2)
        guard seconds else { return }
        append(UInt8(ascii: ":"))
        appendPadded(ofDay / 1000 % 60, width: 2)
        guard milliseconds else { return }
        append(UInt8(ascii: "."))
        appendPadded(ofDay % 1000, width: 3)
    }
}
