package com.promote.app.auth;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Checks a username and password. bcrypt is slow on purpose, so a verified pair is
 * remembered for a few minutes (keyed by a SHA-256 of both, never the password itself).
 */
public final class AdminAuthenticator {
    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final String unknownUserHash;
    private final SignInThrottle throttle = new SignInThrottle();
    private final Cache<String, Admin> verified = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1_000).build();

    public AdminAuthenticator(Jdbi jdbi, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.unknownUserHash = hasher.hash(PasswordHasher.randomPassword());
    }

    /**
     * The admin these credentials belong to. {@code client} is the caller's address, for the
     * sign-in throttle; throws {@link SignInThrottle.Throttled} while that pair is held back.
     */
    public Optional<Admin> authenticate(String username, String password, String client) {
        String key = digest(username + "\u0000" + password);
        Admin cached = verified.getIfPresent(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        throttle.check(username, client);
        Optional<AdminDao.StoredAdmin> stored = jdbi.withExtension(AdminDao.class, dao -> dao.findByUsername(username));
        // An unknown name costs a bcrypt check too, so response times do not tell which names exist.
        boolean matches = hasher.matches(password, stored.map(AdminDao.StoredAdmin::passwordHash).orElse(unknownUserHash));
        Optional<Admin> admin = stored.filter(s -> matches).map(s -> new Admin(s.id(), s.username()));
        if (admin.isPresent()) {
            throttle.succeeded(username, client);
        } else {
            throttle.failed(username, client);
        }
        admin.ifPresent(a -> verified.put(key, a));
        return admin;
    }

    /** After a password change, old credentials must stop working at once. */
    public void forgetAll() {
        verified.invalidateAll();
    }

    private static String digest(String value) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
