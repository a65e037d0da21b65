package com.promote.app.metrics;

import com.codahale.metrics.health.HealthCheck;

/**
 * Unhealthy when the promotion queue does not move: a promotion waiting longer than the limit
 * while none runs (no runner takes it), or a running one that committed no batch for that long (its runner is
 * stuck, though alive enough to keep its claim).
 */
public final class QueueHealthCheck extends HealthCheck {
    private final QueueState state;

    public QueueHealthCheck(QueueState state) {
        this.state = state;
    }

    @Override
    protected Result check() {
        QueueState.Snapshot s = state.read();
        long limit = state.stuckAfter().toSeconds();
        if (s.stuckPromotion().isPresent()) {
            return Result.unhealthy("promotion " + s.stuckPromotion().get() + " is running but committed no row for over "
                    + limit + " s");
        }
        // A backlog behind running promotions that progress is a queue that moves.
        if (s.oldestQueuedSeconds() > limit && s.promotionsRunning() == 0) {
            return Result.unhealthy(s.promotionsQueued() + " promotion(s) queued, the oldest for "
                    + s.oldestQueuedSeconds() + " s: no runner is taking them");
        }
        return Result.healthy(s.promotionsQueued() + " queued, " + s.promotionsRunning() + " running, oldest waiting "
                + s.oldestQueuedSeconds() + " s; " + s.emailsWaiting() + " email(s) in the outbox");
    }
}
