package com.promote.engine.promotions;

import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.clock.PromoteClock;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.extensions.ExtensionRegistry;
import com.promote.engine.undo.UndoJob;
import com.promote.engine.undo.UndoQueue;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs queued promotions on a few worker threads. Promotions are claimed in the database
 * with {@code FOR UPDATE SKIP LOCKED}, so several app instances share the queue; a running
 * promotion whose runner stopped beating for {@code staleAfter} is claimed again and resumes.
 * A started runner beats for every promotion in hand each {@link #HEARTBEAT} on a thread of its
 * own, so a slow batch never looks dead and a killed instance's work is taken over within
 * {@code staleAfter} plus a poll (5 to 6 s with the defaults). Undo jobs go through the same
 * workers, claims and heartbeats, after the queued promotions.
 */
public final class PromotionRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PromotionRunner.class);

    public record Settings(int workers, int batchSize, Duration pollEvery, Duration staleAfter) {
        public static Settings defaults() {
            return new Settings(2, 1_000, Duration.ofMillis(500), Duration.ofSeconds(5));
        }
    }

    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    /** The SPI hands an extension's undo at most this many members at once. */
    private static final int UNDO_BATCH = 500;

    private final Jdbi jdbi;
    private final ExtensionRegistry registry;
    private final Settings settings;
    private final Clock clock;
    private final PromotionMeter meter;
    private final ActivityRecorder activity;
    private final UndoQueue undos;
    private final String runnerId = "runner-" + UUID.randomUUID().toString().substring(0, 8);
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final AtomicInteger busy = new AtomicInteger();
    private final AtomicInteger consecutiveErrors = new AtomicInteger();
    private ScheduledExecutorService workers;
    private ScheduledExecutorService heart;
    private volatile long lastPoll = System.nanoTime();

    public PromotionRunner(Jdbi jdbi, ExtensionRegistry registry, Settings settings, Clock clock) {
        this(jdbi, registry, settings, clock, PromotionMeter.NONE);
    }

    public PromotionRunner(Jdbi jdbi, ExtensionRegistry registry, Settings settings, Clock clock, PromotionMeter meter) {
        this.meter = meter;
        this.activity = ActivityRecorder.withoutAddress(new PromoteClock(clock, java.util.Optional.empty()));
        this.jdbi = jdbi;
        this.registry = registry;
        this.settings = settings;
        this.clock = clock;
        this.undos = new UndoQueue(jdbi, registry, clock, activity);
    }

    public synchronized void start() {
        stopping.set(false);
        workers = Executors.newScheduledThreadPool(settings.workers(), r -> {
            Thread t = new Thread(r, "promotion-" + runnerId);
            t.setDaemon(true);
            return t;
        });
        for (int i = 0; i < settings.workers(); i++) {
            workers.scheduleWithFixedDelay(this::runOne, i * 100L, settings.pollEvery().toMillis(), TimeUnit.MILLISECONDS);
        }
        heart = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "heartbeat-" + runnerId);
            t.setDaemon(true);
            return t;
        });
        heart.scheduleWithFixedDelay(this::beat, 0, HEARTBEAT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Tells other instances this runner is alive: one update for every promotion it holds. */
    private void beat() {
        if (busy.get() == 0) {
            return;
        }
        try {
            jdbi.useExtension(PromotionDao.class, d -> d.beat(runnerId));
        } catch (RuntimeException e) {
            LOG.debug("Heartbeat of {} failed: {}", runnerId, e.toString());
        }
        try {
            undos.beat(runnerId);
        } catch (RuntimeException e) {
            LOG.debug("Undo heartbeat of {} failed: {}", runnerId, e.toString());
        }
    }

    /** Finishes the batch in hand, hands unfinished promotions back to the queue, and stops. */
    public synchronized void stop() throws InterruptedException {
        stopping.set(true);
        if (heart != null) {
            heart.shutdownNow();
        }
        if (workers != null) {
            workers.shutdown();
            if (!workers.awaitTermination(60, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        }
    }

    /** Looks at the queue now rather than at the next poll (an upload just arrived). */
    public void nudge() {
        ScheduledExecutorService pool = workers;
        if (pool != null && !pool.isShutdown()) {
            try {
                pool.execute(this::runOne);
            } catch (java.util.concurrent.RejectedExecutionException ignored) {
                // shutting down: the promotion stays queued for the next start
            }
        }
    }

    /** Polling: started, not stopped, and a worker looked at the queue within a few poll periods. */
    public boolean isRunning() {
        long quiet = System.nanoTime() - lastPoll;
        return workers != null && !workers.isShutdown()
                && (busy.get() > 0 || quiet < settings.pollEvery().multipliedBy(20).plusSeconds(5).toNanos());
    }

    public String id() {
        return runnerId;
    }

    /**
     * Claims and runs promotions until none is waiting. Also callable directly (tests, a nudge
     * after upload). Never throws: a scheduled task that throws is silently cancelled for good.
     */
    public void runOne() {
        try {
            poll();
        } catch (Throwable t) {
            LOG.error("The promotion runner hit an unexpected error; it keeps polling", t);
        }
    }

    private void poll() {
        lastPoll = System.nanoTime();
        while (!stopping.get()) {
            lastPoll = System.nanoTime();
            Optional<Promotion> claimed;
            try {
                claimed = claim();
            } catch (RuntimeException e) {
                LOG.warn("Could not look for queued promotions: {}", e.getMessage());
                return;
            }
            if (claimed.isEmpty()) {
                Optional<UndoJob> undo;
                try {
                    undo = undos.claim(runnerId, settings.staleAfter(), stopping::get,
                            Math.min(settings.batchSize(), UNDO_BATCH));
                } catch (RuntimeException e) {
                    LOG.warn("Could not look for queued undos: {}", e.getMessage());
                    return;
                }
                if (undo.isEmpty()) {
                    return;
                }
                if (!execute(undo.get())) {
                    return;
                }
                continue;
            }
            if (!execute(claimed.get())) {
                return; // back off until the next poll
            }
        }
    }

    private Optional<Promotion> claim() {
        return jdbi.inTransaction(h -> {
            PromotionDao dao = h.attach(PromotionDao.class);
            Optional<Long> id = dao.lockNextRunnable(settings.staleAfter().toNanos() / 1_000);
            id.ifPresent(p -> dao.claim(p, runnerId));
            return id.flatMap(dao::get);
        });
    }

    private boolean execute(Promotion promotion) {
        busy.incrementAndGet();
        try {
            boolean finished = new PromotionJob(jdbi, registry, promotion, runnerId, stopping::get,
                    settings.batchSize(), meter).run();
            if (finished) {
                finish(promotion.id(), Promotion.SUCCEEDED, null);
                LOG.info("Promotion {} finished", promotion.id());
            } else {
                jdbi.useExtension(PromotionDao.class, d -> d.release(promotion.id(), runnerId));
                LOG.info("Promotion {} handed back to the queue at shutdown", promotion.id());
            }
            consecutiveErrors.set(0);
            return true;
        } catch (PromoteException e) {
            try {
                finish(promotion.id(), Promotion.FAILED, e.getMessage());
            } catch (RuntimeException down) {
                LOG.warn("Could not mark promotion {} failed: {}", promotion.id(), down.getMessage());
                return false;
            }
            return true;
        } catch (Exception | LinkageError e) {
            // Most likely the database went away: hand the promotion back; it resumes after its
            // last committed batch. A job that keeps failing is marked failed instead of looping.
            LOG.warn("Promotion {} stopped by an error; it will resume", promotion.id(), e);
            if (consecutiveErrors.incrementAndGet() >= 5) {
                try {
                    finish(promotion.id(), Promotion.FAILED, "stopped after repeated errors: " + e);
                } catch (RuntimeException stillDown) {
                    LOG.warn("Could not mark promotion {} failed: {}", promotion.id(), stillDown.getMessage());
                }
                consecutiveErrors.set(0);
            } else {
                try {
                    jdbi.useExtension(PromotionDao.class, d -> d.release(promotion.id(), runnerId));
                } catch (RuntimeException ignored) {
                    // the heartbeat will go stale and another claim will pick it up
                }
            }
            return false;
        } finally {
            busy.decrementAndGet();
        }
    }

    /** Like a promotion: finished, handed back at shutdown, failed, or handed back after an error. */
    private boolean execute(UndoJob undo) {
        busy.incrementAndGet();
        try {
            if (undo.run()) {
                LOG.info("Undo of promotion {} finished", undo.promotionId());
            } else {
                undo.release();
                LOG.info("Undo of promotion {} handed back to the queue at shutdown", undo.promotionId());
            }
            consecutiveErrors.set(0);
            return true;
        } catch (UndoJob.ClaimLost e) {
            LOG.warn("{}", e.getMessage());
            return true;
        } catch (PromoteException e) {
            try {
                undo.fail(e.getMessage());
            } catch (RuntimeException down) {
                LOG.warn("Could not mark the undo of promotion {} failed: {}", undo.promotionId(), down.getMessage());
                return false;
            }
            return true;
        } catch (Exception | LinkageError e) {
            LOG.warn("Undo of promotion {} stopped by an error; it will resume", undo.promotionId(), e);
            try {
                if (consecutiveErrors.incrementAndGet() >= 5) {
                    undo.fail("stopped after repeated errors: " + e);
                    consecutiveErrors.set(0);
                } else {
                    undo.release();
                }
            } catch (RuntimeException stillDown) {
                // the heartbeat will go stale and another claim will pick it up
            }
            return false;
        } finally {
            busy.decrementAndGet();
        }
    }

    /** Only while this runner still holds the claim: one that lost it must not overwrite the new owner's status. */
    private void finish(long promotionId, String status, String message) {
        jdbi.useTransaction(h -> {
            PromotionDao dao = h.attach(PromotionDao.class);
            if (dao.finish(promotionId, runnerId, status, message, clock.instant()) == 1) {
                dao.get(promotionId).filter(p -> !p.dryRun()).ifPresent(p -> activity.community(h, p.communityId(),
                        p.adminId(), ActivityAction.PROMOTION, "promotion " + p.id() + ": " + p.fileName(),
                        p.status() + ": promoted " + p.promoted() + ", failed " + p.failed() + ", skipped "
                                + p.skipped() + (message == null ? "" : "; " + message)));
            }
        });
    }

    /** For the health check: how many promotions are being worked on now. */
    public int busy() {
        return busy.get();
    }
}
