package org.msckg.build;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Runs named stages, timing each and telling a listener when each starts and ends. */
final class StageClock {
    /** In the order the stages ended; stages may run on two threads at once. */
    private final Map<String, Long> millis = Collections.synchronizedMap(new LinkedHashMap<>());

    private final Consumer<String> progress;

    StageClock(Consumer<String> progress) {
        this.progress = progress;
    }

    <T> T run(String stage, Supplier<T> work) {
        progress.accept("[%s] ...".formatted(stage));
        long start = System.nanoTime();
        T result = work.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        millis.put(stage, ms);
        progress.accept("[%s] done in %d ms".formatted(stage, ms));
        return result;
    }

    Map<String, Long> millis() {
        return millis;
    }
}
