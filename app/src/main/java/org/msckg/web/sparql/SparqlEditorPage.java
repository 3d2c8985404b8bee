package org.msckg.web.sparql;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msckg.query.named.NamedQuery;
import org.msckg.vocab.Prefixes;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The SPARQL editor: CodeMirror highlighting, the graph's prefixes, the named queries as examples, results as a table. */
public final class SparqlEditorPage {
    private static final String START = """
            SELECT ?claim ?subject ?relation ?object ?evidence WHERE {
              GRAPH graph:asserted {
                ?claim rdf:subject MSCKG:0000021 ; rdf:subject ?subject ; rdf:predicate ?relation ; rdf:object ?object ;
                       msckg:citation ref:64 ; msckg:evidence ?evidence .
              }
            }
            LIMIT 20""";

    private SparqlEditorPage() {}

    public static String render(List<NamedQuery> examples) {
        Map<String, String> texts = new LinkedHashMap<>();
        examples.forEach(q -> texts.put(q.name(), q.text()));
        String options = examples.stream()
                .map(q -> "<option value=\"%s\">%s</option>"
                        .formatted(Html.escape(q.name()), Html.escape(q.name() + ": " + q.summary())))
                .collect(Collectors.joining());
        String body = """
                <h1>SPARQL</h1>
                <p>Queries run on the read-only endpoint <code>/sparql</code> (SPARQL 1.1; results as JSON, XML, CSV or TSV).
                 Named graphs: <code>graph:ontology</code>, <code>graph:imports</code>, <code>graph:asserted</code>,
                 <code>graph:inferred</code>, <code>graph:build</code>; the default graph is their union.</p>
                <form class="sparql-editor" id="sparql-form" action="/sparql" method="post">
                  <div class="toolbar">
                    <label>Example: <select id="examples"><option value="">(start query)</option>%s</select></label>
                    <label>Without JavaScript, results as <select name="output"><option>csv</option><option>json</option><option>xml</option><option>tsv</option></select></label>
                  </div>
                  <textarea name="query" id="query" spellcheck="false">%s</textarea>
                  <div class="toolbar"><button type="submit" id="run-query">Run</button> <span id="status" class="meta"></span></div>
                </form>
                <div id="results"></div>
                <details><summary>Prefixes the graph uses</summary><pre class="prefixes">%s</pre></details>
                <script type="application/json" id="named-queries">%s</script>
                """.formatted(
                        options,
                        Html.escape(Prefixes.sparqlPrologue() + "\n" + START),
                        Html.escape(Prefixes.sparqlPrologue()),
                        Html.scriptJson(json(texts)));
        return Layout.page("SPARQL", body, """
                <link rel="stylesheet" href="/static/vendor/codemirror/codemirror.css">
                <script src="/static/vendor/codemirror/codemirror.js"></script>
                <script src="/static/vendor/codemirror/sparql.js"></script>
                <script src="/static/sparql-editor.js"></script>""");
    }

    private static String json(Map<String, String> texts) {
        try {
            return new ObjectMapper().writeValueAsString(texts);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("named queries as JSON", e);
        }
    }
}
