// Small page helpers: links whose target needs percent-encoding, and the narrative timelines
// (drawn from /api/timeline, the same data as the page's tables).
(function () {
  "use strict";
  var NS = "http://www.w3.org/2000/svg";
  var COLORS = ["#1f5fa8", "#d1495b", "#edae49", "#00798c", "#66a182", "#8d6a9f", "#999999"];

  document.querySelectorAll("a.trace-link[data-url]").forEach(function (a) {
    a.href = "/trace?url=" + encodeURIComponent(a.dataset.url);
  });

  function element(name, attributes, text) {
    var e = document.createElementNS(NS, name);
    Object.keys(attributes).forEach(function (k) { e.setAttribute(k, attributes[k]); });
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function drawTimeline(svg, legend, timeline) {
    var box = svg.getBoundingClientRect();
    var width = box.width || 800, height = box.height || 260;
    var left = 36, right = 8, top = 16, bottom = 22;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var days = timeline.days, n = Math.max(days.length, 1);
    var max = 1;
    timeline.series.forEach(function (s) { s.counts.forEach(function (c) { max = Math.max(max, c); }); });
    function x(i) { return left + (n === 1 ? 0.5 : i / (n - 1)) * (width - left - right); }
    function y(c) { return height - bottom - c / max * (height - top - bottom); }
    svg.appendChild(element("line", { x1: left, y1: height - bottom, x2: width - right, y2: height - bottom, stroke: "#bbb" }));
    svg.appendChild(element("text", { x: 2, y: top + 4 }, String(max)));
    svg.appendChild(element("text", { x: 2, y: height - bottom }, "0"));
    if (days.length) {
      svg.appendChild(element("text", { x: left, y: height - 6 }, days[0]));
      svg.appendChild(element("text", { x: width - right, y: height - 6, "text-anchor": "end" }, days[days.length - 1]));
    }
    timeline.series.forEach(function (s, k) {
      var color = COLORS[Math.min(k, COLORS.length - 1)];
      var points = s.counts.map(function (c, i) { return x(i).toFixed(1) + "," + y(c).toFixed(1); }).join(" ");
      var line = element("polyline", { points: points, fill: "none", stroke: color, "stroke-width": 1.6 });
      line.appendChild(element("title", {}, s.label + ": " + s.total + " posts"));
      svg.appendChild(line);
      var item = document.createElement("span");
      var swatch = document.createElement("i");
      swatch.style.background = color;
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(s.label + " (" + s.total + ")"));
      legend.appendChild(item);
    });
    timeline.pivots.forEach(function (p) {
      var i = days.indexOf(p.date);
      if (i < 0) return;
      svg.appendChild(element("line", { x1: x(i), y1: top, x2: x(i), y2: height - bottom, stroke: "#b3261e", "stroke-dasharray": "4 3" }));
      svg.appendChild(element("text", { x: x(i) + 3, y: top - 4 }, "pivot " + p.date + (p.rising ? ": " + p.rising + " rises" : "")));
    });
  }

  var timelines = document.getElementById("timelines");
  if (timelines && timelines.querySelector("svg.chart")) {
    fetch(timelines.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) throw new Error("the server answered " + r.status);
        return r.json();
      })
      .then(function (data) {
        data.timelines.forEach(function (t) {
          var svg = timelines.querySelector('svg.chart[data-network="' + t.network + '"]');
          var legend = timelines.querySelector('div.legend[data-network="' + t.network + '"]');
          if (svg && legend) drawTimeline(svg, legend, t);
        });
      })
      .catch(function (error) {
        var p = document.createElement("p");
        p.className = "error";
        p.textContent = "cannot draw the timelines: " + error.message;
        timelines.prepend(p);
      });
  }
})();
