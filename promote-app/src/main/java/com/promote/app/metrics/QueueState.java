package com.promote.app.metrics;

import com.promote.engine.clock.PromoteClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * How the work queues look now, read from the database (so every instance reports the same):
 * promotions waiting or running, the oldest waiting one, onboarding emails waiting and the
 * oldest of them, and running promotions that have not committed a batch for a while.
 */
public final class QueueState {
    public record Snapshot(int promotionsQueued, int promotionsRunning, long oldestQueuedSeconds,
                           int emailsWaiting, long oldestEmailSeconds, Optional<Long> stuckPromotion) {
    }

    private final Jdbi jdbi;
    private final PromoteClock clock;
    private final Duration stuckAfter;

    public QueueState(Jdbi jdbi, PromoteClock clock, Duration stuckAfter) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.stuckAfter = stuckAfter;
    }

    public Duration stuckAfter() {
        return stuckAfter;
    }

    public Snapshot read() {
        Instant now = clock.now();
        return jdbi.withHandle(h -> {
            int queued = h.createQuery("SELECT COUNT(*) FROM promotions WHERE status = 'queued'")
                    .mapTo(Integer.class).one();
            int running = h.createQuery("SELECT COUNT(*) FROM promotions WHERE status = 'running'")
                    .mapTo(Integer.class).one();
            // created_at is stamped by the app's clock (pinned in demos), so its age is measured by it too.
            Optional<Instant> oldest = h.createQuery("SELECT MIN(created_at) FROM promotions WHERE status = 'queued'")
                    .mapTo(Instant.class).findOne();
            int emails = h.createQuery("SELECT COUNT(*) FROM onboarding_emails WHERE status = 'waiting'")
                    .mapTo(Integer.class).one();
            // The outbox stamps with the database's clock.
            Long oldestEmail = h.createQuery("SELECT TIMESTAMPDIFF(SECOND, MIN(created_at), CURRENT_TIMESTAMP(3))"
                    + " FROM onboarding_emails WHERE status = 'waiting'").mapTo(Long.class).findOne().orElse(null);
            Optional<Long> stuck = h.createQuery("SELECT MIN(id) FROM promotions WHERE status = 'running'"
                            + " AND COALESCE(progressed_at, started_at) < TIMESTAMPADD(SECOND, -:after, CURRENT_TIMESTAMP(3))")
                    .bind("after", stuckAfter.toSeconds()).mapTo(Long.class).findOne();
            return new Snapshot(queued, running, oldest.map(t -> Math.max(0, Duration.between(t, now).toSeconds())).orElse(0L),
                    emails, oldestEmail == null ? 0 : Math.max(0, oldestEmail), stuck);
        });
    }
}
