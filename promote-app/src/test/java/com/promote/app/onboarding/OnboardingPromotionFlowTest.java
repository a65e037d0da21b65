package com.promote.app.onboarding;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Onboarding emails as a promotion sends them, end to end: upload with "send onboarding
 * emails", the runner writes the outbox with each row, the dispatcher sends over real SMTP.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnboardingPromotionFlowTest {
    private final SmtpServer smtp = new SmtpServer().start();
    private TestDatabase db;
    private PromoteTestApp app;
    private ApiClient api;

    @BeforeAll
    void start() {
        db = TestDatabase.create(TestDatabase.Kind.H2);
        app = PromoteTestApp.start(db, List.of(), ConfigOverride.config("smtp.host", "127.0.0.1"),
                ConfigOverride.config("smtp.port", String.valueOf(smtp.port())));
        api = app.client();
    }

    @AfterAll
    void stop() {
        app.close();
        db.close();
        smtp.close();
    }

    private long receivedBy(String email) {
        return smtp.received().stream().map(ReceivedMail::of).filter(m -> m.to().equals(email)).count();
    }

    private JsonNode promote(long c, String csv, boolean emails) {
        var r = api.upload("/api/communities/" + c + "/promotions", "people.csv", csv.getBytes(StandardCharsets.UTF_8),
                Map.of("sendOnboardingEmails", String.valueOf(emails)));
        assertThat(r.status()).as("%s", r).isEqualTo(202);
        return api.awaitFinished(c, r.json().get("id").asLong());
    }

    @Test
    void promotedRowsAreEmailedOnceFailedRowsAndUnaskedPromotionsNever() throws Exception {
        long c = api.createCommunity("Onboarding flow");
        for (String email : List.of("ada@hive.test", "bob@hive.test", "cy@hive.test")) {
            idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead", "email", email,
                    "firstName", email.substring(0, 3))));
        }

        JsonNode asked = promote(c, "email,Room Permissions\nada@hive.test,\nbob@hive.test,\nnobody@hive.test,\n"
                + "cy@hive.test,No Such Group\n", true);
        assertThat(asked.get("promoted").asInt()).isEqualTo(2);

        ReceivedMail.await(Duration.ofSeconds(20), () -> receivedBy("ada@hive.test") == 1
                && receivedBy("bob@hive.test") == 1);
        long ada = asked.get("rows").get(0).get("memberId").asLong();
        // The server has the mail a moment before the dispatcher records it as sent.
        ReceivedMail.await(Duration.ofSeconds(10), () -> api.get("/api/communities/" + c + "/members/" + ada).json()
                .get("onboardingEmailStatus").asText().equals("sent"));
        JsonNode member = api.get("/api/communities/" + c + "/members/" + ada).json();
        assertThat(member.get("onboardingEmailStatus").asText()).isEqualTo("sent");
        assertThat(member.get("onboardingEmailSentAt").isNull()).isFalse();

        JsonNode unasked = promote(c, "email\ncy@hive.test\n", false);
        assertThat(unasked.get("promoted").asInt()).isEqualTo(1);
        long cy = unasked.get("rows").get(0).get("memberId").asLong();
        Thread.sleep(2_500); // longer than a dispatcher tick (2 s); status "none" below means nothing was queued at all
        assertThat(receivedBy("cy@hive.test")).as("not asked, not sent").isZero();
        assertThat(receivedBy("nobody@hive.test")).isZero();
        assertThat(api.get("/api/communities/" + c + "/members/" + cy).json().get("onboardingEmailStatus").asText())
                .isEqualTo("none");
        assertThat(receivedBy("ada@hive.test")).as("never twice").isEqualTo(1);
        assertThat(smtp.received()).hasSize(2);
    }
}
