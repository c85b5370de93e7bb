// The network graph: positions come from the server's deterministic force layout; this only draws,
// pans (drag), zooms (wheel or buttons), names the account under the pointer and opens its page on
// click. The viewBox frames the whole drawing (the browser fits it to the element); pan and zoom are
// a translate and scale on the group inside, in viewBox units.
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var status = document.getElementById("graph-status");
  var view = { x: 0, y: 0, k: 1 };
  var ready = false;
  var group = document.createElementNS(NS, "g");
  svg.appendChild(group);

  function tooltip() { return document.getElementById("tooltip"); }

  function apply() { group.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")"); }

  /// A point on the screen in viewBox units.
  function toViewBox(clientX, clientY) {
    var point = svg.createSVGPoint();
    point.x = clientX; point.y = clientY;
    var matrix = svg.getScreenCTM();
    return matrix ? point.matrixTransform(matrix.inverse()) : point;
  }

  function draw(graph) {
    var byId = {};
    graph.nodes.forEach(function (n) { byId[n.id] = n; });
    var lo = [Infinity, Infinity], hi = [-Infinity, -Infinity];
    graph.nodes.forEach(function (n) {
      lo[0] = Math.min(lo[0], n.x); hi[0] = Math.max(hi[0], n.x); lo[1] = Math.min(lo[1], n.y); hi[1] = Math.max(hi[1], n.y);
    });
    if (!graph.nodes.length) { lo = [0, 0]; hi = [graph.width || 1, graph.height || 1]; }
    // Node sizes relative to the drawing's extent, so they look the same whatever its scale.
    var extent = Math.max(hi[0] - lo[0], hi[1] - lo[1], 1);
    var unit = extent / 100;
    var pad = unit * 4;
    svg.setAttribute("viewBox", [lo[0] - pad, lo[1] - pad, hi[0] - lo[0] + 2 * pad, hi[1] - lo[1] + 2 * pad].join(" "));
    ready = true;
    apply();
    var maxStrength = graph.nodes.reduce(function (m, n) { return Math.max(m, n.strength || 0); }, 0) || 1;
    graph.edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (!a || !b) return;
      var line = document.createElementNS(NS, "line");
      line.setAttribute("x1", a.x); line.setAttribute("y1", a.y);
      line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
      line.setAttribute("vector-effect", "non-scaling-stroke");
      group.appendChild(line);
    });
    graph.nodes.forEach(function (n) {
      var c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", n.x); c.setAttribute("cy", n.y);
      c.setAttribute("r", String(unit * (0.8 + 1.6 * Math.sqrt((n.strength || 0) / maxStrength))));
      c.setAttribute("fill", "#1f5fa8");
      c.setAttribute("data-account", n.id);
      c.setAttribute("vector-effect", "non-scaling-stroke");
      c.addEventListener("mousemove", function (ev) { show(n, ev.clientX, ev.clientY); });
      c.addEventListener("mouseenter", function (ev) { show(n, ev.clientX, ev.clientY); });
      c.addEventListener("mouseleave", function () { var t = tooltip(); if (t) t.style.display = "none"; });
      c.addEventListener("click", function () { window.location.href = "/accounts/" + encodeURIComponent(n.id); });
      group.appendChild(c);
    });
    if (status) status.textContent = graph.nodes.length + " of " + graph.nodesTotal + " accounts, " +
      graph.edges.length + " edges shown";
  }

  function show(n, x, y) {
    var t = tooltip();
    if (!t) return;
    t.textContent = (n.label === n.id ? n.id : n.label + " (" + n.id + ")") + " · strength " + (n.strength || 0).toFixed(2);
    t.style.left = x + 12 + "px"; t.style.top = y + 12 + "px";
    t.style.display = "block";
  }

  /// Zooms by `factor` (> 1 zooms in) keeping the point under (clientX, clientY) in place.
  function zoom(factor, clientX, clientY) {
    if (!ready) return;
    var p = toViewBox(clientX, clientY);
    view.x = p.x - factor * (p.x - view.x);
    view.y = p.y - factor * (p.y - view.y);
    view.k *= factor;
    apply();
  }

  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ev.clientX, ev.clientY);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (!ready || ev.target.tagName === "circle") return;
    drag = { start: toViewBox(ev.clientX, ev.clientY), x: view.x, y: view.y };
    svg.classList.add("dragging");
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    var p = toViewBox(ev.clientX, ev.clientY);
    view.x = drag.x + p.x - drag.start.x;
    view.y = drag.y + p.y - drag.start.y;
    apply();
  });
  svg.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  function center(factor) {
    var box = svg.getBoundingClientRect();
    zoom(factor, box.left + box.width / 2, box.top + box.height / 2);
  }
  document.getElementById("graph-zoom-in").addEventListener("click", function () { center(1.3); });
  document.getElementById("graph-zoom-out").addEventListener("click", function () { center(1 / 1.3); });
  document.getElementById("graph-reset").addEventListener("click", function () { view = { x: 0, y: 0, k: 1 }; apply(); });

  fetch(svg.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) throw new Error("the server answered " + r.status);
      return r.json();
    })
    .then(draw)
    .catch(function (error) {
      if (status) { status.textContent = "cannot draw the graph: " + error.message; status.className = "error"; }
    });
})();
