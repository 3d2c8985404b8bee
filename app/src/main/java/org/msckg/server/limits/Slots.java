package org.msckg.server.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code running} requests run at once; the next ones wait their turn in arrival order, at
 * most {@code waiting} of them and each for at most {@code wait}, and are refused past either.
 * Queued rather than shared out, the cores finish the requests in order: at 16 clients on 2 cores
 * with 4 slots, a 20 ms query takes about twice its time after its wait, not eight times its time.
 */
final class Slots {
    private final Semaphore running;
    private final int capacity;
    private final int maxWaiting;
    private final long waitNanos;
    private final AtomicInteger waiting = new AtomicInteger();

    Slots(int running, int waiting, Duration wait) {
        this.running = new Semaphore(running, true);
        this.capacity = running;
        this.maxWaiting = waiting;
        this.waitNanos = wait.toNanos();
    }

    enum Outcome {
        TAKEN,
        LINE_FULL,
        WAITED_OUT
    }

    /** Takes a slot after the requests already waiting for one, or says why not. */
    Outcome take() {
        try {
            if (running.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                return Outcome.TAKEN;
            }
            if (waiting.incrementAndGet() > maxWaiting) {
                waiting.decrementAndGet();
                return Outcome.LINE_FULL;
            }
            try {
                return running.tryAcquire(waitNanos, TimeUnit.NANOSECONDS) ? Outcome.TAKEN : Outcome.WAITED_OUT;
            } finally {
                waiting.decrementAndGet();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.WAITED_OUT;
        }
    }

    void give() {
        running.release();
    }

    int capacity() {
        return capacity;
    }
}
