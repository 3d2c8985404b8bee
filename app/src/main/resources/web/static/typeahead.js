// Typeahead for every input marked data-typeahead: names (labels, synonyms, abbreviations) from
// /api/search offered in a datalist as the user types; the form sends the name, the server resolves it.
(function () {
  "use strict";
  var count = 0;
  Array.prototype.forEach.call(document.querySelectorAll("input[data-typeahead]"), function (input) {
    var list = document.createElement("datalist");
    count += 1;
    list.id = "typeahead-" + count;
    input.parentNode.appendChild(list);
    input.setAttribute("list", list.id);
    var timer = null, last = "";
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var q = input.value.trim();
        if (q.length < 2 || q === last) { return; }
        last = q;
        fetch("/api/search?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { results: [] }; })
          .then(function (body) {
            list.textContent = "";
            body.results.forEach(function (hit) {
              var option = document.createElement("option");
              option.value = hit.matched || hit.label || hit.curie;
              option.textContent = (hit.label || hit.curie) + " · " + hit.curie + " · " + hit.kind;
              list.appendChild(option);
            });
          });
      }, 150);
    });
  });
})();
