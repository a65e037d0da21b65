package com.promote.app.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.concurrent.ExecutorService;

/**
 * Reads the app's own metrics once a second while readers run: how many connections were in use
 * and how many requests waited for one, and what the server itself measured per request, so a
 * slow answer can be told apart from a slow load generator.
 */
final class PoolSampler {
    private final LoadHttp http;
    private final String adminUrl;
    private long maxActive;
    private long maxWaiting;
    private int samples;
    private JsonNode last;

    PoolSampler(LoadHttp http, String adminUrl) {
        this.http = http;
        this.adminUrl = adminUrl;
    }

    void sampleUntil(ExecutorService readers) {
        while (!readers.isTerminated()) {
            LoadHttp.Answer m = http.getAbsolute(adminUrl + "/metrics");
            if (m.status() == 200) {
                JsonNode gauges = m.json().get("gauges");
                maxActive = Math.max(maxActive, value(gauges, "io.dropwizard.db.ManagedPooledDataSource.db.active"));
                maxWaiting = Math.max(maxWaiting, value(gauges, "io.dropwizard.db.ManagedPooledDataSource.db.waiting"));
                samples++;
                last = m.json();
            }
            try {
                Thread.sleep(1_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void report() {
        if (samples == 0) {
            System.out.println("(no samples of the app's metrics from " + adminUrl + ")");
            return;
        }
        System.out.printf("App side (%d samples): connections in use at most %d, requests waiting for one at most %d%n",
                samples, maxActive, maxWaiting);
        JsonNode requests = last.get("timers").get("io.dropwizard.jetty.MutableServletContextHandler.get-requests");
        JsonNode apply = last.get("timers").get("promote.batch.apply");
        if (requests != null) {
            System.out.printf("  GET requests as the server timed them (recent): p50 %.0f ms, p99 %.0f ms%n",
                    requests.get("p50").asDouble() * 1000, requests.get("p99").asDouble() * 1000);
        }
        if (apply != null) {
            System.out.printf("  promotion batches: apply p50 %.0f ms, p99 %.0f ms%n",
                    apply.get("p50").asDouble() * 1000, apply.get("p99").asDouble() * 1000);
        }
    }

    private static long value(JsonNode gauges, String name) {
        JsonNode g = gauges == null ? null : gauges.get(name);
        return g == null ? 0 : g.get("value").asLong();
    }
}
