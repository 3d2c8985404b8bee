// Draws the mechanism chains of /api/explain with Cytoscape.js: entities as boxes in layers from left
// to right (dagre), one arrow per curated claim named by its relation and sign (green +, red -);
// solid when every chain through it rests on one study, dashed when it joins studies, dotted grey
// when it holds of a superclass (inherited). The other marks of the engine are drawn too: a bar at the
// start of the arrow where a chain moves to other studies, an amber glow under the weakest hop of a
// chain, a thick border on the asked entities, a dashed one on a class above the asked entity where
// a chain starts, a double one on a kind of an asked entity where a chain starts or ends. Edge labels
// that would overlap are moved apart. Clicking an arrow shows its evidence and references. Every
// value from the data goes in through textContent, never as markup.
(function () {
  "use strict";
  var container = document.getElementById("diagram");
  var panel = document.getElementById("evidence");
  if (!container || !window.cytoscape) { return; }

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

  // Node labels wrap at word boundaries instead of being cut; the box is sized to its lines.
  function lines(text, max) {
    var out = [], line = "";
    String(text).split(/\s+/).forEach(function (w) {
      if (line && (line + " " + w).length > max) { out.push(line); line = w; } else { line = (line + " " + w).trim(); }
    });
    if (line) { out.push(line); }
    return out;
  }

  function inherited(h) { return h.inherited === true || h.step === "inherited" || h.step === "superclass"; }

  function addTo(list, value) { if (list.indexOf(value) < 0) { list.push(value); } }

  function elements(data) {
    var nodes = {}, edges = {};
    function node(id, label) {
      if (!nodes[id]) {
        var ls = lines(label || id, 24);
        nodes[id] = { data: { id: id, label: ls.join("\n"), marks: [],
          w: 24 + 7.2 * Math.max.apply(null, ls.map(function (l) { return l.length; })), h: 14 + 15 * ls.length } };
      }
      return nodes[id];
    }
    data.chains.forEach(function (chain, c) {
      var number = c + 1, first = chain.hops[0], last = chain.hops[chain.hops.length - 1];
      chain.hops.forEach(function (h, i) {
        node(h.subject, h.subjectLabel);
        node(h.object, h.objectLabel);
        var id = h.claim + "|" + h.subject + "|" + h.object;
        var e = edges[id];
        if (!e) {
          e = edges[id] = { data: { id: id, source: h.subject, target: h.object, hop: h, claim: h.claim,
            label: (h.relationLabel || h.relation) + " " + (h.sign === "-" ? "−" : "+") + " " + h.citations.join(""),
            sameStudy: false, inherited: inherited(h), studyChangeIn: [], weakestIn: [] } };
        }
        e.data.sameStudy = e.data.sameStudy || chain.sameStudy === true;
        if (h.studyChange === true) { addTo(e.data.studyChangeIn, number); }
        if (chain.weakestHop === i + 1) { addTo(e.data.weakestIn, number); }
      });
      if (chain.start === "superclass") { addTo(nodes[first.subject].data.marks, "start-superclass"); }
      if (chain.start === "subclass") { addTo(nodes[first.subject].data.marks, "start-subclass"); }
      if (chain.end === "subclass") { addTo(nodes[last.object].data.marks, "end-subclass"); }
    });
    [data.from, data.to].forEach(function (asked) { if (asked && nodes[asked]) { addTo(nodes[asked].data.marks, "asked"); } });
    var list = Object.keys(nodes).map(function (k) {
      var n = nodes[k];
      n.classes = n.data.marks.map(function (m) { return m === "end-subclass" ? "start-subclass" : m; }).join(" ");
      return n;
    });
    Object.keys(edges).forEach(function (k) {
      var e = edges[k], classes = [e.data.hop.sign === "-" ? "minus" : "plus", e.data.inherited ? "inherited" : e.data.sameStudy ? "single" : "cross"];
      if (e.data.studyChangeIn.length > 0) { classes.push("study-change"); }
      if (e.data.weakestIn.length > 0) { classes.push("weakest"); }
      e.classes = classes.join(" ");
      list.push(e);
    });
    return list;
  }

  var STYLE = [
    { selector: "node", style: { shape: "round-rectangle", width: "data(w)", height: "data(h)", label: "data(label)",
      "text-wrap": "wrap", "text-valign": "center", "text-halign": "center", "font-size": 12, "background-color": "#eef3fb",
      "border-width": 1, "border-color": "#4a6fa5", color: "#1b1b1b" } },
    { selector: "edge", style: { "curve-style": "bezier", "target-arrow-shape": "triangle", width: 2, label: "data(label)",
      "font-size": 10, "text-rotation": "none", "text-background-color": "#ffffff", "text-background-opacity": 0.95,
      "text-background-padding": 2, "text-border-width": 1, "text-border-opacity": 0.4, "text-border-color": "#888", color: "#1b1b1b" } },
    { selector: "edge.plus", style: { "line-color": "#1c7c3a", "target-arrow-color": "#1c7c3a" } },
    { selector: "edge.minus", style: { "line-color": "#b3261e", "target-arrow-color": "#b3261e" } },
    { selector: "edge.cross", style: { "line-style": "dashed" } },
    { selector: "edge.inherited", style: { "line-style": "dotted", "line-color": "#6b6b6b", "target-arrow-color": "#6b6b6b" } },
    { selector: "edge.study-change", style: { "source-arrow-shape": "tee", "source-arrow-color": "#8a4b00", "arrow-scale": 1.4 } },
    { selector: "edge.weakest", style: { "underlay-color": "#f0a800", "underlay-opacity": 0.45, "underlay-padding": 5 } },
    { selector: "node.asked", style: { "border-width": 3, "border-color": "#1d2430" } },
    { selector: "node.start-superclass", style: { "border-style": "dashed", "border-width": 2, "border-color": "#6b3fa0" } },
    { selector: "node.start-subclass", style: { "border-style": "double", "border-width": 5, "border-color": "#6b3fa0" } },
    { selector: "edge:selected", style: { width: 4, "text-border-opacity": 1, "text-border-color": "#1b1b1b" } }
  ];

  function box(e) {
    return e.boundingBox({ includeNodes: false, includeEdges: false, includeLabels: true, includeMainLabels: true,
      includeSourceLabels: false, includeTargetLabels: false, includeOverlays: false, includeUnderlays: false });
  }

  function overlap(a, b) { return a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2; }

  // Moves an edge's label up or down along its length until it overlaps no label already placed.
  function separateLabels(cy) {
    var placed = [];
    cy.edges().sort(function (a, b) { return a.midpoint().x - b.midpoint().x || a.midpoint().y - b.midpoint().y; }).forEach(function (e) {
      var b = box(e), h = b.y2 - b.y1 + 3, tries = 0, shift = 0;
      while (placed.some(function (p) { return overlap(p, b); }) && tries < 40) {
        tries += 1;
        shift = (tries % 2 === 1 ? 1 : -1) * Math.ceil(tries / 2) * h;
        e.style("text-margin-y", shift);
        b = box(e);
      }
      placed.push(b);
    });
  }

  function showEvidence(edge) {
    var h = edge.data("hop");
    panel.hidden = false;
    panel.textContent = "";
    var head = html("p", null, panel, "triple");
    entityLink(h.subject, h.subjectLabel, head);
    head.appendChild(document.createTextNode(" — "));
    entityLink(h.relation, h.relationLabel, head);
    head.appendChild(document.createTextNode(" (" + h.sign + ") — "));
    entityLink(h.object, h.objectLabel, head);
    var cites = html("ul", null, panel, "references");
    cites.setAttribute("aria-label", "Citations");
    (h.references || []).forEach(function (c) {
      var li = html("li", null, cites);
      var a = html("a", c.label, li, "citation");
      a.href = "/entity/" + encodeURIComponent(c.curie);
      a.title = c.curie;
      li.appendChild(document.createTextNode(" "));
      var bib = html("span", c.display, li, c.identified ? "bib" : "bib unresolved");
      if (c.lowerConfidence) { bib.appendChild(document.createTextNode(" ")); html("em", "(lower-confidence identification)", bib, "confidence"); }
      [[c.doiUrl, "DOI", "doi external"], [c.pubmedUrl, "PubMed", "pubmed external"]].forEach(function (l) {
        if (l[0]) { bib.appendChild(document.createTextNode(" ")); html("a", l[1], bib, l[2]).href = l[0]; }
      });
      if (c.citedInRange) { bib.appendChild(document.createTextNode(" ")); html("span", "(cited only in the range " + c.citedInRange + ")", bib, "range"); }
    });
    html("blockquote", h.evidence, panel, "evidence");
    var meta = html("p", null, panel, "meta");
    var parts = [];
    if (h.organismLabel || h.organism) { parts.push("organism: " + (h.organismLabel || h.organism)); }
    if (h.studyType) { parts.push("study: " + h.studyType); }
    if (h.context) { parts.push("context: " + h.context); }
    parts.push(edge.data("inherited") ? "inherited from a superclass" : edge.data("sameStudy") ? "in a chain from one study" : "joins studies");
    if (edge.data("studyChangeIn").length > 0) { parts.push("other studies from here (chain " + edge.data("studyChangeIn").join(", ") + ")"); }
    if (edge.data("weakestIn").length > 0) { parts.push("weakest support of chain " + edge.data("weakestIn").join(", ")); }
    meta.appendChild(document.createTextNode(parts.join(" · ") + " · claim "));
    entityLink(h.claim, h.claim, meta);
  }

  function draw(data) {
    container.textContent = "";
    if (!data.chains || data.chains.length === 0) {
      html("p", "No chain within the hop limit.", container, "empty");
      return;
    }
    container.classList.add("drawn");
    var cy = cytoscape({ container: container, elements: elements(data), style: STYLE, wheelSensitivity: 0.3,
      minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false, autoungrabify: true });
    cy.layout({ name: "dagre", rankDir: "LR", rankSep: 170, nodeSep: 30, edgeSep: 30, fit: true, padding: 20 }).run();
    separateLabels(cy);
    cy.fit(undefined, 20);
    cy.on("tap", "edge", function (ev) { showEvidence(ev.target); });
    document.getElementById("zoom-in").addEventListener("click", function () { cy.zoom({ level: cy.zoom() * 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); });
    document.getElementById("zoom-out").addEventListener("click", function () { cy.zoom({ level: cy.zoom() / 1.25, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } }); });
    document.getElementById("zoom-fit").addEventListener("click", function () { cy.fit(undefined, 20); });
    window.msckgMechanism = { cy: cy, labelBox: box, showEvidence: showEvidence };
    container.setAttribute("data-edges", String(cy.edges().length));
  }

  fetch(container.getAttribute("data-src"), { headers: { Accept: "application/json" } })
    .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
    .then(function (res) {
      if (!res.ok) { container.textContent = ""; html("p", res.body.error || "the chains could not be loaded", container, "error"); return; }
      draw(res.body);
    })
    .catch(function (err) { container.textContent = ""; html("p", "the chains could not be loaded: " + err, container, "error"); });
})();
