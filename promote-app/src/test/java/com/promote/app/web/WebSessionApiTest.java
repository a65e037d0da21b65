package com.promote.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.PromoteConfiguration;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions and CSRF over plain HTTP: the cookie's attributes, the API's rules with a cookie, Basic unchanged. */
@ExtendWith(DropwizardExtensionsSupport.class)
class WebSessionApiTest {
    static final DropwizardAppExtension<PromoteConfiguration> APP = WebApp.extension();
    static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    static WebApp.Api api;
    static long community;

    @BeforeAll
    static void seed() {
        api = new WebApp.Api(WebApp.base(APP));
        community = api.seedCommunity("Session Space");
    }

    record Session(String cookie, String csrf) {
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteSessionCookie() throws Exception {
        HttpResponse<String> form = get("/login", null);
        String loginCookie = cookie(form, "promote_login");
        String formToken = match(form.body(), "name=\"formToken\" value=\"([^\"]+)\"");

        HttpResponse<String> forged = postForm("/login", "promote_login=" + loginCookie,
                Map.of("username", WebApp.ADMIN, "password", WebApp.PASSWORD, "formToken", "forged"));
        assertThat(forged.statusCode()).isEqualTo(403);

        HttpResponse<String> ok = postForm("/login", "promote_login=" + loginCookie,
                Map.of("username", WebApp.ADMIN, "password", WebApp.PASSWORD, "formToken", formToken));
        assertThat(ok.statusCode()).isEqualTo(303);
        assertThat(ok.headers().firstValue("Location").orElseThrow()).endsWith("/communities");
        String setCookie = ok.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("promote_session=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/");
    }

    @Test
    void theApiTakesTheSessionCookieAndWantsTheCsrfTokenForChanges() throws Exception {
        Session s = signIn();

        assertThat(get("/api/communities/" + community + "/people", s.cookie()).statusCode()).isEqualTo(200);

        HttpResponse<String> noToken = postJson("/api/communities/" + community + "/groups", s, null, "Group X");
        assertThat(noToken.statusCode()).isEqualTo(403);
        assertThat(noToken.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(noToken.body()).contains("\"code\":403").contains("\"message\"");
        assertThat(postJson("/api/communities/" + community + "/groups", s, "wrong", "Group X").statusCode())
                .isEqualTo(403);
        assertThat(postJson("/api/communities/" + community + "/groups", s, s.csrf(), "Group X").statusCode())
                .isEqualTo(201);
    }

    @Test
    void httpBasicWorksAsBeforeAndWinsOverACookie() throws Exception {
        Session s = signIn();
        String basic = "Basic " + Base64.getEncoder().encodeToString((WebApp.ADMIN + ":" + WebApp.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> viaBasic = HTTP.send(HttpRequest.newBuilder(uri("/api/communities/" + community + "/groups"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Group Basic\"}")).build(), text());
        assertThat(viaBasic.statusCode()).isEqualTo(201);

        HttpResponse<String> wrongBasic = HTTP.send(HttpRequest.newBuilder(uri("/api/communities"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("web-admin:nope".getBytes(StandardCharsets.UTF_8)))
                .header("Cookie", s.cookie()).GET().build(), text());
        assertThat(wrongBasic.statusCode()).isEqualTo(401);
        assertThat(wrongBasic.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpResponse<String> nothing = get("/api/communities", null);
        assertThat(nothing.statusCode()).isEqualTo(401);
        assertThat(nothing.headers().firstValue("WWW-Authenticate")).isPresent();

        HttpResponse<String> stale = get("/api/communities", "promote_session=stale-or-made-up");
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(stale.body()).contains("\"code\":401");
        assertThat(stale.headers().firstValue("WWW-Authenticate")).as("no browser sign-in box for a page").isEmpty();
    }

    @Test
    void signingOutNeedsTheTokenAndEndsTheSession() throws Exception {
        Session s = signIn();

        HttpResponse<String> refused = postForm("/logout", s.cookie(), Map.of());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(refused.body()).contains("CSRF");
        assertThat(get("/api/communities", s.cookie()).statusCode()).isEqualTo(200);

        HttpResponse<String> out = postForm("/logout", s.cookie(), Map.of("csrf", s.csrf()));
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(get("/api/communities", s.cookie()).statusCode()).isEqualTo(401);
        assertThat(get("/communities", s.cookie()).statusCode()).isEqualTo(303);
    }

    @Test
    void pagesOfAnotherAdminsCommunityAreNotFoundAndPagesCarrySecurityHeaders() throws Exception {
        api.post("/api/admins", Map.of("username", "other-admin", "password", "another-long-password"));
        Session other = signIn("other-admin", "another-long-password");

        HttpResponse<String> theirs = get("/communities/" + community + "/crm", other.cookie());
        assertThat(theirs.statusCode()).isEqualTo(404);
        HttpResponse<String> mine = get("/communities", other.cookie());
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).doesNotContain("Session Space");
        assertThat(mine.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(mine.headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");
    }

    private static Session signIn() throws Exception {
        return signIn(WebApp.ADMIN, WebApp.PASSWORD);
    }

    private static Session signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/login", null);
        HttpResponse<String> ok = postForm("/login", "promote_login=" + cookie(form, "promote_login"),
                Map.of("username", username, "password", password,
                        "formToken", match(form.body(), "name=\"formToken\" value=\"([^\"]+)\"")));
        assertThat(ok.statusCode()).isEqualTo(303);
        String session = "promote_session=" + cookie(ok, "promote_session");
        String page = get("/communities", session).body();
        return new Session(session, match(page, "name=\"csrf-token\" content=\"([^\"]+)\""));
    }

    private static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), text());
    }

    private static HttpResponse<String> postForm(String path, String cookie, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), text());
    }

    private static HttpResponse<String> postJson(String path, Session s, String csrf, String name) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Cookie", s.cookie())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}"));
        if (csrf != null) {
            b.header("X-CSRF-Token", csrf);
        }
        return HTTP.send(b.build(), text());
    }

    private static String cookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                .findFirst().orElseThrow(() -> new AssertionError("no " + name + " cookie in " + response.headers()));
    }

    private static String match(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + regex + " in " + text);
        }
        return m.group(1);
    }

    private static URI uri(String path) {
        return URI.create(WebApp.base(APP) + path);
    }

    private static HttpResponse.BodyHandler<String> text() {
        return HttpResponse.BodyHandlers.ofString();
    }
}
