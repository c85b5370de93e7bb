import Foundation
import TangleCore

/// Builds a synthetic world from parameters and writes it, with its truth, in a format Tangle reads.
///
/// Same parameters, same bytes: every draw comes from `SplitMix64` streams of the seed, output is
/// in (time, id) order, and numbers and times are formatted by hand.
public struct Simulator: Sendable {
    public let parameters: SimulationParameters

    public init(_ parameters: SimulationParameters) {
        self.parameters = parameters
    }

    /// Writes the data files of `format` (see `SimulationFormat.dataFiles`), `truth.json`, and the
    /// source list and watch list that follow from it (`sources.csv`, `watched.txt`) into
    /// `folder`, creating it if needed, and returns the truth. Exactly `parameters.posts` posts are
    /// written; `progress` gets the number written so far after each simulated hour.
    ///
    /// Streams one simulated hour at a time, so memory grows with the accounts and the posts per
    /// hour, not with `posts`.
    ///
    /// - Throws: `SimulationError` for parameters out of range, a world too small for its operations,
    ///   or a file that cannot be written.
    public func write(to folder: String, format: SimulationFormat, progress: (Int) -> Void = { _ in }) throws -> Truth {
        try parameters.validate()
        guard let start = Timestamp.parseDateTime(parameters.start) else {
            throw SimulationError("start must be an ISO 8601 time like 2016-09-01T00:00:00Z, got \(parameters.start)")
        }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw SimulationError("cannot create the folder \(folder): \(error.localizedDescription)")
        }
        let world = World(parameters, start: start)
        let plan = try PostPlan(parameters: parameters, world: world)
        let truth: Truth
        switch format {
        case .ioArchive:
            var writer = try IOArchiveWriter(folder: folder, world: world)
            truth = try stream(world, plan, &writer, progress)
        case .qut:
            var writer = try QUTWriter(folder: folder, world: world)
            truth = try stream(world, plan, &writer, progress)
        case .twitterV2:
            var writer = try TwitterV2Writer(folder: folder, world: world)
            truth = try stream(world, plan, &writer, progress)
        case .telegram:
            var writer = try TelegramWriter(folder: folder, world: world)
            truth = try stream(world, plan, &writer, progress)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let path = folder + "/truth.json"
        do {
            try encoder.encode(truth).write(to: URL(fileURLWithPath: path))
        } catch {
            throw SimulationError("cannot write \(path): \(error.localizedDescription)")
        }
        try truth.writeSideFiles(to: folder)
        return truth
    }

    /// Generates and writes hour by hour: the hour's scripted and organic posts, plus those planned
    /// earlier for this hour, sorted by id (time first), written, dropped.
    private func stream<Writer: PostWriter>(
        _ world: World, _ plan: PostPlan, _ writer: inout Writer, _ progress: (Int) -> Void
    ) throws -> Truth {
        var scripted = ScriptedGenerator(world: world, parameters: parameters, scale: plan.scale)
        var organic = OrganicGenerator(
            world: world, parameters: parameters.organic,
            meanPostsPerHour: Double(parameters.posts) / Double(world.hours))
        var ids = PostIDs(start: world.start, hours: world.hours)
        var ledger = Ledger()
        var recorder = TruthRecorder()
        var pending: [Event] = []
        var window: [Event] = []
        var written = 0
        for hour in 0..<world.hours {
            scripted.generate(hour: hour, ledger: &ledger, ids: &ids, into: &pending)
            organic.generate(hour: hour, count: plan.organic[hour], ids: &ids, into: &window)
            let hourEnd = world.start + Int64(hour + 1) * Clock.hour
            var kept = 0
            for index in pending.indices {
                if pending[index].time < hourEnd {
                    window.append(pending[index])
                } else {
                    pending.swapAt(kept, index)
                    kept += 1
                }
            }
            pending.removeLast(pending.count - kept)
            window.sort { $0.id < $1.id }
            for event in window {
                try writer.write(event, ledger: ledger)
                if case .none = event.mark { continue }
                recorder.record(event.mark, postID: writer.lastPostID(), time: writer.writtenTime(event.time))
            }
            written += window.count
            window.removeAll(keepingCapacity: true)
            progress(written)
        }
        try writer.finish(ledger: ledger)
        assert(written == parameters.posts && pending.isEmpty, "the plan and the generators disagree")
        return recorder.truth(
            parameters: parameters, world: world, ledger: ledger, scale: plan.scale, posts: written,
            accountID: writer.accountID)
    }
}
