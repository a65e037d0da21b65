package com.promote.app.security;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What a black-box probe of the first release found, each as the attack it was. */
abstract class SecurityFindingsContract extends AppContract {
    private RawHttp http;
    private long community;

    @BeforeAll
    void seed() {
        http = new RawHttp(app.baseUri().getPort());
        community = api.createCommunity("Probed");
    }

    @Test
    void nobodyCreatesAnAdminThroughAMatrixParameter() {
        for (String target : new String[] {"/api;x=1/admins", "/api;/admins", "/api;jsessionid=1/admins"}) {
            RawHttp.Answer a = http.send("POST", target, Map.of("Content-Type", "application/json"),
                    "{\"username\":\"mallory\",\"password\":\"mallory's long password\"}");
            assertThat(a.status()).as(target).isEqualTo(401);
            assertThat(a.body()).doesNotContain("taken");
        }
        assertThat(app.client("mallory", "mallory's long password").get("/api/communities/" + community).status())
                .isEqualTo(401);
        assertThat(api.post("/api/admins", Map.of("username", "mallory", "password", "now made by an admin")).status())
                .as("the name was never taken").isEqualTo(201);
    }

    @Test
    void signedOutRequestsToResourcesAnswer401NotAServerError() {
        RawHttp.Answer a = http.send("GET", "/api;x=1/communities/" + community + "/members", Map.of(), null);
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(a.body()).contains("\"code\":401");
    }

    @Test
    void theAdminPortListensOnLoopbackOnly() {
        int adminPort = app.adminPort();
        Connector[] connectors = app.environment().getApplicationContext().getServer().getConnectors();
        ServerConnector admin = null;
        for (Connector c : connectors) {
            if (c instanceof ServerConnector s && s.getLocalPort() == adminPort) {
                admin = s;
            }
        }
        assertThat(admin).isNotNull();
        assertThat(admin.getHost()).isEqualTo("127.0.0.1");
    }

    @Test
    void templatesRefuseUnescapedValuesAndMethodCalls() {
        String path = "/api/communities/" + community + "/onboarding-template";
        String[][] refused = {
                {"html", "<p>{{{firstName}}}</p>", "{{{firstName}}}"},
                {"html", "<p>{{&teamName}}</p>", "{{&teamName}}"},
                {"text", "{{email.bytes}}", "{{email.bytes}}"},
                {"subject", "{{email.toUpperCase}}", "{{email.toUpperCase}}"},
                {"text", "{{#email}}{{bytes}}{{/email}}", "{{bytes}}"},
                {"html", "{{> /etc/passwd}}", "/etc/passwd"}};
        for (String[] attempt : refused) {
            Map<String, String> body = new LinkedHashMap<>(Map.of("subject", "Welcome", "text", "Hi", "html", "<p>Hi</p>"));
            body.put(attempt[0], attempt[1]);
            ApiResponse r = api.put(path, body);
            assertThat(r.status()).as(attempt[1]).isEqualTo(422);
            assertThat(r.json().get("message").asText()).as(attempt[1]).contains(attempt[2]);
        }
        assertThat(api.get(path).json().get("custom").asBoolean()).as("nothing refused was saved").isFalse();
        ApiResponse ok = api.put(path, Map.of("subject", "Welcome {{firstName}}",
                "text", "Hi {{greetingName}}{{#teamAdmin}}, you run {{teamName}}{{/teamAdmin}}", "html", "<p>{{fullName}}</p>"));
        assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    }

    @Test
    void aValueThatReallyStartsWithAnApostropheSurvivesAReportRoundTrip() {
        long c = api.createCommunity("Apostrophes");
        Map<String, Object> lead = new LinkedHashMap<>(Map.of("type", "lead", "email", "phone@example.com",
                "firstName", "Ph", "lastName", "One", "phone", "'-7", "notes", "'=not a formula"));
        idOf201(api.post("/api/communities/" + c + "/people", lead));
        String report = api.get("/api/communities/" + c + "/reports/leads.csv").body();
        assertThat(report).contains("''-7").contains("''=not a formula");

        JsonNode p = api.promote(c, report, false);
        assertThat(p.get("promoted").asInt()).as("%s", p).isEqualTo(1);
        JsonNode member = api.get("/api/communities/" + c + "/members/" + p.get("rows").get(0).get("memberId").asLong()).json();
        assertThat(member.get("phone").asText()).isEqualTo("'-7");
        assertThat(member.get("notes").asText()).isEqualTo("'=not a formula");
    }

    @Test
    void noAnswerIsCached() {
        String c = "/api/communities/" + community;
        for (String path : new String[] {c, c + "/members", c + "/members.csv", c + "/teams.csv", c + "/reports/leads.csv"}) {
            assertThat(api.get(path).header("Cache-Control")).as(path).isEqualTo("no-store");
        }
        assertThat(app.anonymous().get(c).header("Cache-Control")).isEqualTo("no-store");
        assertThat(http.send("GET", "/login", Map.of(), null).header("Cache-Control")).isEqualTo("no-store");
    }

    @Test
    void redirectsNeverComeFromTheHostHeader() {
        RawHttp.Answer a = http.send("GET", "/communities", Map.of("Host", "evil.example"), null);
        assertThat(a.status()).isEqualTo(303);
        assertThat(a.header("Location")).isEqualTo("/login");
        RawHttp.Answer home = http.send("GET", "/", Map.of("Host", "evil.example"), null);
        assertThat(home.header("Location")).isEqualTo("/login");
    }

    @Test
    void badQueryParametersSayWhichAndWhy() {
        String c = "/api/communities/" + community;
        assertNamed(api.get(c + "/people?offset=abc"), 400, "offset");
        assertNamed(api.get(c + "/members?limit=99999999999999"), 400, "limit");
        assertNamed(api.get(c + "/people?limit=0"), 422, "limit");
        JsonNode p = api.promote(community, "email\nnobody@example.com\n", true);
        assertNamed(api.get(c + "/promotions/" + p.get("id").asLong() + "?rowsFrom=x"), 400, "rowsFrom");
        ApiResponse path = api.get("/api/communities/not-a-number");
        assertThat(path.status()).isEqualTo(404);
        assertThat(path.json().get("code").asInt()).isEqualTo(404);
    }

    @Test
    void brokenMultipartPartsSayWhatIsWrong() {
        String target = "/api/communities/" + community + "/promotions";
        Map<String, String> headers = Map.of("Authorization", basic(), "Content-Type", "multipart/form-data; boundary=XX");
        RawHttp.Answer unbalanced = http.send("POST", target, headers,
                "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\r\n\r\nemail\r\n--XX--\r\n");
        assertThat(unbalanced.status()).isEqualTo(400);
        assertThat(unbalanced.body()).contains("Content-Disposition").contains("filename");
        RawHttp.Answer cut = http.send("POST", target, headers,
                "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\nemail\r\n");
        assertThat(cut.status()).isEqualTo(400);
        assertThat(cut.body()).contains("multipart").contains("'file'");
        assertThat(api.get("/api/communities/" + community + "/promotions").json()).isEmpty();
    }

    private static void assertNamed(ApiResponse r, int status, String parameter) {
        assertThat(r.status()).as(r.body()).isEqualTo(status);
        assertThat(r.json().get("message").asText()).contains(parameter);
    }

    private static String basic() {
        return "Basic " + java.util.Base64.getEncoder().encodeToString(
                (com.promote.app.testing.PromoteTestApp.ADMIN + ":" + com.promote.app.testing.PromoteTestApp.PASSWORD)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
