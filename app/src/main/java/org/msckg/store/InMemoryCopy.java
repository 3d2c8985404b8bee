package org.msckg.store;

import java.util.Iterator;
import java.util.Optional;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * A dataset copied into memory for serving. The graph is read-only between builds and small, and
 * in memory the named queries run about 1.5x faster than on TDB2's own engine and 3x faster than
 * through the timeout guard over TDB2 (docs/benchmarks.md); TDB2 stays the store of record.
 */
final class InMemoryCopy {
    private InMemoryCopy() {}

    /** The copy, or empty when {@code source} holds more than {@code maxQuads} quads (or the limit is 0). */
    static Optional<DatasetGraph> of(DatasetGraph source, long maxQuads) {
        if (maxQuads <= 0) {
            return Optional.empty();
        }
        // One in-memory graph per named graph: copied 7x faster than into the transactional
        // in-memory dataset, and queried faster too; it is never written to after this.
        DatasetGraph copy = DatasetGraphFactory.create();
        boolean fits = Txn.calculateRead(source, () -> {
            long n = 0;
            for (Iterator<Quad> quads = source.find(); quads.hasNext(); ) {
                if (++n > maxQuads) {
                    return false;
                }
                copy.add(quads.next());
            }
            copy.prefixes().putAll(source.prefixes());
            return true;
        });
        return fits ? Optional.of(copy) : Optional.empty();
    }
}
