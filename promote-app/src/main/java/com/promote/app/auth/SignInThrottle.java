package com.promote.app.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Slows password guessing: after {@link #LIMIT} failed sign-ins for one username from one
 * client address, that pair is refused for {@link #WINDOW}. Keyed by the pair, not the name
 * alone, so nobody can lock an admin out from elsewhere.
 */
public final class SignInThrottle {
    public static final int LIMIT = 10;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final Cache<String, AtomicInteger> failures = Caffeine.newBuilder()
            .expireAfterWrite(WINDOW).maximumSize(100_000).build();

    /** Thrown instead of checking the password while a pair is held back. */
    public static final class Throttled extends RuntimeException {
        Throttled() {
            super("Too many failed sign-ins for this username from here; try again in "
                    + WINDOW.toMinutes() + " minutes.");
        }
    }

    void check(String username, String client) {
        AtomicInteger count = failures.getIfPresent(key(username, client));
        if (count != null && count.get() >= LIMIT) {
            throw new Throttled();
        }
    }

    void failed(String username, String client) {
        failures.asMap().computeIfAbsent(key(username, client), k -> new AtomicInteger()).incrementAndGet();
    }

    void succeeded(String username, String client) {
        failures.invalidate(key(username, client));
    }

    private static String key(String username, String client) {
        return username.toLowerCase(Locale.ROOT) + "\u0000" + (client == null ? "" : client);
    }
}
