package org.msckg.web.home;

import java.util.Map;
import java.util.stream.Collectors;
import org.msckg.query.summary.GraphSummary;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The home page. */
final class HomePage {
    private HomePage() {}

    static String render(GraphSummary.Counts counts) {
        String body = """
                <h1>Mesenchymal stem cells from human pluripotent stem cells</h1>
                <p>A knowledge graph of the review by Liu TM (<i>World J Stem Cells</i> 2021): every finding on hPSC-MSCs with
                 its citation, the sentence that supports it, and the mechanisms that connect cells, pathways and diseases.</p>
                <form action="/search" method="get" class="search-form">
                  <input type="search" name="q" size="40" placeholder="iPSC-MSC, BM-MSC, TSG-6, CKD, CL:0000134" aria-label="Search">
                  <button type="submit">Search</button>
                </form>
                <h2>Questions to start with</h2>
                <ul class="examples">
                  <li><a href="/entity/MSCKG:0000004">What is known about iPSC-derived MSCs, and on what evidence?</a></li>
                  <li><a href="/mechanism?from=MSCKG:0000021&amp;to=MSCKG:0003001">How do iPSC-MSC exosomes prevent bone loss? (the chain of [64])</a></li>
                  <li><a href="/mechanism?from=MSCKG:0000004&amp;to=MONDO:0005240&amp;maxHops=4">Through which pathways do iPSC-MSCs act on kidney disease?</a></li>
                  <li><a href="/compare">How do hPSC-MSCs compare with primary MSCs (Table 1 and the text)?</a></li>
                  <li><a href="/queries">Prepared questions (named queries), with CSV and JSON downloads</a></li>
                  <li><a href="/sparql">Ask your own question in SPARQL</a></li>
                </ul>
                <h2>What the graph holds</h2>
                <div class="cards">
                  <div class="card"><div class="n">%d</div>numbered references of the review</div>
                  <div class="card"><div class="n">%d</div>derivation protocols</div>
                </div>
                <h3>Curated statements by kind</h3>
                %s
                <h3>Entities the statements are about, by kind</h3>
                %s
                """.formatted(
                        counts.references(),
                        counts.protocols(),
                        table(counts.claimsByKind(), "kind of statement"),
                        table(counts.entitiesByKind(), "kind of entity"));
        return Layout.page("Home", body);
    }

    private static String table(Map<String, Long> counts, String heading) {
        return "<table class=\"counts\"><thead><tr><th>%s</th><th>number</th></tr></thead><tbody>%s</tbody></table>"
                .formatted(
                        Html.escape(heading),
                        counts.entrySet().stream()
                                .map(e -> "<tr><td>%s</td><td>%d</td></tr>"
                                        .formatted(Html.escape(e.getKey()), e.getValue()))
                                .collect(Collectors.joining()));
    }
}
