package org.msckg.web.compare;

import java.util.List;
import java.util.stream.Collectors;
import org.msckg.query.compare.Comparison;
import org.msckg.query.terms.Ref;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The comparison page: Table 1 as the review prints it, then every comparison the text states. */
final class ComparePage {
    private ComparePage() {}

    static String render(Comparison c) {
        String table = c.table1().stream()
                .map(r -> """
                <tr id="%s"><td>%d</td><td>%s<br>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td class="note">%s</td></tr>""".formatted(
                                Html.escape(r.claim().curie()),
                                r.row(),
                                Html.escape(r.property()),
                                links(r.propertyTerms()),
                                Html.escape(r.primaryValue()),
                                Html.escape(r.hpscValue()),
                                link(r.outcome()),
                                citations(r.citations()),
                                Html.escape(r.curationNote())))
                .collect(Collectors.joining("\n"));
        String text = c.text().stream()
                .map(t -> """
                <tr id="%s"><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>""".formatted(
                                Html.escape(t.claim().curie()),
                                link(t.subject()),
                                Html.escape(t.property().isEmpty() ? t.object().label() : t.property()),
                                link(t.outcome()),
                                link(t.comparator()),
                                citations(t.citations()),
                                t.evidence().stream()
                                        .map(e -> "<blockquote class=\"evidence\">" + Html.escape(e) + "</blockquote>")
                                        .collect(Collectors.joining()),
                                link(t.claim())))
                .collect(Collectors.joining("\n"));
        String body = """
                <h1>Primary MSCs and hPSC-MSCs compared</h1>
                <p>Generated from the graph: the rows of the review's Table 1 (<code>msckg:Table1Row</code>) and every comparison
                 its text states (<code>msckg:ComparisonClaim</code> with a comparator). <a href="/api/compare">JSON</a></p>
                <h2 id="table1">Table 1 (%d rows)</h2>
                <table class="compare" id="table1-rows"><thead><tr><th>row</th><th>property</th><th>primary MSCs</th><th>hPSC-MSCs</th>
                <th>hPSC-MSCs are</th><th>citations</th><th>curation note</th></tr></thead><tbody>
                %s
                </tbody></table>
                <h2 id="text">In the text (%d comparisons)</h2>
                <table class="compare" id="text-comparisons"><thead><tr><th>cells</th><th>property</th><th>outcome</th><th>compared with</th>
                <th>citations</th><th>evidence</th><th>claim</th></tr></thead><tbody>
                %s
                </tbody></table>""".formatted(c.table1().size(), table, c.text().size(), text);
        return Layout.page("Compare", body);
    }

    private static String link(Ref r) {
        return r == null || r.curie().isEmpty() ? "" : Html.entityLink(r.curie(), r.label());
    }

    private static String links(List<Ref> refs) {
        return refs.stream().map(ComparePage::link).collect(Collectors.joining(", "));
    }

    private static String citations(List<Ref> refs) {
        return refs.stream()
                .map(r -> "<a class=\"citation\" href=\"/entity/%s\">%s</a>"
                        .formatted(Html.url(r.curie()), Html.escape(r.label().isEmpty() ? r.curie() : r.label())))
                .collect(Collectors.joining(" "));
    }
}
