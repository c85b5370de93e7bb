// The network graph: positions come from the server's deterministic force layout; this only draws,
// pans (drag), zooms (wheel or buttons), names the account under the pointer and opens its page on click.
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  if (!svg) return;
  var NS = "http://www.w3.org/2000/svg";
  var tooltip = document.getElementById("tooltip");
  var status = document.getElementById("graph-status");
  var view = { x: 0, y: 0, k: 1 };
  var viewport = document.createElementNS(NS, "g");
  svg.appendChild(viewport);

  function apply() {
    viewport.setAttribute("transform", "translate(" + view.x + "," + view.y + ") scale(" + view.k + ")");
  }

  function fit(nodes) {
    var box = svg.getBoundingClientRect();
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (n) {
      minX = Math.min(minX, n.x); maxX = Math.max(maxX, n.x);
      minY = Math.min(minY, n.y); maxY = Math.max(maxY, n.y);
    });
    if (!isFinite(minX)) return;
    var w = Math.max(maxX - minX, 1), h = Math.max(maxY - minY, 1);
    view.k = 0.9 * Math.min(box.width / w, box.height / h);
    view.x = box.width / 2 - view.k * (minX + maxX) / 2;
    view.y = box.height / 2 - view.k * (minY + maxY) / 2;
    apply();
  }

  function draw(graph) {
    var byId = {};
    graph.nodes.forEach(function (n) { byId[n.id] = n; });
    var maxStrength = graph.nodes.reduce(function (m, n) { return Math.max(m, n.strength || 0); }, 0) || 1;
    // Sizes in layout units, relative to the drawing's extent, so they look the same whatever its scale.
    var lo = [Infinity, Infinity], hi = [-Infinity, -Infinity];
    graph.nodes.forEach(function (n) {
      lo[0] = Math.min(lo[0], n.x); hi[0] = Math.max(hi[0], n.x); lo[1] = Math.min(lo[1], n.y); hi[1] = Math.max(hi[1], n.y);
    });
    var unit = graph.nodes.length > 1 ? Math.max(hi[0] - lo[0], hi[1] - lo[1], 1e-9) / 100 : 1;
    graph.edges.forEach(function (e) {
      var a = byId[e.source], b = byId[e.target];
      if (!a || !b) return;
      var line = document.createElementNS(NS, "line");
      line.setAttribute("x1", a.x); line.setAttribute("y1", a.y);
      line.setAttribute("x2", b.x); line.setAttribute("y2", b.y);
      line.setAttribute("vector-effect", "non-scaling-stroke");
      viewport.appendChild(line);
    });
    graph.nodes.forEach(function (n) {
      var c = document.createElementNS(NS, "circle");
      c.setAttribute("cx", n.x); c.setAttribute("cy", n.y);
      c.setAttribute("r", String(unit * (0.8 + 1.6 * Math.sqrt((n.strength || 0) / maxStrength))));
      c.setAttribute("fill", "#1f5fa8");
      c.setAttribute("data-account", n.id);
      c.setAttribute("vector-effect", "non-scaling-stroke");
      c.addEventListener("mousemove", function (ev) {
        tooltip.textContent = (n.label === n.id ? n.id : n.label + " (" + n.id + ")") +
          " · strength " + (n.strength || 0).toFixed(2);
        tooltip.style.left = ev.clientX + 12 + "px"; tooltip.style.top = ev.clientY + 12 + "px";
        tooltip.style.display = "block";
      });
      c.addEventListener("mouseleave", function () { tooltip.style.display = "none"; });
      c.addEventListener("click", function () { window.location.href = "/accounts/" + encodeURIComponent(n.id); });
      viewport.appendChild(c);
    });
    fit(graph.nodes);
    if (status) status.textContent = graph.nodes.length + " accounts, " + graph.edges.length + " edges shown";
    document.getElementById("graph-reset").addEventListener("click", function () { fit(graph.nodes); });
  }

  function zoom(factor, cx, cy) {
    view.x = cx - factor * (cx - view.x);
    view.y = cy - factor * (cy - view.y);
    view.k *= factor;
    apply();
  }

  svg.addEventListener("wheel", function (ev) {
    ev.preventDefault();
    var box = svg.getBoundingClientRect();
    zoom(ev.deltaY < 0 ? 1.2 : 1 / 1.2, ev.clientX - box.left, ev.clientY - box.top);
  }, { passive: false });
  var drag = null;
  svg.addEventListener("pointerdown", function (ev) {
    if (ev.target.tagName === "circle") return;
    drag = { x: ev.clientX - view.x, y: ev.clientY - view.y };
    svg.classList.add("dragging");
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener("pointermove", function (ev) {
    if (!drag) return;
    view.x = ev.clientX - drag.x; view.y = ev.clientY - drag.y;
    apply();
  });
  svg.addEventListener("pointerup", function () { drag = null; svg.classList.remove("dragging"); });
  document.getElementById("graph-zoom-in").addEventListener("click", function () {
    var box = svg.getBoundingClientRect(); zoom(1.3, box.width / 2, box.height / 2);
  });
  document.getElementById("graph-zoom-out").addEventListener("click", function () {
    var box = svg.getBoundingClientRect(); zoom(1 / 1.3, box.width / 2, box.height / 2);
  });

  fetch(svg.dataset.src, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then(function (r) {
      if (!r.ok) throw new Error("the server answered " + r.status);
      return r.json();
    })
    .then(draw)
    .catch(function (error) { if (status) { status.textContent = "cannot draw the graph: " + error.message; status.className = "error"; } });
})();
