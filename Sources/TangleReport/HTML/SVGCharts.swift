import Foundation
import TangleDetect

/// The report's pictures as inline SVG: readable without scripts, each element's details in a
/// `<title>` (a tooltip in browsers), sizes fixed so the bytes never depend on the viewer.
enum SVGCharts {
    private static func open(_ width: Double, _ height: Double, label: String) -> String {
        "<svg viewBox=\"0 0 \(HTML.n(width)) \(HTML.n(height))\" width=\"\(HTML.n(width))\" height=\"\(HTML.n(height))\" role=\"img\" aria-label=\"\(HTML.escape(label))\">"
    }

    // MARK: - Network

    /// A network's strongest members laid out by `ForceLayout`: nodes sized by strength, edges by weight.
    static func network(_ view: NetworkView, width: Double = 720, height: Double = 440) -> String {
        let graph = view.graph
        let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.id, $0) })
        let edges = graph.edges.compactMap { e -> (Int, Int, Double)? in
            guard let a = index[e.source], let b = index[e.target] else { return nil }
            return (a, b, e.weight)
        }
        var layout = ForceLayout(width: width, height: height)
        layout.margin = 18
        let at = layout.positions(nodeCount: graph.nodes.count, edges: edges)
        let colour = HTML.colour(network: view.summary.id)
        let maxStrength = max(graph.nodes.map(\.strength).max() ?? 1, 1e-9)
        let maxWeight = max(edges.map(\.2).max() ?? 1, 1e-9)
        var out = open(width, height, label: "Network \(view.summary.id): \(graph.nodes.count) accounts")
        out += "<rect width=\"100%\" height=\"100%\" fill=\"#fbfbfb\"/>"
        out += "<g stroke=\"#888\" stroke-linecap=\"round\">"
        for (a, b, weight) in edges {
            out += "<line x1=\"\(HTML.n(at[a].x))\" y1=\"\(HTML.n(at[a].y))\" x2=\"\(HTML.n(at[b].x))\" y2=\"\(HTML.n(at[b].y))\" stroke-width=\"\(HTML.n(0.4 + 2.6 * weight / maxWeight))\" stroke-opacity=\"\(HTML.fixed(0.25 + 0.5 * weight / maxWeight, 2))\"/>"
        }
        out += "</g><g fill=\"\(colour)\" stroke=\"#fff\" stroke-width=\"1\">"
        for (i, node) in graph.nodes.enumerated() {
            let r = 3 + 9 * (node.strength / maxStrength).squareRoot()
            out += "<circle cx=\"\(HTML.n(at[i].x))\" cy=\"\(HTML.n(at[i].y))\" r=\"\(HTML.n(r))\"><title>\(HTML.escape(node.label)): strength \(HTML.fixed(node.strength, 2))</title></circle>"
        }
        out += "</g><g font-size=\"10\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">"
        // Names of the strongest few only: more would cover the picture.
        for i in graph.nodes.indices.prefix(5) {
            let anchor = at[i].x > width * 0.75 ? "end" : "start"
            let dx = anchor == "end" ? -8.0 : 8.0
            out += "<text x=\"\(HTML.n(at[i].x + dx))\" y=\"\(HTML.n(at[i].y + 3))\" text-anchor=\"\(anchor)\">\(HTML.escape(graph.nodes[i].label))</text>"
        }
        return out + "</g></svg>"
    }

    // MARK: - Hour of week

    /// Seven rows (Monday first) of 24 local hours, darker is busier, from UTC hour-of-week counts.
    static func heatMap(_ fingerprint: [Double], offset: Int, colour: String = "#1f4e9c") -> String {
        let cell = 22.0, left = 40.0, top = 22.0
        let width = left + 24 * cell + 8, height = top + 7 * cell + 8
        let busiest = fingerprint.max() ?? 0
        let days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        var out = open(width, height, label: "Posts by local hour of the week, \(utcOffsetText(offset))")
        out += "<g font-size=\"10\" fill=\"#444\">"
        for hour in stride(from: 0, to: 24, by: 3) {
            out += "<text x=\"\(HTML.n(left + Double(hour) * cell + cell / 2))\" y=\"14\" text-anchor=\"middle\">\(hour)</text>"
        }
        for (d, day) in days.enumerated() {
            out += "<text x=\"0\" y=\"\(HTML.n(top + Double(d) * cell + cell * 0.65))\">\(day)</text>"
        }
        out += "</g><g fill=\"\(colour)\">"
        for d in 0..<7 {
            for hour in 0..<24 {
                let utc = ((d * 24 + hour - offset) % 168 + 168) % 168
                let value = utc < fingerprint.count ? fingerprint[utc] : 0
                let shade = busiest > 0 ? value / busiest : 0
                let x = left + Double(hour) * cell, y = top + Double(d) * cell
                out += "<rect x=\"\(HTML.n(x))\" y=\"\(HTML.n(y))\" width=\"\(HTML.n(cell - 2))\" height=\"\(HTML.n(cell - 2))\" fill-opacity=\"\(HTML.fixed(0.04 + 0.96 * shade, 2))\"><title>\(days[d]) \(hour):00 local: \(HTML.fixed(value, value.rounded() == value ? 0 : 2))</title></rect>"
            }
        }
        return out + "</g></svg>"
    }

    // MARK: - Timeline

    static let seriesColours = ["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#17becf", "#8c564b", "#aaaaaa"]

    /// Daily posts per narrative as lines, with the network's pivots as dashed verticals.
    static func timeline(_ t: NetworkTimeline, width: Double = 880, height: Double = 240) -> String {
        let left = 44.0, right = 12.0, top = 14.0, bottom = 34.0
        let plotW = width - left - right, plotH = height - top - bottom
        let days = max(t.days.count, 1)
        let peak = max(t.series.flatMap(\.counts).max() ?? 1, 1)
        func x(_ day: Int) -> Double { left + (days == 1 ? plotW / 2 : Double(day) / Double(days - 1) * plotW) }
        func y(_ value: Int) -> Double { top + plotH - Double(value) / Double(peak) * plotH }
        var out = open(width, height, label: "Daily posts per narrative of \(t.network)")
        out += "<g stroke=\"#ddd\" font-size=\"10\" fill=\"#555\">"
        for step in 0...4 {
            let value = Int((Double(peak) * Double(step) / 4).rounded())
            out += "<line x1=\"\(HTML.n(left))\" x2=\"\(HTML.n(left + plotW))\" y1=\"\(HTML.n(y(value)))\" y2=\"\(HTML.n(y(value)))\"/>"
            out += "<text x=\"\(HTML.n(left - 4))\" y=\"\(HTML.n(y(value) + 3))\" text-anchor=\"end\" stroke=\"none\">\(value)</text>"
        }
        let labelEvery = max(1, days / 8)
        for day in stride(from: 0, to: t.days.count, by: labelEvery) {
            out += "<text x=\"\(HTML.n(x(day)))\" y=\"\(HTML.n(height - 18))\" text-anchor=\"middle\" stroke=\"none\">\(HTML.escape(String(t.days[day].dropFirst(5))))</text>"
        }
        out += "</g>"
        for (i, s) in t.series.enumerated() {
            let colour = s.narrative == "other" ? "#aaaaaa" : seriesColours[i % (seriesColours.count - 1)]
            let points = s.counts.enumerated().map { "\(HTML.n(x($0)))," + HTML.n(y($1)) }.joined(separator: " ")
            out += "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"1.8\" points=\"\(points)\"><title>\(HTML.escape(s.label)): \(s.total) posts</title></polyline>"
        }
        for p in t.pivots {
            guard let day = t.days.firstIndex(of: p.date) else { continue }
            out += "<line x1=\"\(HTML.n(x(day)))\" x2=\"\(HTML.n(x(day)))\" y1=\"\(HTML.n(top))\" y2=\"\(HTML.n(top + plotH))\" stroke=\"#000\" stroke-dasharray=\"4 3\"/>"
            out += "<text x=\"\(HTML.n(x(day) + 4))\" y=\"\(HTML.n(top + 10))\" font-size=\"11\" font-weight=\"bold\">pivot \(HTML.escape(p.date))</text>"
        }
        // Legend under the axis.
        var lx = left
        out += "<g font-size=\"10\">"
        for (i, s) in t.series.enumerated() {
            let colour = s.narrative == "other" ? "#aaaaaa" : seriesColours[i % (seriesColours.count - 1)]
            let text = s.label.count > 28 ? String(s.label.prefix(27)) + "…" : s.label
            out += "<rect x=\"\(HTML.n(lx))\" y=\"\(HTML.n(height - 10))\" width=\"10\" height=\"4\" fill=\"\(colour)\"/>"
            out += "<text x=\"\(HTML.n(lx + 13))\" y=\"\(HTML.n(height - 5))\">\(HTML.escape(text))</text>"
            lx += 13 + Double(text.count) * 5.6 + 12
            if lx > width - 60 { break }
        }
        return out + "</g></svg>"
    }

    // MARK: - Trace

    /// The paths from a URL's first post to each uptake, on a time axis (log scale: seconds to days
    /// fit one picture), the uptake's lag labelled at its end.
    static func tracePaths(_ report: TraceReport, width: Double = 880, maxPaths: Int = 8) -> String {
        let uptakes = Array(report.uptakes.prefix(maxPaths))
        let nodes = Dictionary(report.graph.nodes.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let rowH = 34.0, top = 30.0, left = 150.0, right = 110.0
        // The first row holds every post drawn in the trace's graph: the spread before and around the uptakes.
        let height = top + Double(uptakes.count + 1) * rowH + 30
        let maxLag = Double(max(max(uptakes.map(\.lagSeconds).max() ?? 60, report.graph.nodes.map(\.lagSeconds).max() ?? 60), 60))
        let plotW = width - left - right
        func x(_ lag: Int) -> Double { left + log10(1 + Double(max(lag, 0)) / 60) / log10(1 + maxLag / 60) * plotW }
        var out = open(width, height, label: "Propagation paths of \(report.id) to its uptakes")
        out += "<g font-size=\"10\" fill=\"#555\" stroke=\"#e3e3e3\">"
        let ticks: [(Int, String)] = [(0, "0"), (60, "1 min"), (600, "10 min"), (3600, "1 h"), (21_600, "6 h"), (86_400, "1 d"), (259_200, "3 d"), (604_800, "7 d")]
        for (lag, label) in ticks where Double(lag) <= maxLag {
            out += "<line x1=\"\(HTML.n(x(lag)))\" x2=\"\(HTML.n(x(lag)))\" y1=\"\(HTML.n(top - 8))\" y2=\"\(HTML.n(height - 24))\"/>"
            out += "<text x=\"\(HTML.n(x(lag)))\" y=\"\(HTML.n(height - 10))\" text-anchor=\"middle\" stroke=\"none\">\(label)</text>"
        }
        out += "<text x=\"\(HTML.n(left))\" y=\"12\" stroke=\"none\">time after the first post (log scale)</text></g>"
        let spreadY = top + rowH / 2
        out += "<text x=\"\(HTML.n(left - 10))\" y=\"\(HTML.n(spreadY + 3))\" font-size=\"11\" text-anchor=\"end\">\(HTML.grouped(report.graph.nodes.count)) post\(report.graph.nodes.count == 1 ? "" : "s")\(report.graph.complete ? "" : " shown")</text><g fill-opacity=\"0.55\">"
        for post in report.graph.nodes {
            let fill = post.label == BuiltInSources.label ? "#8b0000" : post.network.map(HTML.colour(network:)) ?? "#bbbbbb"
            out += "<circle cx=\"\(HTML.n(x(post.lagSeconds)))\" cy=\"\(HTML.n(spreadY))\" r=\"3\" fill=\"\(fill)\"/>"
        }
        out += "</g>"
        for (index, uptake) in uptakes.enumerated() {
            let row = index + 1
            let y = top + Double(row) * rowH + rowH / 2
            let who = uptake.handle.map { "@" + $0 } ?? uptake.account
            out += "<text x=\"\(HTML.n(left - 10))\" y=\"\(HTML.n(y + 3))\" font-size=\"11\" text-anchor=\"end\">\(HTML.escape(who.count > 22 ? String(who.prefix(21)) + "…" : who))</text>"
            let posts = uptake.path.compactMap { nodes[$0] }
            let points = posts.map { "\(HTML.n(x($0.lagSeconds))),\(HTML.n(y))" }.joined(separator: " ")
            if posts.count > 1 { out += "<polyline fill=\"none\" stroke=\"#999\" stroke-width=\"1.5\" points=\"\(points)\"/>" }
            for (i, post) in posts.enumerated() {
                let isUptake = i == posts.count - 1
                let fill = isUptake ? "#e08a00" : post.label == BuiltInSources.label ? "#8b0000" : post.network.map(HTML.colour(network:)) ?? "#bbbbbb"
                let who = post.handle.map { "@" + $0 } ?? post.account
                out += "<circle cx=\"\(HTML.n(x(post.lagSeconds)))\" cy=\"\(HTML.n(y))\" r=\"\(isUptake ? 6 : 4.5)\" fill=\"\(fill)\" stroke=\"#fff\"><title>\(HTML.escape(who)) \(HTML.escape(post.kind)) \(HTML.escape(post.id)) at \(HTML.escape(post.time))\(post.network.map { " (network \($0))" } ?? "")\(post.label.map { " [\($0)]" } ?? "")</title></circle>"
            }
            out += "<text x=\"\(HTML.n(x(uptake.lagSeconds) + 9))\" y=\"\(HTML.n(y + 4))\" font-size=\"11\" font-weight=\"bold\">+\(HTML.escape(durationText(seconds: Double(uptake.lagSeconds))))</text>"
        }
        return out + "</svg>"
    }
}
