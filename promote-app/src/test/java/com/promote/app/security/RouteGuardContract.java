package com.promote.app.security;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.billing.BillingPluginJar;
import com.promote.app.security.Routes.Route;
import com.promote.app.testing.AppContract;
import com.promote.app.testing.ApiClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Walks every route the app registers (core and billing plugin, from Jersey's resource model)
 * signed out, as another community's admin, and through path tricks: none may answer 2xx or
 * 5xx. A new route is covered the moment it exists.
 */
abstract class RouteGuardContract extends AppContract {
    private static final Set<String> PUBLIC = Set.of("GET /", "GET /login", "POST /login", "POST /logout");
    private static final String INTRUDER = "intruder";
    private static final String INTRUDER_PASSWORD = "intruder's long password";

    private Routes routes;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private RawHttp http;

    @Override
    protected List<Path> pluginJars() {
        return List.of(BillingPluginJar.jar());
    }

    @BeforeAll
    void seed() {
        routes = Routes.of(app);
        http = new RawHttp(app.baseUri().getPort());
        long c = idOf201(api.post("/api/communities", Map.of("name", "Guarded", "timeZone", "Europe/Berlin",
                "billingEnabled", true, "defaultBillingDay", 1)));
        idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Desk", "monthlyPrice", "100.00",
                "currency", "EUR")));
        idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead", "email", "ada@example.com",
                "firstName", "Ada", "lastName", "Lovelace")));
        var promotion = api.promote(c, "email,Plans\nada@example.com,Desk\n", false);
        assertThat(promotion.get("promoted").asInt()).isEqualTo(1);
        String c1 = String.valueOf(c);
        ids.putAll(Map.of("c", c1, "communityId", c1, "p", promotion.get("id").asText(),
                "m", promotion.get("rows").get(0).get("memberId").asText(),
                "memberId", promotion.get("rows").get(0).get("memberId").asText(), "type", "leads",
                "format", "csv"));
        idOf201(api.post("/api/admins", Map.of("username", INTRUDER, "password", INTRUDER_PASSWORD)));
        app.client(INTRUDER, INTRUDER_PASSWORD).createCommunity("The intruder's own");
    }

    @Test
    void theModelHoldsTheCoreAndThePluginRoutesAndOnlyTheSignInIsPublic() {
        Set<String> all = new TreeSet<>();
        routes.all().forEach(r -> all.add(r.toString()));
        assertThat(all).contains("POST /api/admins", "POST /api/communities/{c}/promotions",
                "POST /api/communities/{communityId}/plans", "GET /api/communities/{communityId}/members/{memberId}/invoices",
                "GET /communities/{c}/migrations");
        assertThat(routes.all().stream().filter(Route::isPublic).map(Route::toString).toList())
                .containsExactlyInAnyOrderElementsOf(PUBLIC);
        assertThat(routes.all()).hasSizeGreaterThan(40);
    }

    @Test
    void everyRouteNeedsASignedInAdmin() {
        List<String> wrong = new ArrayList<>();
        for (Route route : guarded()) {
            RawHttp.Answer a = send(route, route.path(ids), Map.of());
            boolean ok = route.page() ? a.status() == 303 && "/login".equals(a.header("Location")) : a.status() == 401;
            if (!ok) {
                wrong.add(route + " -> " + a.status() + " " + a.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void anotherCommunitysAdminFindsNothing() {
        Map<String, String> basic = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (INTRUDER + ":" + INTRUDER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        Map<String, String> cookie = Map.of("Cookie", "promote_session=" + signIn());
        List<String> wrong = new ArrayList<>();
        for (Route route : guarded()) {
            if (!route.communityScoped() || route.method().equals("OPTIONS")) {
                continue;
            }
            RawHttp.Answer a = send(route, route.path(ids), route.page() ? cookie : basic);
            if (a.status() != 404) {
                wrong.add(route + " -> " + a.status() + " " + a.body());
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void pathTricksNeverGetPastTheGuard() {
        List<UnaryOperator<String>> tricks = List.of(
                p -> firstSegment(p, s -> s + ";x=1"),
                p -> firstSegment(p, s -> s + ";"),
                p -> firstSegment(p, s -> s + ";jsessionid=1"),
                p -> firstSegment(p, s -> s + "%3Bx=1"),
                p -> p + ";x=1",
                p -> p.replaceFirst("(^/[^/]+)/", "$1%2F"),
                p -> "/" + p,
                p -> p.replaceFirst("(^/[^/]+)/", "$1//"),
                p -> p.replaceFirst("(^/[^/]+)/", "$1/./"),
                p -> p.replaceFirst("(^/[^/]+)/", "$1/x/../"),
                p -> p.toUpperCase(java.util.Locale.ROOT),
                p -> p + "/",
                p -> p.replaceFirst("^/(\\w)", "/%XX"),
                p -> encodeFirstLetter(p));
        List<String> wrong = new ArrayList<>();
        for (Route route : guarded()) {
            String path = route.path(ids);
            for (UnaryOperator<String> trick : tricks) {
                String target = trick.apply(path);
                RawHttp.Answer a = send(route, target, Map.of());
                if (a.status() < 300 || a.status() >= 500) {
                    wrong.add(route.method() + " " + target + " -> " + a.status() + " " + a.body());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    private List<Route> guarded() {
        return routes.all().stream().filter(r -> !r.isPublic()).toList();
    }

    /** A request the route would take if it were signed in: a body of the type it consumes. */
    private RawHttp.Answer send(Route route, String target, Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        if (!Set.of("POST", "PUT", "PATCH", "DELETE").contains(route.method())) {
            return http.send(route.method(), target, all, null);
        }
        String body = switch (route.consumes()) {
            case "multipart/form-data" -> {
                all.put("Content-Type", "multipart/form-data; boundary=XX");
                yield "--XX\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                        + "email\r\nada@example.com\r\n--XX--\r\n";
            }
            case "application/x-www-form-urlencoded" -> {
                all.put("Content-Type", route.consumes());
                yield "name=x";
            }
            default -> {
                all.put("Content-Type", "application/json");
                yield "{}";
            }
        };
        return http.send(route.method(), target, all, body);
    }

    /** Signs the intruder in through the form, as a browser would; returns the session cookie. */
    private String signIn() {
        RawHttp.Answer form = http.send("GET", "/login", Map.of(), null);
        Matcher token = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as(form.body()).isTrue();
        String body = "username=" + INTRUDER + "&password=" + INTRUDER_PASSWORD.replace(" ", "+").replace("'", "%27")
                + "&formToken=" + token.group(1);
        RawHttp.Answer signedIn = http.send("POST", "/login", Map.of("Content-Type", "application/x-www-form-urlencoded",
                "Cookie", "promote_login=" + token.group(1)), body);
        assertThat(signedIn.status()).as(signedIn.head()).isEqualTo(303);
        Matcher session = Pattern.compile("promote_session=([^;]+)").matcher(signedIn.head());
        assertThat(session.find()).isTrue();
        return session.group(1);
    }

    private static String firstSegment(String path, UnaryOperator<String> change) {
        int end = path.indexOf('/', 1);
        return end < 0 ? change.apply(path) : change.apply(path.substring(0, end)) + path.substring(end);
    }

    private static String encodeFirstLetter(String path) {
        if (path.length() < 2 || !Character.isLetter(path.charAt(1))) {
            return path;
        }
        return "/%" + Integer.toHexString(path.charAt(1)).toUpperCase(java.util.Locale.ROOT) + path.substring(2);
    }
}
