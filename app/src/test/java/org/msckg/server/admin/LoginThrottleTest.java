package org.msckg.server.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Ten failed logins within a minute shut an address out until the minute has passed; others are not affected. */
class LoginThrottleTest {
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-02T12:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void anAddressIsShutOutAfterTenFailuresUntilTheWindowHasPassed() {
        TestClock clock = new TestClock();
        LoginThrottle throttle = new LoginThrottle(clock);
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("10.0.0.1");
        }
        assertEquals(Duration.ZERO, throttle.wait("10.0.0.1"));
        throttle.failed("10.0.0.1");
        assertEquals(LoginThrottle.WINDOW, throttle.wait("10.0.0.1"));
        assertEquals(Duration.ZERO, throttle.wait("10.0.0.2"), "another address may still try");
        clock.now = clock.now.plusSeconds(45);
        assertEquals(Duration.ofSeconds(15), throttle.wait("10.0.0.1"));
        clock.now = clock.now.plusSeconds(16);
        assertTrue(throttle.wait("10.0.0.1").isZero());
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ZERO, throttle.wait("10.0.0.1"), "a new window starts");
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        LoginThrottle throttle = new LoginThrottle(new TestClock());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
            throttle.failed("10.0.0.1");
        }
        throttle.succeeded("10.0.0.1");
        throttle.failed("10.0.0.1");
        assertEquals(Duration.ZERO, throttle.wait("10.0.0.1"));
    }
}
