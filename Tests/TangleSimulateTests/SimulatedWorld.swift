import Foundation
import TangleCore
import TangleIngest
import TangleSimulate
import Testing

/// A small world written to a temporary folder and read back through the ingest readers, so tests
/// check what `tangle ingest` would see.
struct SimulatedWorld {
    let folder: String
    let format: SimulationFormat
    let truth: Truth
    let posts: [PostRecord]
    let accounts: [AccountRecord]
    let rejections: [Rejection]

    /// A world of a few thousand posts: quick in a debug build, large enough for every part of the
    /// playbook to show.
    static func parameters(_ scenario: Scenario, posts: Int = 6_000, seed: UInt64 = 11) -> SimulationParameters {
        var parameters = SimulationParameters(scenario: scenario)
        parameters.posts = posts
        parameters.days = 8
        parameters.accounts = 700
        parameters.seed = seed
        return parameters
    }

    /// Writes the world and, when `read`, reads its files back.
    static func write(
        _ parameters: SimulationParameters, format: SimulationFormat = .ioArchive, read: Bool = true
    ) throws -> SimulatedWorld {
        let folder = temporaryFolder()
        let truth = try Simulator(parameters).write(to: folder, format: format)
        var posts: [PostRecord] = []
        var accounts: [AccountRecord] = []
        var rejections: [Rejection] = []
        for file in format.dataFiles where read {
            var (_, reader) = try Reader.open(path: folder + "/" + file)
            while let event = try reader.next() {
                switch event {
                case .post(let post): posts.append(post)
                case .account(let account): accounts.append(account)
                case .rejected(let rejection): rejections.append(rejection)
                }
            }
        }
        return SimulatedWorld(
            folder: folder, format: format, truth: truth, posts: posts, accounts: accounts, rejections: rejections)
    }

    static func temporaryFolder() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("tangle-simulate-\(UUID().uuidString)").path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: folder)
    }

    /// Posts by id.
    var postsByID: [String: PostRecord] {
        Dictionary(posts.map { ($0.platformID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Operation accounts by id, with their operation and truth entry.
    var operationAccounts: [String: (operation: Truth.Operation, account: Truth.Account)] {
        var accounts: [String: (Truth.Operation, Truth.Account)] = [:]
        for operation in truth.operations {
            for account in operation.accounts { accounts[account.platformID] = (operation, account) }
        }
        return accounts
    }

    /// The bytes of every file the simulator wrote, by name.
    func files() throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for name in format.dataFiles + ["truth.json"] {
            contents[name] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + name))
        }
        return contents
    }
}

/// Office-local hour and weekday (0 = Monday) of a UTC time.
func localHourAndWeekday(_ millis: Int64, utcOffsetHours: Int) -> (hour: Int, weekday: Int) {
    let local = millis + Int64(utcOffsetHours) * 3_600_000
    let days = local >= 0 ? local / 86_400_000 : (local - 86_399_999) / 86_400_000
    let hour = Int((local - days * 86_400_000) / 3_600_000)
    return (hour, Int(((days + 3) % 7 + 7) % 7))
}
