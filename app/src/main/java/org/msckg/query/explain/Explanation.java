package org.msckg.query.explain;

import java.util.List;

/** Chains between two entities as the API returns them: CURIEs, labels, citations and evidence per hop. */
public record Explanation(String from, String to, int maxHops, List<ChainView> chains) {

    public record ChainView(String sign, String support, boolean sameStudy, List<HopView> hops) {}

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
            String evidence,
            String organism,
            String organismLabel,
            String studyType,
            String context) {}
}
