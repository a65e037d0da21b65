package com.promote.app.metrics;

import com.codahale.metrics.CachedGauge;
import com.codahale.metrics.Gauge;
import com.codahale.metrics.MetricRegistry;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;

/** Queue gauges; one database read serves all of them for a couple of seconds. */
public final class QueueMetrics {
    private QueueMetrics() {
    }

    public static void register(MetricRegistry registry, QueueState state) {
        CachedGauge<QueueState.Snapshot> snapshot = new CachedGauge<>(2, TimeUnit.SECONDS) {
            @Override
            protected QueueState.Snapshot loadValue() {
                return state.read();
            }
        };
        gauge(registry, "promote.queue.depth", snapshot, s -> s.promotionsQueued() + s.promotionsRunning());
        gauge(registry, "promote.queue.queued", snapshot, QueueState.Snapshot::promotionsQueued);
        gauge(registry, "promote.queue.running", snapshot, QueueState.Snapshot::promotionsRunning);
        gauge(registry, "promote.queue.oldest-queued-seconds", snapshot, QueueState.Snapshot::oldestQueuedSeconds);
        gauge(registry, "promote.outbox.depth", snapshot, QueueState.Snapshot::emailsWaiting);
        gauge(registry, "promote.outbox.oldest-waiting-seconds", snapshot, QueueState.Snapshot::oldestEmailSeconds);
    }

    private static void gauge(MetricRegistry registry, String name, CachedGauge<QueueState.Snapshot> snapshot,
                              ToLongFunction<QueueState.Snapshot> value) {
        registry.register(name, (Gauge<Long>) () -> value.applyAsLong(snapshot.getValue()));
    }
}
