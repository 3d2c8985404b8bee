package org.msckg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GcPausesTest {
    private static final Path LOG = Path.of("src/test/resources/fixtures/gc/server-gc.txt");

    private static Instant at(String time) {
        return Instant.parse("2026-12-04T" + time + "Z");
    }

    @Test
    void everyStopTheWorldPauseCountsAndTheConcurrentCycleDoesNot() {
        GcPauses.Summary all = GcPauses.read(LOG).within(at("20:42:00"), at("20:44:00"));
        assertEquals(6, all.count());
        assertEquals(5401.512, all.longestMillis(), 1e-9);
    }

    @Test
    void aPauseCountsWhereItOverlapsTheMeasurementThoughItEndedAfter() {
        // the mixed pause of 873 ms ended at 20:43:03.565, so it began at 20:43:02.692
        GcPauses.Summary during = GcPauses.read(LOG).within(at("20:43:02.600"), at("20:43:02.700"));
        assertEquals(1, during.count());
        assertEquals(873.245, during.longestMillis(), 1e-9);
        GcPauses.Summary before = GcPauses.read(LOG).within(at("20:43:02.000"), at("20:43:02.690"));
        assertEquals(0, before.count());
        assertEquals(0, before.longestMillis());
    }

    @Test
    void aServerThatWroteNoLogHadNoPausesLogged() {
        assertEquals(
                0,
                GcPauses.read(Path.of("target/no-such-gc.log"))
                        .within(Instant.EPOCH, Instant.now())
                        .count());
    }

    @Test
    void theOptionWritesTheTimeOfEachPauseToTheFile() {
        assertEquals("-Xlog:gc:file=logs/gc.log:time", GcPauses.option(Path.of("logs/gc.log")));
    }
}
