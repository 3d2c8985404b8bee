package org.msckg.build;

import java.util.Map;
import org.msckg.vocab.NamedGraphs;

/** The summary a build prints: triples per graph, claims per table, coverage, time per stage. */
public final class BuildSummary {
    private BuildSummary() {}

    public static String format(BuildResult r, Map<String, Long> extraStages) {
        var sb = new StringBuilder("build summary\n  triples per named graph:\n");
        for (NamedGraphs g : NamedGraphs.ALL) {
            sb.append("    %-10s %,9d  <%s>%n".formatted(g.shortName(), r.triples(g), g.iri()));
        }
        sb.append("  classes reasoned over: %,d; inferred subclass axioms: %,d%n"
                .formatted(r.classes(), r.inferredSubClassAxioms()));
        sb.append("  rows per curated table:\n");
        r.claimsPerTable().forEach((t, n) -> sb.append("    %-45s %5d%n".formatted(t, n)));
        sb.append("  citation coverage: %d of %d references cited by at least one claim%n"
                .formatted(r.citedReferences().size(), r.references()));
        sb.append("  time per stage (ms):\n");
        r.stageMillis().forEach((s, ms) -> sb.append("    %-30s %7d%n".formatted(s, ms)));
        extraStages.forEach((s, ms) -> sb.append("    %-30s %7d%n".formatted(s, ms)));
        sb.append("  source checksum: ").append(r.checksum()).append('\n');
        return sb.toString();
    }
}
