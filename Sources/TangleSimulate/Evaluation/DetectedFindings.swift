/// What the detectors flagged in a case, in the terms `truth.json` uses (platform ids), as
/// `tangle evaluate` reads it from the case file's findings.
public struct DetectedFindings: Codable, Sendable, Equatable {
    /// Accounts flagged on their own or as members of a flagged network, by platform id.
    public var flaggedAccounts: [String]
    /// Flagged networks, each as its members' platform ids.
    public var networks: [Network]
    /// Detected narrative pivots.
    public var pivots: [Pivot]
    /// Detected uptake events.
    public var uptakes: [Uptake]
    /// Shift groups (`tangle shifts`), work schedules or not; nil when the shift detector did not run.
    public var shiftGroups: [ShiftGroup]?
    /// Each traced URL's first post (`tangle trace --all-urls`); nil when no trace ran.
    public var origins: [Origin]?

    public init(
        flaggedAccounts: [String] = [], networks: [Network] = [], pivots: [Pivot] = [], uptakes: [Uptake] = [],
        shiftGroups: [ShiftGroup]? = nil, origins: [Origin]? = nil
    ) {
        self.flaggedAccounts = flaggedAccounts
        self.networks = networks
        self.pivots = pivots
        self.uptakes = uptakes
        self.shiftGroups = shiftGroups
        self.origins = origins
    }

    /// Accounts keeping the same hours of the week, and the office time zone those hours fit.
    public struct ShiftGroup: Codable, Sendable, Equatable {
        public var id: String
        /// Platform ids.
        public var members: [String]
        public var utcOffsetHours: Int
        public var isWorkSchedule: Bool

        public init(id: String, members: [String], utcOffsetHours: Int, isWorkSchedule: Bool) {
            self.id = id
            self.members = members
            self.utcOffsetHours = utcOffsetHours
            self.isWorkSchedule = isWorkSchedule
        }
    }

    public struct Network: Codable, Sendable, Equatable {
        public var id: String
        public var members: [String]

        public init(id: String, members: [String]) {
            self.id = id
            self.members = members
        }
    }

    public struct Pivot: Codable, Sendable, Equatable {
        /// `YYYY-MM-DD`.
        public var date: String
        /// The network whose narrative mix pivoted, when the detector says.
        public var network: String?

        public init(date: String, network: String? = nil) {
            self.date = date
            self.network = network
        }
    }

    public struct Uptake: Codable, Sendable, Equatable {
        /// The story's URL as posted (matched to the truth's story URL after normalisation).
        public var url: String
        public var accountID: String
        public var lagSeconds: Int

        public init(url: String, accountID: String, lagSeconds: Int) {
            self.url = url
            self.accountID = accountID
            self.lagSeconds = lagSeconds
        }
    }

    /// Where a traced URL first appeared.
    public struct Origin: Codable, Sendable, Equatable {
        public var url: String
        /// The platform id of the first post.
        public var postID: String
        /// The platform id of its account.
        public var accountID: String

        public init(url: String, postID: String, accountID: String) {
            self.url = url
            self.postID = postID
            self.accountID = accountID
        }
    }
}
