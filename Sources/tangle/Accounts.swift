import ArgumentParser
import Foundation
import TangleCore
import TangleDetect
import TangleIngest
import TangleSimulate
import TangleStore

struct Accounts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score every account's inauthenticity from its signals and coordination, with the reasons.",
        discussion: """
            Signals: creation batches, handle patterns, automation (rate, regular gaps, rapid posts, reposts \
            within seconds, automation clients), profile (follow ratio, growth, defaults, language). With the \
            latest `tangle detect` run, membership of a coordinated network is a signal too. Without labels the \
            score is a noisy-OR of documented weights (flagged at 0.7: two signals, not one); with --train it is a logistic regression \
            fitted on the labels, with 5-fold cross-validated figures, flagged at the threshold that gave the \
            best held-out F1. Flagged accounts are saved as findings.
            """)

    @OptionGroup var caseFile: CaseOption

    @Option(help: "How many accounts to list.")
    var top = 50

    @Option(help: "Labels to fit the score on: a CSV with an account and a label column, or a simulator truth.json.")
    var train: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    func validate() throws {
        guard top > 0 else { throw ValidationError("--top must be positive") }
    }

    func run() throws {
        let caseFile = try CaseFile(path: self.caseFile.path, create: false)
        let scored = try AccountScoring.run(caseFile, train: train)
        try caseFile.saveRun(detector: "accounts", parameters: scored.recordedParameters(train: train), findings: scored.findings())
        let report = AccountsReport(scored, top: top)
        print(json ? try jsonText(report) : report.text)
    }
}

/// The scoring shared by `tangle accounts` and `tangle account`.
struct AccountScoring {
    var frame: Frame
    var names: [AccountName]
    var features: AccountFeatures
    var model: ScoreModel
    var scored: ScoreModel.Scored
    var crossValidation: CrossValidation?
    var trainingRows: Int
    /// Where the time went, for `tangle bench --accounts`.
    var stages: [StageClock.Lap] = []

    /// The weights without labels: the chance each signal at full strength marks an inauthentic
    /// account on its own. Coordination (a flagged network) and batch creation are the strongest;
    /// profile oddities the weakest, since many real people have them.
    static let weights: [String: Double] = [
        "coordination": 0.9, "work-schedule": 0.6, "creation-batch": 0.6, "fast-reposts": 0.6, "automation-client": 0.5,
        "gap-regularity": 0.45, "rapid-posts": 0.35, "handle-digits": 0.25, "handle-randomness": 0.25,
        "posting-rate": 0.3, "repost-share": 0.2, "follow-ratio": 0.15, "following-growth": 0.2,
        "posts-per-day-of-age": 0.25, "default-profile": 0.1, "language-mismatch": 0.1,
        "handle-name-template": 0.3, "location-language": 0.15,
    ]

    static func run(_ caseFile: CaseFile, train: String?) throws -> AccountScoring {
        var clock = StageClock()
        clock.start("load")
        let frame = try caseFile.frame(content: [])
        clock.start("profiles")
        let names = try caseFile.accountNames(frame.accountRowIDs)
        let profiles = try caseFile.accountProfiles(frame)
        let clients = try caseFile.postClients(frame)
        clock.start("signals")
        var features = AccountSignals.compute(frame: frame, profiles: profiles, clients: clients)
        try Self.addCoordination(&features, caseFile: caseFile, frame: frame)
        clock.start("shifts")
        Self.addWorkSchedule(&features, frame: frame)
        clock.start("score")

        var model = ScoreModel.weighted(Self.weights)
        var crossValidation: CrossValidation?
        var trainingRows = 0
        if let train {
            let labels = try Self.labels(train, names: names)
            let rows = labels.indices.filter { labels[$0] != nil }
            guard rows.count >= 10, rows.contains(where: { labels[$0] == true }), rows.contains(where: { labels[$0] == false }) else {
                throw ValidationError("\(train): the labels match \(rows.count) accounts of the case; fitting needs at least 10, with both classes")
            }
            let rowFeatures = features.values.map { column in rows.map { column[$0] } }
            let rowLabels = rows.map { labels[$0]! }
            let figures = CrossValidation.run(features: rowFeatures, labels: rowLabels, folds: 5)
            model = .fitted(LogisticRegression.fit(features: rowFeatures, labels: rowLabels), threshold: figures.threshold)
            crossValidation = figures
            trainingRows = rows.count
        }
        let scored = model.score(names: features.names, features: features.values)
        clock.stop()
        return AccountScoring(
            frame: frame, names: names, features: features, model: model, scored: scored,
            crossValidation: crossValidation, trainingRows: trainingRows, stages: clock.laps)
    }

    /// Membership of a network of the latest coordination run, as a signal in [0, 1]: 1 for a member.
    static func addCoordination(_ features: inout AccountFeatures, caseFile: CaseFile, frame: Frame) throws {
        var column = [Double](repeating: 0, count: frame.accountCount)
        var explanations: [Int: String] = [:]
        if let run = try caseFile.latestRun(detector: CoordinationFindings.detector) {
            var denseOf: [Int64: Int] = [:]
            for (dense, rowID) in frame.accountRowIDs.enumerated() { denseOf[rowID] = dense }
            for network in try caseFile.findings(of: run, kind: "network") {
                for member in network.finding.accounts {
                    guard let dense = denseOf[member.account] else { continue }
                    column[dense] = 1
                    explanations[dense] = "member of coordinated network \(network.finding.key) (\(network.finding.label ?? ""))"
                }
            }
        }
        features.append(name: "coordination", values: column, explanations: explanations)
    }

    /// Membership of a shift group on a work schedule (`ShiftGroups`), as a signal: 1 for a member.
    static func addWorkSchedule(_ features: inout AccountFeatures, frame: Frame) {
        var column = [Double](repeating: 0, count: frame.accountCount)
        var explanations: [Int: String] = [:]
        for group in ShiftGroups.find(frame: frame) where group.isWorkSchedule {
            let offset = group.fit.utcOffsetHours
            let zone = offset >= 0 ? "UTC+\(offset)" : "UTC\(offset)"
            for member in group.members {
                column[Int(member)] = 1
                explanations[Int(member)] =
                    "works an office week with \(group.members.count - 1) others: weekdays 09-18 \(zone)"
            }
        }
        features.append(name: "work-schedule", values: column, explanations: explanations)
    }

    /// Each dense account's label: true, false, or nil when the file does not name it. A truth.json
    /// labels every account of the case: operation accounts positive, all others negative.
    static func labels(_ path: String, names: [AccountName]) throws -> [Bool?] {
        var byID: [String: Int] = [:]
        var byHandle: [String: Int] = [:]
        for (dense, name) in names.enumerated() {
            byID[name.platformID] = dense
            if let handle = name.handle { byHandle[handle.lowercased()] = dense }
        }
        if path.hasSuffix(".json") {
            let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: URL(fileURLWithPath: path)))
            var labels = [Bool?](repeating: false, count: names.count)
            for operation in truth.operations {
                for account in operation.accounts { if let dense = byID[account.platformID] { labels[dense] = true } }
            }
            return labels
        }
        let (rows, rejections) = try LabelsReader.read(path: path)
        for rejection in rejections { printError("\(path):\(rejection.line): \(rejection.reason)") }
        var labels = [Bool?](repeating: nil, count: names.count)
        var unmatched = 0
        for row in rows {
            let key = row.account.hasPrefix("@") ? String(row.account.dropFirst()) : row.account
            guard let dense = byID[key] ?? byHandle[key.lowercased()] else {
                unmatched += 1
                continue
            }
            labels[dense] = row.isPositive
        }
        if unmatched > 0 { printError("\(path): \(grouped(unmatched)) labelled accounts are not in the case") }
        return labels
    }

    /// The account's reasons in words, largest first.
    func reasons(_ account: Int, limit: Int = 3) -> [String] {
        scored.reasons[account].prefix(limit).map { reason in
            features.explanation(account: account, feature: reason.feature) ?? features.names[reason.feature]
        }
    }

    var flagged: [Int] {
        scored.scores.indices.filter { scored.scores[$0] >= model.threshold }
    }

    /// One finding per flagged account: its score and its reasons in words.
    func findings() -> [Finding] {
        flagged.map { account in
            let details = AccountScoreDetails(
                score: scored.scores[account], reasons: reasons(account, limit: 5),
                signals: Dictionary(uniqueKeysWithValues: features.names.indices.compactMap { f in
                    features.values[f][account] > 0 ? (features.names[f], features.values[f][account]) : nil
                }))
            return Finding(
                kind: "account", key: names[account].platformID, label: names[account].display, score: scored.scores[account],
                details: (try? jsonText(details)) ?? "{}",
                accounts: [Finding.Member(account: frame.accountRowIDs[account], score: scored.scores[account])])
        }
    }

    func recordedParameters(train: String?) -> [String: String] {
        var parameters = ["model": train == nil ? "weighted" : "logistic", "threshold": "\(model.threshold)"]
        if let train { parameters["train"] = train }
        if let cv = crossValidation {
            parameters["cv_precision"] = "\(cv.precision)"
            parameters["cv_recall"] = "\(cv.recall)"
            parameters["cv_auc"] = "\(cv.auc)"
        }
        return parameters
    }
}

struct AccountScoreDetails: Codable {
    var score: Double
    var reasons: [String]
    var signals: [String: Double]
}

/// What `tangle accounts` prints.
struct AccountsReport: Encodable {
    struct Line: Encodable {
        var account: String
        var handle: String?
        var score: Double
        var reasons: [String]
    }
    var accounts: Int
    var flagged: Int
    var threshold: Double
    var model: String
    var crossValidation: CrossValidation?
    var top: [Line]

    init(_ scoring: AccountScoring, top: Int) {
        accounts = scoring.frame.accountCount
        flagged = scoring.flagged.count
        threshold = scoring.model.threshold
        crossValidation = scoring.crossValidation
        if case .fitted = scoring.model {
            model = "logistic regression on \(grouped(scoring.trainingRows)) labelled accounts"
        } else {
            model = "documented weights (noisy-OR)"
        }
        let order = scoring.scored.scores.indices.sorted {
            (scoring.scored.scores[$0], scoring.names[$1].platformID) > (scoring.scored.scores[$1], scoring.names[$0].platformID)
        }
        self.top = order.prefix(top).map { account in
            Line(
                account: scoring.names[account].platformID, handle: scoring.names[account].handle,
                score: scoring.scored.scores[account], reasons: scoring.reasons(account))
        }
    }

    var text: String {
        var lines = ["\(grouped(accounts)) accounts scored with \(model); \(grouped(flagged)) at or above \(String(format: "%.2f", threshold))"]
        if let cv = crossValidation {
            lines.append(String(format: "%d-fold cross-validation: precision %.3f, recall %.3f, F1 %.3f at threshold %.3f; AUC %.3f", cv.folds, cv.precision, cv.recall, cv.f1, cv.threshold, cv.auc))
        }
        lines.append("")
        for line in top {
            lines.append(String(format: "%.3f  ", line.score) + (line.handle.map { "@\($0) (\(line.account))" } ?? line.account))
            for reason in line.reasons { lines.append("       - \(reason)") }
        }
        return lines.joined(separator: "\n")
    }
}
