import TangleCore

/// Calendar arithmetic on UTC milliseconds, by hand, so that no time-zone database or formatter
/// can change a byte of the output.
enum Clock {
    static let second: Int64 = 1000
    static let minute: Int64 = 60_000
    static let hour: Int64 = 3_600_000
    static let day: Int64 = 86_400_000
    /// The instant Twitter's snowflake ids count from.
    static let twitterEpoch: Int64 = 1_288_834_974_657

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
    /// `YYYY-MM-DD`, UTC.
    mutating func appendDate(_ millis: Int64) {
        let (year, month, day) = Clock.civil(days: Clock.days(millis))
        appendPadded(year, width: 4)
        append(UInt8(ascii: "-"))
        appendPadded(month, width: 2)
        append(UInt8(ascii: "-"))
        appendPadded(day, width: 2)
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
