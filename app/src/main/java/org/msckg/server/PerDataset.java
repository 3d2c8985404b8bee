package org.msckg.server;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A value built from the served dataset, built again when a rebuild switches to another dataset, or
 * before the switch when {@link #prepare} is called with the dataset switched to.
 */
final class PerDataset<T> {
    private final Supplier<DatasetGraph> served;
    private final Function<DatasetGraph, T> build;
    private final Function<DatasetGraph, T> buildAhead;
    private DatasetGraph builtFor;
    private T value;
    private DatasetGraph preparedFor;
    private T prepared;

    /**
     * @param build at the first request for a dataset
     * @param buildAhead by {@link #prepare}, before the switch: it may make now what {@code build} leaves
     *     to the first request that needs it
     */
    PerDataset(Supplier<DatasetGraph> served, Function<DatasetGraph, T> build, Function<DatasetGraph, T> buildAhead) {
        this.served = served;
        this.build = build;
        this.buildAhead = buildAhead;
    }

    /** Builds the value for {@code next} now, so that the first request after the switch to it finds it. */
    void prepare(DatasetGraph next) {
        T made = buildAhead.apply(next);
        synchronized (this) {
            preparedFor = next;
            prepared = made;
        }
    }

    synchronized T get() {
        DatasetGraph current = served.get();
        if (current == preparedFor) {
            builtFor = preparedFor;
            value = prepared;
            preparedFor = null;
            prepared = null;
        } else if (current != builtFor) {
            value = build.apply(current);
            builtFor = current;
        }
        return value;
    }
}
