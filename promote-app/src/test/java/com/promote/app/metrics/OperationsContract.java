package com.promote.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.AppContract;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/** What an operator watches on the admin port: metrics (JSON and Prometheus) and the queue's health. */
public abstract class OperationsContract extends AppContract {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int ROWS = 6_000;

    private String admin(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.adminPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private JsonNode metrics() throws Exception {
        return ApiClient.JSON.readTree(admin("/metrics"));
    }

    @Test
    void metricsArePresentAndMoveWhileAPromotionRuns() throws Exception {
        long c = api.createCommunity("Metrics " + System.nanoTime());
        app.services().jdbi().useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email,"
                    + " email_key, created_at) VALUES (:c, 'lead', 'P', 'Doe', :e, :e, CURRENT_TIMESTAMP(3))");
            for (int i = 1; i <= ROWS; i++) {
                batch.bind("c", c).bind("e", "m" + i + "@x.org").add();
            }
            batch.execute();
        });
        StringBuilder csv = new StringBuilder("email\n");
        for (int i = 1; i <= ROWS; i++) {
            csv.append("m").append(i).append("@x.org\n");
        }
        csv.append("nobody@x.org\n,\n");
        JsonNode before = metrics();
        long promotedBefore = before.get("meters").get("promote.rows.promoted").get("count").asLong();
        long failedBefore = before.get("meters").get("promote.rows.failed").get("count").asLong();
        long skippedBefore = before.get("meters").get("promote.rows.skipped").get("count").asLong();
        long applyBefore = before.get("timers").get("promote.batch.apply").get("count").asLong();
        // The queue gauges read the database at most every 2 s (QueueMetrics); let the snapshot the
        // read above cached expire, so the first read while the promotion runs is a fresh one.
        Thread.sleep(2_100);

        var upload = api.upload("/api/communities/" + c + "/promotions", "big.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
        long p = upload.json().get("id").asLong();
        List<Long> seen = new ArrayList<>();
        long maxDepth = 0;
        String status = "queued";
        while (!status.equals("succeeded") && !status.equals("failed")) {
            JsonNode m = metrics();
            seen.add(m.get("meters").get("promote.rows.promoted").get("count").asLong() - promotedBefore);
            maxDepth = Math.max(maxDepth, m.get("gauges").get("promote.queue.depth").get("value").asLong());
            status = api.get("/api/communities/" + c + "/promotions/" + p + "?rowsFrom=" + (ROWS + 10)).json()
                    .get("status").asText();
        }
        assertThat(status).isEqualTo("succeeded");
        JsonNode after = metrics();
        assertThat(after.get("meters").get("promote.rows.promoted").get("count").asLong() - promotedBefore).isEqualTo(ROWS);
        assertThat(after.get("meters").get("promote.rows.failed").get("count").asLong() - failedBefore).isEqualTo(1);
        assertThat(after.get("meters").get("promote.rows.skipped").get("count").asLong() - skippedBefore).isEqualTo(1);
        // A meter's one-minute rate moves only on its 5-second tick; a fast promotion can finish before it.
        assertThat(after.get("meters").get("promote.rows.promoted").get("mean_rate").asDouble()).isPositive();
        assertThat(after.get("timers").get("promote.batch.apply").get("count").asLong() - applyBefore)
                .isGreaterThanOrEqualTo(ROWS / com.promote.engine.promotions.PromotionRunner.Settings.defaults().batchSize());
        assertThat(after.get("timers").get("promote.batch.commit").get("count").asLong()).isPositive();
        // Seen moving: counts strictly between none and all while it ran, and the queue not empty.
        assertThat(seen).anySatisfy(v -> assertThat(v).isStrictlyBetween(0L, (long) ROWS));
        assertThat(maxDepth).isPositive();
        for (String gauge : List.of("promote.queue.depth", "promote.queue.oldest-queued-seconds", "promote.outbox.depth",
                "promote.outbox.oldest-waiting-seconds")) {
            assertThat(after.get("gauges").has(gauge)).as(gauge).isTrue();
        }

        String prometheus = admin("/prometheus");
        assertThat(prometheus).contains("# TYPE promote_rows_promoted_total counter")
                .containsPattern("(?m)^promote_rows_promoted_total [1-9]")
                .contains("promote_batch_apply").contains("promote_queue_depth").contains("promote_outbox_depth");
    }

    @Test
    void theQueueHealthCheckFailsOnAPromotionThatDoesNotMove() throws Exception {
        long c = api.createCommunity("Stuck " + System.nanoTime());
        JsonNode healthy = ApiClient.JSON.readTree(admin("/healthcheck")).get("promotion-queue");
        assertThat(healthy.get("healthy").asBoolean()).as(healthy.toString()).isTrue();
        // A running promotion whose runner keeps its claim alive (heartbeat far ahead) but whose
        // last batch committed three minutes ago: a runner stuck inside a batch.
        long p = app.services().jdbi().withHandle(h -> h.createUpdate("INSERT INTO promotions (community_id, admin_id,"
                        + " file_name, file_size, status, dry_run, send_onboarding_emails, upload_date, total_rows,"
                        + " processed_rows, promoted, would_promote, failed, skipped, claimed_by, heartbeat_at, created_at,"
                        + " started_at, progressed_at) VALUES (:c, 1, 'stuck.csv', 10, 'running', FALSE, FALSE, '2026-05-15',"
                        + " 10, 5, 5, 0, 0, 0, 'elsewhere', TIMESTAMPADD(DAY, 1, CURRENT_TIMESTAMP(3)), CURRENT_TIMESTAMP(3),"
                        + " TIMESTAMPADD(MINUTE, -4, CURRENT_TIMESTAMP(3)), TIMESTAMPADD(MINUTE, -3, CURRENT_TIMESTAMP(3)))")
                .bind("c", c).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        try {
            JsonNode stuck = ApiClient.JSON.readTree(admin("/healthcheck")).get("promotion-queue");
            assertThat(stuck.get("healthy").asBoolean()).isFalse();
            assertThat(stuck.get("message").asText()).contains("promotion " + p).contains("committed no row");
        } finally {
            app.services().jdbi().useHandle(h -> h.createUpdate("UPDATE promotions SET status = 'failed', claimed_by = NULL"
                    + " WHERE id = :p").bind("p", p).execute());
        }
        assertThat(ApiClient.JSON.readTree(admin("/healthcheck")).get("promotion-queue").get("healthy").asBoolean())
                .isTrue();
    }
}
