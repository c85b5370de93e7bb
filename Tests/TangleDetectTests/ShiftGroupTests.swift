import Testing

@testable import TangleCore
@testable import TangleDetect

/// Hand-made weeks of posting: office workers on a weekday 09–18 shift with a lunch dip in one time
/// zone, and ordinary users with waking-hours activity and weekends in several.
enum ShiftWorld {
    /// Monday 2024-01-01 00:00 UTC.
    static let monday: Int64 = 1_704_067_200_000
    static let hour: Int64 = 3_600_000
    static let weeks = 8

    /// The detector's own seeded generator: repeatable weeks.
    typealias Random = SeededRandom

    /// Posts of an office worker at `offset`: each weekday hour 09–18 local, a post with probability
    /// 0.5 (0.15 at 13:00).
    static func officePosts(offset: Int, random: inout Random) -> [Int64] {
        var times: [Int64] = []
        for day in 0..<(7 * weeks) where day % 7 < 5 {
            for localHour in 9..<18 where random.nextUnit() < (localHour == 13 ? 0.15 : 0.5) {
                let start = monday + Int64(day * 24 + localHour - offset) * hour
                times.append(start + Int64(random.nextUnit() * Double(hour)))
            }
        }
        return times
    }

    /// Posts of an ordinary user at `offset`: every hour of every day, with a probability that follows
    /// waking hours (busy 08–24, quiet at night).
    static func organicPosts(offset: Int, random: inout Random) -> [Int64] {
        let curve = [0.3, 0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.5, 0.6, 0.6, 0.7,
                     0.8, 0.7, 0.6, 0.6, 0.6, 0.7, 0.8, 0.9, 1.0, 1.0, 0.8, 0.5]
        var times: [Int64] = []
        for day in 0..<(7 * weeks) {
            for localHour in 0..<24 where random.nextUnit() < 0.12 * curve[localHour] {
                let start = monday + Int64(day * 24 + localHour - offset) * hour
                times.append(start + Int64(random.nextUnit() * Double(hour)))
            }
        }
        return times
    }

    /// A frame of the accounts' posts, in time order.
    static func frame(_ accounts: [[Int64]]) -> Frame {
        var posts: [(time: Int64, account: UInt32)] = []
        for (account, times) in accounts.enumerated() { posts += times.map { ($0, UInt32(account)) } }
        posts.sort { ($0.time, $0.account) < ($1.time, $1.account) }
        var frame = Frame()
        frame.times = posts.map(\.time)
        frame.accounts = posts.map(\.account)
        frame.kinds = posts.map { _ in 0 }
        frame.postRowIDs = posts.indices.map { Int64($0 + 1) }
        frame.accountRowIDs = accounts.indices.map { Int64($0 + 1) }
        return frame
    }

    /// Ten office workers at UTC+3 (accounts 0–9), then ten ordinary users in each of five zones.
    static func mixed(seed: UInt64) -> Frame {
        var random = Random(seed: seed)
        var accounts = (0..<10).map { _ in officePosts(offset: 3, random: &random) }
        for offset in [-5, 0, 1, 3, 8] {
            accounts += (0..<10).map { _ in organicPosts(offset: offset, random: &random) }
        }
        return frame(accounts)
    }

    static func organicOnly(seed: UInt64) -> Frame {
        var random = Random(seed: seed)
        var accounts: [[Int64]] = []
        for offset in [-8, -5, 0, 1, 3, 5, 8] {
            accounts += (0..<15).map { _ in organicPosts(offset: offset, random: &random) }
        }
        return frame(accounts)
    }
}

@Suite struct FingerprintTests {
    @Test func hourOfWeekStartsOnMondayUTC() {
        #expect(ActivityFingerprints.hourOfWeek(utcMillis: ShiftWorld.monday) == 0)
        #expect(ActivityFingerprints.hourOfWeek(utcMillis: ShiftWorld.monday + 30 * ShiftWorld.hour + 59 * 60_000) == 30)
        #expect(ActivityFingerprints.hourOfWeek(utcMillis: ShiftWorld.monday - 1) == 167)
        // 1970-01-01 00:00 was a Thursday; the hour before it a Wednesday's last.
        #expect(ActivityFingerprints.hourOfWeek(utcMillis: 0) == 72)
        #expect(ActivityFingerprints.hourOfWeek(utcMillis: -1) == 71)
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
    func hourOfWeekAdvancesByTheHourAndRepeatsWeekly(seed: UInt64) {
        var random = ShiftWorld.Random(seed: seed)
        for _ in 0..<1_000 {
            let time = Int64(random.next() % (1 << 42)) - (1 << 41)
            let bin = ActivityFingerprints.hourOfWeek(utcMillis: time)
            #expect((0..<168).contains(bin))
            #expect(ActivityFingerprints.hourOfWeek(utcMillis: time + ShiftWorld.hour) == (bin + 1) % 168)
            #expect(ActivityFingerprints.hourOfWeek(utcMillis: time + 168 * ShiftWorld.hour) == bin)
        }
    }

    @Test func onlyAccountsWithEnoughPostsGetAFingerprint() {
        let frame = ShiftWorld.frame([
            [ShiftWorld.monday, ShiftWorld.monday + ShiftWorld.hour, ShiftWorld.monday + 169 * ShiftWorld.hour],
            [ShiftWorld.monday],
        ])
        let fingerprints = ActivityFingerprints(frame: frame, minimumPosts: 2)
        #expect(fingerprints.accounts == [0])
        #expect(Array(fingerprints.fingerprint(0).prefix(3)) == [1, 2, 0])
        #expect(fingerprints.fingerprint(0).reduce(0, +) == 3)
    }
}

@Suite struct ShiftGroupTests {
    @Test(arguments: [-8, -3, 0, 3, 5, 8, 14])
    func anOfficeWeekFitsItsOwnOffset(offset: Int) throws {
        var fingerprint = [Double](repeating: 0, count: 168)
        for day in 0..<5 {
            for hour in 9..<18 {
                fingerprint[WorkScheduleFit.localBin(day * 24 + hour, offset: -offset)] = hour == 13 ? 2 : 10
            }
        }
        let fit = try #require(WorkScheduleFit.fit(fingerprint))
        #expect(fit.utcOffsetHours == offset)
        #expect(fit.officeShare == 1)
        #expect(fit.weekendShare == 0)
        #expect(abs(fit.lunchDip - 0.2) < 1e-9)
        #expect(fit.workOverDiurnal > 0.5)
        #expect(fit.offsetMargin > 0)
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func officeWorkersAtUTCPlus3AreOneWorkScheduleGroup(seed: UInt64) throws {
        let groups = ShiftGroups.find(frame: ShiftWorld.mixed(seed: seed))
        let work = groups.filter(\.isWorkSchedule)
        let group = try #require(work.first)
        #expect(work.count == 1)
        #expect(group.members == Array(0..<10))
        #expect(group.utcOffsetHours == 3)
        #expect(group.confidence >= 0.9)
        #expect(group.fit.lunchDip < 0.6)
        #expect(group.fingerprint.reduce(0, +) > 0)
    }

    @Test(arguments: [1 as UInt64, 2, 3])
    func officesThreeHoursApartAreTwoGroups(seed: UInt64) throws {
        var random = ShiftWorld.Random(seed: seed)
        let accounts = [3, 6].flatMap { offset in (0..<10).map { _ in ShiftWorld.officePosts(offset: offset, random: &random) } }
        let groups = ShiftGroups.find(frame: ShiftWorld.frame(accounts)).filter(\.isWorkSchedule)
        #expect(groups.count == 2)
        #expect(Set(groups.map(\.utcOffsetHours)) == [3, 6])
        for group in groups {
            #expect(group.members == Array(group.utcOffsetHours == 3 ? 0..<10 : 10..<20))
        }
    }

    @Test(arguments: [1 as UInt64, 2, 3, 4, 5])
    func ordinaryUsersFormNoWorkScheduleGroup(seed: UInt64) {
        #expect(ShiftGroups.find(frame: ShiftWorld.organicOnly(seed: seed)).filter(\.isWorkSchedule).isEmpty)
    }

    @Test func sameFrameSameGroups() {
        let frame = ShiftWorld.mixed(seed: 9)
        #expect(ShiftGroups.find(frame: frame) == ShiftGroups.find(frame: frame))
    }

    @Test func emptyFrameHasNoGroups() {
        #expect(ShiftGroups.find(frame: Frame()).isEmpty)
    }
}
