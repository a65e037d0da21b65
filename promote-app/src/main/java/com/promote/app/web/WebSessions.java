package com.promote.app.web;

import com.promote.app.auth.Admin;
import com.promote.app.auth.PageSession;
import com.promote.app.auth.SessionLookup;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Sign-in sessions of the admin page. The cookie holds a random 256-bit token; the database
 * holds its SHA-256, the admin and the session's CSRF token. A session lasts {@link #LIFETIME}.
 */
public final class WebSessions implements SessionLookup {
    public static final Duration LIFETIME = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A new session: the cookie's value and the page's view of it. */
    public record Created(String token, PageSession session) {
    }

    private final Jdbi jdbi;
    private final Clock clock;

    public WebSessions(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    public Created create(Admin admin) {
        String token = randomToken();
        String csrf = randomToken();
        Instant now = clock.instant();
        jdbi.useExtension(WebSessionDao.class, dao -> {
            dao.deleteExpired(now);
            dao.insert(hash(token), admin.id(), csrf, now, now.plus(LIFETIME));
        });
        return new Created(token, new PageSession(admin, csrf));
    }

    @Override
    public Optional<PageSession> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return jdbi.withExtension(WebSessionDao.class, dao -> dao.find(hash(token), clock.instant()))
                .map(s -> new PageSession(new Admin(s.adminId(), s.username()), s.csrfToken()));
    }

    public void end(String token) {
        if (token != null && !token.isBlank()) {
            jdbi.useExtension(WebSessionDao.class, dao -> dao.delete(hash(token)));
        }
    }

    /** 32 random bytes, URL-safe Base64 without padding: 43 characters. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
