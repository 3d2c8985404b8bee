package org.msckg.server.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed admin logins per client address: after {@link #MAX_FAILURES} failures within {@link
 * #WINDOW}, the address is refused until the window has passed, right password or not, so a
 * password can be guessed a few times a minute at most instead of hundreds of times a second.
 */
final class LoginThrottle {
    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** Addresses remembered at most; older windows are forgotten first when there are more. */
    private static final int MAX_ADDRESSES = 10_000;

    private record Failures(Instant since, int count) {}

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long the address must wait before it may try again; zero when it may try now. */
    Duration wait(String address) {
        Failures f = failures.get(address);
        if (f == null || f.count() < MAX_FAILURES) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), f.since().plus(WINDOW));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a failed login; a window that has passed starts again. */
    void failed(String address) {
        Instant now = clock.instant();
        if (failures.size() >= MAX_ADDRESSES) {
            failures.values().removeIf(f -> f.since().plus(WINDOW).isBefore(now));
        }
        failures.merge(
                address,
                new Failures(now, 1),
                (old, one) ->
                        old.since().plus(WINDOW).isBefore(now) ? one : new Failures(old.since(), old.count() + 1));
    }

    void succeeded(String address) {
        failures.remove(address);
    }
}
