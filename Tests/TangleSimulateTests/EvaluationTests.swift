import Foundation
import Testing

@testable import TangleSimulate

/// A small influence-op world: one outlet account, four bots, three trolls, two sympathizers, one
/// watched account, a pivot on 2016-10-20 and one uptake a day after the story.
enum World {
    static let bots = ["b1", "b2", "b3", "b4"]
    static let trolls = ["t1", "t2", "t3"]

    static let truth = Truth(
        scenario: "influence-op", seed: 7, parameters: [:], start: "2016-10-01T00:00:00Z", days: 60, posts: 1000,
        accounts: 100,
        operations: [
            Truth.Operation(
                id: "op1",
                accounts: [.init(platformID: "o1", handle: "outlet", unit: "outlet", role: "official-account")]
                    + bots.map { .init(platformID: $0, handle: "bot_\($0)", unit: "bot", role: "amplifier") }
                    + trolls.map {
                        .init(platformID: $0, handle: "troll_\($0)", unit: "troll", role: "persona", utcOffsetHours: 3)
                    },
                outlets: [.init(name: "Outlet", domain: "outlet.example", accountID: "o1")],
                fakeSites: ["fake.example"], narratives: ["economy", "voter-fraud"],
                stories: [
                    .init(id: "st1", narrative: "economy", url: "https://outlet.example/a", firstPostID: "100",
                        firstTime: "2016-10-05T12:00:00Z")
                ],
                pivot: .init(date: "2016-10-20", from: "economy", to: "voter-fraud"),
                uptakes: [
                    .init(storyID: "st1", accountID: "w1", postID: "200", time: "2016-10-06T12:00:00Z", lagSeconds: 86_400)
                ])
        ],
        sympathizers: ["s1", "s2"], watchedAccounts: ["w1"], bursts: [])

    static let nullTruth = Truth(
        scenario: "organic-only", seed: 7, parameters: [:], start: "2016-10-01T00:00:00Z", days: 60, posts: 1000,
        accounts: 100, operations: [], sympathizers: [], watchedAccounts: ["w1"], bursts: [])
}

@Suite struct EvaluationTests {
    @Test func perfect() {
        let findings = DetectedFindings(
            flaggedAccounts: ["o1"] + World.bots + World.trolls,
            networks: [.init(id: "n1", members: World.bots), .init(id: "n2", members: World.trolls)],
            pivots: [.init(date: "2016-10-20")],
            uptakes: [.init(url: "outlet.example/a", accountID: "w1", lagSeconds: 86_400)])
        let report = Evaluation.score(findings, against: World.truth)
        #expect(!report.isNullScenario)
        #expect(report.accounts.flagged == 8)
        #expect(report.accounts.operationAccounts == 8)
        #expect(report.accounts.precision == Rate(8, of: 8))
        #expect(report.accounts.recall == Rate(8, of: 8))
        #expect(report.accounts.f1 == Rate(16, of: 16))
        #expect(
            report.accounts.units == [
                .init(unit: "outlet", recall: Rate(1, of: 1)), .init(unit: "bot", recall: Rate(4, of: 4)),
                .init(unit: "troll", recall: Rate(3, of: 3)),
            ])
        #expect(report.accounts.falsePositiveSympathizers == 0)
        #expect(report.accounts.falsePositiveOrganic == 0)
        #expect(
            report.networks.matches == [
                .init(
                    network: "n1", members: 4, operationMembers: 4, sympathizers: 0, otherOrganic: 0,
                    unit: TrueUnit(operation: "op1", unit: "bot"), overlap: 4, unitSize: 4, jaccard: Rate(4, of: 4)),
                .init(
                    network: "n2", members: 3, operationMembers: 3, sympathizers: 0, otherOrganic: 0,
                    unit: TrueUnit(operation: "op1", unit: "troll"), overlap: 3, unitSize: 3, jaccard: Rate(3, of: 3)),
            ])
        #expect(report.networks.purity == Rate(7, of: 7))
        // The outlet account is in no network: a singleton on the detected side, as its unit is on the true side.
        #expect(close(report.networks.adjustedMutualInformation, 1, 1e-12))
        #expect(report.networks.scored == 8)
        #expect(report.pivots.matches.map(\.errorDays) == [0])
        #expect(report.uptakes.found == Rate(1, of: 1))
        #expect(report.uptakes.events.map(\.lagErrorSeconds) == [0])
        #expect(report.origins == nil, "no trace ran")
    }

    @Test func originsOfStories() {
        var truth = World.truth
        truth.operations[0].stories.append(
            .init(id: "st2", narrative: "economy", url: "https://fake.example/b", firstPostID: "300", firstTime: "2016-10-07T12:00:00Z"))
        truth.operations[0].stories.append(
            .init(id: "st3", narrative: "economy", url: "https://outlet.example/c", firstPostID: "400", firstTime: "2016-10-08T12:00:00Z"))
        let findings = DetectedFindings(
            origins: [
                // As posted, with tracking parameters; the outlet's own post.
                .init(url: "https://www.outlet.example/a?utm_source=x", postID: "100", accountID: "o1"),
                .init(url: "https://fake.example/b", postID: "300", accountID: "b1"),
                // A repost taken for the origin.
                .init(url: "https://outlet.example/c", postID: "401", accountID: "b2"),
            ])
        let origins = try! #require(Evaluation.score(findings, against: truth).origins)
        #expect(origins.found == Rate(2, of: 3))
        #expect(origins.byOutlet == Rate(1, of: 2))
        #expect(origins.missed.map(\.storyID) == ["st3"] && origins.missed.first?.detectedPostID == "401")
        #expect(Evaluation.score(DetectedFindings(origins: []), against: truth).origins?.found == Rate(0, of: 3))
    }

    @Test func uptakeLagWithinTenPercent() {
        let findings = DetectedFindings(uptakes: [.init(url: "outlet.example/a", accountID: "w1", lagSeconds: 86_400 + 8_641)])
        let report = Evaluation.score(findings, against: World.truth)
        #expect(report.uptakes.found == Rate(1, of: 1))
        #expect(report.uptakes.lagWithinTenPercent == Rate(0, of: 1), "8,641 s off a 86,400 s lag is over 10 %")
    }

    @Test func empty() {
        let report = Evaluation.score(DetectedFindings(), against: World.truth)
        #expect(report.accounts.flagged == 0)
        #expect(report.accounts.precision == Rate(0, of: 0))
        #expect(report.accounts.precision.value == nil)
        #expect(report.accounts.recall == Rate(0, of: 8))
        #expect(report.accounts.f1 == Rate(0, of: 8))
        #expect(report.accounts.units.map(\.recall) == [Rate(0, of: 1), Rate(0, of: 4), Rate(0, of: 3)])
        #expect(report.networks.detected == 0)
        #expect(report.networks.purity.value == nil)
        // Every operation account a singleton: MI equals its expectation (scikit-learn: 6.0e-16).
        #expect(close(report.networks.adjustedMutualInformation, 0, 1e-12))
        #expect(report.networks.scored == 8)
        #expect(report.pivots.matches == [.init(operation: "op1", date: "2016-10-20", detectedDate: nil, errorDays: nil)])
        #expect(report.uptakes.found == Rate(0, of: 1))
        #expect(report.uptakes.meanAbsoluteLagErrorSeconds == nil)
    }

    @Test func allWrong() {
        let findings = DetectedFindings(
            flaggedAccounts: ["s1", "x1", "x2"], networks: [.init(id: "n1", members: ["s1", "x1", "x2"])],
            pivots: [.init(date: "2016-12-01")],
            uptakes: [.init(url: "https://outlet.example/a", accountID: "w2", lagSeconds: 86_400)])
        let report = Evaluation.score(findings, against: World.truth)
        #expect(report.accounts.precision == Rate(0, of: 3))
        #expect(report.accounts.recall == Rate(0, of: 8))
        #expect(report.accounts.f1 == Rate(0, of: 11))
        #expect(report.accounts.falsePositiveSympathizers == 1)
        #expect(report.accounts.falsePositiveOrganic == 2)
        #expect(
            report.networks.matches == [
                .init(
                    network: "n1", members: 3, operationMembers: 0, sympathizers: 1, otherOrganic: 2, unit: nil,
                    overlap: 0, unitSize: 0, jaccard: Rate(0, of: 0))
            ])
        // Purity counts organic as one class, so a purely organic network is pure; precision says it is wrong.
        #expect(report.networks.purity == Rate(3, of: 3))
        #expect(close(report.networks.adjustedMutualInformation, -0.12086950117938813))  // scikit-learn
        #expect(report.networks.scored == 11)
        #expect(report.pivots.matches.map(\.errorDays) == [42])
        #expect(report.uptakes.found == Rate(0, of: 1))
        #expect(report.uptakes.unmatchedDetected == 1)
    }

    /// Three of four bots and one troll caught with two organic accounts and a sympathizer; the troll's
    /// network is mostly organic.
    static let partialFindings = DetectedFindings(
        flaggedAccounts: ["b1", "b2", "b3", "x1", "t1", "s1"],
        networks: [.init(id: "n1", members: ["b1", "b2", "b3", "x1"]), .init(id: "n2", members: ["t1", "s1", "x2"])],
        pivots: [.init(date: "2016-10-18", network: "n1"), .init(date: "2016-11-02")],
        uptakes: [
            .init(url: "http://www.outlet.example/a?utm_campaign=x", accountID: "w1", lagSeconds: 86_100),
            .init(url: "https://outlet.example/b", accountID: "w1", lagSeconds: 10),
        ])

    @Test func partial() {
        let report = Evaluation.score(Self.partialFindings, against: World.truth)
        // x2 is flagged only as a network member: still counted.
        #expect(report.accounts.flagged == 7)
        #expect(report.accounts.precision == Rate(4, of: 7))
        #expect(report.accounts.recall == Rate(4, of: 8))
        #expect(report.accounts.f1 == Rate(8, of: 15))
        #expect(report.accounts.units.map(\.recall) == [Rate(0, of: 1), Rate(3, of: 4), Rate(1, of: 3)])
        #expect(report.accounts.falsePositiveSympathizers == 1)
        #expect(report.accounts.falsePositiveOrganic == 2)
        #expect(
            report.networks.matches == [
                .init(
                    network: "n1", members: 4, operationMembers: 3, sympathizers: 0, otherOrganic: 1,
                    unit: TrueUnit(operation: "op1", unit: "bot"), overlap: 3, unitSize: 4, jaccard: Rate(3, of: 5)),
                .init(
                    network: "n2", members: 3, operationMembers: 1, sympathizers: 1, otherOrganic: 1, unit: nil,
                    overlap: 0, unitSize: 0, jaccard: Rate(0, of: 0)),
            ])
        #expect(report.networks.purity == Rate(5, of: 7))
        // Items o1 b1 b2 b3 b4 t1 t2 t3 x1 s1 x2; scikit-learn on
        // [0,1,1,1,1,2,2,2,20,21,22] vs [10,0,0,0,14,1,16,17,0,1,1].
        #expect(close(report.networks.adjustedMutualInformation, 0.1996090334161184))
        #expect(report.networks.scored == 11)
        #expect(report.pivots.detected == 2)
        #expect(report.pivots.matches == [.init(operation: "op1", date: "2016-10-20", detectedDate: "2016-10-18", errorDays: 2)])
        #expect(report.uptakes.found == Rate(1, of: 1))
        #expect(report.uptakes.events.map(\.lagErrorSeconds) == [-300])
        #expect(report.uptakes.meanAbsoluteLagErrorSeconds == 300)
        #expect(report.uptakes.unmatchedDetected == 1)
    }

    @Test func nullScenarioWithNothingFlagged() {
        let report = Evaluation.score(DetectedFindings(), against: World.nullTruth)
        #expect(report.isNullScenario)
        #expect(report.accounts.flagged == 0)
        #expect(report.networks.detected == 0)
        #expect(report.accounts.precision.value == nil)
        #expect(report.accounts.recall.value == nil)
        #expect(report.accounts.f1.value == nil)
        #expect(report.accounts.units.isEmpty)
        #expect(report.networks.purity.value == nil)
        #expect(report.networks.adjustedMutualInformation == nil)
        #expect(report.networks.scored == 0)
        #expect(report.pivots.matches.isEmpty)
        #expect(report.uptakes.found.value == nil)
        #expect(report.text.contains("null scenario (no operation): 0 flagged accounts, 0 networks (target 0)"))
    }

    @Test func nullScenarioWithAFalseNetwork() {
        let findings = DetectedFindings(flaggedAccounts: ["x1", "x2", "x3"], networks: [.init(id: "n1", members: ["x1", "x2"])])
        let report = Evaluation.score(findings, against: World.nullTruth)
        #expect(report.isNullScenario)
        #expect(report.accounts.flagged == 3)
        #expect(report.networks.detected == 1)
        // Nothing is true: recall is not applicable; precision is a genuine 0 of 3.
        #expect(report.accounts.recall.value == nil)
        #expect(report.accounts.precision == Rate(0, of: 3))
        #expect(report.accounts.falsePositiveOrganic == 3)
        #expect(report.networks.matches.first?.unit == nil)
        // Organic accounts are singletons on the true side against one detected cluster.
        #expect(report.networks.adjustedMutualInformation == 0)
        #expect(report.text.contains("null scenario (no operation): 3 flagged accounts, 1 networks (target 0)"))
    }

    @Test func networkMembersCountAsFlaggedAndRepeatsCountOnce() {
        let findings = DetectedFindings(networks: [.init(id: "n1", members: ["b1", "b1", "b2"])])
        let report = Evaluation.score(findings, against: World.truth)
        #expect(report.accounts.flagged == 2)
        #expect(report.accounts.precision == Rate(2, of: 2))
        #expect(report.networks.matches.first?.members == 2)
        #expect(report.networks.matches.first?.jaccard == Rate(2, of: 4))
    }

    @Test func accountsInSeveralNetworksBelongToTheFirstForAMI() {
        let findings = DetectedFindings(
            networks: [.init(id: "n1", members: ["b1", "b2"]), .init(id: "n2", members: ["b2", "b3"])])
        let report = Evaluation.score(findings, against: World.truth)
        #expect(report.networks.inSeveralNetworks == 1)
        #expect(report.networks.scored == 8)
        #expect(report.networks.purity == Rate(4, of: 4))
        // o1 b1 b2 b3 b4 t1 t2 t3, with b2 in n1 and the rest of the accounts in no network as singletons.
        let expected = Clustering.adjustedMutualInformation(
            [0, 1, 1, 1, 1, 2, 2, 2], [10, 0, 0, 1, 14, 15, 16, 17])
        #expect(close(report.networks.adjustedMutualInformation, expected, 1e-15))
    }

    @Test func emptyNetworkMatchesNothing() {
        let report = Evaluation.score(DetectedFindings(networks: [.init(id: "n0", members: [])]), against: World.truth)
        #expect(report.networks.matches.first?.unit == nil)
        #expect(report.networks.matches.first?.members == 0)
        #expect(report.networks.purity.value == nil)
        #expect(report.text.split(separator: "\n").contains { $0.hasPrefix("  n0 ") && $0.contains(" empty ") })
    }

    @Test func halfOrganicNetworkStillMatchesItsUnit() {
        let report = Evaluation.score(
            DetectedFindings(networks: [.init(id: "n1", members: ["t1", "t2", "x1", "s1"])]), against: World.truth)
        #expect(report.networks.matches.first?.unit == TrueUnit(operation: "op1", unit: "troll"))
        #expect(report.networks.matches.first?.jaccard == Rate(2, of: 5))
    }

    @Test func severalOperationsTiesAndOutletsListedOnlyAsOutlets() {
        let truth = Truth(
            scenario: "multi-op", seed: 1, parameters: [:], start: "2016-10-01T00:00:00Z", days: 10, posts: 10,
            accounts: 10,
            operations: [
                Truth.Operation(
                    id: "op1", accounts: [.init(platformID: "a1", handle: "a1", unit: "bot", role: "amplifier"),
                        .init(platformID: "a2", handle: "a2", unit: "bot", role: "amplifier")],
                    outlets: [.init(name: "O", domain: "o.example", accountID: "o1")], fakeSites: [], narratives: [],
                    stories: [], pivot: .init(date: "2016-10-05", from: "a", to: "b"), uptakes: []),
                Truth.Operation(
                    id: "op2", accounts: [.init(platformID: "c1", handle: "c1", unit: "troll", role: "persona"),
                        .init(platformID: "c2", handle: "c2", unit: "troll", role: "persona")],
                    outlets: [], fakeSites: [], narratives: [], stories: [],
                    pivot: .init(date: "2016-10-08", from: "a", to: "b"), uptakes: []),
            ],
            sympathizers: [], watchedAccounts: [], bursts: [])
        let findings = DetectedFindings(
            flaggedAccounts: ["o1"], networks: [.init(id: "mixed", members: ["c1", "c2", "a1", "a2"])],
            pivots: [.init(date: "2016-10-06")])
        let report = Evaluation.score(findings, against: truth)
        #expect(report.accounts.operationAccounts == 5)
        #expect(report.accounts.units.map(\.unit) == ["outlet", "bot", "troll"])
        #expect(report.accounts.units.first?.recall == Rate(1, of: 1))
        // A tie between op1's bots and op2's trolls goes to the first in the truth's order.
        #expect(report.networks.matches.first?.unit == TrueUnit(operation: "op1", unit: "bot"))
        #expect(report.networks.purity == Rate(2, of: 4))
        #expect(report.pivots.matches.map(\.errorDays) == [1, 2])
    }

    @Test func codableRoundTrip() throws {
        let report = Evaluation.score(Self.partialFindings, against: World.truth)
        let data = try JSONEncoder().encode(report)
        #expect(try JSONDecoder().decode(EvaluationReport.self, from: data) == report)
    }

    @Test func textIsAStableTable() {
        let report = Evaluation.score(Self.partialFindings, against: World.truth)
        #expect(report.text == Evaluation.score(Self.partialFindings, against: World.truth).text)
        #expect(
            report.text == """
                influence-op, seed 7
                accounts: 7 flagged, 8 in operations
                                 value  count
                  precision      0.571  4/7
                  recall         0.500  4/8
                  F1             0.533  8/15
                  recall outlet  0.000  0/1
                  recall bot     0.750  3/4
                  recall troll   0.333  1/3
                  false positives: 1 sympathizers, 2 other organic
                networks: 2 detected, purity 0.714 (5/7), AMI 0.200 over 11 accounts
                  network  members  operation  sympathizers  organic  best match  overlap  jaccard
                  n1       4        3          0             1        op1 bot     3        0.600
                  n2       3        1          1             1        organic     0        n/a
                pivots: 2 detected, 1 true
                  operation  true        nearest detected  error
                  op1        2016-10-20  2016-10-18        2 d
                uptakes: 1/1 found, 1/1 with the lag within 10 %, mean |lag error| 300.0 s, 1 detected matching no true event
                  operation  story  account  lag      detected  error
                  op1        st1    w1       86400 s  86100 s   -300 s

                """)
    }

    @Test func decimals() {
        #expect(EvaluationReport.decimal(0.5714285, places: 3) == "0.571")
        #expect(EvaluationReport.decimal(-0.0004, places: 3) == "0.000")
        #expect(EvaluationReport.decimal(-0.12086, places: 3) == "-0.121")
        #expect(EvaluationReport.decimal(1, places: 3) == "1.000")
        #expect(EvaluationReport.decimal(0.0005, places: 3) == "0.001")
        #expect(EvaluationReport.decimal(300, places: 1) == "300.0")
        #expect(EvaluationReport.decimal(12.34, places: 0) == "12")
    }
}
