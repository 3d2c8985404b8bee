package org.msckg.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StartupClockTest {
    @Test
    void theSummaryNamesEachPhaseInOrderAfterTheJvmStart() throws Exception {
        StartupClock clock = new StartupClock();
        Thread.sleep(20);
        clock.lap("sources checked");
        clock.lap("server started");
        String summary = clock.summary();
        assertTrue(
                summary.matches(
                        "started in [\\d,]+ ms: JVM to serve [\\d,]+, sources checked [\\d,]+, server started \\d+"),
                summary);
        int checked = Integer.parseInt(
                summary.replaceAll(".*sources checked ([\\d,]+),.*", "$1").replace(",", ""));
        assertTrue(checked >= 20, "the phase took the 20 ms slept in it: " + summary);
        assertFalse(summary.contains("dataset opened"), "no phase that did not run: " + summary);
    }
}
