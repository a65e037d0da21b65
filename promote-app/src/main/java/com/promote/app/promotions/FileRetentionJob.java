package com.promote.app.promotions;

import com.promote.engine.retention.FileRetention;
import io.dropwizard.lifecycle.Managed;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sweeps uploaded files past their retention shortly after start and then every few minutes.
 * Every instance runs it; the sweep itself makes that safe (see {@link FileRetention}).
 */
public final class FileRetentionJob implements Managed {
    private static final Logger LOG = LoggerFactory.getLogger(FileRetentionJob.class);
    static final Duration FIRST = Duration.ofSeconds(2);
    static final Duration EVERY = Duration.ofMinutes(10);

    private final FileRetention retention;
    private ScheduledExecutorService timer;

    public FileRetentionJob(FileRetention retention) {
        this.retention = retention;
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "file-retention");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::sweep, FIRST.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void sweep() {
        try {
            retention.sweep();
        } catch (RuntimeException e) {
            // A scheduled task that throws is cancelled for good: log, and try again next time.
            LOG.warn("File retention could not run; it tries again in {}", EVERY, e);
        }
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
