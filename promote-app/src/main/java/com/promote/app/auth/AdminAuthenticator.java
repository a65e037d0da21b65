package com.promote.app.auth;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.CachingAuthenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Set;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Signs admins in, for the API's HTTP Basic and the page's sign-in form alike: the throttle
 * first, then the password check. bcrypt is slow on purpose, so a verified pair is remembered
 * for a few minutes by Dropwizard's {@link CachingAuthenticator} (failures are not cached).
 */
public final class AdminAuthenticator {
    private final CachingAuthenticator<BasicCredentials, Admin> passwords;
    private final SignInThrottle throttle;
    /** SHA-256 of verified username and password pairs, never the password itself. */
    private final Set<String> recentlyVerified = Collections.newSetFromMap(Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1_000).<String, Boolean>build().asMap());

    public AdminAuthenticator(Jdbi jdbi, PasswordHasher hasher) {
        this(jdbi, hasher, new MetricRegistry(), new SignInThrottle());
    }

    public AdminAuthenticator(Jdbi jdbi, PasswordHasher hasher, MetricRegistry metrics, SignInThrottle throttle) {
        this.passwords = new CachingAuthenticator<>(metrics, new PasswordCheck(jdbi, hasher),
                Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(5)).maximumSize(1_000));
        this.throttle = throttle;
    }

    /**
     * The admin these credentials belong to. {@code client} is the caller's address, for the
     * throttle; throws {@link SignInThrottle.Throttled} while the attempt is held back.
     */
    public Optional<Admin> authenticate(String username, String password, String client) {
        checkThrottle(username, password, client);
        Optional<Admin> admin = check(new BasicCredentials(username, password));
        recorded(username, password, client, admin.isPresent());
        return admin;
    }

    /** Counts a failure, or clears the pair's count and remembers the credentials as verified. */
    void recorded(String username, String password, String client, boolean verified) {
        if (verified) {
            throttle.succeeded(username, client);
            recentlyVerified.add(digest(username, password));
        } else {
            throttle.failed(username, client);
        }
    }

    /**
     * Throws {@link SignInThrottle.Throttled} while this attempt is held back. Credentials that
     * were verified a moment ago are never held back: guessing under an admin's name must not
     * lock out the admin's own tools.
     */
    void checkThrottle(String username, String password, String client) {
        if (!recentlyVerified.contains(digest(username, password))) {
            throttle.check(username, client);
        }
    }

    /** The cached password check alone, for {@code BasicCredentialAuthFilter}. */
    Authenticator<BasicCredentials, Admin> passwords() {
        return passwords;
    }

    /** After a password change, old credentials must stop working at once. */
    public void forgetAll() {
        passwords.invalidateAll();
        recentlyVerified.clear();
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest((username + "\u0000" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Optional<Admin> check(BasicCredentials credentials) {
        try {
            return passwords.authenticate(credentials);
        } catch (AuthenticationException e) {
            throw new IllegalStateException("The password check failed", e);
        }
    }
}
