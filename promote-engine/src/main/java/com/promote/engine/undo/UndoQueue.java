package com.promote.engine.undo;

import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.extensions.ExtensionRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.jdbi.v3.core.Jdbi;

/**
 * The undo jobs waiting for a runner, as the promotion runner sees them: claimed with
 * {@code FOR UPDATE SKIP LOCKED}, beaten while in hand, and taken over when their runner stopped
 * beating, exactly like promotions.
 */
public final class UndoQueue {
    private final Jdbi jdbi;
    private final ExtensionRegistry registry;
    private final Clock clock;
    private final ActivityRecorder activity;

    public UndoQueue(Jdbi jdbi, ExtensionRegistry registry, Clock clock, ActivityRecorder activity) {
        this.jdbi = jdbi;
        this.registry = registry;
        this.clock = clock;
        this.activity = activity;
    }

    /** The next undo to run, now held by {@code runnerId}; empty when none is waiting. */
    public Optional<UndoJob> claim(String runnerId, Duration staleAfter, BooleanSupplier stopping, int batchSize) {
        Optional<Long> claimed = jdbi.inTransaction(h -> {
            UndoJobDao dao = h.attach(UndoJobDao.class);
            Optional<Long> id = dao.lockNextRunnable(staleAfter.toNanos() / 1_000);
            id.ifPresent(p -> dao.claim(p, runnerId, clock.instant()));
            return id;
        });
        // Every installed extension, on or off for the community now: it may have written rows back then.
        return claimed.map(p -> new UndoJob(jdbi, registry.all(), p, runnerId, stopping, batchSize, clock, activity));
    }

    /** The runner's heartbeat for every undo it holds. */
    public void beat(String runnerId) {
        jdbi.useExtension(UndoJobDao.class, d -> d.beat(runnerId));
    }
}
