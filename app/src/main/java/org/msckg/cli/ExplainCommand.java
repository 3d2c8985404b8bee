package org.msckg.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.explain.GraphIndex;
import org.msckg.reason.ChainFinder;
import org.msckg.store.DatasetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code msckg explain FROM [TO]}: the chains of the current dataset, hop by hop with citations. */
@Command(
        name = "explain",
        description = "Every chain of claims from one entity (to another) in the current dataset, hop by hop with"
                + " relation, sign, citations, organism, context and evidence.")
public final class ExplainCommand implements Callable<Integer> {
    @Mixin
    private ProjectFolder project;

    @Mixin
    private DataFolder data;

    @Parameters(index = "0", paramLabel = "FROM", description = "where the chains start, a CURIE (MSCKG:0000004)")
    private String from;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "TO",
            description = "where they end, a CURIE (GO:0001525); without it, every chain from FROM")
    private String to;

    @Option(
            names = "--max-hops",
            paramLabel = "N",
            description = "the longest chain to follow (default ${DEFAULT-VALUE})")
    private int maxHops = ChainFinder.DEFAULT_MAX_HOPS;

    @Override
    public Integer call() {
        var dataset = new DatasetStore(data.dir(project.home())).openCurrent();
        if (dataset.isEmpty()) {
            System.err.println("no dataset yet: run ./msckg build first");
            return 1;
        }
        Explanation e;
        try {
            e = new ExplainService(new GraphIndex(dataset.get())).explain(from, Optional.ofNullable(to), maxHops);
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
