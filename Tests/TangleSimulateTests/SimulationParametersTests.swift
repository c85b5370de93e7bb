import Foundation
import TangleSimulate
import Testing

/// Parameter files: missing keys keep the scenario's defaults, misspelt keys are errors, and every
/// parameter lands in the truth.
@Suite struct SimulationParametersTests {
    private func decode(_ json: String) throws -> SimulationParameters {
        try JSONDecoder().decode(SimulationParameters.self, from: Data(json.utf8))
    }

    @Test func anEmptyFileIsTheInfluenceOperationDefaults() throws {
        #expect(try decode("{}") == SimulationParameters(scenario: .influenceOp))
    }

    @Test func missingKeysKeepTheScenarioDefaults() throws {
        let parameters = try decode(
            #"{"scenario": "multi-op", "posts": 5000, "operations": [{}, {"trolls": {"count": 5}}]}"#)
        var expected = SimulationParameters(scenario: .multiOp)
        expected.posts = 5_000
        expected.operations[1].trolls.count = 5
        #expect(parameters == expected)
        #expect(parameters.operations[1].officeUTCOffsetHours == 8)
    }

    @Test func aListedOperationBeyondTheScenariosGetsFurtherDefaults() throws {
        let parameters = try decode(#"{"scenario": "organic-only", "operations": [{"bots": {"enabled": false}}]}"#)
        #expect(parameters.operations.count == 1)
        #expect(parameters.operations[0].bots.enabled == false)
        #expect(parameters.operations[0].trolls == TrollParameters())
    }

    @Test func unknownKeysAreErrors() throws {
        #expect {
            _ = try decode(#"{"organic": {"repostshare": 0.1}}"#)
        } throws: { error in
            "\(error)".contains("organic.repostshare")
        }
        #expect {
            _ = try decode(#"{"operations": [{"bots": {"lag": 3}}]}"#)
        } throws: { error in
            "\(error)".contains("operations.0.bots.lag")
        }
    }

    @Test(arguments: Scenario.allCases)
    func encodingRoundTrips(scenario: Scenario) throws {
        let parameters = SimulationParameters(scenario: scenario)
        #expect(try decode(String(decoding: JSONEncoder().encode(parameters), as: UTF8.self)) == parameters)
    }

    /// Every value of a file is read: each number, flag and string of the encoded defaults is
    /// changed, and decoding then encoding gives the changed file back. A parameter left out of its
    /// group's `overlay` would come back unchanged.
    @Test(arguments: Scenario.allCases)
    func everyKeyOfAFileIsRead(scenario: Scenario) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let defaults = String(decoding: try encoder.encode(SimulationParameters(scenario: scenario)), as: UTF8.self)
        let scenarios = Set(Scenario.allCases.map { "\"\($0.rawValue)\"" })
        // One pass over the tokens: keys (a string and its colon) and the scenario stay, other
        // strings get an x in front, numbers a 1, flags flip.
        let changed = defaults.replacing(/"[^"]*":?|-?\d+(\.\d+)?|true|false/) { match -> String in
            let token = String(match.output.0)
            if token.hasSuffix(":") || scenarios.contains(token) { return token }
            if token.hasPrefix("\"") { return "\"x" + token.dropFirst() }
            if token == "true" || token == "false" { return token == "true" ? "false" : "true" }
            return token.hasPrefix("-") ? "-1" + token.dropFirst() : "1" + token
        }
        #expect(changed != defaults)
        let decoded = try decode(changed)
        #expect(String(decoding: try encoder.encode(decoded), as: UTF8.self) == changed)
    }

    @Test func parametersOutOfRangeAreErrorsNamingThem() throws {
        var parameters = SimulationParameters(scenario: .influenceOp)
        parameters.operations[0].trolls.shiftEndHour = 30
        let folder = SimulatedWorld.temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        #expect {
            _ = try Simulator(parameters).write(to: folder, format: .qut)
        } throws: { error in
            (error as? SimulationError)?.message.contains("operations.0.trolls.shiftEndHour") == true
        }
    }

    @Test func theTruthRecordsEveryParameter() throws {
        let world = try SimulatedWorld.write(SimulatedWorld.parameters(.stealthy, posts: 1_000), format: .qut)
        defer { world.remove() }
        let recorded = world.truth.parameters
        #expect(recorded["scenario"] == "stealthy")
        #expect(recorded["posts"] == "1000")
        #expect(recorded["accounts"] == "700")
        #expect(recorded["operations.0.bots.lagMedianSeconds"] == "900.0")
        #expect(recorded["operations.0.narratives.names.1"] == "cobalt")
        #expect(recorded["organic.timeZones.0.utcOffsetHours"] == "-4")
        #expect(recorded["scriptedScale"].flatMap(Double.init).map { $0 > 0 && $0 <= 1 } == true)
        #expect(world.truth.seed == 11)
    }
}
