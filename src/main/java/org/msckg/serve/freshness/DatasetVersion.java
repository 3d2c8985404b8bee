package org.msckg.serve.freshness;

import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.msckg.vocab.MSCKG;
import org.msckg.vocab.NamedGraphs;

/**
 * Which build the served dataset holds: the source checksum its build graph records, read on every
 * call, so that a dataset replaced underneath (a remote store rebuilt) is noticed at once.
 */
public final class DatasetVersion {
    private final DatasetGraph dataset;

    public DatasetVersion(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    public Optional<String> checksum() {
        return Txn.calculateRead(dataset, () -> {
            try (var quads = dataset.stream(NamedGraphs.BUILD.node(), Node.ANY, MSCKG.sourceChecksum.asNode(), Node.ANY)) {
                return quads.findFirst().map(q -> q.getObject().getLiteralLexicalForm());
            }
        });
    }

    /** The entity tag of every response derived from this dataset: weak, as several representations share it. */
    public Optional<String> etag() {
        return checksum().map(c -> "W/\"" + c + "\"");
    }

    /** Whether an If-None-Match header names this tag (or is *); weak comparison, as RFC 9110 asks for it. */
    public static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        String opaque = opaque(etag);
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.trim();
            if (c.equals("*") || opaque(c).equals(opaque)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
