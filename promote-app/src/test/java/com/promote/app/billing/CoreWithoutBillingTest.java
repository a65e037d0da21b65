package com.promote.app.billing;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.AppContract;
import com.promote.testing.TestDatabase.Kind;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The app with an empty plugins folder: no billing routes, billing columns are custom fields. */
class CoreWithoutBillingTest extends AppContract {
    @Override
    protected Kind kind() {
        return Kind.H2;
    }

    @Test
    void exposesNoBillingRoutes() {
        long c = api.createCommunity("No billing");
        assertThat(api.get("/api/communities/" + c + "/plans").status()).isEqualTo(404);
        assertThat(api.post("/api/communities/" + c + "/plans", Map.of("name", "X", "monthlyPrice", "1.00",
                "currency", "USD")).status()).isIn(404, 405);
    }

    @Test
    void billingColumnsBecomeCustomFields() {
        long c = api.createCommunity("Billing columns as fields");
        idOf201(api.post("/api/communities/" + c + "/people", Map.of("type", "lead", "email", "a@example.com")));
        JsonNode p = api.promote(c, "email,Plans,Monthly Bill Date\na@example.com,Gold,5\n", false);
        assertThat(p.get("columns").get(1).get("readAs").asText()).isEqualTo("custom_field");
        JsonNode row = p.get("rows").get(0);
        assertThat(row.get("result").asText()).isEqualTo("promoted");
        assertThat(row.get("customFields").toString()).isEqualTo("{\"Plans\":\"Gold\",\"Monthly Bill Date\":\"5\"}");
    }

    @Test
    void aBillingEnabledCommunityRefusesUploadsSayingWhy() {
        long c = idOf201(api.post("/api/communities", Map.of("name", "Wants billing", "timeZone", "UTC",
                "billingEnabled", true, "defaultBillingDay", 1)));
        var r = api.upload("/api/communities/" + c + "/promotions", "x.csv",
                "email,Plans\na@example.com,Gold\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).isEqualTo(422);
        assertThat(r.json().get("message").asText())
                .contains("billingEnabled on, but no extension installed on this server serves it");
        assertThat(api.get("/api/communities/" + c + "/promotions").json().size()).isZero();
    }
}
