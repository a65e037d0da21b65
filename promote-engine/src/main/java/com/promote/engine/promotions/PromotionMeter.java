package com.promote.engine.promotions;

/**
 * What the runner reports as it works, for the app's metrics (the engine knows no metrics
 * library). Called from worker threads; an implementation must be thread-safe and quick.
 */
public interface PromotionMeter {
    PromotionMeter NONE = new PromotionMeter() { };

    /** A batch committed with these results (previews count too, as would-promote). */
    default void rows(int promoted, int failed, int skipped) {
    }

    /** Time spent writing one batch inside its transaction, before the commit. */
    default void batchApplied(long nanos) {
    }

    /** Time the commit of one batch took. */
    default void batchCommitted(long nanos) {
    }
}
