/// How well the findings in a case match a simulated world's truth (`tangle evaluate`).
///
/// Every rate carries its counts. A rate whose denominator is zero is not applicable (`Rate.value` is
/// nil), never 0/0: in the null scenario (no operation) recall is not applicable and the figures that
/// matter are the numbers of flagged accounts and networks, whose target is zero.
public struct EvaluationReport: Codable, Sendable, Equatable {
    public var scenario: String
    public var seed: UInt64
    /// True when the truth holds no operation, so that anything flagged is a false positive.
    public var isNullScenario: Bool
    public var accounts: Accounts
    public var networks: Networks
    public var pivots: Pivots
    public var uptakes: Uptakes
    /// Shift groups against the troll units; nil when the shift detector did not run.
    public var shifts: Shifts?
    /// Stories' origins, when a trace ran.
    public var origins: Origins?

    public init(
        scenario: String, seed: UInt64, isNullScenario: Bool, accounts: Accounts, networks: Networks, pivots: Pivots,
        uptakes: Uptakes, shifts: Shifts? = nil, origins: Origins? = nil
    ) {
        self.shifts = shifts
        self.origins = origins
        self.scenario = scenario
        self.seed = seed
        self.isNullScenario = isNullScenario
        self.accounts = accounts
        self.networks = networks
        self.pivots = pivots
        self.uptakes = uptakes
    }

    /// Flagged accounts against all operation accounts.
    public struct Accounts: Codable, Sendable, Equatable {
        /// Distinct accounts flagged on their own or as members of a network.
        public var flagged: Int
        /// Distinct accounts of all operations.
        public var operationAccounts: Int
        /// Flagged operation accounts, of all flagged.
        public var precision: Rate
        /// Flagged operation accounts, of all operation accounts.
        public var recall: Rate
        /// `2·TP / (flagged + operation accounts)`.
        public var f1: Rate
        /// Recall of each unit, all operations together, in the order outlet, bot, troll, then others.
        public var units: [UnitRecall]
        /// Flagged accounts that are sympathizers: organic, but engaging with the operation.
        public var falsePositiveSympathizers: Int
        /// Flagged accounts that are neither operation accounts nor sympathizers.
        public var falsePositiveOrganic: Int

        public init(
            flagged: Int, operationAccounts: Int, precision: Rate, recall: Rate, f1: Rate, units: [UnitRecall],
            falsePositiveSympathizers: Int, falsePositiveOrganic: Int
        ) {
            self.flagged = flagged
            self.operationAccounts = operationAccounts
            self.precision = precision
            self.recall = recall
            self.f1 = f1
            self.units = units
            self.falsePositiveSympathizers = falsePositiveSympathizers
            self.falsePositiveOrganic = falsePositiveOrganic
        }
    }

    public struct UnitRecall: Codable, Sendable, Equatable {
        /// `outlet`, `bot`, `troll`, or whatever else the truth names.
        public var unit: String
        /// Flagged accounts of this unit, of all its accounts.
        public var recall: Rate

        public init(unit: String, recall: Rate) {
            self.unit = unit
            self.recall = recall
        }
    }

    /// Detected networks against the operations' units.
    public struct Networks: Codable, Sendable, Equatable {
        public var detected: Int
        /// One per detected network, in the order the findings list them.
        public var matches: [NetworkMatch]
        /// Members in their network's most common true class (a unit, or organic as one class), of all
        /// members (summed over networks).
        public var purity: Rate
        /// Adjusted mutual information between the detected networks and the true units, over `scored`
        /// accounts; nil when there are none. See `Evaluation` for the labelling convention.
        public var adjustedMutualInformation: Double?
        /// The accounts AMI is computed over: every operation account and every network member.
        public var scored: Int
        /// Accounts in more than one detected network; for AMI each belongs to the first that lists it.
        public var inSeveralNetworks: Int

        public init(
            detected: Int, matches: [NetworkMatch], purity: Rate, adjustedMutualInformation: Double?, scored: Int,
            inSeveralNetworks: Int
        ) {
            self.detected = detected
            self.matches = matches
            self.purity = purity
            self.adjustedMutualInformation = adjustedMutualInformation
            self.scored = scored
            self.inSeveralNetworks = inSeveralNetworks
        }
    }

    /// One detected network, its composition and its best-matching true unit.
    public struct NetworkMatch: Codable, Sendable, Equatable {
        public var network: String
        /// Distinct members.
        public var members: Int
        public var operationMembers: Int
        public var sympathizers: Int
        /// Members that are neither operation accounts nor sympathizers.
        public var otherOrganic: Int
        /// The true unit holding most members (ties: the first in the truth's order); nil when the network
        /// is organic (more than half its members are not operation accounts) or empty.
        public var unit: TrueUnit?
        /// Members in `unit`; 0 when there is none.
        public var overlap: Int
        /// Accounts in `unit`; 0 when there is none.
        public var unitSize: Int
        /// `overlap / |network ∪ unit|`; not applicable when there is no unit.
        public var jaccard: Rate

        public init(
            network: String, members: Int, operationMembers: Int, sympathizers: Int, otherOrganic: Int,
            unit: TrueUnit?, overlap: Int, unitSize: Int, jaccard: Rate
        ) {
            self.network = network
            self.members = members
            self.operationMembers = operationMembers
            self.sympathizers = sympathizers
            self.otherOrganic = otherOrganic
            self.unit = unit
            self.overlap = overlap
            self.unitSize = unitSize
            self.jaccard = jaccard
        }
    }

    public struct Pivots: Codable, Sendable, Equatable {
        /// Detected pivots, matched or not.
        public var detected: Int
        /// One per true pivot, in the truth's order of operations.
        public var matches: [PivotMatch]

        public init(detected: Int, matches: [PivotMatch]) {
            self.detected = detected
            self.matches = matches
        }
    }

    /// A true pivot and the detected pivot nearest to it in time, if any.
    public struct PivotMatch: Codable, Sendable, Equatable {
        public var operation: String
        /// `YYYY-MM-DD`, as the truth gives it.
        public var date: String
        /// The nearest detected pivot's date (ties: the earlier); nil when none was detected.
        public var detectedDate: String?
        /// `|detected − true|` in whole days; nil when missing.
        public var errorDays: Int?

        public init(operation: String, date: String, detectedDate: String?, errorDays: Int?) {
            self.operation = operation
            self.date = date
            self.detectedDate = detectedDate
            self.errorDays = errorDays
        }
    }

    public struct Uptakes: Codable, Sendable, Equatable {
        /// True uptake events found, of all true uptake events.
        public var found: Rate
        /// Detected uptakes whose account and story URL match no true uptake event.
        public var unmatchedDetected: Int
        /// Mean of `|lagErrorSeconds|` over the events found; nil when none was found.
        public var meanAbsoluteLagErrorSeconds: Double?
        /// True events found with a lag within 10 % of the true lag, of all true events.
        public var lagWithinTenPercent: Rate
        /// One per true uptake event, in the truth's order.
        public var events: [UptakeMatch]

        public init(
            found: Rate, unmatchedDetected: Int, meanAbsoluteLagErrorSeconds: Double?, lagWithinTenPercent: Rate,
            events: [UptakeMatch]
        ) {
            self.found = found
            self.lagWithinTenPercent = lagWithinTenPercent
            self.unmatchedDetected = unmatchedDetected
            self.meanAbsoluteLagErrorSeconds = meanAbsoluteLagErrorSeconds
            self.events = events
        }
    }

    /// A true uptake event and the detected uptake that matches it, if any.
    public struct UptakeMatch: Codable, Sendable, Equatable {
        public var operation: String
        public var storyID: String
        public var accountID: String
        /// The story's URL in normal form; nil when the truth lists no story with this id.
        public var url: String?
        public var lagSeconds: Int
        /// The matching detected uptake's lag; nil when not found.
        public var detectedLagSeconds: Int?
        /// `detected − true` lag in seconds (positive: the detector saw the uptake later); nil when not found.
        public var lagErrorSeconds: Int?

        public init(
            operation: String, storyID: String, accountID: String, url: String?, lagSeconds: Int,
            detectedLagSeconds: Int?, lagErrorSeconds: Int?
        ) {
            self.operation = operation
            self.storyID = storyID
            self.accountID = accountID
            self.url = url
            self.lagSeconds = lagSeconds
            self.detectedLagSeconds = detectedLagSeconds
            self.lagErrorSeconds = lagErrorSeconds
        }
    }

    /// Where each planted story first appeared, against the traces' origins.
    public struct Origins: Codable, Sendable, Equatable {
        /// Stories whose detected first post is the true one, of all stories.
        public var found: Rate
        /// Stories published on an outlet's domain whose origin names that outlet's account, of those stories.
        public var byOutlet: Rate
        /// The stories not found, in the truth's order.
        public var missed: [OriginMiss]

        public init(found: Rate, byOutlet: Rate, missed: [OriginMiss]) {
            self.found = found
            self.byOutlet = byOutlet
            self.missed = missed
        }
    }

    public struct OriginMiss: Codable, Sendable, Equatable {
        public var operation: String
        public var storyID: String
        public var url: String
        public var firstPostID: String
        /// The first post the trace reported, or nil when it did not trace the URL.
        public var detectedPostID: String?

        public init(operation: String, storyID: String, url: String, firstPostID: String, detectedPostID: String?) {
            self.operation = operation
            self.storyID = storyID
            self.url = url
            self.firstPostID = firstPostID
            self.detectedPostID = detectedPostID
        }
    }
}

extension EvaluationReport {
    public struct Shifts: Codable, Sendable, Equatable {
        /// Shift groups found, work schedules or not.
        public var detected: Int
        /// Groups flagged as a work schedule; in the null scenario the target is 0.
        public var workSchedules: Int
        /// One per operation with a troll unit, in the truth's order.
        public var matches: [ShiftMatch]

        public init(detected: Int, workSchedules: Int, matches: [ShiftMatch]) {
            self.detected = detected
            self.workSchedules = workSchedules
            self.matches = matches
        }
    }

    /// An operation's troll unit and the work-schedule group that overlaps it most, if any.
    public struct ShiftMatch: Codable, Sendable, Equatable {
        public var operation: String
        /// Troll accounts in the unit.
        public var unitSize: Int
        /// The unit's true office offset; nil when the truth gives none.
        public var utcOffsetHours: Int?
        /// The matching group's id; nil when no work-schedule group holds any of the unit's trolls.
        public var group: String?
        public var members: Int
        /// The unit's trolls in the group.
        public var overlap: Int
        /// `overlap / |group ∪ unit|`; not applicable when there is no match.
        public var jaccard: Rate
        public var detectedUTCOffsetHours: Int?
        /// `detected − true` offset in hours; nil when not found or the truth gives no offset.
        public var offsetErrorHours: Int?

        public init(
            operation: String, unitSize: Int, utcOffsetHours: Int?, group: String?, members: Int, overlap: Int,
            jaccard: Rate, detectedUTCOffsetHours: Int?, offsetErrorHours: Int?
        ) {
            self.operation = operation
            self.unitSize = unitSize
            self.utcOffsetHours = utcOffsetHours
            self.group = group
            self.members = members
            self.overlap = overlap
            self.jaccard = jaccard
            self.detectedUTCOffsetHours = detectedUTCOffsetHours
            self.offsetErrorHours = offsetErrorHours
        }
    }
}

/// One unit of one operation: the true class of its accounts.
public struct TrueUnit: Codable, Sendable, Hashable {
    /// `op1`, `op2`, ...
    public var operation: String
    /// `outlet`, `bot`, `troll`, ...
    public var unit: String

    public init(operation: String, unit: String) {
        self.operation = operation
        self.unit = unit
    }
}
