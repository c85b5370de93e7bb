import Foundation
import TangleCore
import TangleDetect
import TangleStore

extension CaseReport {
    /// The report as one self-contained HTML file: inline CSS and SVG, no scripts, no external
    /// requests; readable on screen and on paper. The same case gives the same bytes.
    public func html() -> String {
        var sections: [(id: String, title: String, body: String)] = [("summary", "Summary", summarySection())]
        if !networks.isEmpty { sections.append(("networks", "Networks", networksSection())) }
        if accounts != nil || !shiftGroups.isEmpty { sections.append(("accounts", "Accounts", accountsSection())) }
        if narratives != nil || trace != nil { sections.append(("narratives", "Narratives and provenance", narrativesSection())) }
        sections.append(("methodology", "Methodology", methodologySection()))
        var out = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(HTML.escape(title))</title>
            <style>\(Self.css)</style>
            </head><body>
            <header><h1>\(HTML.escape(title))</h1>
            <nav>\(sections.map { "<a href=\"#\($0.id)\">\(HTML.escape($0.title))</a>" }.joined(separator: " · "))</nav></header>

            """
        for section in sections {
            out += "<section id=\"\(section.id)\"><h2>\(HTML.escape(section.title))</h2>\n\(section.body)</section>\n"
        }
        return out + "<footer>Written by <code>tangle report</code> from the case's saved runs.</footer>\n</body></html>\n"
    }

    static let css = """
        :root{--ink:#1d1d1f;--muted:#666;--line:#e2e2e2}
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--ink);max-width:70rem;margin:0 auto;padding:1rem 1.5rem}
        h1{font-size:1.6rem;margin:.5rem 0}h2{font-size:1.3rem;border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2.5rem}
        h3{font-size:1.1rem;margin:1.8rem 0 .4rem}h4{font-size:.95rem;margin:1rem 0 .3rem}
        nav a{color:#1f4e9c;text-decoration:none}
        table{border-collapse:collapse;margin:.4rem 0 1rem;font-size:.86rem;max-width:100%}
        th,td{padding:.18rem .55rem;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
        th{background:#f4f4f4}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        caption{text-align:left;font-weight:600;padding:.2rem 0}
        code{font:12px ui-monospace,Menlo,Consolas,monospace;overflow-wrap:anywhere}
        .note{color:var(--muted);font-size:.85rem}.swatch{display:inline-block;width:.8em;height:.8em;border-radius:50%;vertical-align:-1px;margin-right:.3em}
        .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr));gap:0 1.5rem}
        .network{border-top:1px solid var(--line);margin-top:1.5rem}
        .label{display:inline-block;padding:0 .35em;border-radius:3px;background:#fde2e1;color:#8b0000;font-size:.8rem}
        svg{max-width:100%;height:auto;display:block;margin:.4rem 0}figure{margin:.5rem 0 1rem}
        ul.headlines li{margin:.25rem 0}
        footer{margin:3rem 0 1rem;color:var(--muted);font-size:.8rem}
        @media print{body{max-width:none;font-size:11px}nav{display:none}section{break-before:page}section#summary{break-before:auto}
        .network,figure,svg,tr{break-inside:avoid}h2,h3,h4{break-after:avoid}a{color:inherit;text-decoration:none}}
        """

    // MARK: - Summary

    func summarySection() -> String {
        let c = overview.counts
        var out = "<p>\(HTML.grouped(c.posts)) posts by \(HTML.grouped(c.accounts)) accounts"
        if let first = c.firstPost, let last = c.lastPost { out += ", from \(HTML.escape(first)) to \(HTML.escape(last))" }
        out += ". " + c.postsByKind.map { "\(HTML.grouped($0.count)) \(HTML.escape($0.name))" }.joined(separator: ", ") + ".</p>\n"
        if !overview.headlines.isEmpty {
            out += "<h3>Findings</h3><ul class=\"headlines\">" + overview.headlines.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>\n"
        }
        out += "<h3>Data</h3>"
        out += HTML.table(
            ["file", "format", "bytes", "SHA-256", "status", "rows", "posts stored", "rejected"],
            overview.files.map {
                [.text($0.path), .text($0.format), .number(HTML.grouped($0.bytes)), .code($0.sha256), .text($0.status),
                 .number(HTML.grouped($0.rowsRead)), .number(HTML.grouped($0.postsStored)), .number(HTML.grouped($0.rejected))]
            })
        if !overview.runs.isEmpty {
            out += "<h3>Runs</h3><p class=\"note\">The latest complete run of each detector; findings and parameters as saved in the case.</p>"
            out += HTML.table(
                ["detector", "run", "findings", "parameters"],
                overview.runs.map { run in
                    [.text(run.detector), .number("\(run.id)"),
                     .text(run.findings.map { "\(HTML.grouped($0.count)) \($0.name)" }.joined(separator: ", ")),
                     .markup(run.parameters.map { "<code>\(HTML.escape($0.name))=\(HTML.escape($0.value))</code>" }.joined(separator: " "))]
                })
        }
        return out
    }

    // MARK: - Networks

    func networksSection() -> String {
        var out = "<p>\(HTML.grouped(networksTotal)) network\(networksTotal == 1 ? "" : "s") of accounts that acted together more often than chance allows (latest coordination run).</p>\n"
        out += HTML.table(
            ["network", "accounts", "edges", "density", "co-actions", "mean surprise", "active", "main signal"],
            networks.map { n in
                let s = n.summary
                return [.markup("<span class=\"swatch\" style=\"background:\(HTML.colour(network: s.id))\"></span><a href=\"#network-\(HTML.escape(s.id))\">\(HTML.escape(s.id))</a>"),
                        .number(HTML.grouped(s.size)), .number(HTML.grouped(s.edges)), .number(HTML.fixed(s.density, 2)),
                        .number(HTML.grouped(s.coactions)), .number(HTML.fixed(s.meanSurprise, 1)),
                        .text("\(s.firstCoaction ?? "?") to \(s.lastCoaction ?? "?")"), .text(s.signals.first?.signal ?? "")]
            })
        out += HTML.shown(networks.count, of: networksTotal, what: "networks")
        for n in networks { out += network(n) }
        return out
    }

    func network(_ n: NetworkView) -> String {
        let s = n.summary
        var out = "<div class=\"network\" id=\"network-\(HTML.escape(s.id))\"><h3><span class=\"swatch\" style=\"background:\(HTML.colour(network: s.id))\"></span>\(HTML.escape(s.id)): \(HTML.grouped(s.size)) accounts</h3>\n"
        out += "<p>\(HTML.grouped(s.edges)) flagged edges, density \(HTML.fixed(s.density, 2)), \(HTML.grouped(s.coactions)) co-actions from \(HTML.escape(s.firstCoaction ?? "?")) to \(HTML.escape(s.lastCoaction ?? "?")); mean surprise \(HTML.fixed(s.meanSurprise, 1)) (−log₁₀ of the chance of so many shared keys under the null model).</p>\n"
        out += "<figure>" + SVGCharts.network(n)
        out += "<figcaption class=\"note\">The \(HTML.grouped(n.graph.nodes.count)) strongest of \(HTML.grouped(n.graph.nodesTotal)) accounts and the \(HTML.grouped(n.graph.edges.count)) flagged edges among them (of \(HTML.grouped(n.graph.edgesTotal))); node area grows with strength, line width with edge weight. Layout: deterministic force-directed.</figcaption></figure>\n"
        out += "<div class=\"grid\"><div>"
        out += HTML.table(
            ["account", "strength", "account score"],
            n.members.map { [.text($0.handle.map { "@" + $0 } ?? $0.id), .number(HTML.fixed($0.strength, 2)), .number($0.accountScore.map { HTML.fixed($0, 2) } ?? "")] },
            caption: "Members by strength")
        out += HTML.shown(n.members.count, of: n.membersTotal, what: "members")
        out += "</div><div>"
        out += HTML.table(
            ["signal", "edges", "co-actions"], s.signals.map { [.text($0.signal), .number(HTML.grouped($0.edges)), .number(HTML.grouped($0.coactions))] },
            caption: "Signals")
        out += HTML.table(
            ["domain", "links", "share", "source"],
            n.domains.map {
                [.text($0.domain), .number(HTML.grouped($0.links)), .number(HTML.percent($0.share)),
                 .markup(($0.label.map { "<span class=\"label\">\(HTML.escape($0))</span>" } ?? "") + ($0.source.map { " <span class=\"note\">\(HTML.escape($0))</span>" } ?? ""))]
            },
            caption: "Links by domain")
        if let shares = n.linkShares, shares.links > 0 {
            out += "<p class=\"note\">" + (shares.labels.isEmpty
                ? "No labelled links among \(HTML.grouped(shares.links))."
                : "Links by source label: " + shares.labels.map { "\(HTML.escape($0.label)) \(HTML.percent($0.share)) (\(HTML.grouped($0.links)) of \(HTML.grouped(shares.links)))" }.joined(separator: ", ") + ".") + "</p>"
        }
        out += "</div></div>"
        out += HTML.table(
            ["signal", "shared item", "co-actions", "accounts"],
            n.topKeys.map { [.text($0.signal), .text($0.key), .number(HTML.grouped($0.coactions)), .number(HTML.grouped($0.accounts))] },
            caption: "Top shared items")
        out += HTML.table(
            ["signal", "key", "first post (account, time, post id)", "second post (account, post id)", "gap"],
            n.evidence.map {
                [.text($0.signal), .text($0.key),
                 .markup("\(HTML.escape($0.firstAccount)) · \(HTML.escape($0.firstTime))<br><code>\(HTML.escape($0.firstPost))</code>"),
                 .markup("\(HTML.escape($0.secondAccount))<br><code>\(HTML.escape($0.secondPost))</code>"),
                 .number(HTML.fixed($0.gapSeconds, 3) + " s")]
            },
            caption: "Evidence: the closest co-actions")
        out += HTML.shown(n.evidence.count, of: n.evidenceTotal, what: "co-actions (all of them: tangle networks --network \(s.id) --evidence)")
        return out + "</div>\n"
    }

    // MARK: - Accounts

    func accountsSection() -> String {
        var out = ""
        if let (list, total) = accounts {
            out += "<h3>Accounts by score</h3><p>\(HTML.grouped(total)) account\(total == 1 ? "" : "s") scored at or above the threshold \(HTML.escape(accountsParameters?["threshold"] ?? "?")).</p>"
            out += HTML.table(
                ["account", "score", "network", "reasons"],
                list.map { [.text($0.label ?? $0.id), .number(HTML.fixed($0.score, 3)), .text($0.network ?? ""), .text($0.reasons.joined(separator: "; "))] })
            out += HTML.shown(list.count, of: total, what: "accounts")
        }
        if !shiftGroups.isEmpty {
            out += "<h3>Shift groups</h3><p>\(HTML.grouped(shiftGroupsTotal)) group\(shiftGroupsTotal == 1 ? "" : "s") of accounts keeping the same concentrated hours; each map shows the group's posts by local hour at its inferred UTC offset.</p>"
            for g in shiftGroups {
                out += "<h4>\(HTML.escape(g.id)): \(HTML.grouped(g.size)) accounts, \(utcOffsetText(g.utcOffsetHours))\(g.isWorkSchedule ? ", work schedule" : "")</h4>"
                out += "<p class=\"note\">\(HTML.percent(g.fit.officeShare)) of posts in weekday office hours, \(HTML.percent(g.fit.weekendShare)) at weekends, \(HTML.percent(g.fit.nightShare)) at night; \(HTML.percent(g.confidence)) of members agree on the offset within an hour. Members: \(HTML.escape(g.members.map(\.display).joined(separator: ", ")))\(g.size > g.members.count ? ", … \(g.size - g.members.count) more" : "").</p>"
                out += "<figure>" + SVGCharts.heatMap(g.fingerprint, offset: g.utcOffsetHours)
                    + "<figcaption class=\"note\">Posts by hour of the week in local time (\(utcOffsetText(g.utcOffsetHours))), Monday first; darker is busier.</figcaption></figure>"
            }
            out += HTML.shown(shiftGroups.count, of: shiftGroupsTotal, what: "shift groups")
        }
        return out
    }

    // MARK: - Narratives and provenance

    func narrativesSection() -> String {
        var out = ""
        if let v = narratives {
            out += "<h3>Narratives</h3><p>\(HTML.grouped(v.narrativesTotal)) narratives (\(HTML.escape(v.detector))).</p>"
            out += HTML.table(
                ["id", "kind", "label", "posts"], v.narratives.map { [.text($0.id), .text($0.kind), .text($0.label), .number(HTML.grouped($0.posts))] })
            out += HTML.shown(v.narratives.count, of: v.narrativesTotal, what: "narratives")
            for t in v.timelines {
                out += "<h4><span class=\"swatch\" style=\"background:\(HTML.colour(network: t.network))\"></span>\(HTML.escape(t.network)): daily posts per narrative</h4>"
                out += SVGCharts.timeline(t)
            }
            out += HTML.table(
                ["network", "date", "rising", "falling", "shift", "p", "segment tested"],
                v.pivots.map {
                    [.text($0.network), .text($0.date), .text($0.rising ?? ""), .text($0.falling ?? ""), .number(HTML.fixed($0.totalVariation, 2)),
                     .number(String(format: "%.3g", $0.pValue)), .text("\($0.from) to \($0.to)")]
                },
                caption: "Pivots")
            for p in v.pivots { if let label = p.label { out += "<p class=\"note\">\(HTML.escape(label))</p>" } }
            if v.pivots.isEmpty && timelineParameters != nil { out += "<p class=\"note\">No pivots: no network's mix of narratives changed significantly.</p>" }
        }
        if let t = trace {
            out += "<h3>Provenance</h3><p>\(HTML.grouped(t.originsTotal)) URLs traced to their first post; \(HTML.grouped(t.uptakesTotal)) uptakes by watched or high-reach accounts.</p>"
            for report in t.traces {
                out += "<h4>\(HTML.escape(report.id))</h4><p class=\"note\">\(HTML.grouped(report.posts)) posts by \(HTML.grouped(report.accounts)) accounts from \(HTML.escape(report.start ?? "?")) to \(HTML.escape(report.end ?? "?")); first post \(HTML.escape(report.firstPosts.first.map { "\($0.id) by \($0.handle.map { "@" + $0 } ?? $0.account)" } ?? "?")). Each row is one uptake's path from the first post; dots are posts (coloured by network, dark red for state media, orange for the uptake).</p>"
                out += SVGCharts.tracePaths(report)
            }
            out += HTML.table(
                ["lag", "account", "URL", "why", "post", "path"],
                t.uptakes.map { [.number(durationText(seconds: Double($0.lagSeconds))), .text($0.accountID), .code($0.url), .text($0.reasons.joined(separator: ", ")), .code($0.postID), .number("\($0.path.count) posts")] },
                caption: "Uptakes, shortest lag first")
            out += HTML.shown(t.uptakes.count, of: t.uptakesTotal, what: "uptakes")
            out += HTML.table(
                ["URL", "first post", "account", "time", "source", "posts", "uptakes"],
                t.origins.map {
                    [.code($0.url), .code($0.postID), .text($0.accountID), .text($0.time),
                     .markup($0.label.map { "<span class=\"label\">\(HTML.escape($0))</span>" } ?? ""), .number(HTML.grouped($0.posts)), .number(HTML.grouped($0.uptakes))]
                },
                caption: "Origins")
            out += HTML.shown(t.origins.count, of: t.originsTotal, what: "URLs")
        }
        return out
    }

    // MARK: - Methodology

    func methodologySection() -> String {
        var out = ""
        if let p = coordination {
            func seconds(_ key: String) -> String { p[key].flatMap { Int64($0) }.map { durationText(seconds: Double($0) / 1000) } ?? "?" }
            out += "<h3>Coordination</h3><p>Two accounts co-act when they do the same thing within a short window: "
                + "repost, quote or reply to the same post, share the same link or domain, use the same hashtag or sequence of hashtags, "
                + "post the same text or near-identical text (MinHash, Jaccard ≥ \(HTML.escape(p["near_text_threshold"] ?? "?"))), or the same media. "
                + "Window: \(seconds("window_ms")) for reposts and text, \(seconds("item_window_ms")) for shared items. "
                + "Keys shared by more than \(HTML.escape(p["max_key_accounts"] ?? "?")) accounts are skipped as too popular to mean anything.</p>"
            out += "<p>Each pair's count of shared keys is compared with what chance gives: the null model shuffles activity in blocks of \(seconds("null_block_ms")) (\(HTML.escape(p["null_replicates"] ?? "?")) replicates, seed \(HTML.escape(p["seed"] ?? "?"))); "
                + "an edge is flagged when the pair shares at least \(HTML.escape(p["min_keys"] ?? "?")) keys and is surprising at α = \(HTML.escape(p["alpha"] ?? "?")) after correction. "
                + "<b>Surprise</b> is −log₁₀ of that chance. Networks are Leiden communities of the flagged edges (resolution \(HTML.escape(p["resolution"] ?? "?"))), with at least \(HTML.escape(p["min_network_size"] ?? "?")) accounts. "
                + "An account's <b>strength</b> is the summed weight of its flagged edges; a network's <b>density</b> is its share of possible edges that are flagged.</p>"
        }
        if let p = accountsParameters {
            out += "<h3>Account scores</h3><p>Each account gets signals (coordination, creation in batches, handle patterns, automation, profile gaps, work schedule, ...), each with its reason in words. "
                + "The score combines them (model: \(HTML.escape(p["model"] ?? "?"))); accounts at or above \(HTML.escape(p["threshold"] ?? "?")) are flagged. A score is a lead for an analyst, not a verdict.</p>"
        }
        if let p = shiftParameters {
            out += "<h3>Shift groups</h3><p>Accounts with at least \(HTML.escape(p["minimumPosts"] ?? "?")) posts get an hour-of-week fingerprint (168 bins, UTC). Accounts putting at least \(HTML.escape(p["minimumConcentration"] ?? "?")) of their posts in one daily window, "
                + "with fingerprints alike (cosine ≥ \(HTML.escape(p["minimumSimilarity"] ?? "?"))), form groups of at least \(HTML.escape(p["minimumGroupSize"] ?? "?")). "
                + "Each group is fitted to office hours at every UTC offset; the best is its inferred time zone. It is a work schedule when weekends (≤ \(HTML.escape(p["maximumWeekendShare"] ?? "?"))) and nights (≤ \(HTML.escape(p["maximumNightShare"] ?? "?"))) stay nearly empty and office hours hold at least \(HTML.escape(p["minimumOfficeShare"] ?? "?")) of posts.</p>"
        }
        if let p = timelineParameters {
            out += "<h3>Narrative pivots</h3><p>A pivot is a day where a network's daily mix of narratives changes: binary segmentation with a multinomial likelihood-ratio statistic, each split tested by permuting days "
                + "(α = \(HTML.escape(p["alpha_per_case"] ?? p["alpha"] ?? "?")) per case, \(HTML.escape(p["permutations"] ?? "?")) permutations), at least \(HTML.escape(p["min_segment_days"] ?? "?")) days on each side "
                + "and a total-variation shift of at least \(HTML.escape(p["min_shift"] ?? "?")).</p>"
        }
        if let t = trace {
            let p = Dictionary(uniqueKeysWithValues: t.parameters.map { ($0.name, $0.value) })
            out += "<h3>Provenance</h3><p>Every URL with at least \(HTML.escape(p["min_posts"] ?? "?")) posts is traced: its first post, and each post's parent (the post it reposts, quotes or replies to, else the earliest earlier post of the same URL). "
                + "An <b>uptake</b> is the first post of the URL by a watched\(p["watch"] != nil ? " (list: \(HTML.escape(p["watch"]!)))" : "") or high-reach\(p["reach"] != nil ? " (≥ \(HTML.escape(p["reach"]!)) followers)" : "") account; its <b>lag</b> is the time since the first post.</p>"
        }
        out += "<h3>Sources</h3><p>Domains and accounts are labelled from the source registry: a built-in list of state-affiliated outlets plus any imported list (<code>tangle sources</code>).</p>"
        return out
    }
}
