package org.msckg.cli;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.terms.TermIndex;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.store.DatasetStore;

/** {@code msckg explain FROM [TO]}: the chains of the current dataset, hop by hop with citations. */
public final class ExplainCommand {
    private final CommandLine cl;

    public ExplainCommand(CommandLine cl) {
        this.cl = cl;
    }

    public int run() {
        cl.allowOnly("max-hops", "data");
        if (cl.positional().isEmpty() || cl.positional().size() > 2) {
            throw new UsageException("explain needs FROM and optionally TO, as CURIEs (e.g. MSCKG:0000004 GO:0001525)");
        }
        var dataset = new DatasetStore(cl.dataDir()).openCurrent();
        if (dataset.isEmpty()) {
            System.err.println("no dataset yet: run ./msckg build first");
            return 1;
        }
        Explanation e;
        try {
            e = new ExplainService(dataset.get(), TermIndex.of(dataset.get()))
                    .explain(
                            cl.positional().get(0),
                            cl.positional().size() == 2
                                    ? Optional.of(cl.positional().get(1))
                                    : Optional.empty(),
                            cl.intOption("max-hops", ChainRules.MAX_HOPS));
        } catch (BadRequest ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
        System.out.printf(
                "%d chain(s) from %s%s (at most %d hops)%n",
                e.chains().size(), e.from(), e.to().isEmpty() ? "" : " to " + e.to(), e.maxHops());
        int n = 0;
        for (Explanation.ChainView c : e.chains()) {
            System.out.printf("%nchain %d  sign %s  %s%n  %s%n", ++n, c.sign(), c.support(), marks(c.marks(), ""));
            for (Explanation.HopView h : c.hops()) {
                System.out.printf(
                        "  %s%s %s -[%s %s]-> %s %s  %s  %s%s%n",
                        marks(h.marks(), " "),
                        h.subject(),
                        quoted(h.subjectLabel()),
                        h.relationLabel(),
                        h.sign(),
                        h.object(),
                        quoted(h.objectLabel()),
                        String.join("", h.citations()),
                        h.organismLabel().isEmpty() ? "" : h.organismLabel() + "; ",
                        h.context());
                System.out.printf("      \"%s\" (%s)%n", h.evidence(), h.claim());
            }
        }
        return 0;
    }

    /** The marks of a chain or hop, as the API and the page give them. */
    private static String marks(List<Explanation.Mark> marks, String after) {
        return marks.isEmpty()
                ? ""
                : "[" + marks.stream().map(Explanation.Mark::text).collect(Collectors.joining("; ")) + "]" + after;
    }

    private static String quoted(String label) {
        return label.isEmpty() ? "" : "'" + label + "'";
    }
}
