package com.promote.app.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Slows password guessing in two ways.
 * <ul>
 * <li>After {@link #LIMIT} failed sign-ins for one username from one client address, that pair
 * is refused for {@link #WINDOW}. Keyed by the pair, so nobody can lock an admin out from
 * elsewhere.</li>
 * <li>After {@link #NAME_LIMIT} failures for one username from any addresses within the window,
 * that username gets one password check per {@link #NAME_PACE}, whoever asks: many addresses
 * no longer mean many guesses, and the real admin is slowed, never locked out.</li>
 * </ul>
 */
public final class SignInThrottle {
    public static final int LIMIT = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int NAME_LIMIT = 30;
    public static final Duration NAME_PACE = Duration.ofSeconds(2);

    private final Clock clock;
    private final Cache<String, AtomicInteger> failures;
    private final Cache<String, AtomicInteger> nameFailures;
    private final Cache<String, AtomicReference<Instant>> lastNameCheck;

    public SignInThrottle() {
        this(Clock.systemUTC());
    }

    public SignInThrottle(Clock clock) {
        this.clock = clock;
        this.failures = window();
        this.nameFailures = window();
        this.lastNameCheck = window();
    }

    private <V> Cache<String, V> window() {
        return Caffeine.newBuilder().expireAfterWrite(WINDOW).maximumSize(100_000)
                .ticker(() -> clock.millis() * 1_000_000L).build();
    }

    /** Thrown instead of checking the password while held back. */
    public static final class Throttled extends RuntimeException {
        private final Duration retryAfter;

        Throttled(String message, Duration retryAfter) {
            super(message);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Throws {@link Throttled} when this attempt must not reach the password check. */
    public void check(String username, String client) {
        AtomicInteger count = failures.getIfPresent(key(username, client));
        if (count != null && count.get() >= LIMIT) {
            throw new Throttled("Too many failed sign-ins for this username from here; try again in "
                    + WINDOW.toMinutes() + " minutes.", WINDOW);
        }
        AtomicInteger nameCount = nameFailures.getIfPresent(name(username));
        if (nameCount != null && nameCount.get() >= NAME_LIMIT) {
            Instant now = clock.instant();
            AtomicReference<Instant> last = lastNameCheck.get(name(username), k -> new AtomicReference<>(Instant.MIN));
            Instant before = last.get();
            if (before.plus(NAME_PACE).isAfter(now) || !last.compareAndSet(before, now)) {
                throw new Throttled("Many failed sign-ins for this username; it is checked once every "
                        + NAME_PACE.toSeconds() + " seconds. Try again shortly.", NAME_PACE);
            }
        }
    }

    public void failed(String username, String client) {
        failures.asMap().computeIfAbsent(key(username, client), k -> new AtomicInteger()).incrementAndGet();
        nameFailures.asMap().computeIfAbsent(name(username), k -> new AtomicInteger()).incrementAndGet();
    }

    /** Clears the pair's count; the username's count across addresses runs out with its window. */
    public void succeeded(String username, String client) {
        failures.invalidate(key(username, client));
    }

    private static String name(String username) {
        return username.toLowerCase(Locale.ROOT);
    }

    private static String key(String username, String client) {
        return name(username) + "\u0000" + (client == null ? "" : client);
    }
}
