import TangleCore

/// Every account of a world as flat arrays indexed by account number: organic accounts first, then
/// each operation's. Memory is a few dozen bytes per account, whatever the number of posts.
struct Accounts: Sendable {
    /// What an account is, which decides how formats spell it (an outlet is a Telegram channel).
    enum Role: UInt8, Sendable {
        case organic, outlet, bot, troll
    }

    private(set) var userIDs: [UInt64] = []
    private(set) var handles = ByteTable()
    private(set) var names = ByteTable()
    /// Index into `World.locations`; 0 is none.
    private(set) var locations: [UInt16] = []
    /// Index into `World.descriptions`; 0 is none.
    private(set) var descriptions: [UInt16] = []
    /// Index into `World.domains` of the account's own site (outlets), or -1.
    private(set) var sites: [Int32] = []
    private(set) var followers: [Int32] = []
    private(set) var following: [Int32] = []
    private(set) var statuses: [Int32] = []
    /// Creation time, UTC milliseconds.
    private(set) var created: [Int64] = []
    /// Index into `World.clients`.
    private(set) var clients: [UInt8] = []
    private(set) var roles: [Role] = []

    var count: Int { userIDs.count }

    /// One account's profile, as a builder hands it over.
    struct Profile {
        var role: Role
        var handle: [UInt8]
        var name: [UInt8]
        var created: Int64
        var location: UInt16 = 0
        var description: UInt16 = 0
        var site: Int32 = -1
        var followers: Int
        var following: Int
        var statuses: Int
        var client: UInt8
    }

    /// Adds an account; its id is a snowflake of its creation time, with its number in the low bits,
    /// so accounts created together have neighbouring ids, as on the platform.
    mutating func add(_ profile: Profile) {
        let number = UInt64(count) & 0x3F_FFFF
        userIDs.append(UInt64(profile.created - Timestamp.twitterEpoch) << PostIDs.lowBits | number)
        handles.append(profile.handle)
        names.append(profile.name)
        locations.append(profile.location)
        descriptions.append(profile.description)
        sites.append(profile.site)
        followers.append(Int32(clamping: profile.followers))
        following.append(Int32(clamping: profile.following))
        statuses.append(Int32(clamping: profile.statuses))
        created.append(profile.created)
        clients.append(profile.client)
        roles.append(profile.role)
    }
}
