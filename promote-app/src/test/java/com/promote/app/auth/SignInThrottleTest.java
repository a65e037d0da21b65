package com.promote.app.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.app.testing.TestDatabases;
import com.promote.app.testing.TestDatabases.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Password guessing is held back per username and client, and only there. */
class SignInThrottleTest {
    private final PasswordHasher hasher = new PasswordHasher();
    private TestDatabase db;
    private AdminAuthenticator authenticator;

    @BeforeEach
    void setUp() {
        db = TestDatabases.h2().migrate();
        db.jdbi().useExtension(AdminDao.class, d -> d.insert("ada", hasher.hash("the right password")));
        authenticator = new AdminAuthenticator(db.jdbi(), hasher);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void tenFailuresFromOneClientHoldThatClientBackEvenWithTheRightPassword() {
        for (int i = 0; i < SignInThrottle.LIMIT; i++) {
            assertThat(authenticator.authenticate("ada", "guess " + i, "10.0.0.9")).isEmpty();
        }
        assertThatThrownBy(() -> authenticator.authenticate("ADA", "the right password", "10.0.0.9"))
                .isInstanceOf(SignInThrottle.Throttled.class).hasMessageContaining("15 minutes");
        assertThat(authenticator.authenticate("ada", "the right password", "192.168.1.2"))
                .as("another client is not locked out").isPresent();
    }

    @Test
    void aSuccessClearsTheCount() {
        for (int i = 0; i < SignInThrottle.LIMIT - 1; i++) {
            authenticator.authenticate("ada", "guess " + i, "10.0.0.9");
        }
        assertThat(authenticator.authenticate("ada", "the right password", "10.0.0.9")).isPresent();
        assertThat(authenticator.authenticate("ada", "one more guess", "10.0.0.9")).isEmpty();
        assertThat(authenticator.authenticate("ada", "another guess", "10.0.0.9")).isEmpty();
    }

    @Test
    void manyAddressesGuessingOneNameAreSlowedToOneCheckEveryTwoSeconds() {
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(1_000_000);
        SignInThrottle throttle = new SignInThrottle(new java.time.Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return java.time.ZoneOffset.UTC;
            }

            @Override
            public java.time.Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public java.time.Instant instant() {
                return java.time.Instant.ofEpochMilli(now.get());
            }
        });
        for (int i = 0; i < SignInThrottle.NAME_LIMIT; i++) {
            throttle.check("ada", "10.1.0." + i);
            throttle.failed("ada", "10.1.0." + i);
        }
        throttle.check("ada", "10.2.0.1");
        assertThatThrownBy(() -> throttle.check("ADA", "10.2.0.2"))
                .isInstanceOf(SignInThrottle.Throttled.class).hasMessageContaining("2 seconds");
        throttle.check("bob", "10.2.0.2");
        now.addAndGet(SignInThrottle.NAME_PACE.toMillis() - 1);
        assertThatThrownBy(() -> throttle.check("ada", "10.2.0.3")).isInstanceOf(SignInThrottle.Throttled.class);
        now.addAndGet(1);
        throttle.check("ada", "10.2.0.3");
        now.addAndGet(SignInThrottle.WINDOW.toMillis());
        throttle.check("ada", "10.2.0.4");
        throttle.check("ada", "10.2.0.5");
    }
}
