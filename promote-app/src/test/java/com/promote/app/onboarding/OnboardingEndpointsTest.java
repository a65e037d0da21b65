package com.promote.app.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteApplication;
import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The whole app, on H2, with its dispatcher sending to GreenMail. */
@ExtendWith(DropwizardExtensionsSupport.class)
class OnboardingEndpointsTest {
    private static final String ADMIN = "first-admin";
    private static final String PASSWORD = "a-long-enough-password";
    private static final SmtpServer SMTP = new SmtpServer().start();

    private static final DropwizardAppExtension<PromoteConfiguration> APP = new DropwizardAppExtension<>(
            PromoteApplication.class, Path.of("..", "config.yml").toAbsolutePath().toString(),
            ConfigOverride.config("database.url", "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1"),
            ConfigOverride.config("database.user", "sa"),
            ConfigOverride.config("server.applicationConnectors[0].port", "0"),
            ConfigOverride.config("server.adminConnectors[0].port", "0"),
            ConfigOverride.config("adminUser", ADMIN),
            ConfigOverride.config("adminPassword", PASSWORD),
            ConfigOverride.config("pluginsDir", emptyDir()),
            ConfigOverride.config("smtp.host", "127.0.0.1"),
            ConfigOverride.config("smtp.port", String.valueOf(SMTP.port())));

    private OutboxDatabase db;
    private long community;
    private long team;

    @AfterAll
    static void stopSmtp() {
        SMTP.close();
    }

    @BeforeEach
    void setUp() {
        db = OutboxDatabase.over(((PromoteApplication) APP.getApplication()).services().jdbi());
        community = createCommunity(ADMIN, PASSWORD, "Hive " + UUID.randomUUID());
        team = db.team(community, "Acme");
    }

    @Test
    void aMemberIsQueuedOnceAndSentOnce() throws Exception {
        long ann = db.member(community, team, "Ann", "Lee", unique("ann"), null);

        try (Response first = post("/api/communities/" + community + "/members/" + ann + "/onboarding-email")) {
            assertThat(first.getStatus()).isEqualTo(202);
        }
        try (Response again = post("/api/communities/" + community + "/members/" + ann + "/onboarding-email")) {
            assertThat(again.getStatus()).isEqualTo(409);
            assertThat(again.readEntity(Map.class)).containsEntry("code", 409);
        }
        ReceivedMail.await(Duration.ofSeconds(15), () -> "sent".equals(member(ann).get("onboardingEmailStatus")));
        assertThat(member(ann).get("onboardingEmailSentAt")).isNotNull();
        assertThat(receivedBy(email(ann))).isEqualTo(1);
        try (Response afterSent = post("/api/communities/" + community + "/members/" + ann + "/onboarding-email")) {
            assertThat(afterSent.getStatus()).isEqualTo(409);
        }
    }

    @Test
    void membersOfOtherCommunitiesAreNotFound() {
        long mine = db.member(community, team, "Ann", "Lee", unique("ann"), null);
        String other = "other-" + UUID.randomUUID();
        try (Response r = call("/api/admins", ADMIN, PASSWORD)
                .post(Entity.json(Map.of("username", other, "password", PASSWORD)))) {
            assertThat(r.getStatus()).isEqualTo(201);
        }
        long theirs = createCommunity(other, PASSWORD, "Elsewhere " + UUID.randomUUID());
        long theirMember = db.member(theirs, db.team(theirs, "Them"), "Bo", "Ng", unique("bo"), null);

        assertThat(status(post("/api/communities/" + theirs + "/members/" + theirMember + "/onboarding-email")))
                .isEqualTo(404);
        assertThat(status(post("/api/communities/" + community + "/members/" + theirMember + "/onboarding-email")))
                .isEqualTo(404);
        assertThat(status(post("/api/communities/" + community + "/members/999999/onboarding-email"))).isEqualTo(404);
        assertThat(status(call("/api/communities/" + community + "/members/" + mine + "/onboarding-email",
                ADMIN, "wrong-password-here").post(Entity.text("")))).isEqualTo(401);
        assertThat(member(theirMember, other)).containsEntry("onboardingEmailStatus", "none");
    }

    @Test
    void aPromotionQueuesEveryMemberThatHasNone() throws Exception {
        long promotion = db.promotion(community);
        long ann = db.member(community, team, "Ann", "Lee", unique("ann"), promotion);
        long bob = db.member(community, team, "Bob", "Lee", unique("bob"), promotion);
        long cy = db.member(community, team, "Cy", "Lee", unique("cy"), promotion);
        long notOfIt = db.member(community, team, "Di", "Lee", unique("di"), null);
        assertThat(status(post("/api/communities/" + community + "/members/" + ann + "/onboarding-email")))
                .isEqualTo(202);

        try (Response r = post("/api/communities/" + community + "/promotions/" + promotion + "/onboarding-emails")) {
            assertThat(r.getStatus()).isEqualTo(202);
            assertThat(r.readEntity(Map.class)).containsEntry("queued", 2);
        }
        try (Response r = post("/api/communities/" + community + "/promotions/" + promotion + "/onboarding-emails")) {
            assertThat(r.getStatus()).isEqualTo(202);
            assertThat(r.readEntity(Map.class)).containsEntry("queued", 0);
        }
        ReceivedMail.await(Duration.ofSeconds(15), () -> receivedBy(email(bob)) == 1 && receivedBy(email(cy)) == 1
                && receivedBy(email(ann)) == 1);
        assertThat(member(notOfIt)).containsEntry("onboardingEmailStatus", "none");

        long otherCommunity = db.community("Not bound to this admin");
        long theirPromotion = db.promotion(otherCommunity);
        assertThat(status(post("/api/communities/" + community + "/promotions/" + theirPromotion
                + "/onboarding-emails"))).isEqualTo(404);
        assertThat(status(post("/api/communities/" + community + "/promotions/999999/onboarding-emails")))
                .isEqualTo(404);
    }

    @Test
    void aCommunityTemplateIsCheckedStoredAndUsed() throws Exception {
        String path = "/api/communities/" + community + "/onboarding-template";
        try (Response r = call(path, ADMIN, PASSWORD).get()) {
            assertThat(r.readEntity(Map.class)).containsEntry("custom", false);
        }
        Map<String, String> broken = Map.of("subject", "Hi {{#open}}", "text", "t", "html", "h");
        assertThat(status(call(path, ADMIN, PASSWORD).put(Entity.json(broken)))).isEqualTo(422);
        Map<String, String> partial = Map.of("subject", "Hi", "text", "{{> /etc/passwd}}", "html", "h");
        assertThat(status(call(path, ADMIN, PASSWORD).put(Entity.json(partial)))).isEqualTo(422);
        Map<String, String> good = Map.of("subject", "Hello {{firstName}}, {{teamName}} awaits",
                "text", "Plain for {{fullName}}", "html", "<p>Rich for {{fullName}}</p>");
        assertThat(status(call(path, ADMIN, PASSWORD).put(Entity.json(good)))).isEqualTo(200);

        long ann = db.member(community, team, "Ann", "Lee", unique("ann"), null);
        assertThat(status(post("/api/communities/" + community + "/members/" + ann + "/onboarding-email")))
                .isEqualTo(202);
        ReceivedMail.await(Duration.ofSeconds(15), () -> receivedBy(email(ann)) == 1);
        ReceivedMail mail = SMTP.received().stream().map(ReceivedMail::of)
                .filter(m -> m.to().equals(email(ann))).findFirst().orElseThrow();
        assertThat(mail.subject()).isEqualTo("Hello Ann, Acme awaits");
        assertThat(mail.text()).isEqualTo("Plain for Ann Lee");
        assertThat(mail.html()).isEqualTo("<p>Rich for Ann Lee</p>");
    }

    @Test
    void theMailHealthCheckReportsTheDispatcher() {
        try (Response r = APP.client().target("http://localhost:" + APP.getAdminPort() + "/healthcheck")
                .request().get()) {
            Map<?, ?> mail = (Map<?, ?>) r.readEntity(Map.class).get("mail");
            assertThat(mail.get("healthy")).isEqualTo(true);
            assertThat((String) mail.get("message")).contains("SMTP configured", "dispatcher running", "waiting");
        }
    }

    private long createCommunity(String user, String password, String name) {
        try (Response r = call("/api/communities", user, password).post(Entity.json(Map.of(
                "name", name, "timeZone", "Europe/Paris", "billingEnabled", false, "defaultBillingDay", 1)))) {
            assertThat(r.getStatus()).isEqualTo(201);
            return ((Number) r.readEntity(Map.class).get("id")).longValue();
        }
    }

    private Map<String, Object> member(long id) {
        return member(id, ADMIN);
    }

    private Map<String, Object> member(long id, String admin) {
        long c = db.jdbi().withHandle(h -> h.createQuery("SELECT community_id FROM members WHERE id = :id")
                .bind("id", id).mapTo(Long.class).one());
        try (Response r = call("/api/communities/" + c + "/members/" + id, admin, PASSWORD).get()) {
            assertThat(r.getStatus()).isEqualTo(200);
            return r.readEntity(new jakarta.ws.rs.core.GenericType<Map<String, Object>>() { });
        }
    }

    private String email(long memberId) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT email FROM members WHERE id = :id")
                .bind("id", memberId).mapTo(String.class).one());
    }

    private static long receivedBy(String email) {
        return SMTP.received().stream().map(ReceivedMail::of).filter(m -> m.to().equals(email)).count();
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@example.com";
    }

    private static Response post(String path) {
        return call(path, ADMIN, PASSWORD).post(Entity.text(""));
    }

    private static int status(Response response) {
        try (response) {
            return response.getStatus();
        }
    }

    private static Invocation.Builder call(String path, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return APP.client().target("http://localhost:" + APP.getLocalPort() + path).request()
                .header("Authorization", "Basic " + token);
    }

    private static String emptyDir() {
        try {
            return Files.createTempDirectory("promote-plugins").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
