package com.promote.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import com.promote.app.testing.PromoteTestApp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Communities, teams, groups, admins and auth, as API.md fixes them. Runs on H2 and MariaDB. */
abstract class ReferenceDataApiContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    static void assertError(ApiResponse r, int status) {
        assertThat(r.status()).as("status of %s", r).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/json");
        JsonNode body = r.json();
        assertThat(body.get("code").asInt()).isEqualTo(status);
        assertThat(body.get("message").asText()).isNotBlank();
    }

    // ---- communities

    @Test
    void createsACommunityAndReadsItBack() {
        ApiResponse created = api.post("/api/communities", Map.of("name", "  Harbour Works ",
                "timeZone", "America/New_York", "billingEnabled", true, "defaultBillingDay", 15));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        JsonNode c = created.json();
        long id = c.get("id").asLong();
        assertThat(id).isPositive();
        assertThat(c.get("name").asText()).isEqualTo("Harbour Works");
        assertThat(c.get("timeZone").asText()).isEqualTo("America/New_York");
        assertThat(c.get("billingEnabled").asBoolean()).isTrue();
        assertThat(c.get("billingEnabled").isBoolean()).isTrue();
        assertThat(c.get("defaultBillingDay").asInt()).isEqualTo(15);

        JsonNode read = api.get("/api/communities/" + id).json();
        assertThat(read).isEqualTo(c);
    }

    @Test
    void communityDefaultsAreUtcAndDayOne() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Defaults");
        JsonNode c = api.post("/api/communities", body).json();
        assertThat(c.get("timeZone").asText()).isEqualTo("UTC");
        assertThat(c.get("billingEnabled").asBoolean()).isFalse();
        assertThat(c.get("defaultBillingDay").asInt()).isEqualTo(1);
    }

    @Test
    void badTimeZoneAndBillingDayAreBothReportedAs422() {
        ApiResponse r = api.post("/api/communities", Map.of("name", "Bad", "timeZone", "Mars/Olympus",
                "billingEnabled", false, "defaultBillingDay", 32));
        assertError(r, 422);
        JsonNode errors = r.json().get("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors).hasSize(2);
        assertThat(errors.get(0).asText()).contains("Mars/Olympus");
        assertThat(errors.get(1).asText()).contains("defaultBillingDay");
        assertThat(api.get("/api/communities").json().findValuesAsText("name")).doesNotContain("Bad");
    }

    @Test
    void dayZeroAndMissingNameAre422() {
        assertError(api.post("/api/communities", Map.of("name", "Zero", "timeZone", "UTC",
                "billingEnabled", false, "defaultBillingDay", 0)), 422);
        assertError(api.post("/api/communities", Map.of("timeZone", "UTC")), 422);
    }

    @Test
    void unknownCommunityIs404() {
        assertError(api.get("/api/communities/987654"), 404);
    }

    @Test
    void everyCommunityRouteReachesItsResource() {
        // Jersey answers "HTTP 404 Not Found" when no method matches (e.g. a root @Path like
        // "/api/communities/{c}" hiding other classes' routes); our guard names the community.
        String c = "/api/communities/987654";
        List<ApiResponse> answers = List.of(api.get(c), api.get(c + "/people"), api.get(c + "/teams"),
                api.get(c + "/groups"), api.get(c + "/members"), api.get(c + "/members/1"),
                api.get(c + "/reports/leads.csv"), api.get(c + "/reports/contacts.csv"),
                api.post(c + "/people", Map.of("type", "lead", "email", "x@x.example")),
                api.post(c + "/teams", Map.of("name", "T")), api.post(c + "/groups", Map.of("name", "G")),
                api.post(c + "/admins", Map.of("username", PromoteTestApp.ADMIN)));
        for (ApiResponse r : answers) {
            assertError(r, 404);
            assertThat(r.json().get("message").asText()).as("%s", r).isEqualTo("Community 987654 not found");
        }
    }

    // ---- teams

    @Test
    void teamsAreCreatedOnceByExactNameAndListed() {
        long c = api.createCommunity(unique("Teams"));
        ApiResponse acme = api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme"));
        assertThat(acme.status()).as("%s", acme).isEqualTo(201);
        assertThat(acme.json().get("name").asText()).isEqualTo("Acme");
        long acmeId = acme.json().get("id").asLong();

        assertError(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme")), 409);
        assertError(api.post("/api/communities/" + c + "/teams", Map.of("name", "  Acme  ")), 409);

        // Team names compare exactly: "acme" is another team, on MariaDB too.
        ApiResponse lower = api.post("/api/communities/" + c + "/teams", Map.of("name", "acme"));
        assertThat(lower.status()).as("%s", lower).isEqualTo(201);
        long lowerId = lower.json().get("id").asLong();
        assertThat(lowerId).isNotEqualTo(acmeId);

        JsonNode list = api.get("/api/communities/" + c + "/teams").json();
        assertThat(list).hasSize(2);
        JsonNode first = list.get(0);
        assertThat(first.get("id").asLong()).isEqualTo(acmeId);
        assertThat(first.get("name").asText()).isEqualTo("Acme");
        assertThat(first.has("adminMemberId")).isTrue();
        assertThat(first.get("adminMemberId").isNull()).isTrue();
        assertThat(first.get("memberIds").isArray()).isTrue();
        assertThat(first.get("memberIds")).isEmpty();
        assertThat(first.has("billDay")).as("without the plugin that serves it, no team has a bill day").isFalse();
        JsonNode second = list.get(1);
        assertThat(second.get("id").asLong()).isEqualTo(lowerId);
        assertThat(second.get("name").asText()).isEqualTo("acme");
    }

    @Test
    void teamNamesAreNotSharedAcrossCommunities() {
        long one = api.createCommunity(unique("One"));
        long two = api.createCommunity(unique("Two"));
        assertThat(api.post("/api/communities/" + one + "/teams", Map.of("name", "Shared")).status()).isEqualTo(201);
        assertThat(api.post("/api/communities/" + two + "/teams", Map.of("name", "Shared")).status()).isEqualTo(201);
        assertThat(api.get("/api/communities/" + one + "/teams").json()).hasSize(1);
    }

    @Test
    void badTeamsAre422() {
        long c = api.createCommunity(unique("BadTeams"));
        assertError(api.post("/api/communities/" + c + "/teams", Map.of("name", " ")), 422);
        assertError(api.post("/api/communities/" + c + "/teams", Map.of("name", "X", "billDay", 32)), 422);
        ApiResponse unknown = api.post("/api/communities/" + c + "/teams", Map.of("name", "X", "billDay", 15));
        assertThat(unknown.status()).as("a field no installed extension stores is refused, not dropped").isEqualTo(422);
        assertThat(unknown.json().get("message").asText()).contains("unknown team field(s) [billDay]");
        assertThat(api.get("/api/communities/" + c + "/teams").json()).isEmpty();
    }

    @Test
    void teamListPages() {
        long c = api.createCommunity(unique("TeamPages"));
        for (String name : List.of("T1", "T2", "T3")) {
            assertThat(api.post("/api/communities/" + c + "/teams", Map.of("name", name)).status()).isEqualTo(201);
        }
        JsonNode page = api.get("/api/communities/" + c + "/teams?offset=1&limit=1").json();
        assertThat(page.findValuesAsText("name")).containsExactly("T2");
        assertThat(api.get("/api/communities/" + c + "/teams?limit=1000").json()).hasSize(3);
        assertError(api.get("/api/communities/" + c + "/teams?limit=1001"), 422);
        assertError(api.get("/api/communities/" + c + "/teams?limit=0"), 422);
        assertError(api.get("/api/communities/" + c + "/teams?offset=-1"), 422);
    }

    // ---- groups

    @Test
    void groupsAreCreatedOnce() {
        long c = api.createCommunity(unique("Groups"));
        ApiResponse blue = api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue"));
        assertThat(blue.status()).as("%s", blue).isEqualTo(201);
        assertThat(blue.json().get("id").asLong()).isPositive();
        assertThat(blue.json().get("name").asText()).isEqualTo("Group Blue");
        assertError(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")), 409);
        assertError(api.post("/api/communities/" + c + "/groups", Map.of("name", "")), 422);
        JsonNode list = api.get("/api/communities/" + c + "/groups").json();
        assertThat(list.findValuesAsText("name")).containsExactly("Group Blue");
    }

    // ---- auth

    @Test
    void noCredentialsIs401WithAJsonBody() {
        ApiResponse r = app.anonymous().get("/api/communities");
        assertError(r, 401);
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        assertError(app.anonymous().post("/api/communities", Map.of("name", "Sneaky")), 401);
        assertThat(api.get("/api/communities").json().findValuesAsText("name")).doesNotContain("Sneaky");
    }

    @Test
    void wrongPasswordOrUnknownUserIs401() {
        assertError(app.client(PromoteTestApp.ADMIN, PromoteTestApp.PASSWORD + "x").get("/api/communities"), 401);
        assertError(app.client("admin", PromoteTestApp.PASSWORD).get("/api/communities"), 401);
    }

    @Test
    void firstAdminComesFromTheConfiguration() {
        assertThat(api.get("/api/communities").status()).isEqualTo(200);
    }

    @Test
    void adminsAreCreatedWithLongPasswordsAndUniqueNames() {
        String name = unique("alice");
        ApiResponse created = api.post("/api/admins", Map.of("username", name, "password", "twelve chars"));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().get("username").asText()).isEqualTo(name);
        assertThat(app.client(name, "twelve chars").get("/api/communities").json()).isEmpty();

        assertError(api.post("/api/admins", Map.of("username", name, "password", "another long one")), 409);
        assertThat(app.client(name, "another long one").get("/api/communities").status()).isEqualTo(401);

        String shortOne = unique("bob");
        assertError(api.post("/api/admins", Map.of("username", shortOne, "password", "eleven char")), 422);
        assertThat(app.client(shortOne, "eleven char").get("/api/communities").status()).isEqualTo(401);
    }

    @Test
    void anAdminSeesOnlyItsCommunitiesUntilAdded() {
        long c = api.createCommunity(unique("Private"));
        assertThat(api.post("/api/communities/" + c + "/teams", Map.of("name", "Inside")).status()).isEqualTo(201);
        String other = unique("other");
        assertThat(api.post("/api/admins", Map.of("username", other, "password", "other password")).status())
                .isEqualTo(201);
        ApiClient b = app.client(other, "other password");

        List<String> paths = List.of("", "/people", "/people?type=lead", "/teams", "/groups", "/members",
                "/reports/leads.csv", "/reports/contacts.csv");
        for (String p : paths) {
            assertError(b.get("/api/communities/" + c + p), 404);
        }
        assertThat(b.get("/api/communities").json()).isEmpty();
        // Nor can B write there, or add itself.
        assertError(b.post("/api/communities/" + c + "/teams", Map.of("name", "Planted")), 404);
        assertError(b.post("/api/communities/" + c + "/people", Map.of("type", "lead", "email", "p@x.example")), 404);
        assertError(b.post("/api/communities/" + c + "/admins", Map.of("username", other)), 404);
        assertThat(api.get("/api/communities/" + c + "/teams").json().findValuesAsText("name"))
                .containsExactly("Inside");
        assertThat(api.get("/api/communities/" + c + "/people").json()).isEmpty();

        ApiResponse added = api.post("/api/communities/" + c + "/admins", Map.of("username", other));
        assertThat(added.status()).as("%s", added).isBetween(200, 204);
        assertThat(b.get("/api/communities/" + c).json().get("id").asLong()).isEqualTo(c);
        assertThat(b.get("/api/communities/" + c + "/teams").json().findValuesAsText("name")).containsExactly("Inside");
        assertThat(b.get("/api/communities").json().findValuesAsText("name")).hasSize(1);
        // Adding twice is harmless.
        assertThat(api.post("/api/communities/" + c + "/admins", Map.of("username", other)).status()).isBetween(200, 204);
        assertError(api.post("/api/communities/" + c + "/admins", Map.of("username", unique("nobody"))), 404);
    }

    @Test
    void aNewCommunityBelongsToItsCreatorOnly() {
        String other = unique("creator");
        api.post("/api/admins", Map.of("username", other, "password", "creator password"));
        ApiClient b = app.client(other, "creator password");
        long mine = b.createCommunity(unique("B's own"));
        assertThat(b.get("/api/communities/" + mine).status()).isEqualTo(200);
        assertError(api.get("/api/communities/" + mine), 404);
        List<Long> ids = new ArrayList<>();
        api.get("/api/communities").json().forEach(n -> ids.add(n.get("id").asLong()));
        assertThat(ids).doesNotContain(mine);
    }
}
