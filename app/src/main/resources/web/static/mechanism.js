// Draws the mechanism chains of /api/explain as an SVG diagram: entities in columns by their latest
// position in a chain (so a chain reads left to right), one arrow per curated claim (green +, red -); clicking an arrow shows its
// evidence. Every value from the data goes in through textContent, never as markup.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  // PAD_TOP leaves room for the arcs of hops that skip columns.
  var NODE_W = 190, NODE_H = 44, COL_GAP = 90, ROW_GAP = 26, PAD = 20, PAD_TOP = 70;
  var container = document.getElementById("diagram");
  var panel = document.getElementById("evidence");
  if (!container) { return; }

  function el(name, attrs, parent) {
    var e = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function html(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function entityLink(curie, label, parent) {
    var a = html("a", label || curie, parent);
    a.href = "/entity/" + encodeURIComponent(curie);
    a.title = curie;
    return a;
  }

  function wrap(text, max) {
    var words = String(text).split(/\s+/), lines = [], line = "";
    words.forEach(function (w) {
      if ((line + " " + w).trim().length > max && line) { lines.push(line); line = w; } else { line = (line + " " + w).trim(); }
    });
    if (line) { lines.push(line); }
    if (lines.length > 2) { lines = [lines[0], lines[1].slice(0, max - 1) + "…"]; }
    return lines;
  }

  function layout(chains) {
    var nodes = {}, edges = {}, order = [];
    chains.forEach(function (chain) {
      chain.hops.forEach(function (h, i) {
        [[h.subject, h.subjectLabel, i], [h.object, h.objectLabel, i + 1]].forEach(function (n) {
          if (!nodes[n[0]]) { nodes[n[0]] = { id: n[0], label: n[1] || n[0], col: n[2] }; order.push(n[0]); }
          nodes[n[0]].col = Math.max(nodes[n[0]].col, n[2]);
        });
        var key = h.claim + "|" + h.subject + "|" + h.object;
        if (!edges[key]) { edges[key] = h; }
      });
    });
    var columns = [];
    order.forEach(function (id) {
      var n = nodes[id];
      (columns[n.col] = columns[n.col] || []).push(n);
    });
    columns.forEach(function (col, c) {
      (col || []).forEach(function (n, r) {
        n.x = PAD + c * (NODE_W + COL_GAP);
        n.y = PAD_TOP + r * (NODE_H + ROW_GAP);
      });
    });
    var height = Math.max.apply(null, columns.map(function (col) { return (col || []).length; }).concat([1]));
    return { nodes: nodes, edges: Object.keys(edges).map(function (k) { return edges[k]; }),
      width: PAD * 2 + columns.length * (NODE_W + COL_GAP), height: PAD + PAD_TOP + height * (NODE_H + ROW_GAP) };
  }

  function showEvidence(h, group) {
    Array.prototype.forEach.call(container.querySelectorAll(".edge.selected"), function (e) { e.classList.remove("selected"); });
    group.classList.add("selected");
    panel.hidden = false;
    panel.textContent = "";
    var head = html("p", null, panel, "triple");
    entityLink(h.subject, h.subjectLabel, head);
    head.appendChild(document.createTextNode(" — "));
    entityLink(h.relation, h.relationLabel, head);
    head.appendChild(document.createTextNode(" (" + h.sign + ") — "));
    entityLink(h.object, h.objectLabel, head);
    var cites = html("p", "Citations: ", panel);
    h.citations.forEach(function (c) {
      var a = html("a", c, cites, "citation");
      a.href = "/entity/ref:" + encodeURIComponent(c.replace(/[\[\]]/g, ""));
      cites.appendChild(document.createTextNode(" "));
    });
    html("blockquote", h.evidence, panel, "evidence");
    var meta = html("p", null, panel, "meta");
    var parts = [];
    if (h.organismLabel || h.organism) { parts.push("organism: " + (h.organismLabel || h.organism)); }
    if (h.studyType) { parts.push("study: " + h.studyType); }
    if (h.context) { parts.push("context: " + h.context); }
    meta.appendChild(document.createTextNode(parts.join(" · ") + (parts.length ? " · " : "") + "claim "));
    entityLink(h.claim, h.claim, meta);
  }

  function draw(data) {
    container.textContent = "";
    if (!data.chains || data.chains.length === 0) {
      html("p", "No chain within the hop limit.", container, "empty");
      return;
    }
    var g = layout(data.chains);
    var svg = el("svg", { width: g.width, height: g.height, viewBox: "0 0 " + g.width + " " + g.height, role: "img" }, container);
    var defs = el("defs", {}, svg);
    [["plus", "#1c7c3a"], ["minus", "#b3261e"]].forEach(function (m) {
      var marker = el("marker", { id: "arrow-" + m[0], viewBox: "0 0 10 10", refX: 10, refY: 5, markerWidth: 14, markerHeight: 14,
        markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: m[1] }, marker);
    });
    g.edges.forEach(function (h, i) {
      var a = g.nodes[h.subject], b = g.nodes[h.object];
      var x1 = a.x + NODE_W, y1 = a.y + NODE_H / 2, x2 = b.x, y2 = b.y + NODE_H / 2;
      if (b.col <= a.col) { x2 = b.x + NODE_W / 2; y2 = b.y + (b.y > a.y ? 0 : NODE_H); x1 = a.x + NODE_W / 2; y1 = a.y + (b.y > a.y ? NODE_H : 0); }
      var kind = h.sign === "-" ? "minus" : "plus";
      var group = el("g", { "class": "edge", tabindex: 0, "data-claim": h.claim }, svg);
      var mx = (x1 + x2) / 2, d, labelY;
      if (b.col - a.col > 1) {
        // A hop that skips columns arcs over the boxes between, instead of running behind them.
        var top = Math.max(8, Math.min(a.y, b.y) - 30 - 6 * (i % 5));
        x1 = a.x + NODE_W / 2; y1 = a.y; x2 = b.x + NODE_W / 2; y2 = b.y;
        d = "M" + x1 + "," + y1 + " C" + x1 + "," + top + " " + x2 + "," + top + " " + x2 + "," + y2;
        labelY = top + 14;
      } else {
        d = "M" + x1 + "," + y1 + " C" + mx + "," + y1 + " " + mx + "," + y2 + " " + x2 + "," + y2;
        labelY = (y1 + y2) / 2 - 4 - (i % 2) * 10;
      }
      el("path", { d: d, stroke: kind === "minus" ? "#b3261e" : "#1c7c3a", "marker-end": "url(#arrow-" + kind + ")" }, group);
      el("path", { d: d, stroke: "transparent", "stroke-width": 14 }, group);
      var label = el("text", { x: (x1 + x2) / 2, y: labelY, "text-anchor": "middle" }, group);
      label.textContent = h.sign + " " + h.citations.join("");
      el("title", {}, group).textContent = h.claim + ": " + h.evidence;
      group.addEventListener("click", function () { showEvidence(h, group); });
      group.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { showEvidence(h, group); } });
    });
    Object.keys(g.nodes).forEach(function (id) {
      var n = g.nodes[id];
      var link = el("a", { href: "/entity/" + encodeURIComponent(id), "class": "node" }, svg);
      el("rect", { x: n.x, y: n.y, width: NODE_W, height: NODE_H, rx: 6 }, link);
      var lines = wrap(n.label, 28);
      lines.forEach(function (line, k) {
        var t = el("text", { x: n.x + 8, y: n.y + 18 + k * 15 - (lines.length === 1 ? -6 : 0) }, link);
        t.textContent = line;
      });
      el("title", {}, link).textContent = id + " " + n.label;
    });
  }

  fetch(container.getAttribute("data-src"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
    .then(function (res) {
      if (!res.ok) { container.textContent = ""; html("p", res.body.error || "the chains could not be loaded", container, "error"); return; }
      draw(res.body);
    })
    .catch(function (err) { container.textContent = ""; html("p", "the chains could not be loaded: " + err, container, "error"); });
})();
