package com.promote.app.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.promote.app.errors.DatabaseExceptionMapper;
import com.promote.app.testing.AppSchema;
import com.promote.testing.TestDatabase;
import com.promote.testing.TestDatabase.Kind;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The core and app changelogs on a real database: they run twice without error, and the unique
 * keys ARCHITECTURE.md promises are in the schema (not only checked in code).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class MigrationContract {
    private TestDatabase db;
    private Jdbi jdbi;

    abstract Kind kind();

    @BeforeAll
    void migrateTwice() {
        db = TestDatabase.create(kind());
        AppSchema.on(db);
        jdbi = db.jdbi();
    }

    @AfterAll
    void drop() {
        if (db != null) {
            db.close();
        }
    }

    private long community(Handle h, String name) {
        return h.createUpdate("INSERT INTO communities (name, time_zone, billing_enabled, default_billing_day,"
                        + " created_at) VALUES (:n, 'UTC', FALSE, 1, CURRENT_TIMESTAMP(3))")
                .bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private long team(Handle h, long community, String name) {
        return h.createUpdate("INSERT INTO teams (community_id, name, created_at) VALUES (:c, :n, CURRENT_TIMESTAMP(3))")
                .bind("c", community).bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private void person(Handle h, long community, String email) {
        h.createUpdate("INSERT INTO people (community_id, type, email, email_key, created_at)"
                        + " VALUES (:c, 'lead', :e, :k, CURRENT_TIMESTAMP(3))")
                .bind("c", community).bind("e", email).bind("k", email.trim().toLowerCase()).execute();
    }

    private long member(Handle h, long community, long team, String email) {
        return h.createUpdate("INSERT INTO members (community_id, team_id, email, email_key, created_at, updated_at)"
                        + " VALUES (:c, :t, :e, :k, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")
                .bind("c", community).bind("t", team).bind("e", email).bind("k", email.trim().toLowerCase())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void assertUniqueViolation(Runnable insert) {
        assertThatThrownBy(insert::run).satisfies(e ->
                assertThat(DatabaseExceptionMapper.isUniqueViolation(e)).as("unique violation: %s", e).isTrue());
    }

    private long changeSets() {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM DATABASECHANGELOG").mapTo(Long.class).one());
    }

    @Test
    void migratingAgainChangesNothing() {
        long before = changeSets();
        assertThat(before).isGreaterThanOrEqualTo(7);
        AppSchema.on(db);
        AppSchema.on(db);
        assertThat(changeSets()).isEqualTo(before);
    }

    @Test
    void teamNamesAreUniquePerCommunityAndCompareExactly() {
        jdbi.useHandle(h -> {
            long c = community(h, "Teams");
            long other = community(h, "Other");
            team(h, c, "Acme");
            assertUniqueViolation(() -> team(h, c, "Acme"));
            team(h, c, "acme");   // exact compare, on MariaDB too (utf8mb4_bin)
            team(h, c, "Acmé");
            team(h, other, "Acme");
            assertThat(h.createQuery("SELECT COUNT(*) FROM teams WHERE community_id = :c AND name = 'Acme'")
                    .bind("c", c).mapTo(Integer.class).one()).isEqualTo(1);
        });
    }

    @Test
    void personEmailKeysAreUniquePerCommunity() {
        jdbi.useHandle(h -> {
            long c = community(h, "People");
            long other = community(h, "People 2");
            person(h, c, "ada@x.example");
            assertUniqueViolation(() -> person(h, c, " ADA@x.example"));
            person(h, other, "ada@x.example");
        });
    }

    @Test
    void memberEmailKeysAreUniquePerCommunity() {
        jdbi.useHandle(h -> {
            long c = community(h, "Members");
            long t = team(h, c, "T");
            member(h, c, t, "m@x.example");
            assertUniqueViolation(() -> member(h, c, t, "M@X.example"));
        });
    }

    @Test
    void oneOnboardingEmailPerMember() {
        jdbi.useHandle(h -> {
            long c = community(h, "Onboarding");
            long m = member(h, c, team(h, c, "T"), "o@x.example");
            String insert = "INSERT INTO onboarding_emails (community_id, member_id, status, attempts, next_attempt_at,"
                    + " created_at) VALUES (?, ?, 'waiting', 0, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))";
            h.execute(insert, c, m);
            assertUniqueViolation(() -> h.execute(insert, c, m));
        });
    }

    @Test
    void oneResultPerPromotionRow() {
        jdbi.useHandle(h -> {
            long c = community(h, "Promotions");
            long p = h.createUpdate("INSERT INTO promotions (community_id, admin_id, file_name, file_size, status,"
                            + " dry_run, send_onboarding_emails, upload_date, total_rows, processed_rows, promoted,"
                            + " would_promote, failed, skipped, created_at) VALUES (:c, 1, 'f.csv', 1, 'queued', FALSE,"
                            + " FALSE, '2026-05-15', 1, 0, 0, 0, 0, 0, CURRENT_TIMESTAMP(3))")
                    .bind("c", c).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            String insert = "INSERT INTO promotion_rows (promotion_id, row_no, result, team_created, team_admin)"
                    + " VALUES (?, 1, 'failed', FALSE, FALSE)";
            h.execute(insert, p);
            assertUniqueViolation(() -> h.execute(insert, p));
        });
    }

    @Test
    void adminUsernamesAreUnique() {
        jdbi.useHandle(h -> {
            String insert = "INSERT INTO admins (username, password_hash, created_at) VALUES ('root', 'x', CURRENT_TIMESTAMP(3))";
            h.execute(insert);
            assertUniqueViolation(() -> h.execute(insert));
        });
    }
}
