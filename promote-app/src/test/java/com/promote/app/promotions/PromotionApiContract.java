package com.promote.app.promotions;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** The promotion endpoints of API.md, end to end over HTTP. Runs on H2 and MariaDB. */
abstract class PromotionApiContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private long community;

    private long newCommunity() {
        community = api.createCommunity("Promotions " + SEQ.incrementAndGet());
        return community;
    }

    private long person(String type, String first, String last, String email, String company) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("type", type);
        body.put("firstName", first);
        body.put("lastName", last);
        body.put("email", email);
        body.put("companyName", company);
        body.put("phone", "555-0100");
        body.put("followUpDate", "2026-06-01");
        return idOf201(api.post("/api/communities/" + community + "/people", body));
    }

    private JsonNode teams() {
        return api.get("/api/communities/" + community + "/teams").json();
    }

    private JsonNode team(String name) {
        return StreamSupport.stream(teams().spliterator(), false).filter(t -> t.get("name").asText().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no team " + name + " in " + teams()));
    }

    private List<String> liveEmails() {
        List<String> emails = new ArrayList<>();
        api.get("/api/communities/" + community + "/people").json().forEach(p -> emails.add(p.get("email").asText()));
        return emails;
    }

    private static JsonNode row(JsonNode promotion, int number) {
        for (JsonNode r : promotion.get("rows")) {
            if (r.get("row").asInt() == number) {
                return r;
            }
        }
        throw new AssertionError("no row " + number + " in " + promotion);
    }

    @Test
    void promotesMatchingRowsIntoTeamsAndLeavesFailuresUntouched() {
        newCommunity();
        idOf201(api.post("/api/communities/" + community + "/groups", Map.of("name", "Group Blue")));
        long acme = idOf201(api.post("/api/communities/" + community + "/teams", Map.of("name", "Acme")));
        long ada = person("lead", "Ada", "Lovelace", "ada@example.com", "Engines");
        person("lead", "Charles", "Babbage", "charles@example.com", null);
        person("contact", "Grace", "Hopper", "grace@example.com", "Acme");
        person("lead", "Alan", "Turing", "alan@example.com", null);
        String csv = "Email Address,First Name,Team Name,Room Permissions,Key Fob\n"
                + " ADA@example.com ,Augusta,Engines,Group Blue,007\n"
                + "charles@example.com,,Engines,,\n"
                + "grace@example.com,,Acme,,K-3\n"
                + "alan@example.com,,Bletchley,Group Green,K-4\n"
                + "nobody@example.com,,,,\n"
                + ",,,,\n"
                + "ada@example.com,,,,\n";

        JsonNode p = api.promote(community, csv, false);

        assertThat(p.get("status").asText()).isEqualTo("succeeded");
        assertThat(p.get("dryRun").asBoolean()).isFalse();
        assertThat(p.get("totalRows").asInt()).isEqualTo(7);
        assertThat(p.get("processedRows").asInt()).isEqualTo(7);
        assertThat(p.get("promoted").asInt()).isEqualTo(3);
        assertThat(p.get("wouldPromote").asInt()).isZero();
        assertThat(p.get("failed").asInt()).isEqualTo(3);
        assertThat(p.get("skipped").asInt()).isEqualTo(1);
        assertThat(p.get("columns").toString()).isEqualTo("[{\"header\":\"Email Address\",\"readAs\":\"core\"},"
                + "{\"header\":\"First Name\",\"readAs\":\"core\"},{\"header\":\"Team Name\",\"readAs\":\"core\"},"
                + "{\"header\":\"Room Permissions\",\"readAs\":\"room_permissions\"},"
                + "{\"header\":\"Key Fob\",\"readAs\":\"custom_field\"}]");

        JsonNode r1 = row(p, 1);
        assertThat(r1.get("result").asText()).isEqualTo("promoted");
        assertThat(r1.get("teamName").asText()).isEqualTo("Engines");
        assertThat(r1.get("teamCreated").asBoolean()).isTrue();
        assertThat(r1.get("teamAdmin").asBoolean()).isTrue();
        assertThat(r1.get("groups").toString()).isEqualTo("[\"Group Blue\"]");
        assertThat(r1.get("customFields").toString()).isEqualTo("{\"Key Fob\":\"007\"}");
        assertThat(r1.has("memberships")).as("no extension bills this community: no billing keys").isFalse();
        assertThat(r1.has("proratedInvoice")).isFalse();
        long adaMember = r1.get("memberId").asLong();
        JsonNode r2 = row(p, 2);
        assertThat(r2.get("teamCreated").asBoolean()).isFalse();
        assertThat(r2.get("teamAdmin").asBoolean()).isFalse();
        assertThat(r2.get("teamId").asLong()).isEqualTo(r1.get("teamId").asLong());
        JsonNode r3 = row(p, 3);
        assertThat(r3.get("teamId").asLong()).isEqualTo(acme);
        assertThat(r3.get("teamAdmin").asBoolean()).isFalse();
        JsonNode r4 = row(p, 4);
        assertThat(r4.get("result").asText()).isEqualTo("failed");
        assertThat(r4.get("memberId").isNull()).isTrue();
        assertThat(r4.get("messages").get(0).asText()).contains("Group Green").contains("Group Blue");
        assertThat(row(p, 5).get("messages").get(0).asText()).isEqualTo("no lead or contact has this email");
        assertThat(row(p, 6).get("result").asText()).isEqualTo("skipped");
        assertThat(row(p, 6).get("messages").size()).isZero();
        assertThat(row(p, 7).get("messages").get(0).asText()).contains("row 1");

        JsonNode engines = team("Engines");
        assertThat(engines.get("adminMemberId").asLong()).isEqualTo(adaMember);
        assertThat(engines.get("memberIds").size()).isEqualTo(2);
        assertThat(team("Acme").get("adminMemberId").isNull()).isTrue();
        assertThat(teams().size()).as("no Bletchley team after its row failed").isEqualTo(2);
        assertThat(liveEmails()).containsExactly("alan@example.com");

        JsonNode member = api.get("/api/communities/" + community + "/members/" + adaMember).json();
        assertThat(member.get("firstName").asText()).isEqualTo("Augusta");
        assertThat(member.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(member.get("phone").asText()).isEqualTo("555-0100");
        assertThat(member.get("promotedFromPersonId").asLong()).isEqualTo(ada);
        assertThat(member.has("followUpDate")).isFalse();
        assertThat(member.get("groups").toString()).as("from room permissions").isEqualTo("[\"Group Blue\"]");
        assertThat(member.get("customFields").toString()).as("from custom fields").isEqualTo("{\"Key Fob\":\"007\"}");
        assertThat(member.get("onboardingEmailStatus").asText()).isEqualTo("none");
        assertThat(api.get("/api/communities/" + community + "/members").json().size()).isEqualTo(3);
        String membersCsv = api.get("/api/communities/" + community + "/members.csv").body();
        assertThat(membersCsv.split("\r?\n")).hasSize(4);
        assertThat(membersCsv.split("\r?\n")[0].replace("\uFEFF", "")).as("the built-in extensions' columns as ever")
                .isEqualTo("id,first_name,last_name,email,phone,team,team_admin,groups,custom_fields,source,notes,"
                        + "onboarding_email");
        assertThat(membersCsv).contains(adaMember + ",Augusta,Lovelace,ada@example.com,555-0100,Engines,true,"
                + "\"Group Blue\",\"Key Fob: 007\"");

        String teamsCsv = api.get("/api/communities/" + community + "/teams.csv").body();
        assertThat(teamsCsv.split("\r?\n")).containsExactly("id,name,admin_member_id,admin_email,members",
                acme + ",Acme,,,1", engines.get("id").asLong() + ",Engines," + adaMember + ",ada@example.com,2");

        ApiResponse again = api.upload("/api/communities/" + community + "/promotions", "people.csv",
                csv.getBytes(StandardCharsets.UTF_8), Map.of());
        JsonNode second = api.awaitFinished(community, again.json().get("id").asLong());
        assertThat(second.get("promoted").asInt()).as("the same file again promotes nothing").isZero();
        assertThat(api.get("/api/communities/" + community + "/members").json().size()).isEqualTo(3);
    }

    @Test
    void dryRunWritesNothingAndReportsWhatWouldHappen() {
        newCommunity();
        person("lead", "Ada", "Lovelace", "ada@example.com", "Engines");
        person("lead", "Charles", "Babbage", "charles@example.com", "Engines");
        JsonNode p = api.promote(community, "email\nada@example.com\ncharles@example.com\n", true);
        assertThat(p.get("wouldPromote").asInt()).isEqualTo(2);
        assertThat(p.get("promoted").asInt()).isZero();
        assertThat(row(p, 1).get("result").asText()).isEqualTo("would_promote");
        assertThat(row(p, 1).get("teamAdmin").asBoolean()).isTrue();
        assertThat(row(p, 2).get("teamAdmin").asBoolean()).isFalse();
        assertThat(teams().size()).isZero();
        assertThat(liveEmails()).containsExactlyInAnyOrder("ada@example.com", "charles@example.com");
        assertThat(api.get("/api/communities/" + community + "/members").json().size()).isZero();
    }

    @Test
    void resultsPageFilterAndCsv() {
        newCommunity();
        person("lead", "Ada", "Lovelace", "ada@example.com", "Engines");
        JsonNode p = api.promote(community, "email,Notes\nada@example.com,=1+1\nx@example.com,@home\n", false);
        String base = "/api/communities/" + community + "/promotions/" + p.get("id").asLong();

        JsonNode failed = api.get(base + "?result=failed").json();
        assertThat(failed.get("rows").size()).isEqualTo(1);
        assertThat(failed.get("rows").get(0).get("row").asInt()).isEqualTo(2);
        assertThat(failed.get("totalRows").asInt()).isEqualTo(2);
        JsonNode from2 = api.get(base + "?rowsFrom=2").json();
        assertThat(from2.get("rows").size()).isEqualTo(1);
        assertThat(api.get(base + "?result=bogus").status()).isEqualTo(422);

        ApiResponse csv = api.get(base + "/results.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body().split("\r?\n")).containsExactly(
                "email,Notes,result,message",
                "ada@example.com,\"'=1+1\",promoted,",
                "x@example.com,\"'@home\",failed,\"no lead or contact has this email\"");
    }

    @Test
    void rejectedFilesSayWhyAndRecordNothing() {
        newCommunity();
        String path = "/api/communities/" + community + "/promotions";
        assertRejected(api.upload(path, "a.csv", "first_name\nAda\n".getBytes(StandardCharsets.UTF_8), Map.of()),
                400, "email");
        assertRejected(api.upload(path, "a.csv", "Email,Email Address\nx,y\n".getBytes(StandardCharsets.UTF_8),
                Map.of()), 400, "Email Address");
        assertRejected(api.upload(path, "a.csv", "email,notes\n\"x,y\n".getBytes(StandardCharsets.UTF_8), Map.of()),
                400, "quote");
        assertRejected(api.upload(path, "a.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 'e', 0}, Map.of()), 415,
                "UTF-16");
        assertRejected(api.upload(path, "a.csv", "email\nx\n".getBytes(StandardCharsets.UTF_8),
                Map.of("dryRun", "maybe")), 422, "dryRun");
        assertThat(api.get(path).json().size()).as("no promotion recorded").isZero();
    }

    @Test
    void anotherAdminsCommunityIsNotFound() {
        newCommunity();
        JsonNode p = api.promote(community, "email\nx@example.com\n", true);
        idOf201(api.post("/api/admins", Map.of("username", "other-" + SEQ.incrementAndGet() + kind(),
                "password", "another long password")));
        String other = "other-" + SEQ.get() + kind();
        ApiClient stranger = app.client(other, "another long password");
        String base = "/api/communities/" + community + "/promotions";
        assertThat(stranger.get(base + "/" + p.get("id").asLong()).status()).isEqualTo(404);
        assertThat(stranger.get(base + "/" + p.get("id").asLong() + "/results.csv").status()).isEqualTo(404);
        assertThat(stranger.upload(base, "a.csv", "email\nx\n".getBytes(StandardCharsets.UTF_8), Map.of()).status())
                .isEqualTo(404);
        assertThat(app.anonymous().get(base).status()).isEqualTo(401);
    }

    private static void assertRejected(ApiResponse r, int status, String mentions) {
        assertThat(r.status()).as("%s", r).isEqualTo(status);
        assertThat(r.json().get("code").asInt()).isEqualTo(status);
        assertThat(r.json().get("message").asText()).contains(mentions);
    }
}
