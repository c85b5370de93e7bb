import Foundation

/// How well an hour-of-week fingerprint fits a working week, at the UTC offset where it fits best.
///
/// For each whole-hour UTC offset from -12 to +14 the fingerprint is read in local time and scored by
/// its log-likelihood under two templates, each smoothed with 5% uniform activity so that no post is
/// impossible:
/// - **work**: posts only in office hours (`officeStartHour..<officeEndHour`, Monday to Friday), evenly;
/// - **diurnal**: the waking-hours curve of ordinary users (busy 08–24, tailing off after midnight,
///   quiet 02–07) on all seven days, as published Twitter activity curves show.
///
/// The offset is the work template's best; an office 09–18 at UTC+3 is indistinguishable from 08–17
/// at UTC+2, so the offset is "where these hours are 09–18". The figures at that offset say why it is
/// or is not a work schedule: weekend share (a fixed Monday–Friday office puts far below 2/7 of its
/// posts on the weekend), office share, night share (00–06 local) and the lunch dip (the quieter of
/// 12:00 and 13:00 on weekdays against the other office hours; 1 is no dip).
public struct WorkScheduleFit: Sendable, Equatable, Codable {
    /// The UTC offset, in hours, under which the activity best fits office hours.
    public var utcOffsetHours: Int
    /// Share of posts on local Saturdays and Sundays.
    public var weekendShare: Double
    /// Share of posts in local office hours on weekdays.
    public var officeShare: Double
    /// Share of posts between 00:00 and 06:00 local, any day.
    public var nightShare: Double
    /// Weekday lunch-hour rate over the other office hours' rate; below 1 is a dip.
    public var lunchDip: Double
    /// Mean log-likelihood per post of the work template at the best offset minus that of the diurnal
    /// template at its own best offset, in nats: positive when a working week explains the activity
    /// better than ordinary waking hours.
    public var workOverDiurnal: Double
    /// The best work offset's log-likelihood per post minus the runner-up offset's, in nats.
    public var offsetMargin: Double

    public init(
        utcOffsetHours: Int, weekendShare: Double, officeShare: Double, nightShare: Double, lunchDip: Double,
        workOverDiurnal: Double, offsetMargin: Double
    ) {
        self.utcOffsetHours = utcOffsetHours
        self.weekendShare = weekendShare
        self.officeShare = officeShare
        self.nightShare = nightShare
        self.lunchDip = lunchDip
        self.workOverDiurnal = workOverDiurnal
        self.offsetMargin = offsetMargin
    }

    /// The offsets tried, as on real clocks.
    public static let offsets = -12...14
    /// Local office hours of the work template.
    public static let officeStartHour = 9
    public static let officeEndHour = 18
    /// Share of uniform activity mixed into both templates.
    static let smoothing = 0.05

    /// Relative activity of ordinary users by local hour.
    static let diurnalCurve: [Double] = [
        0.5, 0.3, 0.15, 0.1, 0.1, 0.1, 0.2, 0.4, 0.7, 0.8, 0.9, 0.9,
        1.0, 1.0, 0.9, 0.9, 0.9, 1.0, 1.0, 1.1, 1.1, 1.1, 1.0, 0.8,
    ]

    static let workLogTemplate = logTemplate { day, hour in
        day < 5 && (officeStartHour..<officeEndHour).contains(hour) ? 1 : 0
    }
    static let diurnalLogTemplate = logTemplate { _, hour in diurnalCurve[hour] }

    /// The log of a local-time template built from relative weights, normalised and smoothed.
    static func logTemplate(_ weight: (_ day: Int, _ hour: Int) -> Double) -> [Double] {
        let raw = (0..<ActivityFingerprints.binCount).map { weight($0 / 24, $0 % 24) }
        let total = raw.reduce(0, +)
        let uniform = smoothing / Double(ActivityFingerprints.binCount)
        return raw.map { log((1 - smoothing) * $0 / total + uniform) }
    }

    /// Fits a fingerprint of 168 UTC hour-of-week counts (or weights); nil when it is all zero.
    ///
    /// - Complexity: O(O · 168) for the O = 27 offsets.
    public static func fit(_ fingerprint: [Double]) -> WorkScheduleFit? {
        precondition(fingerprint.count == ActivityFingerprints.binCount, "a fingerprint has 168 bins")
        let total = fingerprint.reduce(0, +)
        guard total > 0 else { return nil }
        var work: [(offset: Int, logLikelihood: Double)] = []
        var bestDiurnal = -Double.infinity
        for offset in offsets {
            var workLL = 0.0
            var diurnalLL = 0.0
            for utc in 0..<ActivityFingerprints.binCount where fingerprint[utc] > 0 {
                let local = localBin(utc, offset: offset)
                workLL += fingerprint[utc] * workLogTemplate[local]
                diurnalLL += fingerprint[utc] * diurnalLogTemplate[local]
            }
            work.append((offset, workLL / total))
            bestDiurnal = max(bestDiurnal, diurnalLL / total)
        }
        // Ties go to the offset nearest UTC, then the lower: stable whatever the order tried.
        work.sort {
            $0.logLikelihood != $1.logLikelihood
                ? $0.logLikelihood > $1.logLikelihood
                : (abs($0.offset), $0.offset) < (abs($1.offset), $1.offset)
        }
        let offset = work[0].offset
        var weekend = 0.0
        var office = 0.0
        var night = 0.0
        var lunch = [0.0, 0.0]
        for utc in 0..<ActivityFingerprints.binCount {
            let local = localBin(utc, offset: offset)
            let (day, hour) = (local / 24, local % 24)
            let posts = fingerprint[utc]
            if day >= 5 { weekend += posts }
            if hour < 6 { night += posts }
            if day < 5, (officeStartHour..<officeEndHour).contains(hour) {
                office += posts
                if hour == 12 || hour == 13 { lunch[hour - 12] += posts }
            }
        }
        let officeHours = Double(officeEndHour - officeStartHour)
        let otherOfficeRate = (office - lunch[0] - lunch[1]) / (officeHours - 2)
        return WorkScheduleFit(
            utcOffsetHours: offset, weekendShare: weekend / total, officeShare: office / total,
            nightShare: night / total, lunchDip: otherOfficeRate > 0 ? min(lunch[0], lunch[1]) / otherOfficeRate : 1,
            workOverDiurnal: work[0].logLikelihood - bestDiurnal,
            offsetMargin: work[0].logLikelihood - work[1].logLikelihood)
    }

    /// The local hour of the week of UTC bin `utc` at `offset` hours from UTC.
    ///
    /// - Complexity: O(1)
    static func localBin(_ utc: Int, offset: Int) -> Int {
        let local = (utc + offset) % ActivityFingerprints.binCount
        return local < 0 ? local + ActivityFingerprints.binCount : local
    }
}
