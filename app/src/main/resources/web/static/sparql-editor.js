// The SPARQL editor: CodeMirror highlighting over the form's textarea; Run posts the query to the
// endpoint, puts it in the address (/sparql?query=...) so the link opens it again, and shows the
// results as a table (IRIs of the graph with their labels, linked to their entity pages) or, when a
// column is numeric, as a bar chart. Values go in as text, never as markup.
(function () {
  "use strict";
  var form = document.getElementById("sparql-form");
  var textarea = document.getElementById("query");
  var results = document.getElementById("results");
  var chart = document.getElementById("chart");
  var toggle = document.getElementById("view-toggle");
  var status = document.getElementById("status");
  var examples = document.getElementById("examples");
  var editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, { mode: "application/sparql-query", lineNumbers: true, indentUnit: 2, screenReaderLabel: "SPARQL query" }) : null;
  window.msckgEditor = editor;
  // The editor's scrolling area takes the keyboard focus too, so that long queries scroll without a mouse.
  if (editor) { editor.getScrollerElement().setAttribute("tabindex", "0"); }
  var PROJECT = "https://w3id.org/msckg/", OBO = "http://purl.obolibrary.org/obo/";

  function text() { return editor ? editor.getValue() : textarea.value; }

  examples.addEventListener("change", function () { document.getElementById("example-form").submit(); });

  function el(tag, text, parent, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    if (parent) { parent.appendChild(e); }
    return e;
  }

  function ours(iri) { return iri.indexOf(PROJECT) === 0 || iri.indexOf(OBO) === 0; }

  function cell(binding) {
    var td = document.createElement("td");
    if (!binding) { return td; }
    if (binding.type === "uri" && ours(binding.value)) {
      var a = el("a", binding.value, td, "iri");
      a.setAttribute("data-iri", binding.value);
      a.href = "/entity/" + encodeURIComponent(binding.value);
    } else if (binding.type === "uri") {
      var ext = el("a", binding.value, td);
      ext.href = binding.value;
    } else {
      td.textContent = binding.value;
    }
    return td;
  }

  // Labels and CURIEs of the graph's IRIs, asked for in groups so that no URL grows too long.
  function label(table) {
    var links = Array.prototype.slice.call(table.querySelectorAll("a[data-iri]"));
    var iris = links.map(function (a) { return a.getAttribute("data-iri"); }).filter(function (v, i, all) { return all.indexOf(v) === i; }).slice(0, 400);
    for (var i = 0; i < iris.length; i += 40) {
      var q = iris.slice(i, i + 40).map(function (iri) { return "iri=" + encodeURIComponent(iri); }).join("&");
      fetch("/api/labels?" + q, { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { labels: {} }; })
        .then(function (body) {
          links.forEach(function (a) {
            var known = body.labels[a.getAttribute("data-iri")];
            if (!known) { return; }
            a.textContent = known.curie;
            a.href = "/entity/" + encodeURIComponent(known.curie);
            if (known.label) { el("span", " " + known.label, a.parentNode, "label"); }
          });
        });
    }
  }

  function numeric(rows, v) {
    return rows.length > 0 && rows.every(function (row) { return row[v] && row[v].type === "literal" && row[v].value !== "" && !isNaN(Number(row[v].value)); });
  }

  function drawChart(json) {
    chart.textContent = "";
    var vars = json.head.vars, rows = json.results.bindings;
    var value = vars.filter(function (v) { return numeric(rows, v); })[0];
    var name = vars.filter(function (v) { return v !== value; })[0];
    if (!value) { el("p", "A chart needs a numeric column; these results have none.", chart, "empty"); return; }
    var max = Math.max.apply(null, rows.map(function (r) { return Number(r[value].value); }).concat([1]));
    var list = el("ul", null, chart, "bars");
    list.setAttribute("aria-label", value + " by " + (name || "row"));
    rows.slice(0, 100).forEach(function (r, i) {
      var li = el("li", null, list);
      el("span", name && r[name] ? r[name].value : String(i + 1), li, "bar-name");
      var bar = el("span", null, li, "bar");
      bar.style.width = (100 * Number(r[value].value) / max) + "%";
      el("span", r[value].value, li, "bar-value");
    });
  }

  function show(view) {
    document.getElementById("show-table").setAttribute("aria-pressed", String(view === "table"));
    document.getElementById("show-chart").setAttribute("aria-pressed", String(view === "chart"));
    results.hidden = view !== "table";
    chart.hidden = view !== "chart";
  }
  document.getElementById("show-table").addEventListener("click", function () { show("table"); });
  document.getElementById("show-chart").addEventListener("click", function () { show("chart"); });

  function table(json) {
    results.textContent = "";
    var t = el("table", null, null, "results");
    t.id = "sparql-results";
    var head = t.createTHead().insertRow();
    if (json.boolean !== undefined) {
      el("th", "answer", head).scope = "col";
      t.createTBody().insertRow().appendChild(el("td", String(json.boolean)));
      status.textContent = "";
      toggle.hidden = true;
    } else {
      json.head.vars.forEach(function (v) { el("th", v, head).scope = "col"; });
      var body = t.createTBody();
      json.results.bindings.forEach(function (row) {
        var tr = body.insertRow();
        json.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      });
      status.textContent = json.results.bindings.length + (json.results.bindings.length === 1 ? " row" : " rows");
      toggle.hidden = false;
      drawChart(json);
    }
    results.appendChild(t);
    show("table");
    label(t);
  }

  function run(push) {
    status.textContent = "running…";
    var query = text();
    if (push) { history.pushState({ query: query }, "", "/sparql?query=" + encodeURIComponent(query)); }
    var body = new URLSearchParams();
    body.set("query", query);
    fetch("/sparql", { method: "POST", body: body,
      headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9", "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (r) {
        var type = r.headers.get("Content-Type") || "";
        return r.text().then(function (t) { return { ok: r.ok, type: type, text: t, status: r.status }; });
      })
      .then(function (r) {
        results.textContent = "";
        chart.textContent = "";
        toggle.hidden = true;
        if (!r.ok) { status.textContent = "error " + r.status; el("pre", r.text, results, "error"); return; }
        if (r.type.indexOf("json") >= 0) { table(JSON.parse(r.text)); return; }
        status.textContent = "";
        el("pre", r.text, results);
      })
      .catch(function (err) { status.textContent = "failed: " + err; });
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); run(true); });
  window.addEventListener("popstate", function (ev) {
    if (ev.state && ev.state.query !== undefined) { if (editor) { editor.setValue(ev.state.query); } else { textarea.value = ev.state.query; } run(false); }
  });
})();
