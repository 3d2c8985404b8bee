package org.msckg.web.entity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.msckg.query.entity.EntityView;
import org.msckg.query.entity.EntityView.ChainView;
import org.msckg.query.entity.EntityView.ClaimView;
import org.msckg.query.entity.EntityView.Statement;
import org.msckg.query.terms.Ref;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/** The page of one entity: what it is, where it sits, what the review states about it and what reasoning adds. */
final class EntityPage {
    private EntityPage() {}

    static String render(EntityView e) {
        String title = e.label().isEmpty() ? e.curie() : e.label();
        String body = """
                <h1>%s</h1>
                <p class="meta"><span class="curie">%s</span> <span class="kind">%s</span>
                 · <a href="/entity/%s?format=ttl">Turtle</a> · <a href="/entity/%s?format=jsonld">JSON-LD</a>
                 · <a href="/mechanism?from=%s">mechanism chains from here</a></p>
                %s%s%s
                %s
                <h2 id="asserted">Asserted: what the review states</h2>
                %s
                %s
                %s
                <h2 id="inferred">Inferred: what reasoning adds</h2>
                %s
                %s
                """.formatted(
                Html.escape(title),
                Html.escape(e.curie()),
                Html.escape(e.kind()),
                Html.url(e.curie()),
                Html.url(e.curie()),
                Html.url(e.curie()),
                e.definition().isEmpty() ? "" : "<p class=\"definition\">" + Html.escape(e.definition()) + "</p>",
                e.synonyms().isEmpty()
                        ? ""
                        : "<p><b>Also called:</b> "
                                + e.synonyms().stream().map(Html::escape).collect(Collectors.joining("; ")) + "</p>",
                externalIds(e.externalIds()),
                hierarchy(e.hierarchy()),
                claims(e.claims()),
                statements(e.asserted()),
                incoming(e.incoming()),
                inferred(e.inferred()),
                chains(e.chains()));
        return Layout.page(title, body);
    }

    private static String link(Ref r) {
        return r == null ? "" : Html.entityLink(r.curie(), r.label());
    }

    private static String links(List<Ref> refs) {
        return refs.stream().map(EntityPage::link).collect(Collectors.joining(", "));
    }

    private static String citations(List<Ref> refs) {
        return refs.stream()
                .map(r -> "<a class=\"citation\" href=\"/entity/%s\">%s</a>"
                        .formatted(Html.url(r.curie()), Html.escape(r.label().isEmpty() ? r.curie() : r.label())))
                .collect(Collectors.joining(" "));
    }

    private static String externalIds(List<EntityView.Link> ids) {
        if (ids.isEmpty()) {
            return "";
        }
        return "<p><b>External IDs:</b> "
                + ids.stream()
                        .map(l -> l.href().isEmpty()
                                ? Html.escape(l.id())
                                : "<a class=\"external\" href=\"%s\">%s</a>"
                                        .formatted(Html.escape(l.href()), Html.escape(l.id())))
                        .collect(Collectors.joining(", "))
                + "</p>";
    }

    private static String hierarchy(EntityView.Hierarchy h) {
        StringBuilder sb =
                new StringBuilder("<h2 id=\"hierarchy\">Place in the hierarchy</h2><dl class=\"hierarchy\">");
        row(sb, "instance of", links(h.types()));
        row(sb, "subclass of", links(h.parents()));
        row(
                sb,
                "with",
                h.restrictions().stream()
                        .map(r -> link(r.relation()) + " some " + link(r.filler()))
                        .collect(Collectors.joining("<br>")));
        row(sb, "subclasses", links(h.children()));
        if (!h.ancestors().isEmpty()) {
            row(
                    sb,
                    "all ancestors (inferred)",
                    "<details><summary>%d classes</summary>%s</details>"
                            .formatted(h.ancestors().size(), links(h.ancestors())));
        }
        return sb.append("</dl>").toString();
    }

    private static void row(StringBuilder sb, String name, String html) {
        if (!html.isEmpty()) {
            sb.append("<dt>")
                    .append(Html.escape(name))
                    .append("</dt><dd>")
                    .append(html)
                    .append("</dd>");
        }
    }

    private static String claims(List<ClaimView> claims) {
        if (claims.isEmpty()) {
            return "<p class=\"empty\">No curated claim names this entity.</p>";
        }
        return "<h3>Findings and statements (%d)</h3>\n".formatted(claims.size())
                + claims.stream().map(EntityPage::claim).collect(Collectors.joining("\n"));
    }

    private static String claim(ClaimView c) {
        StringBuilder context = new StringBuilder();
        item(context, "organism", links(c.organisms()));
        item(context, "context", links(c.contexts()));
        item(context, "model", links(c.models()));
        item(context, "study", link(c.studyType()));
        item(context, "direction", link(c.direction()));
        item(context, "compared with", link(c.comparator()));
        item(context, "outcome", link(c.comparison()));
        item(context, "section", Html.escape(c.section()));
        item(context, "details", Html.escape(c.contextNote()));
        return """
                <article class="claim" id="%s">
                  <div class="claim-head">%s <span class="kind">%s</span> <span class="role">as %s</span> %s</div>
                  <p class="triple">%s — %s — %s</p>
                  %s
                  <ul class="context">%s</ul>
                  %s
                </article>""".formatted(
                        Html.escape(c.claim().curie()),
                        link(c.claim()),
                        Html.escape(c.kind()),
                        Html.escape(c.role()),
                        citations(c.citations()),
                        link(c.subject()),
                        link(c.predicate()),
                        link(c.object()),
                        c.evidence().stream()
                                .map(ev -> "<blockquote class=\"evidence\">" + Html.escape(ev) + "</blockquote>")
                                .collect(Collectors.joining()),
                        context,
                        c.curationNote().isEmpty()
                                ? ""
                                : "<p class=\"note\"><b>Curation note:</b> " + Html.escape(c.curationNote()) + "</p>");
    }

    private static void item(StringBuilder sb, String name, String html) {
        if (!html.isEmpty()) {
            sb.append("<li><b>")
                    .append(Html.escape(name))
                    .append(":</b> ")
                    .append(html)
                    .append("</li>");
        }
    }

    private static String value(Statement s) {
        return s.value() == null ? Html.escape(s.literal()) : link(s.value());
    }

    private static String statements(List<Statement> statements) {
        if (statements.isEmpty()) {
            return "";
        }
        return "<h3>Other statements</h3><table class=\"statements\"><tbody>"
                + statements.stream()
                        .map(s -> "<tr><th>%s</th><td>%s</td></tr>".formatted(link(s.predicate()), value(s)))
                        .collect(Collectors.joining())
                + "</tbody></table>";
    }

    private static String incoming(List<Statement> statements) {
        if (statements.isEmpty()) {
            return "";
        }
        return "<h3>Named by</h3><table class=\"statements\"><tbody>"
                + statements.stream()
                        .map(s -> "<tr><td>%s</td><th>%s</th></tr>".formatted(link(s.subject()), link(s.predicate())))
                        .collect(Collectors.joining())
                + "</tbody></table>";
    }

    private static String inferred(List<Statement> statements) {
        if (statements.isEmpty()) {
            return "<p class=\"empty\">Reasoning adds no statement about this entity beyond its ancestors.</p>";
        }
        Map<Ref, List<Statement>> byPredicate = new LinkedHashMap<>();
        statements.forEach(s -> byPredicate
                .computeIfAbsent(s.predicate(), k -> new ArrayList<>())
                .add(s));
        return "<h3>Entailed relations</h3><table class=\"statements inferred\"><tbody>"
                + byPredicate.entrySet().stream()
                        .map(e -> "<tr><th>%s</th><td>%s</td></tr>"
                                .formatted(
                                        link(e.getKey()),
                                        e.getValue().stream()
                                                .map(EntityPage::value)
                                                .collect(Collectors.joining(", "))))
                        .collect(Collectors.joining())
                + "</tbody></table>";
    }

    private static String chains(List<ChainView> chains) {
        if (chains.isEmpty()) {
            return "";
        }
        return "<h3>Mechanism chains from here (%d)</h3><table class=\"chains\"><thead><tr><th>sign</th><th>relation</th><th>reaches</th><th>rests on</th><th>citations</th></tr></thead><tbody>"
                        .formatted(chains.size())
                + chains.stream()
                        .map(c -> "<tr><td class=\"sign\">%s</td><td>%s</td><td>%s</td><td>%s</td><td>%s</td></tr>"
                                .formatted(
                                        Html.escape(c.sign()),
                                        link(c.predicate()),
                                        link(c.object()),
                                        links(c.restsOn()),
                                        citations(c.citations())))
                        .collect(Collectors.joining())
                + "</tbody></table>";
    }
}
