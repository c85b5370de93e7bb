/// Parsing of the time formats social-media data comes in, from bytes, to UTC milliseconds.
public enum Timestamp {
    /// The instant Twitter's snowflake ids count from, in UTC milliseconds (2010-11-04T01:42:54.657Z).
    public static let twitterEpoch: Int64 = 1_288_834_974_657

    /// Milliseconds since the Unix epoch for a UTC civil date and time.
    ///
    /// - Complexity: O(1) (Howard Hinnant's days-from-civil).
    public static func epochMillis(
        year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0, millisecond: Int = 0
    ) -> Int64 {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        let days = Int64(era) * 146_097 + Int64(dayOfEra) - 719_468
        return ((days * 24 + Int64(hour)) * 60 + Int64(minute)) * 60_000 + Int64(second) * 1000 + Int64(millisecond)
    }

    /// The exact time encoded in a Twitter snowflake id (`(id >> 22) + 1288834974657`), or nil when the
    /// bytes are not a decimal id from the snowflake era (ids before November 2010 were sequential).
    public static func snowflakeMillis(_ id: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard !id.isEmpty, id.count <= 20 else { return nil }
        var value: UInt64 = 0
        for byte in id {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(UInt64(byte - 0x30))
            guard !o1, !o2 else { return nil }
            value = sum
        }
        let offset = value >> 22
        // Sequential pre-snowflake ids decode to the first seconds of the epoch; demand a day.
        guard offset >= 86_400_000, offset < 1 << 41 else { return nil }
        return Int64(offset) + twitterEpoch
    }

    public static func snowflakeMillis(_ id: String) -> Int64? {
        var id = id
        return id.withUTF8 { snowflakeMillis($0) }
    }

    /// A calendar date-time in any of the layouts the supported formats use, as UTC milliseconds:
    ///
    /// - ISO 8601: `2016-10-01T19:58:07Z`, `2016-10-01T19:58:07.123+02:00`, `...+0200`, no offset = UTC
    /// - IO archive: `2016-10-01 19:58` and `2016-10-01 19:58:07`; a date alone, `2016-10-01`
    /// - FiveThirtyEight: `10/1/2017 19:58` (month/day/year, UTC), seconds optional
    /// - Twitter API v1.1: `Wed Oct 10 20:19:24 +0000 2018`
    public static func parseDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> Int64? {
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpaces()
        guard let first = scanner.peek else { return nil }
        let result: Int64?
        if isDigit(first) {
            // Four leading digits are a year (ISO-like); otherwise a month (month/day/year).
            let startsWithYear = (0..<4).allSatisfy { scanner.peekAhead($0).map(isDigit) == true }
            result = startsWithYear ? scanner.isoLike() : scanner.monthDayYear()
        } else {
            result = scanner.twitterClassic()
        }
        scanner.skipSpaces()
        return scanner.atEnd ? result : nil
    }

    public static func parseDateTime(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { parseDateTime($0) }
    }

    /// A Unix time, possibly fractional and possibly in scientific notation (`1.6295898e+09`), as
    /// milliseconds rounded to the nearest. `unit` is 1000 for seconds, 1 for milliseconds.
    ///
    /// The number is read exactly as decimal digits (at most 18 significant ones) and a power of ten,
    /// with no floating point, so `1629589836.123` is 1629589836123 ms, not one off.
    ///
    /// - Complexity: O(n).
    public static func parseUnix(_ bytes: UnsafeBufferPointer<UInt8>, unit: Int64 = 1000) -> Int64? {
        guard unit > 0 else { return nil }
        var scanner = Scanner(bytes: bytes)
        scanner.skipSpaces()
        var negative = false
        if scanner.peek == UInt8(ascii: "-") {
            negative = true
            scanner.index += 1
        }
        // value = significand · 10^exponent units
        var significand: Int64 = 0
        var significantDigits = 0
        var exponent = 0
        var digits = 0
        while let b = scanner.peek, isDigit(b) {
            guard significantDigits < 18 else { return nil }
            significand = significand * 10 + Int64(b - 0x30)
            if significand > 0 { significantDigits += 1 }
            digits += 1
            scanner.index += 1
        }
        if scanner.peek == UInt8(ascii: ".") {
            scanner.index += 1
            while let b = scanner.peek, isDigit(b) {
                // Digits past the 18th significant one are far below a millisecond; they are read, not kept.
                if significantDigits < 18 {
                    significand = significand * 10 + Int64(b - 0x30)
                    if significand > 0 { significantDigits += 1 }
                    exponent -= 1
                }
                digits += 1
                scanner.index += 1
            }
        }
        guard digits > 0 else { return nil }
        if let b = scanner.peek, b == UInt8(ascii: "e") || b == UInt8(ascii: "E") {
            scanner.index += 1
            var exponentNegative = false
            if scanner.peek == UInt8(ascii: "+") || scanner.peek == UInt8(ascii: "-") {
                exponentNegative = scanner.peek == UInt8(ascii: "-")
                scanner.index += 1
            }
            guard let e = scanner.number(maxDigits: 2) else { return nil }
            exponent += exponentNegative ? -e : e
        }
        scanner.skipSpaces()
        guard scanner.atEnd else { return nil }
        var millis: Int64
        if exponent >= 0 {
            millis = significand
            for _ in 0..<exponent {
                let r = millis.multipliedReportingOverflow(by: 10)
                guard !r.overflow else { return nil }
                millis = r.partialValue
            }
            let r = millis.multipliedReportingOverflow(by: unit)
            guard !r.overflow else { return nil }
            millis = r.partialValue
        } else {
            // significand · unit / 10^-exponent, rounded half up, without overflowing the product.
            while exponent < -18 {  // keeps the divisor within Int64; drops digits below 10^-18 units
                significand /= 10
                exponent += 1
            }
            var divisor: Int64 = 1
            for _ in 0..<(-exponent) { divisor *= 10 }
            let whole = (significand / divisor).multipliedReportingOverflow(by: unit)
            guard !whole.overflow else { return nil }
            let remainder = UInt64(significand % divisor).multipliedFullWidth(by: UInt64(unit))
            let (fraction, rest) = UInt64(divisor).dividingFullWidth(remainder)
            let rounded = Int64(fraction) + (rest >= UInt64(divisor) - rest ? 1 : 0)
            let sum = whole.partialValue.addingReportingOverflow(rounded)
            guard !sum.overflow else { return nil }
            millis = sum.partialValue
        }
        return negative ? -millis : millis
    }

    public static func parseUnix(_ text: String, unit: Int64 = 1000) -> Int64? {
        var text = text
        return text.withUTF8 { parseUnix($0, unit: unit) }
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
}

private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    var index = 0

    var atEnd: Bool { index >= bytes.count }
    var peek: UInt8? { index < bytes.count ? bytes[index] : nil }

    func peekAhead(_ n: Int) -> UInt8? { index + n < bytes.count ? bytes[index + n] : nil }

    mutating func skipSpaces() {
        while let b = peek, b == 0x20 || b == 0x09 { index += 1 }
    }

    mutating func consume(_ ascii: Unicode.Scalar) -> Bool {
        guard peek == UInt8(ascii: ascii) else { return false }
        index += 1
        return true
    }

    mutating func number(minDigits: Int = 1, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        while count < maxDigits, let b = peek, Timestamp.isDigit(b) {
            value = value * 10 + Int(b - 0x30)
            count += 1
            index += 1
        }
        return count >= minDigits ? value : nil
    }

    /// Whether only spaces follow: a date without a time (`2016-10-01 ` from a padded CSV field).
    private func isDateOnly() -> Bool {
        var probe = self
        probe.skipSpaces()
        return probe.atEnd
    }

    /// `YYYY-MM-DD[( |T)HH:MM[:SS[.fff]]][Z|±HH[:]MM]`
    mutating func isoLike() -> Int64? {
        guard let year = number(minDigits: 4, maxDigits: 4), consume("-"),
            let month = number(minDigits: 1, maxDigits: 2), consume("-"),
            let day = number(minDigits: 1, maxDigits: 2)
        else { return nil }
        guard atEnd || peek == UInt8(ascii: "T") || peek == UInt8(ascii: " ") else { return nil }
        if isDateOnly() { return validated(year, month, day, 0, 0, 0, 0, offsetMinutes: 0) }
        index += 1
        guard let (hour, minute, second, millis) = clock() else { return nil }
        guard let offset = zoneOffset() else { return nil }
        return validated(year, month, day, hour, minute, second, millis, offsetMinutes: offset)
    }

    /// `M/D/YYYY H:MM[:SS]`
    mutating func monthDayYear() -> Int64? {
        guard let month = number(maxDigits: 2), consume("/"), let day = number(maxDigits: 2), consume("/"),
            let year = number(minDigits: 4, maxDigits: 4)
        else { return nil }
        if isDateOnly() { return validated(year, month, day, 0, 0, 0, 0, offsetMinutes: 0) }
        guard consume(" ") else { return nil }
        skipSpaces()
        guard let (hour, minute, second, millis) = clock() else { return nil }
        return validated(year, month, day, hour, minute, second, millis, offsetMinutes: 0)
    }

    /// `Wed Oct 10 20:19:24 +0000 2018`
    mutating func twitterClassic() -> Int64? {
        guard word() != nil, consume(" "), let monthName = word(), consume(" "),
            let day = number(maxDigits: 2), consume(" "),
            let (hour, minute, second, millis) = clock(), consume(" ")
        else { return nil }
        guard let offset = zoneOffset(), consume(" "), let year = number(minDigits: 4, maxDigits: 4) else {
            return nil
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard let month = months.firstIndex(of: monthName.lowercased()) else { return nil }
        return validated(year, month + 1, day, hour, minute, second, millis, offsetMinutes: offset)
    }

    private mutating func word() -> String? {
        let start = index
        while let b = peek, (b | 0x20) >= 0x61, (b | 0x20) <= 0x7a { index += 1 }
        guard index - start == 3 else { return nil }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
    }

    private mutating func clock() -> (Int, Int, Int, Int)? {
        guard let hour = number(maxDigits: 2), consume(":"), let minute = number(minDigits: 2, maxDigits: 2)
        else { return nil }
        var second = 0
        var millis = 0
        if consume(":") {
            guard let s = number(minDigits: 2, maxDigits: 2) else { return nil }
            second = s
            if consume(".") || consume(",") {
                var scale = 100
                var digits = 0
                while let b = peek, Timestamp.isDigit(b) {
                    millis += Int(b - 0x30) * scale
                    scale /= 10
                    digits += 1
                    index += 1
                }
                guard digits > 0 else { return nil }
            }
        }
        return (hour, minute, second, millis)
    }

    /// `Z`, `±HH:MM`, `±HHMM`, `±HH`, ` UTC`, or nothing (UTC); minutes east of UTC.
    private mutating func zoneOffset() -> Int? {
        if consume("Z") || consume("z") { return 0 }
        let save = index
        skipSpaces()
        if let b = peek, b == UInt8(ascii: "+") || b == UInt8(ascii: "-") {
            index += 1
            guard let hours = number(minDigits: 2, maxDigits: 2) else { return nil }
            _ = consume(":")
            let minutes = number(minDigits: 2, maxDigits: 2) ?? 0
            guard hours < 24, minutes < 60 else { return nil }
            let total = hours * 60 + minutes
            return b == UInt8(ascii: "-") ? -total : total
        }
        if peek == UInt8(ascii: "U"), peekAhead(1) == UInt8(ascii: "T"), peekAhead(2) == UInt8(ascii: "C") {
            index += 3
            return 0
        }
        index = save
        return 0
    }

    private func validated(
        _ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int, _ millis: Int,
        offsetMinutes: Int
    ) -> Int64? {
        let monthDays = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard (1...12).contains(month), day >= 1, day <= monthDays[month - 1], hour < 24, minute < 60,
            second <= 60
        else { return nil }
        if month == 2, day == 29, !(year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) { return nil }
        let local = Timestamp.epochMillis(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second, millisecond: millis)
        return local - Int64(offsetMinutes) * 60_000
    }
}
