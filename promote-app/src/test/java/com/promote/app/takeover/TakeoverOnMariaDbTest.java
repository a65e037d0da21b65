package com.promote.app.takeover;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.testing.ApiClient;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.Test;

/**
 * Two real app processes on one MariaDB; the one running a promotion is killed with SIGKILL
 * mid-way. The other must take the promotion over within 10 s and finish it with every row
 * done exactly once.
 */
class TakeoverOnMariaDbTest {
    private static final int ROWS = 40_000;

    @Test
    void aKilledInstancesPromotionIsTakenOverWithinTenSecondsWithEveryRowOnce() throws Exception {
        // One after the other: two instances creating a brand-new schema at the same moment race in
        // Liquibase's own bookkeeping tables; once migrated, any number start together.
        try (TestDatabase db = TestDatabase.mariaDb();
             AppProcess a = AppProcess.start(db, "a").awaitUp(Duration.ofSeconds(180));
             AppProcess b = AppProcess.start(db, "b").awaitUp(Duration.ofSeconds(180))) {
            Jdbi jdbi = Jdbi.create(db.url(), db.user(), db.password());
            ApiClient api = client(a.base());
            long c = api.createCommunity("Takeover");
            jdbi.useHandle(h -> {
                PreparedBatch batch = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name,"
                        + " email, email_key, created_at) VALUES (:c, 'lead', 'P', 'Doe', :e, :e, CURRENT_TIMESTAMP(3))");
                for (int i = 1; i <= ROWS; i++) {
                    batch.bind("c", c).bind("e", "t" + i + "@x.org").add();
                    if (batch.size() == 2_000) {
                        batch.execute();
                    }
                }
                if (batch.size() > 0) {
                    batch.execute();
                }
            });
            StringBuilder csv = new StringBuilder("email,Key Fob\n");
            for (int i = 1; i <= ROWS; i++) {
                csv.append('t').append(i).append("@x.org,K").append(i).append('\n');
            }
            var upload = api.upload("/api/communities/" + c + "/promotions", "big.csv",
                    csv.toString().getBytes(StandardCharsets.UTF_8), Map.of());
            assertThat(upload.status()).as(upload.toString()).isEqualTo(202);
            long p = upload.json().get("id").asLong();

            // Wait until some batches are in, then kill whichever instance holds it.
            String runner = null;
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                Map<String, Object> state = state(jdbi, p);
                if (state.get("claimed_by") != null && ((Number) state.get("processed_rows")).intValue() >= 1_000) {
                    runner = (String) state.get("claimed_by");
                    break;
                }
                Thread.sleep(20);
            }
            assertThat(runner).as("a runner claimed the promotion and made progress").isNotNull();
            AppProcess holder = a.health().contains(runner) ? a : b;
            AppProcess survivor = holder == a ? b : a;
            assertThat(holder.health()).contains(runner);
            holder.kill();
            long killedAt = System.nanoTime();
            int atKill = ((Number) state(jdbi, p).get("processed_rows")).intValue();
            assertThat(atKill).isLessThan(ROWS);

            // Taken over: another runner claims it (then commits its next batch).
            double claimedAfter = -1;
            double progressAfter = -1;
            deadline = killedAt + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && progressAfter < 0) {
                Map<String, Object> state = state(jdbi, p);
                Object owner = state.get("claimed_by");
                int processed = ((Number) state.get("processed_rows")).intValue();
                double now = (System.nanoTime() - killedAt) / 1e9;
                boolean finished = "succeeded".equals(state.get("status"));
                if (claimedAfter < 0 && ((owner != null && !owner.equals(runner)) || finished)) {
                    claimedAfter = now;
                }
                if (claimedAfter >= 0 && (processed > atKill || finished)) {
                    progressAfter = now;
                }
                Thread.sleep(50);
            }
            System.out.printf("Takeover after kill -9: claimed by another instance after %.2f s, its first batch"
                    + " committed after %.2f s (rows done at the kill: %,d of %,d)%n", claimedAfter, progressAfter, atKill, ROWS);
            assertThat(claimedAfter).as("seconds from the kill until another instance holds the promotion")
                    .isBetween(0.0, 10.0);
            assertThat(progressAfter).as("the new holder goes on").isPositive();

            var done = client(survivor.base()).awaitFinished(c, p);
            assertThat(done.get("status").asText()).isEqualTo("succeeded");
            assertThat(done.get("processedRows").asInt()).isEqualTo(ROWS);
            assertThat(done.get("promoted").asInt()).isEqualTo(ROWS);
            assertThat(done.get("failed").asInt()).isZero();
            jdbi.useHandle(h -> {
                assertThat(h.createQuery("SELECT COUNT(*) FROM promotion_rows WHERE promotion_id = :p").bind("p", p)
                        .mapTo(Integer.class).one()).isEqualTo(ROWS);
                assertThat(h.createQuery("SELECT COUNT(DISTINCT row_no) FROM promotion_rows WHERE promotion_id = :p"
                        + " AND result = 'promoted'").bind("p", p).mapTo(Integer.class).one()).isEqualTo(ROWS);
                assertThat(h.createQuery("SELECT COUNT(*) FROM members WHERE community_id = :c").bind("c", c)
                        .mapTo(Integer.class).one()).isEqualTo(ROWS);
                assertThat(h.createQuery("SELECT COUNT(*) FROM member_custom_fields f JOIN members m ON m.id = f.member_id"
                        + " WHERE m.community_id = :c").bind("c", c).mapTo(Integer.class).one()).isEqualTo(ROWS);
                assertThat(h.createQuery("SELECT COUNT(*) FROM people WHERE community_id = :c AND archived_at IS NULL")
                        .bind("c", c).mapTo(Integer.class).one()).isZero();
            });
        }
    }

    private static Map<String, Object> state(Jdbi jdbi, long p) {
        return jdbi.withHandle(h -> h.createQuery("SELECT status, claimed_by, processed_rows FROM promotions WHERE id = :p")
                .bind("p", p).mapToMap().one());
    }

    private static ApiClient client(URI base) {
        return ApiClient.at(base, PromoteTestApp.ADMIN, PromoteTestApp.PASSWORD);
    }
}
