package com.promote.app.auth;

import com.codahale.metrics.MetricRegistry;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.dropwizard.auth.AuthenticationException;
import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.CachingAuthenticator;
import io.dropwizard.auth.basic.BasicCredentials;
import java.time.Duration;
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
        throttle.check(username, client);
        Optional<Admin> admin = check(new BasicCredentials(username, password));
        if (admin.isPresent()) {
            throttle.succeeded(username, client);
        } else {
            throttle.failed(username, client);
        }
        return admin;
    }

    /** The cached password check alone, for {@code BasicCredentialAuthFilter}. */
    Authenticator<BasicCredentials, Admin> passwords() {
        return passwords;
    }

    SignInThrottle throttle() {
        return throttle;
    }

    /** After a password change, old credentials must stop working at once. */
    public void forgetAll() {
        passwords.invalidateAll();
    }

    private Optional<Admin> check(BasicCredentials credentials) {
        try {
            return passwords.authenticate(credentials);
        } catch (AuthenticationException e) {
            throw new IllegalStateException("The password check failed", e);
        }
    }
}
