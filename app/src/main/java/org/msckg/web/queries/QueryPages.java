package org.msckg.web.queries;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msckg.query.named.NamedQuery;
import org.msckg.query.named.QueryRunner;
import org.msckg.vocab.Prefixes;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The list of named queries with their parameter forms, and one query's results as a table. */
final class QueryPages {
    private QueryPages() {}

    static String list(List<NamedQuery> queries) {
        String items = queries.stream()
                .map(q -> """
                <section class="named-query" id="q-%s">
                  <h2>%s</h2>
                  <p class="curie">%s</p>
                  <p>%s</p>
                  %s
                </section>""".formatted(
                                Html.escape(q.name()),
                                Html.escape(q.summary()),
                                Html.escape(q.name()),
                                Html.escape(q.description()),
                                form(q, Map.of())))
                .collect(Collectors.joining("\n"));
        return Layout.page("Named queries", """
                <h1>Prepared questions</h1>
                <p>Each is a SPARQL query of <code>queries/</code>, run over the graph with its parameters bound as values.
                 Results come as a table, as CSV or as JSON (<a href="/api/queries">list as JSON</a>).</p>
                %s""".formatted(items));
    }

    static String result(NamedQuery q, Map<String, String> args, QueryRunner.Result r) {
        String query = args.entrySet().stream()
                .map(e -> Html.url(e.getKey()) + "=" + Html.url(e.getValue()))
                .collect(Collectors.joining("&"));
        String suffix = query.isEmpty() ? "" : "?" + query;
        String header =
                r.columns().stream().map(c -> "<th>" + Html.escape(c) + "</th>").collect(Collectors.joining());
        String rows = r.rows().stream()
                .map(row -> "<tr>"
                        + r.columns().stream()
                                .map(c -> "<td>" + cell(row.getOrDefault(c, "")) + "</td>")
                                .collect(Collectors.joining())
                        + "</tr>")
                .collect(Collectors.joining("\n"));
        return Layout.page(q.summary(), """
                <h1>%s</h1>
                <p>%s</p>
                %s
                <p class="toolbar"><b>%d row%s</b> · <a id="download-csv" href="/queries/%s/csv%s" download>Download CSV</a>
                 · <a id="download-json" href="/api/queries/%s%s">JSON</a> · <a href="/queries">all queries</a></p>
                <table class="results" id="query-results"><thead><tr>%s</tr></thead><tbody>
                %s
                </tbody></table>
                <details><summary>SPARQL</summary><pre>%s</pre></details>""".formatted(
                        Html.escape(q.summary()),
                        Html.escape(q.description()),
                        form(q, args),
                        r.rows().size(),
                        r.rows().size() == 1 ? "" : "s",
                        Html.url(q.name()),
                        Html.escape(suffix),
                        Html.url(q.name()),
                        Html.escape(suffix),
                        header,
                        rows,
                        Html.escape(q.text())));
    }

    /** A value that is a CURIE of the graph's prefixes links to its entity page. */
    private static String cell(String value) {
        return Prefixes.expand(value).isPresent() ? Html.entityLink(value, value) : Html.escape(value);
    }

    private static String form(NamedQuery q, Map<String, String> args) {
        String fields = q.parameters().stream()
                .map(p -> """
                <label>%s <input name="%s" value="%s" placeholder="%s" title="%s"></label>""".formatted(
                                Html.escape(p.name()),
                                Html.escape(p.name()),
                                Html.escape(args.getOrDefault(p.name(), p.defaultValue())),
                                Html.escape(p.type().name().toLowerCase()),
                                Html.escape(p.description())))
                .collect(Collectors.joining("\n"));
        return """
                <form class="params" action="/queries/%s" method="get">
                %s
                <button type="submit" id="run-%s">Run</button>
                </form>""".formatted(Html.url(q.name()), fields, Html.escape(q.name()));
    }
}
