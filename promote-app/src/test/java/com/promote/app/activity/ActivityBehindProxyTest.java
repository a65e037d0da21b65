package com.promote.app.activity;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.app.testing.ApiClient;
import com.promote.app.testing.PromoteTestApp;
import com.promote.testing.TestDatabase;
import io.dropwizard.testing.ConfigOverride;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * Behind a proxy (PROMOTE_TRUST_PROXY_HEADERS=true, i.e. useForwardedHeaders) an entry names the
 * client the proxy reports; without it, the header is ignored and the connection's address is used.
 */
class ActivityBehindProxyTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static String createCommunityFrom(PromoteTestApp app, String forwardedFor) throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString((PromoteTestApp.ADMIN + ":" + PromoteTestApp.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(app.baseUri().resolve("/api/communities"))
                .header("Authorization", basic).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Proxied\",\"timeZone\":\"UTC\","
                        + "\"billingEnabled\":false,\"defaultBillingDay\":1}")).build(), HttpResponse.BodyHandlers.ofString());
        long c = ApiClient.JSON.readTree(created.body()).get("id").asLong();
        return app.client().get("/api/communities/" + c + "/activity").json().get(0).get("address").asText();
    }

    @Test
    void theClientAddressComesFromTheProxyOnlyWhenTrusted() throws Exception {
        try (TestDatabase db = TestDatabase.h2()) {
            try (PromoteTestApp app = PromoteTestApp.start(db,
                    ConfigOverride.config("server.applicationConnectors[0].useForwardedHeaders", "true"))) {
                assertThat(createCommunityFrom(app, "203.0.113.7")).isEqualTo("203.0.113.7");
            }
            try (PromoteTestApp app = PromoteTestApp.start(db)) {
                assertThat(createCommunityFrom(app, "203.0.113.7")).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            }
        }
    }
}
