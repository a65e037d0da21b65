package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.auth.Admin;
import com.promote.app.auth.AdminDao;
import com.promote.app.testing.AppSchema;
import com.promote.testing.TestDatabase;
import com.promote.engine.db.Migrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The session store on H2 and MariaDB, each with the real schema. */
class WebSessionsTest {
    private static final Instant NOW = Instant.parse("2026-05-15T09:00:00Z");
    private TestDatabase database;
    private Jdbi jdbi;
    private Admin admin;

    void open(TestDatabase.Kind kind) {
        database = AppSchema.on(TestDatabase.create(kind));
        new Migrator(database.dataSource()).migrate(List.of(WebFeature.CHANGELOG));
        jdbi = database.jdbi();
        long id = jdbi.withExtension(AdminDao.class, dao -> dao.insert("ada", "not-a-real-hash"));
        admin = new Admin(id, "ada");
    }

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private WebSessions at(Instant instant) {
        return new WebSessions(jdbi, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void aSessionFindsItsAdminAndCsrfTokenUntilItExpires(TestDatabase.Kind kind) {
        open(kind);
        WebSessions.Created created = at(NOW).create(admin);

        var found = at(NOW.plus(Duration.ofHours(11))).find(created.token()).orElseThrow();
        assertThat(found.admin()).isEqualTo(admin);
        assertThat(found.csrfToken()).isEqualTo(created.session().csrfToken()).hasSize(43);
        assertThat(found.csrfMatches(created.session().csrfToken())).isTrue();
        String token = created.session().csrfToken();
        String oneCharOff = (token.charAt(0) == 'x' ? "y" : "x") + token.substring(1);
        assertThat(found.csrfMatches(oneCharOff)).isFalse();
        assertThat(found.csrfMatches(token.substring(1))).isFalse();
        assertThat(found.csrfMatches(null)).isFalse();
        assertThat(at(NOW.plus(WebSessions.LIFETIME)).find(created.token())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void onlyAHashOfTheTokenIsStoredAndEndingASessionRemovesIt(TestDatabase.Kind kind) {
        open(kind);
        WebSessions sessions = at(NOW);
        WebSessions.Created created = sessions.create(admin);

        List<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT token_hash FROM web_sessions")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly(WebSessions.hash(created.token())).doesNotContain(created.token());
        assertThat(sessions.find(WebSessions.hash(created.token()))).as("the hash is no key").isEmpty();

        sessions.end(created.token());
        assertThat(sessions.find(created.token())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.Kind.class)
    void signingInAgainGivesANewTokenAndSweepsExpiredSessions(TestDatabase.Kind kind) {
        open(kind);
        WebSessions.Created old = at(NOW).create(admin);
        WebSessions.Created fresh = at(NOW.plus(Duration.ofDays(1))).create(admin);

        assertThat(fresh.token()).isNotEqualTo(old.token());
        int count = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM web_sessions").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(1);
        assertThat(at(NOW).find(null)).isEmpty();
        assertThat(at(NOW).find("")).isEmpty();
    }
}
