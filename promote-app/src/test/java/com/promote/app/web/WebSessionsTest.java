package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.auth.Admin;
import com.promote.app.auth.AdminDao;
import com.promote.app.wiring.Extensions;
import com.promote.engine.db.Migrator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The session store on a real database with the real schema. */
class WebSessionsTest {
    private static final Instant NOW = Instant.parse("2026-05-15T09:00:00Z");
    private Jdbi jdbi;
    private Admin admin;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:sessions-" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1");
        new Migrator(dataSource).migrate(List.of(Migrator.CORE, Extensions.APP_CHANGELOG, WebFeature.CHANGELOG));
        jdbi = Jdbi.create(dataSource).installPlugin(new SqlObjectPlugin());
        long id = jdbi.withExtension(AdminDao.class, dao -> dao.insert("ada", "not-a-real-hash"));
        admin = new Admin(id, "ada");
    }

    private WebSessions at(Instant instant) {
        return new WebSessions(jdbi, Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aSessionFindsItsAdminAndCsrfTokenUntilItExpires() {
        WebSessions.Created created = at(NOW).create(admin);

        var found = at(NOW.plus(Duration.ofHours(11))).find(created.token()).orElseThrow();
        assertThat(found.admin()).isEqualTo(admin);
        assertThat(found.csrfToken()).isEqualTo(created.session().csrfToken()).hasSize(43);
        assertThat(found.csrfMatches(created.session().csrfToken())).isTrue();
        assertThat(found.csrfMatches("x" + created.session().csrfToken().substring(1))).isFalse();
        assertThat(found.csrfMatches(null)).isFalse();
        assertThat(at(NOW.plus(WebSessions.LIFETIME)).find(created.token())).isEmpty();
    }

    @Test
    void onlyAHashOfTheTokenIsStoredAndEndingASessionRemovesIt() {
        WebSessions sessions = at(NOW);
        WebSessions.Created created = sessions.create(admin);

        List<String> stored = jdbi.withHandle(h -> h.createQuery("SELECT token_hash FROM web_sessions")
                .mapTo(String.class).list());
        assertThat(stored).containsExactly(WebSessions.hash(created.token())).doesNotContain(created.token());
        assertThat(sessions.find(WebSessions.hash(created.token()))).as("the hash is no key").isEmpty();

        sessions.end(created.token());
        assertThat(sessions.find(created.token())).isEmpty();
    }

    @Test
    void signingInAgainGivesANewTokenAndSweepsExpiredSessions() {
        WebSessions.Created old = at(NOW).create(admin);
        WebSessions.Created fresh = at(NOW.plus(Duration.ofDays(1))).create(admin);

        assertThat(fresh.token()).isNotEqualTo(old.token());
        int count = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM web_sessions").mapTo(Integer.class).one());
        assertThat(count).isEqualTo(1);
        assertThat(at(NOW).find(null)).isEmpty();
        assertThat(at(NOW).find("")).isEmpty();
    }
}
