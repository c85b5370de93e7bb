/// What a simulated world really holds, written beside its data as `truth.json`, so that every
/// detector can be scored (`tangle evaluate`).
///
/// Ids are platform ids exactly as the data files write them; times are ISO 8601 UTC.
public struct Truth: Codable, Sendable, Equatable {
    public var scenario: String
    public var seed: UInt64
    /// Every parameter the world was generated with, as given or defaulted.
    public var parameters: [String: String]
    public var start: String
    public var days: Int
    public var posts: Int
    public var accounts: Int
    public var operations: [Operation]
    /// Organic accounts that engage with operation posts: not part of any operation, but not
    /// surprising if a detector links them to one. Scored separately.
    public var sympathizers: [String]
    /// High-reach accounts whose first repeat of a story counts as uptake (`tangle trace --watch`).
    public var watchedAccounts: [String]
    /// Organic breaking-news bursts: the main source of false positives in real data.
    public var bursts: [Burst]

    public init(
        scenario: String, seed: UInt64, parameters: [String: String], start: String, days: Int, posts: Int,
        accounts: Int, operations: [Operation], sympathizers: [String], watchedAccounts: [String], bursts: [Burst]
    ) {
        self.scenario = scenario
        self.seed = seed
        self.parameters = parameters
        self.start = start
        self.days = days
        self.posts = posts
        self.accounts = accounts
        self.operations = operations
        self.sympathizers = sympathizers
        self.watchedAccounts = watchedAccounts
        self.bursts = bursts
    }

    /// One operation following the playbook in DESIGN.md.
    public struct Operation: Codable, Sendable, Equatable {
        /// `op1`, `op2`, ...
        public var id: String
        public var accounts: [Account]
        public var outlets: [Outlet]
        /// Registrable domains of the fake news sites both units push.
        public var fakeSites: [String]
        public var narratives: [String]
        public var stories: [Story]
        public var pivot: Pivot?
        public var uptakes: [Uptake]

        public init(
            id: String, accounts: [Account], outlets: [Outlet], fakeSites: [String], narratives: [String],
            stories: [Story], pivot: Pivot?, uptakes: [Uptake]
        ) {
            self.id = id
            self.accounts = accounts
            self.outlets = outlets
            self.fakeSites = fakeSites
            self.narratives = narratives
            self.stories = stories
            self.pivot = pivot
            self.uptakes = uptakes
        }
    }

    /// An operation account: which unit it belongs to and what it does there.
    public struct Account: Codable, Sendable, Equatable {
        public var platformID: String
        public var handle: String
        /// `outlet`, `bot` or `troll`.
        public var unit: String
        /// e.g. `official-account`, `amplifier`, `persona`.
        public var role: String
        /// For trolls: the UTC offset in hours of the office they work from (e.g. 3 for Moscow).
        public var utcOffsetHours: Int?

        public init(platformID: String, handle: String, unit: String, role: String, utcOffsetHours: Int? = nil) {
            self.platformID = platformID
            self.handle = handle
            self.unit = unit
            self.role = role
            self.utcOffsetHours = utcOffsetHours
        }
    }

    /// A state-affiliated outlet: its domain and official account, labelled as the registry would.
    public struct Outlet: Codable, Sendable, Equatable {
        public var name: String
        public var domain: String
        public var accountID: String
        /// `state-media`.
        public var label: String

        public init(name: String, domain: String, accountID: String, label: String = "state-media") {
            self.name = name
            self.domain = domain
            self.accountID = accountID
            self.label = label
        }
    }

    /// A story the operation pushes: one URL (on an outlet or fake site) and its first post.
    public struct Story: Codable, Sendable, Equatable {
        public var id: String
        public var narrative: String
        public var url: String
        public var firstPostID: String
        public var firstTime: String

        public init(id: String, narrative: String, url: String, firstPostID: String, firstTime: String) {
            self.id = id
            self.narrative = narrative
            self.url = url
            self.firstPostID = firstPostID
            self.firstTime = firstTime
        }
    }

    /// The date on which the operation's messaging switches from one narrative to another.
    public struct Pivot: Codable, Sendable, Equatable {
        /// `YYYY-MM-DD`, UTC.
        public var date: String
        public var from: String
        public var to: String

        public init(date: String, from: String, to: String) {
            self.date = date
            self.from = from
            self.to = to
        }
    }

    /// A watched, high-reach account repeating a story some time after it first appeared.
    public struct Uptake: Codable, Sendable, Equatable {
        public var storyID: String
        public var accountID: String
        public var postID: String
        public var time: String
        /// Seconds from the story's first post to this one.
        public var lagSeconds: Int

        public init(storyID: String, accountID: String, postID: String, time: String, lagSeconds: Int) {
            self.storyID = storyID
            self.accountID = accountID
            self.postID = postID
            self.time = time
            self.lagSeconds = lagSeconds
        }
    }

    /// Organic accounts posting the same hashtag or link within minutes.
    public struct Burst: Codable, Sendable, Equatable {
        /// `hashtag` or `link`.
        public var kind: String
        public var key: String
        public var start: String
        public var minutes: Int
        public var accounts: Int

        public init(kind: String, key: String, start: String, minutes: Int, accounts: Int) {
            self.kind = kind
            self.key = key
            self.start = start
            self.minutes = minutes
            self.accounts = accounts
        }
    }
}
