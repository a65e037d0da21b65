package com.promote.app.auth;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.promote.app.testing.AppSchema;
import com.promote.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The first admin: from the configuration, or with a generated password printed once. */
class FirstAdminTest {
    private final PasswordHasher hasher = new PasswordHasher();
    private TestDatabase db;
    private Jdbi jdbi;
    private ListAppender<ILoggingEvent> log;
    private Logger logger;

    @BeforeEach
    void setUp() {
        db = AppSchema.on(TestDatabase.h2());
        jdbi = db.jdbi();
        logger = (Logger) LoggerFactory.getLogger(FirstAdmin.class);
        logger.setLevel(Level.INFO);
        log = new ListAppender<>();
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void tearDown() {
        logger.detachAppender(log);
        db.close();
    }

    private Optional<AdminDao.StoredAdmin> stored(String username) {
        return jdbi.withExtension(AdminDao.class, d -> d.findByUsername(username));
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void createsTheConfiguredAdminOnceAndNeverLogsItsPassword() {
        FirstAdmin.ensure(jdbi, hasher, Optional.of("boss"), Optional.of("configured secret"));
        FirstAdmin.ensure(jdbi, hasher, Optional.of("boss2"), Optional.of("another secret!"));

        assertThat(jdbi.withExtension(AdminDao.class, AdminDao::count)).isEqualTo(1);
        assertThat(new AdminAuthenticator(jdbi, hasher).authenticate("boss", "configured secret", "test")).isPresent();
        assertThat(new AdminAuthenticator(jdbi, hasher).authenticate("boss", "configured secreT", "test")).isEmpty();
        assertThat(stored("boss2")).isEmpty();
        assertThat(String.join("\n", messages())).doesNotContain("configured secret");
    }

    @Test
    void withNothingConfiguredLogsAGeneratedPasswordThatWorks() {
        FirstAdmin.ensure(jdbi, hasher, Optional.empty(), Optional.empty());

        assertThat(messages()).hasSize(1);
        Matcher m = Pattern.compile("first admin '(\\S+)' with the generated password: (\\S+)").matcher(messages().get(0));
        assertThat(m.find()).as(messages().get(0)).isTrue();
        assertThat(m.group(1)).isEqualTo("admin");
        String password = m.group(2);
        assertThat(password.length()).isGreaterThanOrEqualTo(PasswordHasher.MIN_LENGTH);
        assertThat(new AdminAuthenticator(jdbi, hasher).authenticate("admin", password, "test")).isPresent();

        // Printed once: a restart with an admin present creates and prints nothing.
        FirstAdmin.ensure(jdbi, hasher, Optional.empty(), Optional.empty());
        assertThat(messages()).hasSize(1);
        assertThat(jdbi.withExtension(AdminDao.class, AdminDao::count)).isEqualTo(1);
    }

    @Test
    void aConfiguredUserWithoutPasswordGetsAGeneratedOne() {
        FirstAdmin.ensure(jdbi, hasher, Optional.of("owner"), Optional.empty());
        assertThat(messages()).singleElement().asString().contains("'owner'").contains("generated password");
        assertThat(stored("owner")).isPresent();
    }
}
