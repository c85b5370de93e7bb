/// The report as a short table for the terminal: same report, same bytes.
extension EvaluationReport {
    /// At most this many networks and uptake events are listed; `--json` lists all.
    static let listedRows = 20

    /// - Complexity: O(size of the report), with at most `listedRows` networks and uptake events.
    public var text: String {
        var lines = ["\(scenario), seed \(seed)"]
        if isNullScenario {
            lines.append(
                "null scenario (no operation): \(accounts.flagged) flagged accounts, \(networks.detected) networks"
                    + " (target 0)")
        }
        lines += accountLines + networkLines + pivotLines + uptakeLines + originLines + shiftLines
        return lines.joined(separator: "\n") + "\n"
    }

    private var accountLines: [String] {
        var rows = [
            ["", "value", "count"],
            ["precision", Self.format(accounts.precision), Self.counts(accounts.precision)],
            ["recall", Self.format(accounts.recall), Self.counts(accounts.recall)],
            ["F1", Self.format(accounts.f1), Self.counts(accounts.f1)],
        ]
        rows += accounts.units.map { ["recall \($0.unit)", Self.format($0.recall), Self.counts($0.recall)] }
        return ["accounts: \(accounts.flagged) flagged, \(accounts.operationAccounts) in operations"]
            + Self.table(rows)
            + [
                "  false positives: \(accounts.falsePositiveSympathizers) sympathizers,"
                    + " \(accounts.falsePositiveOrganic) other organic"
            ]
    }

    private var networkLines: [String] {
        let ami = networks.adjustedMutualInformation.map { Self.decimal($0, places: 3) } ?? "n/a"
        var lines = [
            "networks: \(networks.detected) detected, purity \(Self.format(networks.purity))"
                + " (\(Self.counts(networks.purity))), AMI \(ami) over \(networks.scored) accounts"
        ]
        if networks.inSeveralNetworks > 0 {
            lines.append("  \(networks.inSeveralNetworks) accounts in several networks (AMI counts the first)")
        }
        guard !networks.matches.isEmpty else { return lines }
        var rows = [["network", "members", "operation", "sympathizers", "organic", "best match", "overlap", "jaccard"]]
        rows += networks.matches.prefix(Self.listedRows).map { match in
            let best = match.unit.map { "\($0.operation) \($0.unit)" } ?? (match.members == 0 ? "empty" : "organic")
            return [
                match.network, "\(match.members)", "\(match.operationMembers)", "\(match.sympathizers)",
                "\(match.otherOrganic)", best, "\(match.overlap)", Self.format(match.jaccard),
            ]
        }
        lines += Self.table(rows)
        if networks.matches.count > Self.listedRows {
            lines.append("  ... \(networks.matches.count - Self.listedRows) more networks (--json lists all)")
        }
        return lines
    }

    private var pivotLines: [String] {
        var lines = ["pivots: \(pivots.detected) detected, \(pivots.matches.count) true"]
        guard !pivots.matches.isEmpty else { return lines }
        var rows = [["operation", "true", "nearest detected", "error"]]
        rows += pivots.matches.map { match in
            [match.operation, match.date, match.detectedDate ?? "missing", match.errorDays.map { "\($0) d" } ?? "-"]
        }
        lines += Self.table(rows)
        return lines
    }

    private var uptakeLines: [String] {
        let meanError = uptakes.meanAbsoluteLagErrorSeconds.map { Self.decimal($0, places: 1) + " s" } ?? "n/a"
        var lines = [
            "uptakes: \(Self.counts(uptakes.found)) found, \(Self.counts(uptakes.lagWithinTenPercent)) with the lag"
                + " within 10 %, mean |lag error| \(meanError), \(uptakes.unmatchedDetected) detected matching no true event"
        ]
        guard !uptakes.events.isEmpty else { return lines }
        var rows = [["operation", "story", "account", "lag", "detected", "error"]]
        rows += uptakes.events.prefix(Self.listedRows).map { event in
            [
                event.operation, event.storyID, event.accountID, "\(event.lagSeconds) s",
                event.detectedLagSeconds.map { "\($0) s" } ?? "missing",
                event.lagErrorSeconds.map { ($0 > 0 ? "+" : "") + "\($0) s" } ?? "-",
            ]
        }
        lines += Self.table(rows)
        if uptakes.events.count > Self.listedRows {
            lines.append("  ... \(uptakes.events.count - Self.listedRows) more events (--json lists all)")
        }
        return lines
    }

    private var originLines: [String] {
        guard let origins else { return [] }
        var lines = [
            "origins: \(Self.counts(origins.found)) stories' first post found,"
                + " \(Self.counts(origins.byOutlet)) outlet stories traced to the outlet's account"
        ]
        guard !origins.missed.isEmpty else { return lines }
        var rows = [["operation", "story", "first post", "detected"]]
        rows += origins.missed.prefix(Self.listedRows).map {
            [$0.operation, $0.storyID, $0.firstPostID, $0.detectedPostID ?? "not traced"]
        }
        lines += Self.table(rows)
        if origins.missed.count > Self.listedRows {
            lines.append("  ... \(origins.missed.count - Self.listedRows) more missed (--json lists all)")
        }
        return lines
    }

    private var shiftLines: [String] {
        guard let shifts else { return [] }
        var lines = [
            "shift groups: \(shifts.detected) detected, \(shifts.workSchedules) on a work schedule"
                + (isNullScenario ? " (target 0)" : "")
        ]
        guard !shifts.matches.isEmpty else { return lines }
        var rows = [["operation", "trolls", "true offset", "best group", "members", "overlap", "jaccard", "offset", "error"]]
        rows += shifts.matches.map { match in
            [
                match.operation, "\(match.unitSize)", match.utcOffsetHours.map(Self.utc) ?? "-", match.group ?? "missing",
                "\(match.members)", "\(match.overlap)", Self.format(match.jaccard),
                match.detectedUTCOffsetHours.map(Self.utc) ?? "-",
                match.offsetErrorHours.map { ($0 > 0 ? "+" : "") + "\($0) h" } ?? "-",
            ]
        }
        lines += Self.table(rows)
        return lines
    }

    /// `UTC+3`, `UTC-5`, `UTC+0`.
    static func utc(_ offset: Int) -> String {
        "UTC" + (offset < 0 ? "-" : "+") + "\(abs(offset))"
    }

    /// Rows as left-aligned columns, two spaces apart, indented by two, without trailing spaces.
    ///
    /// - Complexity: O(total characters).
    static func table(_ rows: [[String]]) -> [String] {
        var widths: [Int] = []
        for row in rows {
            for (column, cell) in row.enumerated() {
                if column == widths.count { widths.append(0) }
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            let padded = row.enumerated().map { column, cell in
                cell + String(repeating: " ", count: widths[column] - cell.count)
            }
            var line = "  " + padded.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }

    /// A rate's value to three places, or `n/a` when not applicable.
    static func format(_ rate: Rate) -> String {
        rate.value.map { decimal($0, places: 3) } ?? "n/a"
    }

    static func counts(_ rate: Rate) -> String {
        "\(rate.numerator)/\(rate.denominator)"
    }

    /// `x` rounded half away from zero to `places` decimals, without locale or `printf`, so the same
    /// number always prints the same.
    ///
    /// - Complexity: O(digits).
    static func decimal(_ x: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = (x * scale).rounded()
        guard scaled.isFinite, scaled.magnitude < 1e15 else { return "\(x)" }
        let units = Int(scaled.magnitude)
        let divisor = Int(scale)
        let fraction = String(units % divisor)
        let sign = scaled < 0 ? "-" : ""
        let whole = "\(sign)\(units / divisor)"
        guard places > 0 else { return whole }
        return whole + "." + String(repeating: "0", count: places - fraction.count) + fraction
    }
}
