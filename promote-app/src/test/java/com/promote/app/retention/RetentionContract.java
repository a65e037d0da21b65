package com.promote.app.retention;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase.Kind;
import com.promote.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * File retention with the clock moved: the app is restarted on the same database with a later
 * pinned date, as a demo or an operator would see days pass. Before the window the stored file
 * stays; after it the file and the cells repeated in row reports are gone, and what is kept
 * (row, email, result, message) still downloads, with a note.
 */
public abstract class RetentionContract {
    protected abstract Kind kind();

    private static final String FILE = "email,first_name,Key Fob\nada@x.org,Ada,F-100\nghost@x.org,,F-200\n";

    @Test
    void aPromotionsFileIsKeptThroughItsWindowAndDeletedAfter() throws Exception {
        try (TestDatabase db = TestDatabase.create(kind())) {
            long c;
            long p;
            try (PromoteTestApp app = PromoteTestApp.startOn(db, "2026-05-15")) {
                ApiClient api = app.client();
                c = api.createCommunity("Retention");
                ApiClient.idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead",
                        "firstName", "Ada", "lastName", "Lovelace", "email", "ada@x.org")));
                JsonNode done = api.promote(c, FILE, false);
                p = done.get("id").asLong();
                assertThat(done.get("fileRemovedAt").isNull()).isTrue();
                ApiResponse file = api.get("/api/communities/" + c + "/promotions/" + p + "/file");
                assertThat(file.status()).isEqualTo(200);
                assertThat(file.body()).isEqualTo(FILE);
                assertThat(file.header("Content-Disposition")).contains("people.csv");
                assertThat(api.get("/api/communities/" + c + "/promotions/" + p + "/results.csv").body())
                        .startsWith("email,first_name,\"Key Fob\",result,message\nada@x.org,Ada,F-100,promoted,");
            }

            // 29 days later (default retention: 30 days): the sweep at start leaves it alone.
            try (PromoteTestApp app = PromoteTestApp.startOn(db, "2026-06-13")) {
                Thread.sleep(4_000);
                ApiClient api = app.client();
                assertThat(api.get("/api/communities/" + c + "/promotions/" + p + "/file").status()).isEqualTo(200);
                assertThat(chunks(db, p)).isPositive();
            }

            // 31 days later: gone, and said so everywhere.
            try (PromoteTestApp app = PromoteTestApp.startOn(db, "2026-06-15")) {
                ApiClient api = app.client();
                ApiResponse gone = awaitGone(api, "/api/communities/" + c + "/promotions/" + p + "/file");
                assertThat(gone.json().get("code").asInt()).isEqualTo(410);
                assertThat(gone.json().get("message").asText()).contains("was deleted on 2026-06-15");
                assertThat(chunks(db, p)).isZero();

                JsonNode view = api.get("/api/communities/" + c + "/promotions/" + p).json();
                assertThat(view.get("fileRemovedAt").asText()).startsWith("2026-06-15");
                assertThat(view.get("promoted").asInt()).isEqualTo(1);
                JsonNode ada = view.get("rows").get(0);
                assertThat(ada.get("row").asInt()).isEqualTo(1);
                assertThat(ada.get("email").asText()).isEqualTo("ada@x.org");
                assertThat(ada.get("result").asText()).isEqualTo("promoted");
                assertThat(ada.has("customFields")).as("cells from the file are gone").isFalse();
                JsonNode ghost = view.get("rows").get(1);
                assertThat(ghost.get("messages").get(0).asText()).contains("no lead or contact has this email");

                String results = api.get("/api/communities/" + c + "/promotions/" + p + "/results.csv").body();
                assertThat(results.lines().toList()).hasSize(4);
                assertThat(results.lines().toList().get(0)).isEqualTo("row,email,result,message");
                assertThat(results.lines().toList().get(1)).startsWith(",,note,\"The file's other columns were deleted on 2026-06-15");
                assertThat(results.lines().toList().get(2)).isEqualTo("1,ada@x.org,promoted,");
                assertThat(results.lines().toList().get(3)).startsWith("2,ghost@x.org,failed,\"no lead or contact")
                        .doesNotContain("F-200");
                assertThat(results).doesNotContain("F-100").doesNotContain("Key Fob");
                // The member the promotion made is untouched: retention removes the upload, not its work.
                assertThat(api.get("/api/communities/" + c + "/members").json().get(0).get("customFields")
                        .get("Key Fob").asText()).isEqualTo("F-100");
            }
        }
    }

    private static ApiResponse awaitGone(ApiClient api, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        ApiResponse r = api.get(path);
        while (r.status() != 410 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            r = api.get(path);
        }
        assertThat(r.status()).as(r.toString()).isEqualTo(410);
        return r;
    }

    private static int chunks(TestDatabase db, long promotion) {
        return org.jdbi.v3.core.Jdbi.create(db.url(), db.user(), db.password()).withHandle(h -> h.createQuery(
                "SELECT COUNT(*) FROM promotion_file_chunks WHERE promotion_id = :p").bind("p", promotion)
                .mapTo(Integer.class).one());
    }
}
