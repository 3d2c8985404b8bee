package org.msckg.query.explain;

import java.util.List;
import org.msckg.query.terms.Citation;

/**
 * Chains between two entities as the API returns them: CURIEs, labels, citations and evidence per hop,
 * and on every chain what it rests on (docs/schema.md, "Mechanism chains": the field names are stable).
 */
public record Explanation(String from, String to, int maxHops, List<ChainView> chains) {

    /**
     * @param start how the chain's first entity stands to the asked one: {@code asked} (itself),
     *     {@code superclass} (a finding stated for a class above it, inherited) or {@code subclass} (a
     *     finding about a kind of it)
     * @param end {@code asked} or {@code subclass} (the chain ends at a kind of the asked target)
     * @param sameStudy one study is cited by every hop (the opposite of {@code crossStudy})
     * @param studies the studies every hop cites, e.g. ["[64]"]; empty for a cross-study chain
     * @param studyChangesAt the hops (1-based) at which a cross-study chain moves to other studies
     * @param inheritedHops the hops (1-based) stated for a superclass of the entity the chain is at
     * @param weakestHop the hop (1-based) with the fewest studies behind it
     */
    public record ChainView(
            String sign,
            String support,
            boolean sameStudy,
            boolean crossStudy,
            List<String> studies,
            List<Integer> studyChangesAt,
            String start,
            String end,
            List<Integer> inheritedHops,
            int weakestHop,
            long weakestStudies,
            List<String> organisms,
            List<String> studyTypes,
            List<Mark> marks,
            List<HopView> hops) {

        ChainView withMarks(List<Mark> chainMarks) {
            return new ChainView(
                    sign,
                    support,
                    sameStudy,
                    crossStudy,
                    studies,
                    studyChangesAt,
                    start,
                    end,
                    inheritedHops,
                    weakestHop,
                    weakestStudies,
                    organisms,
                    studyTypes,
                    chainMarks,
                    hops);
        }
    }

    /**
     * What a chain or hop rests on, as the API, the page and the CLI show it. Kinds of a chain:
     * {@code single-study}, {@code cross-study}, {@code superclass-start}, {@code subclass-start},
     * {@code subclass-end}, {@code inherited-hop}, {@code weakest-support}; of a hop: {@code inherited},
     * {@code study-change}.
     */
    public record Mark(String kind, String text) {}

    /**
     * @param citations the hop's citations as printed labels, e.g. ["[64]"]
     * @param references the same citations with their bibliographic records, in the same order
     * @param at the entity the chain is at when it takes this hop (CURIE)
     * @param inherited the hop is stated for {@code subject}, a superclass of {@code at}
     * @param studyChange the chain moves to other studies at this hop
     */
    public record HopView(
            String claim,
            String subject,
            String subjectLabel,
            String relation,
            String relationLabel,
            String object,
            String objectLabel,
            String sign,
            List<String> citations,
            List<Citation> references,
            String evidence,
            String organism,
            String organismLabel,
            String studyType,
            String context,
            String at,
            String atLabel,
            boolean inherited,
            boolean studyChange,
            List<Mark> marks) {}
}
