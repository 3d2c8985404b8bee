package org.msckg.reason.mechanism;

import java.util.Comparator;
import org.msckg.vocab.Prefixes;

/**
 * The rules every chain follows, in one place (docs/schema.md, "Mechanism chains"):
 *
 * <ol>
 *   <li>A hop is a stated, non-negated claim whose relation or direction has a sign ({@link Hops}).
 *   <li>Signs compose as RO's regulation property chains do: positively o positively and negatively o
 *       negatively regulates give positively; mixed give negatively. The chain's relation is RO's
 *       "causally upstream of, positive effect" (RO:0002304) or "negative effect" (RO:0002305).
 *   <li>A chain has at most {@link #MAX_HOPS} hops and passes no entity twice.
 *   <li>From an entity, a chain continues with a hop stated for that entity or for a superclass of it
 *       (what holds for a class holds for its subclasses); such a hop is recorded as inherited. It
 *       never continues with a hop stated for a subclass.
 *   <li>A study is a numbered reference of the review; the review itself is not one. A chain is
 *       single-study when one study is cited by every hop; otherwise it is cross-study, and the hops
 *       at which the studies change are recorded.
 *   <li>Chains are ranked: single-study first, then fewer hops, then more studies behind the weakest
 *       hop, then by claim IDs. A closure record keeps a pair's best {@link #SINGLE_STUDY_CHAINS}
 *       single-study chains; explain shows its best {@link #CROSS_STUDY_CHAINS} cross-study chains,
 *       found when asked.
 * </ol>
 */
public final class ChainRules {
    public static final int MAX_HOPS = 6;
    public static final int SINGLE_STUDY_CHAINS = 8;
    public static final int CROSS_STUDY_CHAINS = 4;

    public static final String POSITIVE = Prefixes.OBO + "RO_0002304";
    public static final String NEGATIVE = Prefixes.OBO + "RO_0002305";

    /** Single-study first, then fewer hops, then better supported, then by claim IDs. */
    public static final Comparator<Chain> RANK = Comparator.comparing((Chain c) -> !c.singleStudy())
            .thenComparingInt(Chain::length)
            .thenComparing(Comparator.comparingLong(Chain::weakestSupport).reversed())
            .thenComparing(Chain::key);

    private ChainRules() {}

    /** The sign of two hops in a row. */
    public static int compose(int first, int second) {
        return first * second;
    }

    public static String relation(int sign) {
        return sign > 0 ? POSITIVE : NEGATIVE;
    }
}
