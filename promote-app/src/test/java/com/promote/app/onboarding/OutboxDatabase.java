package com.promote.app.onboarding;

import com.promote.app.testing.AppSchema;
import com.promote.engine.onboarding.OnboardingOutboxDao;
import com.promote.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * A fresh database with the app's real schema ({@link AppSchema}), plus the few rows an
 * onboarding email needs.
 */
final class OutboxDatabase implements AutoCloseable {
    private final Jdbi jdbi;
    private final Runnable drop;

    private OutboxDatabase(Jdbi jdbi, Runnable drop) {
        this.jdbi = jdbi;
        this.drop = drop;
    }

    /** The helpers over a database someone else owns (a running app's). */
    static OutboxDatabase over(Jdbi jdbi) {
        return new OutboxDatabase(jdbi, () -> { });
    }

    static OutboxDatabase create(TestDatabase.Kind kind) {
        TestDatabase db = AppSchema.on(TestDatabase.create(kind));
        return new OutboxDatabase(db.jdbi(), db::close);
    }

    Jdbi jdbi() {
        return jdbi;
    }

    /** Empties what the tests write, children first. */
    void clear() {
        jdbi.useHandle(h -> {
            for (String table : List.of("onboarding_emails", "onboarding_templates", "members", "teams",
                    "promotions", "community_admins", "communities")) {
                h.execute("DELETE FROM " + table);
            }
        });
    }

    long community(String name) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO communities (name, time_zone, billing_enabled,"
                        + " default_billing_day, created_at) VALUES (:n, 'Europe/Paris', FALSE, 1, CURRENT_TIMESTAMP(3))")
                .bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    long team(long communityId, String name) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO teams (community_id, name, created_at)"
                        + " VALUES (:c, :n, CURRENT_TIMESTAMP(3))")
                .bind("c", communityId).bind("n", name).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    long promotion(long communityId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO promotions (community_id, admin_id, file_name,"
                        + " file_size, status, dry_run, send_onboarding_emails, upload_date, total_rows,"
                        + " processed_rows, promoted, would_promote, failed, skipped, created_at)"
                        + " VALUES (:c, 1, 'leads.csv', 10, 'succeeded', FALSE, FALSE, CURRENT_DATE, 0, 0, 0, 0, 0, 0,"
                        + " CURRENT_TIMESTAMP(3))")
                .bind("c", communityId).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    long member(long communityId, long teamId, String first, String last, String email, Long promotionId) {
        return jdbi.withHandle(h -> h.createUpdate("INSERT INTO members (community_id, team_id, first_name,"
                        + " last_name, email, email_key, promotion_id, created_at, updated_at)"
                        + " VALUES (:c, :t, :f, :l, :e, :k, :p, CURRENT_TIMESTAMP(3), CURRENT_TIMESTAMP(3))")
                .bind("c", communityId).bind("t", teamId).bind("f", first).bind("l", last).bind("e", email)
                .bind("k", email.trim().toLowerCase()).bind("p", promotionId)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
    }

    void makeTeamAdmin(long teamId, long memberId) {
        jdbi.useHandle(h -> h.execute("UPDATE teams SET admin_member_id = ? WHERE id = ?", memberId, teamId));
    }

    int enqueue(long communityId, long memberId) {
        return jdbi.withExtension(OnboardingOutboxDao.class, dao -> dao.enqueue(communityId, memberId, null));
    }

    /** The member's outbox row: status, attempts, last_error, sent_at; empty if none. */
    Map<String, Object> outbox(long memberId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status, attempts, last_error, sent_at,"
                        + " CASE WHEN next_attempt_at > CURRENT_TIMESTAMP(3) THEN TRUE ELSE FALSE END AS later"
                        + " FROM onboarding_emails WHERE member_id = :m")
                .bind("m", memberId).mapToMap().findOne().map(OutboxDatabase::booleans).orElse(Map.of()));
    }

    /** MariaDB answers a boolean expression as 0/1, H2 as a boolean. */
    private static Map<String, Object> booleans(Map<String, Object> row) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        Object later = copy.get("later");
        copy.put("later", later instanceof Number n ? n.intValue() != 0 : later);
        return copy;
    }

    @Override
    public void close() {
        drop.run();
    }
}
