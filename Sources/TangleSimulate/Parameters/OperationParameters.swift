/// One operation following the playbook in DESIGN.md.
public struct OperationParameters: Codable, Sendable, Equatable {
    /// The UTC offset of the office its trolls work in and its outlets publish from (3: Moscow).
    public var officeUTCOffsetHours = 3
    public var outlets = OutletParameters()
    public var fakeSites = FakeSiteParameters()
    public var narratives = NarrativeParameters()
    public var bots = BotParameters()
    public var trolls = TrollParameters()
    public var uptake = UptakeParameters()
    public var sympathizers = SympathizerParameters()

    public init() {}

    /// The defaults of the operation at `index`: each further operation has its own office, its
    /// own narratives and a smaller crew.
    public static func defaults(index: Int) -> OperationParameters {
        var operation = OperationParameters()
        guard index > 0 else { return operation }
        operation.officeUTCOffsetHours = [3, 8, 5, -3, 1][index % 5]
        operation.narratives.names = NarrativeParameters.codewords(index: index)
        operation.narratives.pivotAt = 0.4
        operation.bots.count = 40
        operation.bots.client = ["AutoPoster", "QueueCast", "PostPilot", "Relayer", "Timeliner"][index % 5]
        operation.trolls.count = 30
        operation.sympathizers.count = 80
        return operation
    }

    /// An operation that hides: reposts minutes to hours late, posts on jittered shifts (and some
    /// weekends), shares fewer items, edits its copies more, and pads its feed with ordinary posts.
    public static func stealthy() -> OperationParameters {
        var operation = OperationParameters()
        operation.outlets.storiesPerDay = 3
        operation.fakeSites.storiesPerDay = 1.5
        operation.bots.repostProbability = 0.25
        operation.bots.lagMinSeconds = 30
        operation.bots.lagMedianSeconds = 900
        operation.bots.lagMaxSeconds = 14_400
        operation.bots.postEveryHours = 6
        operation.bots.scheduleJitterSeconds = 3_600
        operation.bots.headlineEdits = 3
        operation.bots.fillerShare = 0.5
        operation.trolls.shiftJitterMinutes = 90
        operation.trolls.weekendFactor = 0.3
        operation.trolls.scriptShare = 0.3
        operation.trolls.repostShare = 0.15
        operation.trolls.variantEdits = 4
        return operation
    }
}

extension OperationParameters: ParameterGroup {
    mutating func overlay(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        try rejectUnknownKeys(decoder, CodingKeys.self)
        try c.overlay(&officeUTCOffsetHours, .officeUTCOffsetHours)
        try c.overlay(&outlets, .outlets)
        try c.overlay(&fakeSites, .fakeSites)
        try c.overlay(&narratives, .narratives)
        try c.overlay(&bots, .bots)
        try c.overlay(&trolls, .trolls)
        try c.overlay(&uptake, .uptake)
        try c.overlay(&sympathizers, .sympathizers)
    }
}
