package org.msckg.web.mechanism;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.msckg.query.explain.Explanation;
import org.msckg.web.pages.Html;
import org.msckg.web.pages.Layout;

/**
 * The mechanism view: a diagram that mechanism.js draws from the same chains as JSON (each edge opens
 * its evidence), and the chains as text for readers without JavaScript.
 */
final class MechanismPage {
    private MechanismPage() {}

    static String form(String from, String to, String maxHops) {
        return Layout.page("Mechanisms", """
                <h1>Mechanism chains</h1>
                <p>Chains of curated causal claims from one entity (to another), each hop with its citation and evidence,
                 in the spirit of the review's Figure 1.</p>
                %s
                <p>Examples: <a href="/mechanism?from=MSCKG:0000021&amp;to=MSCKG:0003001">iPSC-MSC exosomes → bone loss [64]</a> ·
                 <a href="/mechanism?from=MSCKG:0000004&amp;to=MONDO:0005240&amp;maxHops=4">iPSC-MSCs → kidney disease</a> ·
                 <a href="/mechanism?from=MSCKG:0000004&amp;to=GO:0001525">iPSC-MSCs → angiogenesis</a></p>""".formatted(fields(from, to, maxHops)));
    }

    static String render(Explanation e, String maxHops) {
        String api = "/api/explain?from=" + Html.url(e.from()) + (e.to().isEmpty() ? "" : "&to=" + Html.url(e.to()))
                + "&maxHops=" + Html.url(maxHops);
        String chains = IntStream.range(0, e.chains().size())
                .mapToObj(i -> chain(i, e.chains().get(i)))
                .collect(Collectors.joining("\n"));
        String body = """
                <h1>Mechanism chains</h1>
                %s
                <p>%d chain%s from <b>%s</b>%s. Click an arrow for its evidence. <a href="%s">JSON</a></p>
                <div id="diagram" data-src="%s"><p class="empty">The diagram needs JavaScript; the chains are listed below.</p></div>
                <div id="evidence" hidden></div>
                <h2>Chains as text</h2>
                %s""".formatted(
                        fields(e.from(), e.to(), maxHops),
                        e.chains().size(),
                        e.chains().size() == 1 ? "" : "s",
                        Html.entityLink(e.from(), e.from()),
                        e.to().isEmpty() ? "" : " to <b>" + Html.entityLink(e.to(), e.to()) + "</b>",
                        Html.escape(api),
                        Html.escape(api),
                        chains.isEmpty() ? "<p class=\"empty\">No chain within the hop limit.</p>" : chains);
        return Layout.page(
                "Mechanism " + e.from() + (e.to().isEmpty() ? "" : " → " + e.to()),
                body,
                "<script src=\"/static/mechanism.js\"></script>");
    }

    private static String fields(String from, String to, String maxHops) {
        return """
                <form class="params" action="/mechanism" method="get">
                  <label>from <input name="from" value="%s" placeholder="MSCKG:0000021" required></label>
                  <label>to <input name="to" value="%s" placeholder="(optional) MSCKG:0003001"></label>
                  <label>hops at most <input name="maxHops" value="%s" size="2"></label>
                  <button type="submit">Show</button>
                </form>""".formatted(Html.escape(from), Html.escape(to), Html.escape(maxHops));
    }

    private static String chain(int index, Explanation.ChainView c) {
        String hops = c.hops().stream()
                .map(h -> """
                <li class="hop"><span class="sign %s">%s</span> %s — %s — %s %s%s
                  <blockquote class="evidence">%s</blockquote>
                  <span class="meta">%s%s · claim %s</span></li>""".formatted(
                                h.sign().equals("+") ? "plus" : "minus",
                                Html.escape(h.sign()),
                                Html.entityLink(h.subject(), h.subjectLabel()),
                                Html.entityLink(h.relation(), h.relationLabel()),
                                Html.entityLink(h.object(), h.objectLabel()),
                                h.citations().stream()
                                        .map(cit -> "<a class=\"citation\" href=\"/entity/ref:%s\">%s</a>"
                                                .formatted(Html.url(cit.replaceAll("[\\[\\]]", "")), Html.escape(cit)))
                                        .collect(Collectors.joining(" ")),
                                marks(h.marks(), "span"),
                                Html.escape(h.evidence()),
                                h.organism().isEmpty() ? "" : Html.entityLink(h.organism(), h.organismLabel()) + " · ",
                                Html.escape(h.context()),
                                Html.entityLink(h.claim(), h.claim())))
                .collect(Collectors.joining("\n"));
        return """
                <section class="chain" id="chain-%d"><h3>Chain %d: overall <span class="sign %s">%s</span></h3>
                <p class="meta">%s</p>%s<ol>%s</ol></section>""".formatted(
                        index + 1,
                        index + 1,
                        c.sign().equals("+") ? "plus" : "minus",
                        Html.escape(c.sign()),
                        Html.escape(c.support()),
                        "<ul class=\"marks\">" + marks(c.marks(), "li") + "</ul>",
                        hops);
    }

    /** The marks as the explain JSON gives them, one element each, classed by kind for the stylesheet. */
    private static String marks(java.util.List<Explanation.Mark> marks, String element) {
        return marks.stream()
                .map(m -> " <%s class=\"mark %s\">%s</%s>"
                        .formatted(element, Html.escape(m.kind()), Html.escape(m.text()), element))
                .collect(Collectors.joining());
    }
}
