package org.msckg.server;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/** A value built from the served dataset, built again when a rebuild switches to another dataset. */
final class PerDataset<T> {
    private final Supplier<DatasetGraph> served;
    private final Function<DatasetGraph, T> build;
    private DatasetGraph builtFor;
    private T value;

    PerDataset(Supplier<DatasetGraph> served, Function<DatasetGraph, T> build) {
        this.served = served;
        this.build = build;
    }

    synchronized T get() {
        DatasetGraph current = served.get();
        if (current != builtFor) {
            value = build.apply(current);
            builtFor = current;
        }
        return value;
    }
}
