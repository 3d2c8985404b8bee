// The SPARQL editor: CodeMirror highlighting over the form's textarea, named queries as examples,
// and results fetched as SPARQL JSON and shown as a table (values as text, never as markup).
(function () {
  "use strict";
  var form = document.getElementById("sparql-form");
  var textarea = document.getElementById("query");
  var results = document.getElementById("results");
  var status = document.getElementById("status");
  var examples = document.getElementById("examples");
  var start = textarea.value;
  var named = JSON.parse(document.getElementById("named-queries").textContent);
  var editor = window.CodeMirror ? CodeMirror.fromTextArea(textarea, { mode: "application/sparql-query", lineNumbers: true, indentUnit: 2 }) : null;
  window.msckgEditor = editor;

  function text() { return editor ? editor.getValue() : textarea.value; }
  function setText(t) { if (editor) { editor.setValue(t); } else { textarea.value = t; } }

  examples.addEventListener("change", function () { setText(examples.value ? named[examples.value] : start); });

  function cell(binding) {
    var td = document.createElement("td");
    if (!binding) { return td; }
    if (binding.type === "uri") {
      var a = document.createElement("a");
      a.href = binding.value;
      a.textContent = binding.value;
      td.appendChild(a);
    } else {
      td.textContent = binding.value;
    }
    return td;
  }

  function table(json) {
    results.textContent = "";
    var t = document.createElement("table");
    t.className = "results";
    t.id = "sparql-results";
    var head = t.createTHead().insertRow();
    if (json.boolean !== undefined) {
      head.appendChild(document.createElement("th")).textContent = "answer";
      t.createTBody().insertRow().appendChild(document.createElement("td")).textContent = String(json.boolean);
    } else {
      json.head.vars.forEach(function (v) { head.appendChild(document.createElement("th")).textContent = v; });
      var body = t.createTBody();
      json.results.bindings.forEach(function (row) {
        var tr = body.insertRow();
        json.head.vars.forEach(function (v) { tr.appendChild(cell(row[v])); });
      });
      status.textContent = json.results.bindings.length + (json.results.bindings.length === 1 ? " row" : " rows");
    }
    results.appendChild(t);
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    status.textContent = "running…";
    var body = new URLSearchParams();
    body.set("query", text());
    fetch("/sparql", { method: "POST", body: body,
      headers: { Accept: "application/sparql-results+json, text/turtle;q=0.9", "Content-Type": "application/x-www-form-urlencoded" } })
      .then(function (r) {
        var type = r.headers.get("Content-Type") || "";
        return r.text().then(function (t) { return { ok: r.ok, type: type, text: t, status: r.status }; });
      })
      .then(function (r) {
        if (!r.ok) { results.textContent = ""; status.textContent = "error " + r.status; var pre = document.createElement("pre"); pre.className = "error"; pre.textContent = r.text; results.appendChild(pre); return; }
        if (r.type.indexOf("json") >= 0) { table(JSON.parse(r.text)); return; }
        results.textContent = "";
        status.textContent = "";
        var pre = document.createElement("pre");
        pre.textContent = r.text;
        results.appendChild(pre);
      })
      .catch(function (err) { status.textContent = "failed: " + err; });
  });
})();
