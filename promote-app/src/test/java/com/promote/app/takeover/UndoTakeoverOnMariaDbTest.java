package com.promote.app.takeover;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * Two real app processes on one MariaDB; the one running an undo is killed with SIGKILL mid-way
 * (as {@link TakeoverOnMariaDbTest} does to a promotion). The other takes the undo over within
 * 10 s and finishes it: every member restored exactly once (the counts committed with each batch
 * add up to the members, no more), the CRM exactly as before the promotion.
 */
class UndoTakeoverOnMariaDbTest {
    private static final int ROWS = 20_000;

    @Test
    void aKilledInstancesUndoIsTakenOverAndEveryMemberIsRestoredOnce() throws Exception {
        try (TestDatabase db = TestDatabase.mariaDb();
             AppProcess a = AppProcess.start(db, "a").awaitUp(Duration.ofSeconds(180));
             AppProcess b = AppProcess.start(db, "b").awaitUp(Duration.ofSeconds(180))) {
            Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
            ApiClient api = client(a.base());
            long c = api.createCommunity("Undo takeover");
            jdbi.useHandle(h -> {
                PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name,"
                        + " email, email_key, phone, follow_up_date, created_at) VALUES (:c, 'lead', 'P', :n, :e, :e,"
                        + " '555', DATE '2026-07-01', TIMESTAMP '2026-01-02 03:04:05.678')");
                for (int i = 1; i <= ROWS; i++) {
                    batch.bind("c", c).bind("n", "N" + i).bind("e", "u" + i + "@x.org").add();
                    if (batch.size() == 2_000) {
                        batch.execute();
                    }
                }
                if (batch.size() > 0) {
                    batch.execute();
                }
            });
            List<Map<String, Object>> before = crm(jdbi, c);
            StringBuilder csv = new StringBuilder("email,company_name,Key Fob\n");
            for (int i = 1; i <= ROWS; i++) {
                csv.append('u').append(i).append("@x.org,Team ").append(i / 4).append(",K").append(i).append('\n');
            }
            var upload = api.upload("/api/communities/" + c + "/promotions", "big.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
            long p = upload.json().get("id").asLong();
            JsonNode promoted = awaitPromoted(api, c, p);
            assertThat(promoted.get("promoted").asInt()).isEqualTo(ROWS);

            var asked = api.post("/api/communities/" + c + "/promotions/" + p + "/undo", Map.of());
            assertThat(asked.status()).as(asked.toString()).isEqualTo(202);

            // Wait until some batches are in, then kill whichever instance holds the undo.
            String runner = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> state = state(jdbi, p);
                if (state.get("claimed_by") != null && ((Number) state.get("processed_members")).intValue() >= 1_000) {
                    runner = (String) state.get("claimed_by");
                    break;
                }
                Thread.sleep(10);
            }
            assertThat(runner).as("a runner claimed the undo and made progress").isNotNull();
            AppProcess holder = a.health().contains(runner) ? a : b;
            AppProcess survivor = holder == a ? b : a;
            holder.kill();
            long killedAt = System.nanoTime();
            int atKill = ((Number) state(jdbi, p).get("processed_members")).intValue();
            assertThat(atKill).as("killed mid-way").isLessThan(ROWS);

            double claimedAfter = -1;
            deadline = killedAt + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && claimedAfter < 0) {
                Map<String, Object> state = state(jdbi, p);
                Object owner = state.get("claimed_by");
                if ((owner != null && !owner.equals(runner)) || "succeeded".equals(state.get("status"))) {
                    claimedAfter = (System.nanoTime() - killedAt) / 1e9;
                }
                Thread.sleep(50);
            }
            System.out.printf("Undo takeover after kill -9: claimed by another instance after %.2f s"
                    + " (members done at the kill: %,d of %,d)%n", claimedAfter, atKill, ROWS);
            assertThat(claimedAfter).as("seconds from the kill until another instance holds the undo")
                    .isBetween(0.0, 10.0);

            ApiClient other = client(survivor.base());
            JsonNode undo = null;
            deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (System.nanoTime() < deadline) {
                undo = other.get("/api/communities/" + c + "/promotions/" + p + "?rowsFrom=999999").json().get("undo");
                if (!List.of("queued", "running").contains(undo.get("status").asText())) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(undo.get("status").asText()).isEqualTo("succeeded");
            assertThat(undo.get("totalMembers").asInt()).isEqualTo(ROWS);
            assertThat(undo.get("processedMembers").asInt()).as("no batch counted twice").isEqualTo(ROWS);
            assertThat(undo.get("restored").asInt()).as("no member restored twice, none forgotten").isEqualTo(ROWS);
            assertThat(undo.get("teamsRemoved").size()).isEqualTo(ROWS / 4 + 1);
            assertThat(crm(jdbi, c)).as("the CRM exactly as before").isEqualTo(before);
            jdbi.useHandle(h -> {
                assertThat(h.createQuery("SELECT COUNT(*) FROM members WHERE community_id = :c").bind("c", c)
                        .mapTo(Integer.class).one()).isZero();
                assertThat(h.createQuery("SELECT COUNT(*) FROM teams WHERE community_id = :c").bind("c", c)
                        .mapTo(Integer.class).one()).isZero();
                assertThat(h.createQuery("SELECT COUNT(*) FROM promotion_undo_teams WHERE promotion_id = :p").bind("p", p)
                        .mapTo(Integer.class).one()).isEqualTo(ROWS / 4 + 1);
            });
        }
    }

    private static JsonNode awaitPromoted(ApiClient api, long c, long p) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(300).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode v = api.get("/api/communities/" + c + "/promotions/" + p + "?rowsFrom=999999").json();
            if (List.of("succeeded", "failed").contains(v.get("status").asText())) {
                return v;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("promotion " + p + " did not finish within 5 minutes");
    }

    private static List<Map<String, Object>> crm(Jdbi jdbi, long c) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM people WHERE community_id = :c ORDER BY id")
                .bind("c", c).mapToMap().list());
    }

    private static Map<String, Object> state(Jdbi jdbi, long p) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status, claimed_by, processed_members FROM promotion_undos"
                        + " WHERE promotion_id = :p").bind("p", p).mapToMap().findOne().orElse(Map.of("processed_members", 0)));
    }

    private static ApiClient client(URI base) {
        return ApiClient.at(base, PromoteTestApp.ADMIN, PromoteTestApp.PASSWORD);
    }
}
