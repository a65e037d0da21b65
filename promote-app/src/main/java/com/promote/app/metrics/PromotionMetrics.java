package com.promote.app.metrics;

import com.codahale.metrics.Meter;
import com.codahale.metrics.MetricRegistry;
import com.codahale.metrics.Timer;
import com.promote.engine.promotions.PromotionMeter;
import java.util.concurrent.TimeUnit;

/**
 * The runner's work as Dropwizard metrics: rows promoted, failed and skipped (meters, so their
 * one-minute rate is rows per second), and how long a batch takes to write and to commit.
 */
public final class PromotionMetrics implements PromotionMeter {
    private final Meter promoted;
    private final Meter failed;
    private final Meter skipped;
    private final Timer apply;
    private final Timer commit;

    public PromotionMetrics(MetricRegistry registry) {
        promoted = registry.meter("promote.rows.promoted");
        failed = registry.meter("promote.rows.failed");
        skipped = registry.meter("promote.rows.skipped");
        apply = registry.timer("promote.batch.apply");
        commit = registry.timer("promote.batch.commit");
    }

    @Override
    public void rows(int promotedRows, int failedRows, int skippedRows) {
        promoted.mark(promotedRows);
        failed.mark(failedRows);
        skipped.mark(skippedRows);
    }

    @Override
    public void batchApplied(long nanos) {
        apply.update(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void batchCommitted(long nanos) {
        commit.update(nanos, TimeUnit.NANOSECONDS);
    }
}
