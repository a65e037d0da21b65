package com.promote.app.onboarding;

import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the onboarding outbox over SMTP on one scheduled thread.
 *
 * <p>Several app instances may run this against one database. A batch is claimed in a short
 * transaction ({@code FOR UPDATE SKIP LOCKED}, then a lease that pushes the rows' next attempt
 * out), so no two instances hold the same row, and no transaction stays open while talking
 * to the mail server. Each email is marked sent right after the server accepted it: if the
 * process dies (or the database fails) between the two, that one email is sent again when
 * its lease runs out, and only that one, since the batch stops there. A sent row is never
 * claimed again, so nothing is sent in a loop. A failure keeps the row waiting with a back-off.
 */
public final class OnboardingDispatcher implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(OnboardingDispatcher.class);

    /** How often, what and how much: the defaults suit production, tests go faster. */
    public record Settings(Duration pollInterval, int batchSize, Duration lease) {
        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(2), 10, Duration.ofMinutes(10));
    }

    private final Jdbi jdbi;
    private final MailSender sender;
    private final EmailRenderer renderer;
    private final Settings settings;
    private ScheduledExecutorService executor;
    private ScheduledFuture<?> loop;

    public OnboardingDispatcher(Jdbi jdbi, MailSender sender, EmailRenderer renderer, Settings settings) {
        this.jdbi = jdbi;
        this.sender = sender;
        this.renderer = renderer;
        this.settings = settings;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "onboarding-mail");
            thread.setDaemon(true);
            return thread;
        });
        loop = executor.scheduleWithFixedDelay(this::drain, 0,
                settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() throws InterruptedException {
        if (executor != null) {
            executor.shutdownNow();
            executor.awaitTermination(30, TimeUnit.SECONDS);
            executor = null;
        }
    }

    /** True while the loop is scheduled; false before start, after stop, or if it died. */
    public synchronized boolean isRunning() {
        return executor != null && loop != null && !loop.isDone();
    }

    /** Why the loop stopped while it should be running, if it did. */
    public synchronized Optional<Throwable> death() {
        if (executor == null || loop == null || !loop.isDone()) {
            return Optional.empty();
        }
        try {
            loop.get(0, TimeUnit.MILLISECONDS);
            return Optional.of(new IllegalStateException("the dispatcher loop ended"));
        } catch (ExecutionException e) {
            return Optional.of(e.getCause());
        } catch (Exception e) {
            return Optional.of(e);
        }
    }

    private void drain() {
        try {
            while (!Thread.currentThread().isInterrupted() && dispatchOnce() == settings.batchSize()) {
                // A full batch went out: more may be due, go on without waiting for the next tick.
                // After any failure the tick ends, so a dead server is not hammered.
            }
        } catch (RuntimeException e) {
            // The database being away is no reason to stop for good: the next tick tries again.
            LOG.warn("Onboarding email dispatch failed; retrying at the next tick", e);
        } catch (Error e) {
            // Past saving: the loop ends here and the "mail" health check turns unhealthy.
            LOG.error("Onboarding email dispatcher stopped", e);
            throw e;
        }
    }

    /** Claims one batch of due emails and tries each once; returns how many were sent. */
    public int dispatchOnce() {
        long claimedAt = System.nanoTime();
        List<Long> ids = jdbi.inTransaction(h -> {
            DispatchDao dao = h.attach(DispatchDao.class);
            List<Long> due = dao.lockDue(settings.batchSize());
            if (!due.isEmpty()) {
                dao.lease(due, settings.lease().toSeconds());
            }
            return due;
        });
        if (ids.isEmpty()) {
            return 0;
        }
        int sent = 0;
        DispatchDao dao = jdbi.onDemand(DispatchDao.class);
        Map<Long, OnboardingTemplate> templates = new HashMap<>();
        List<DueEmail> emails = dao.read(ids);
        for (int i = 0; i < emails.size(); i++) {
            if (Duration.ofNanos(System.nanoTime() - claimedAt).compareTo(settings.lease().dividedBy(2)) > 0) {
                // A slow server ate half the lease: give the rest back before another instance
                // could take them while we still hold them.
                dao.release(emails.subList(i, emails.size()).stream().map(DueEmail::id).toList());
                break;
            }
            DueEmail email = emails.get(i);
            sent += send(dao, email, templates.computeIfAbsent(email.communityId(), this::template)) ? 1 : 0;
        }
        return sent;
    }

    private boolean send(DispatchDao dao, DueEmail email, OnboardingTemplate template) {
        try {
            sender.send(renderer.render(email, template));
        } catch (Exception e) {
            long wait = Backoff.seconds(email.attempts() + 1);
            LOG.info("Onboarding email {} not sent (attempt {}), next try in {}s: {}",
                    email.id(), email.attempts() + 1, wait, e.toString());
            dao.markFailed(email.id(), describe(e), wait);
            return false;
        }
        markSent(dao, email.id());
        return true;
    }

    /**
     * Tried a few times, as a database blip here is the one way to send an email twice. If it
     * still fails, the batch stops: only this email is sent again (when its lease runs out).
     */
    private static void markSent(DispatchDao dao, long id) {
        for (int attempt = 1; ; attempt++) {
            try {
                dao.markSent(id);
                return;
            } catch (RuntimeException e) {
                if (attempt == 3) {
                    throw e;
                }
                LOG.warn("Could not mark onboarding email {} sent (try {}); retrying", id, attempt, e);
                try {
                    Thread.sleep(200L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private OnboardingTemplate template(long communityId) {
        return jdbi.withExtension(TemplateDao.class, t -> t.find(communityId)).orElse(renderer.defaults());
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + ": " + e.getMessage();
        return text.length() > 2000 ? text.substring(0, 2000) : text;
    }
}
