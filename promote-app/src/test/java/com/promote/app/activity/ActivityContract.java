package com.promote.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.auth.Admin;
import com.promote.app.testing.ApiClient;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import com.promote.app.testing.PromoteTestApp;
import com.promote.engine.activity.ActivityRecorder;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The activity log, black-box: every kind of change an admin makes leaves one entry with who,
 * when, from where, what and on what; a refused or rolled-back change leaves none; another
 * community's admin sees none of it; sign-ins go to the admin's own record.
 */
public abstract class ActivityContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private static String unique(String name) {
        return name + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
    }

    private List<JsonNode> activity(ApiClient client, long community) {
        ApiResponse r = client.get("/api/communities/" + community + "/activity");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        List<JsonNode> entries = new ArrayList<>();
        r.json().forEach(entries::add);
        return entries;
    }

    private static List<String> actions(List<JsonNode> entries) {
        return entries.stream().map(e -> e.get("action").asText()).toList();
    }

    @Test
    void everyKindOfChangeLeavesOneEntryNewestFirst() {
        long c = api.createCommunity(unique("Activity Space"));
        ApiClient.idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme")));
        ApiClient.idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")));
        ApiClient.idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead", "firstName", "Ada",
                "lastName", "Lovelace", "email", "ada@x.org")));
        ApiClient.idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "contact", "firstName", "Bob",
                "lastName", "Byte", "email", "bob@x.org")));
        String csv = "email,company_name\nada@x.org,Acme\nbob@x.org,Acme\n";
        api.promote(c, csv, true);
        JsonNode done = api.promote(c, csv, false);
        long p = done.get("id").asLong();
        assertThat(done.get("promoted").asInt()).isEqualTo(2);
        long ada = done.get("rows").get(0).get("memberId").asLong();
        assertThat(api.post("/api/communities/" + c + "/members/" + ada + "/onboarding-email", "").status()).isEqualTo(202);
        ApiResponse queued = api.post("/api/communities/" + c + "/promotions/" + p + "/onboarding-emails", "");
        assertThat(queued.json().get("queued").asInt()).isEqualTo(1);
        assertThat(api.put("/api/communities/" + c + "/onboarding-template", Map.of("subject", "Welcome {{firstName}}",
                "text", "Hi", "html", "<p>Hi</p>")).status()).isEqualTo(200);
        assertThat(api.delete("/api/communities/" + c + "/onboarding-template").status()).isEqualTo(204);
        String newAdmin = unique("helper");
        ApiClient.idOf201(api.post("/api/admins", Map.of("username", newAdmin, "password", "a long password!")));
        assertThat(api.post("/api/communities/" + c + "/admins", Map.of("username", newAdmin)).status()).isEqualTo(200);
        assertThat(api.undo(c, p).get("status").asText()).isEqualTo("succeeded");

        List<JsonNode> entries = activity(api, c);
        assertThat(actions(entries)).containsExactly("undo", "undo_requested", "admin_added", "template_change", "template_change",
                "onboarding_emails", "onboarding_emails", "promotion", "upload", "preview", "person_created",
                "person_created", "group_created", "team_created", "community_created");
        for (JsonNode e : entries) {
            assertThat(e.get("id").asLong()).isPositive();
            assertThat(e.get("at").asText()).startsWith(PromoteTestApp.TODAY);
            assertThat(e.get("admin").asText()).isEqualTo(PromoteTestApp.ADMIN);
            if (!List.of("promotion", "undo").contains(e.get("action").asText())) {
                // A request's client; the runner's entries have none (they ran in the background).
                assertThat(e.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            } else {
                assertThat(e.get("address").isNull()).isTrue();
            }
        }
        assertThat(entries.get(0).get("target").asText()).isEqualTo("promotion " + p + ": people.csv");
        assertThat(entries.get(0).get("details").asText()).isEqualTo("restored 2 members to the CRM, left 0 alone, removed 0 teams");
        assertThat(entries.get(1).get("target").asText()).isEqualTo("promotion " + p + ": people.csv");
        assertThat(entries.get(1).get("details").asText()).isEqualTo("undo of 2 members queued");
        assertThat(entries.get(2).get("target").asText()).contains(newAdmin);
        assertThat(entries.get(4).get("details").asText()).isEqualTo("saved; subject: Welcome {{firstName}}");
        assertThat(entries.get(3).get("details").asText()).isEqualTo("back to the default");
        assertThat(entries.get(5).get("details").asText()).isEqualTo("1 onboarding emails queued");
        assertThat(entries.get(6).get("target").asText()).isEqualTo("member " + ada);
        assertThat(entries.get(7).get("details").asText()).isEqualTo("succeeded: promoted 2, failed 0, skipped 0");
        assertThat(entries.get(8).get("details").asText()).isEqualTo("2 rows, onboarding emails off");
        assertThat(entries.get(9).get("details").asText()).isEqualTo("2 rows");
        assertThat(entries.get(10).get("target").asText()).endsWith("bob@x.org").startsWith("contact ");
        assertThat(entries.get(12).get("target").asText()).endsWith("'Group Blue'");
        assertThat(entries.get(13).get("target").asText()).endsWith("'Acme'");
        assertThat(entries.get(14).get("details").asText())
                .isEqualTo("timeZone Europe/Berlin, billingEnabled false, defaultBillingDay 1");

        // The admin created is on its creator's own record, not in any community's log.
        assertThat(ownActions(api)).contains("admin_created");

        // Paged and filtered; the CSV holds the same entries in the same order.
        assertThat(actions(list(api, c, "?offset=3&limit=3"))).containsExactly("template_change", "template_change",
                "onboarding_emails");
        assertThat(actions(list(api, c, "?action=person_created"))).containsExactly("person_created", "person_created");
        assertThat(list(api, c, "?admin=" + newAdmin)).isEmpty();
        ApiResponse download = api.get("/api/communities/" + c + "/activity.csv");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Type")).startsWith("text/csv");
        List<String> lines = download.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("id,at,admin,address,action,target,details");
        assertThat(lines).hasSize(entries.size() + 1);
        assertThat(lines.get(1)).startsWith(entries.get(0).get("id").asText() + ",").contains(",undo,");
        List<List<String>> workbook = com.promote.app.workbooks.WorkbookFiles.text(
                api.download("/api/communities/" + c + "/activity.xlsx"));
        assertThat(workbook.get(0)).containsExactly("id", "at", "admin", "address", "action", "target", "details");
        assertThat(workbook).hasSize(entries.size() + 1);
        assertThat(workbook.get(1).get(4)).isEqualTo("undo");
    }

    @Test
    void aRefusedOrRolledBackChangeLeavesNoEntry() throws Exception {
        long c = api.createCommunity(unique("Refusals"));
        int before = activity(api, c).size();
        ApiClient.idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme")));
        assertThat(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme")).status()).isEqualTo(409);
        assertThat(api.post("/api/communities/" + c + "/groups", Map.of("name", "a,b")).status()).isEqualTo(422);
        assertThat(api.put("/api/communities/" + c + "/onboarding-template", Map.of("subject", "Hi {{#open}}",
                "text", "t", "html", "h")).status()).isEqualTo(422);
        assertThat(api.upload("/api/communities/" + c + "/promotions", "bad.csv",
                "name\nno email column\n".getBytes(StandardCharsets.UTF_8), Map.of()).status()).isEqualTo(400);

        // Racing requests for one name: one team, one entry, whatever the others met.
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(pool.submit(() -> api.post("/api/communities/" + c + "/teams", Map.of("name", "Race")).status()));
            }
            int created = 0;
            for (Future<Integer> a : answers) {
                int status = a.get();
                assertThat(status).isIn(201, 409);
                created += status == 201 ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(actions(activity(api, c)).subList(0, activity(api, c).size() - before))
                .containsExactly("team_created", "team_created");

        // An entry written in a transaction whose change then fails is rolled back with it.
        Admin admin = new Admin(app.services().jdbi().withHandle(h -> h.createQuery(
                "SELECT id FROM admins WHERE username = :u").bind("u", PromoteTestApp.ADMIN).mapTo(Long.class).one()),
                PromoteTestApp.ADMIN);
        var log = new AppActivityLog(ActivityRecorder.withoutAddress(app.services().clock()));
        try {
            app.services().jdbi().useTransaction(h -> {
                log.record(h, admin, c, "team_created", "team 'Acme'", null);
                h.createUpdate("INSERT INTO teams (community_id, name, created_at) VALUES (:c, 'Acme', CURRENT_TIMESTAMP(3))")
                        .bind("c", c).execute();
            });
            throw new AssertionError("a second team 'Acme' must break the unique key");
        } catch (org.jdbi.v3.core.JdbiException expected) {
            // the insert failed: the entry before it must be gone too
        }
        assertThat(actions(activity(api, c)).stream().filter("team_created"::equals)).hasSize(2);
    }

    @Test
    void anotherCommunitysAdminSeesNoneOfIt() {
        long c = api.createCommunity(unique("Private"));
        ApiClient.idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Red")));
        String name = unique("stranger");
        ApiClient.idOf201(api.post("/api/admins", Map.of("username", name, "password", "a long password!")));
        ApiClient stranger = app.client(name, "a long password!");
        long theirs = stranger.createCommunity(unique("Theirs"));

        assertThat(stranger.get("/api/communities/" + c + "/activity").status()).isEqualTo(404);
        assertThat(stranger.get("/api/communities/" + c + "/activity.csv").status()).isEqualTo(404);
        List<JsonNode> own = activity(stranger, theirs);
        assertThat(actions(own)).containsExactly("community_created");
        assertThat(own.get(0).get("admin").asText()).isEqualTo(name);
        assertThat(activity(api, c).stream().map(e -> e.get("admin").asText())).containsOnly(PromoteTestApp.ADMIN);
        assertThat(api.get("/api/communities/" + theirs + "/activity").status()).isEqualTo(404);
    }

    @Test
    void signInsFailuresAndSignOutsGoToTheAdminsOwnRecord() throws Exception {
        String name = unique("signer");
        ApiClient.idOf201(api.post("/api/admins", Map.of("username", name, "password", "a long password!")));
        ApiClient signer = app.client(name, "a long password!");
        long c = signer.createCommunity(unique("Signer's"));

        assertThat(app.client(name, "wrong password!!").get("/api/communities").status()).isEqualTo(401);
        assertThat(formSignIn(name, "not the password").statusCode()).isEqualTo(401);
        HttpResponse<String> in = formSignIn(name, "a long password!");
        assertThat(in.statusCode()).isEqualTo(303);
        String session = cookie(in, "promote_session");
        HttpResponse<String> page = get("/communities/" + c + "/activity", "promote_session=" + session);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"activity-table\"").contains("community_created");
        String csrf = match(get("/communities", "promote_session=" + session).body(), "name=\"csrf\" value=\"([^\"]+)\"");
        assertThat(postForm("/logout", "promote_session=" + session, Map.of("csrf", csrf)).statusCode()).isEqualTo(303);

        List<String> own = ownActions(signer);
        assertThat(own).containsExactly("sign_out", "sign_in", "sign_in_failed", "sign_in_failed");
        JsonNode first = signer.get("/api/admins/me/activity").json().get(3);
        assertThat(first.get("details").asText()).isEqualTo("API (HTTP Basic): wrong password");
        assertThat(first.get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(actions(activity(signer, c))).doesNotContain("sign_in", "sign_out", "sign_in_failed");
        // Entries are append-only: no route edits or deletes them.
        assertThat(signer.delete("/api/communities/" + c + "/activity").status()).isEqualTo(405);
        assertThat(signer.put("/api/admins/me/activity", "[]").status()).isEqualTo(405);
    }

    private List<JsonNode> list(ApiClient client, long community, String query) {
        List<JsonNode> entries = new ArrayList<>();
        client.get("/api/communities/" + community + "/activity" + query).json().forEach(entries::add);
        return entries;
    }

    private List<String> ownActions(ApiClient client) {
        List<String> actions = new ArrayList<>();
        client.get("/api/admins/me/activity").json().forEach(e -> actions.add(e.get("action").asText()));
        return actions;
    }

    // ---- the sign-in form over plain HTTP --------------------------------------------------

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> formSignIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/login", null);
        String loginCookie = cookie(form, "promote_login");
        String token = match(form.body(), "name=\"formToken\" value=\"([^\"]+)\"");
        return postForm("/login", "promote_login=" + loginCookie,
                Map.of("username", username, "password", password, "formToken", token));
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return app.baseUri().resolve(path);
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie"));
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no match for " + regex + " in " + text);
        }
        return m.group(1);
    }
}
