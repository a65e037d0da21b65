package com.promote.app.bench;

import java.lang.management.ManagementFactory;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Reads a promotion's processed rows from another thread while the bench runs it, as the page
 * would: how long after the upload was accepted the first rows showed, the longest time they
 * stood still, and every ten seconds the rows done and the heap in use (heap over the run),
 * printed as they come so a long run shows them before it ends.
 */
final class ProgressWatch implements AutoCloseable {
    private static final long POLL_MS = 50;

    private final IntSupplier processedRows;
    private final long acceptedAt;
    private final ScheduledExecutorService timer;
    private long firstAt = -1;
    private long lastChangeAt;
    private long longestStill;
    private int lastRows;
    private long nextSampleAt;
    private long peakUsed;

    ProgressWatch(IntSupplier processedRows, long acceptedAt) {
        this.processedRows = processedRows;
        this.acceptedAt = acceptedAt;
        this.lastChangeAt = acceptedAt;
        this.nextSampleAt = acceptedAt;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::poll, 0, POLL_MS, TimeUnit.MILLISECONDS);
    }

    private synchronized void poll() {
        long now = System.nanoTime();
        int rows;
        try {
            rows = processedRows.getAsInt();
        } catch (RuntimeException e) {
            return;
        }
        if (rows != lastRows) {
            if (firstAt < 0) {
                firstAt = now;
                System.out.printf("First progress: %,d rows, %,d ms after the upload was accepted%n", rows,
                        (now - acceptedAt) / 1_000_000);
            }
            longestStill = Math.max(longestStill, now - lastChangeAt);
            lastChangeAt = now;
            lastRows = rows;
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        peakUsed = Math.max(peakUsed, used);
        if (now >= nextSampleAt) {
            System.out.printf("  progress %4ds %,9d rows %4d MiB heap in use%n", (now - acceptedAt) / 1_000_000_000L,
                    rows, used / (1024 * 1024));
            nextSampleAt += 10_000_000_000L;
        }
    }

    @Override
    public void close() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(5, TimeUnit.SECONDS);
    }

    /** The run's summary; the first progress and the samples were printed as they came. */
    synchronized String report() {
        return String.format("Longest time without progress: %,d ms; heap in use at most (read every 50 ms): %,d MiB",
                longestStill / 1_000_000, peakUsed / (1024 * 1024));
    }
}
