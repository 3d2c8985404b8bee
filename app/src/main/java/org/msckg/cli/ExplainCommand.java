package org.msckg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.msckg.query.BadRequest;
import org.msckg.query.explain.ExplainService;
import org.msckg.query.explain.Explanation;
import org.msckg.query.terms.TermIndex;
import org.msckg.reason.mechanism.ChainRules;
import org.msckg.store.DatasetStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code msckg explain FROM [TO]}: the chains of the current dataset, hop by hop with citations. */
@Command(
        name = "explain",
        description = "Every chain of claims from one entity (to another) in the current dataset, hop by hop with"
                + " relation, sign, citations, organism, context and evidence.")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

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
    private int maxHops = ChainRules.MAX_HOPS;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        var dataset = new DatasetStore(data.dir(project.home())).openCurrent();
        if (dataset.isEmpty()) {
            err.println("no dataset yet: run ./msckg build first");
            return 1;
        }
        Explanation e;
        try {
            e = new ExplainService(dataset.get(), TermIndex.of(dataset.get()))
                    .explain(from, Optional.ofNullable(to), maxHops);
        } catch (BadRequest ex) {
            err.println(ex.getMessage());
            return 1;
        }
        out.printf(
                "%d chain(s) from %s%s (at most %d hops)%n",
                e.chains().size(), e.from(), e.to().isEmpty() ? "" : " to " + e.to(), e.maxHops());
        int n = 0;
        for (Explanation.ChainView c : e.chains()) {
            out.printf("%nchain %d  sign %s  %s%n  %s%n", ++n, c.sign(), c.support(), marks(c.marks(), ""));
            for (Explanation.HopView h : c.hops()) {
                out.printf(
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
                out.printf("      \"%s\" (%s)%n", h.evidence(), h.claim());
            }
        }
        out.flush();
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
