package org.msckg.server.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class SlotsTest {
    private static void awaitWaiting(Thread thread) throws InterruptedException {
        long until = System.currentTimeMillis() + 5000;
        while (thread.getState() != Thread.State.TIMED_WAITING && System.currentTimeMillis() < until) {
            Thread.sleep(5);
        }
        assertEquals(Thread.State.TIMED_WAITING, thread.getState(), thread.getName() + " waits for a slot");
    }

    @Test
    void requestsPastTheBoundTakeTheFreedSlotsInArrivalOrder() throws Exception {
        Slots slots = new Slots(1, 3, Duration.ofSeconds(30));
        assertEquals(Slots.Outcome.TAKEN, slots.take());
        List<String> order = new CopyOnWriteArrayList<>();
        List<Thread> waiting = new java.util.ArrayList<>();
        for (String name : List.of("first", "second", "third")) {
            Thread t = new Thread(
                    () -> {
                        order.add(Thread.currentThread().getName() + " " + slots.take());
                        slots.give();
                    },
                    name);
            t.start();
            awaitWaiting(t);
            waiting.add(t);
        }
        assertEquals(Slots.Outcome.LINE_FULL, slots.take(), "a fourth finds the line full");
        slots.give();
        for (Thread t : waiting) {
            t.join(5000);
        }
        assertEquals(List.of("first TAKEN", "second TAKEN", "third TAKEN"), order);
        assertEquals(Slots.Outcome.TAKEN, slots.take(), "every slot is back");
    }

    @Test
    void aRequestThatWaitsLongerThanTheWaitIsRefusedAndLeavesTheLine() throws Exception {
        Slots slots = new Slots(1, 1, Duration.ofMillis(100));
        assertEquals(Slots.Outcome.TAKEN, slots.take());
        long start = System.nanoTime();
        assertEquals(Slots.Outcome.WAITED_OUT, slots.take());
        assertTrue(System.nanoTime() - start >= Duration.ofMillis(100).toNanos());
        var again = CompletableFuture.supplyAsync(slots::take, Executors.newSingleThreadExecutor());
        assertEquals(Slots.Outcome.WAITED_OUT, again.get(), "the line has room again, and the wait runs out again");
    }

    @Test
    void withNoWaitingTheNextRequestIsRefusedAtOnce() {
        Slots slots = new Slots(2, 0, Duration.ofSeconds(30));
        assertEquals(Slots.Outcome.TAKEN, slots.take());
        assertEquals(Slots.Outcome.TAKEN, slots.take());
        long start = System.nanoTime();
        assertEquals(Slots.Outcome.LINE_FULL, slots.take());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(1).toNanos());
        slots.give();
        assertEquals(Slots.Outcome.TAKEN, slots.take());
    }
}
