package org.msckg.query.explain;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msckg.query.BadRequest;
import org.msckg.reason.Chain;
import org.msckg.reason.ChainFinder;
import org.msckg.reason.Hop;
import org.msckg.vocab.Prefixes;

/** Every chain of asserted claims from one entity to another (or from one entity), explained hop by hop. */
public final class ExplainService {
    public static final int MAX_HOPS_LIMIT = 8;

    private final GraphIndex index;

    public ExplainService(GraphIndex index) {
        this.index = index;
    }

    /** @param to empty for every chain that starts at {@code from} */
    public Explanation explain(String from, Optional<String> to, int maxHops) {
        if (maxHops < 1 || maxHops > MAX_HOPS_LIMIT) {
            throw new BadRequest("maxHops must be between 1 and " + MAX_HOPS_LIMIT, false);
        }
        String fromIri = entity("from", from);
        Optional<String> toIri = to.map(t -> entity("to", t));
        ChainFinder finder = index.finder();
        List<Chain> chains =
                toIri.map(t -> finder.between(fromIri, t, maxHops)).orElseGet(() -> finder.from(fromIri, maxHops));
        List<Explanation.ChainView> views = chains.stream()
                .map(this::view)
                .sorted(Comparator.comparing((Explanation.ChainView c) -> !c.sameStudy())
                        .thenComparingInt(c -> c.hops().size()))
                .toList();
        return new Explanation(from, to.orElse(""), maxHops, views);
    }

    private String entity(String param, String curie) {
        String iri = Prefixes.expand(curie.trim())
                .orElseThrow(() -> new BadRequest(
                        "'%s' (parameter %s) is not a CURIE with a known prefix, e.g. GO:0001525 or MSCKG:0000004"
                                .formatted(curie, param),
                        false));
        if (!index.knows(iri)) {
            throw new BadRequest("no entity %s in the graph (parameter %s)".formatted(curie, param), true);
        }
        return iri;
    }

    private Explanation.ChainView view(Chain chain) {
        List<Explanation.HopView> hops = chain.hops().stream().map(this::view).toList();
        return new Explanation.ChainView(
                chain.signSymbol(), support(chain), !chain.sharedStudies().isEmpty(), hops);
    }

    private Explanation.HopView view(Hop h) {
        return new Explanation.HopView(
                curie(h.claim()),
                curie(h.subject()),
                index.label(h.subject()),
                curie(h.predicate()),
                index.label(h.predicate()),
                curie(h.object()),
                index.label(h.object()),
                h.sign() > 0 ? "+" : "-",
                citations(h),
                h.evidence(),
                h.organism().isEmpty() ? "" : curie(h.organism()),
                index.label(h.organism()),
                index.label(h.studyType()),
                context(h));
    }

    private String support(Chain chain) {
        int k = chain.weakestHop();
        Hop weakest = chain.hops().get(k);
        String where = "weakest hop %d (%s -> %s)".formatted(k + 1, name(weakest.subject()), name(weakest.object()));
        if (weakest.studies() == 0) {
            return where + ": a statement of the review without a cited study";
        }
        String kind = weakest.studyType().isEmpty() ? "kind of study not stated" : index.label(weakest.studyType());
        return "%s: %d stud%s %s, %s"
                .formatted(
                        where,
                        weakest.studies(),
                        weakest.studies() == 1 ? "y" : "ies",
                        String.join(",", citations(weakest)),
                        kind);
    }

    private String context(Hop h) {
        String cells = h.context().stream().map(this::name).collect(Collectors.joining(", "));
        return List.of(cells, h.contextNote()).stream()
                .filter(s -> !s.isBlank())
                .collect(Collectors.joining("; "));
    }

    private String name(String iri) {
        String label = index.label(iri);
        return label.isEmpty() ? curie(iri) : label;
    }

    private static List<String> citations(Hop h) {
        return h.citations().stream()
                .map(c -> c.substring(c.lastIndexOf('/') + 1))
                .map(n -> "[" + n + "]")
                .toList();
    }

    private static String curie(String iri) {
        return Prefixes.shorten(iri);
    }
}
