package org.msckg.cli;

import java.util.Optional;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.explain.GraphIndex;
import org.msckg.reason.ChainFinder;
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
            e = new ExplainService(new GraphIndex(dataset.get()))
                    .explain(
                            cl.positional().get(0),
                            cl.positional().size() == 2
                                    ? Optional.of(cl.positional().get(1))
                                    : Optional.empty(),
                            cl.intOption("max-hops", ChainFinder.DEFAULT_MAX_HOPS));
        } catch (BadRequest ex) {
            System.err.println(ex.getMessage());
            return 1;
        }
        System.out.printf(
                "%d chain(s) from %s%s (at most %d hops)%n",
                e.chains().size(), e.from(), e.to().isEmpty() ? "" : " to " + e.to(), e.maxHops());
        int n = 0;
        for (Explanation.ChainView c : e.chains()) {
            System.out.printf(
                    "%nchain %d  sign %s  %s%s%n",
                    ++n, c.sign(), c.support(), c.sameStudy() ? "  (one study throughout)" : "");
            for (Explanation.HopView h : c.hops()) {
                System.out.printf(
                        "  %s %s -[%s %s]-> %s %s  %s  %s%s%n",
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

    private static String quoted(String label) {
        return label.isEmpty() ? "" : "'" + label + "'";
    }
}
