package org.msckg.web.search;

import java.util.List;
import java.util.stream.Collectors;
import org.msckg.query.search.SearchService;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The search page: a form, and the hits best first with their kind and the name that matched. */
final class SearchPage {
    private SearchPage() {}

    static String empty() {
        return Layout.page(
                "Search",
                form("")
                        + "<p>Search by label, synonym, abbreviation (iPSC-MSC, BM-MSC, TSG-6, CKD) or CURIE (CL:0000134).</p>");
    }

    static String render(String q, List<SearchService.Hit> hits) {
        String rows = hits.stream()
                .map(h -> """
                <tr><td>%s</td><td class="curie">%s</td><td><span class="kind">%s</span></td><td>%s</td></tr>""".formatted(
                                Html.entityLink(h.curie(), h.label()),
                                Html.escape(h.curie()),
                                Html.escape(h.kind()),
                                h.matched().equals(h.label()) ? "" : "matched: " + Html.escape(h.matched())))
                .collect(Collectors.joining("\n"));
        String result = hits.isEmpty()
                ? "<p class=\"empty\">Nothing in the graph matches <q>%s</q>.</p>".formatted(Html.escape(q))
                : """
                <p>%d result%s for <q>%s</q>, best first.</p>
                <table class="results" id="search-results"><thead><tr><th>entity</th><th>CURIE</th><th>kind</th><th></th></tr></thead>
                <tbody>
                %s
                </tbody></table>""".formatted(hits.size(), hits.size() == 1 ? "" : "s", Html.escape(q), rows);
        return Layout.page("Search: " + q, form(q) + result);
    }

    private static String form(String q) {
        return """
                <h1>Search</h1>
                <form action="/search" method="get" class="search-form">
                  <input type="search" name="q" id="q" value="%s" size="40" autofocus>
                  <button type="submit">Search</button>
                </form>""".formatted(Html.escape(q));
    }
}
