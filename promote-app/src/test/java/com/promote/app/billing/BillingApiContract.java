package com.promote.app.billing;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.AppContract;
import java.nio.file.Path;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Billing through the HTTP API with the plugin jar installed, today pinned to 2026-05-15:
 * SPEC.md's worked example and the bill-day rules for new and existing teams.
 */
abstract class BillingApiContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Override
    protected List<Path> pluginJars() {
        return List.of(BillingPluginJar.jar());
    }

    private long billingCommunity(int defaultDay) {
        return idOf201(api.post("/api/communities", Map.of("name", "Billing " + SEQ.incrementAndGet(),
                "timeZone", "America/New_York", "billingEnabled", true, "defaultBillingDay", defaultDay)));
    }

    private void lead(long c, String email, String company) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "lead");
        body.put("email", email);
        body.put("firstName", "F");
        body.put("lastName", email.substring(0, 3));
        body.put("companyName", company);
        idOf201(api.post("/api/communities/" + c + "/people", body));
    }

    private static JsonNode row(JsonNode p, int n) {
        return p.get("rows").get(n - 1);
    }

    @Test
    void specExampleGivesAProratedInvoiceOf110() {
        long c = billingCommunity(1);
        long plan = idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Coworking Plan",
                "monthlyPrice", "300.00", "currency", "USD")));
        // The plugin logs through the SPI, in its own transaction, as the core does.
        JsonNode logged = api.get("/api/communities/" + c + "/activity?action=plan_created").json();
        org.assertj.core.api.Assertions.assertThat(logged).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(logged.get(0).get("target").asText())
                .isEqualTo("plan " + plan + " 'Coworking Plan'");
        org.assertj.core.api.Assertions.assertThat(logged.get(0).get("details").asText()).isEqualTo("300.00 USD a month");
        org.assertj.core.api.Assertions.assertThat(logged.get(0).get("address").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
        lead(c, "ada@example.com", "Engines");

        JsonNode p = api.promote(c, "email,Plans,Monthly Bill Date,Billing Start Date\n"
                + "ada@example.com,Coworking Plan,1,06/20/2026\n", false);

        JsonNode r = row(p, 1);
        assertThat(r.get("result").asText()).as("%s", r).isEqualTo("promoted");
        assertThat(r.get("memberships").get(0).get("plan").asText()).isEqualTo("Coworking Plan");
        assertThat(r.get("memberships").get(0).get("billDay").asInt()).isEqualTo(1);
        assertThat(r.get("memberships").get(0).get("firstBillDate").asText()).isEqualTo("2026-07-01");
        JsonNode invoice = r.get("proratedInvoice");
        assertThat(invoice.get("issueDate").asText()).isEqualTo("2026-06-20");
        assertThat(invoice.get("periodStart").asText()).isEqualTo("2026-06-20");
        assertThat(invoice.get("periodEnd").asText()).isEqualTo("2026-06-30");
        assertThat(invoice.get("amount").asText()).isEqualTo("110.00");
        assertThat(invoice.get("currency").asText()).isEqualTo("USD");

        long member = r.get("memberId").asLong();
        JsonNode invoices = api.get("/api/communities/" + c + "/members/" + member + "/invoices").json();
        assertThat(invoices.size()).isEqualTo(1);
        assertThat(invoices.get(0).get("amount").asText()).isEqualTo("110.00");
        assertThat(invoices.get(0).get("kind").asText()).isEqualTo("prorated");
        assertThat(invoices.get(0).get("periodEnd").asText()).isEqualTo("2026-06-30");
        JsonNode memberships = api.get("/api/communities/" + c + "/members/" + member + "/memberships").json();
        assertThat(memberships.size()).isEqualTo(1);
        assertThat(memberships.get(0).get("monthlyPrice").asText()).isEqualTo("300.00");
        assertThat(memberships.get(0).get("startDate").asText()).isEqualTo("2026-06-20");
        assertThat(memberships.get(0).get("firstBillDate").asText()).isEqualTo("2026-07-01");

        // Undo: previewed, then done; the invoice was not issued yet (June 20 > May 15), so it goes.
        String undo = "/api/communities/" + c + "/promotions/" + p.get("id").asLong() + "/undo";
        JsonNode preview = api.post(undo, Map.of("dryRun", true)).json();
        assertThat(preview.get("restored").asInt()).isEqualTo(1);
        assertThat(api.get("/api/communities/" + c + "/members").json().size()).isEqualTo(1);
        JsonNode done = api.undo(c, p.get("id").asLong());
        assertThat(done.get("status").asText()).as("%s", done).isEqualTo("succeeded");
        assertThat(done.get("restored").asInt()).as("%s", done).isEqualTo(1);
        assertThat(done.get("teamsRemoved").toString()).isEqualTo("[\"Engines\"]");
        assertThat(api.get("/api/communities/" + c + "/members/" + member + "/invoices").status()).isEqualTo(404);
        int membershipsLeft = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM billing_memberships"
                + " WHERE member_id = :m").bind("m", member).mapTo(Integer.class).one());
        assertThat(membershipsLeft).as("membership gone").isZero();
        assertThat(api.get("/api/communities/" + c + "/people").json().get(0).get("email").asText())
                .isEqualTo("ada@example.com");
        assertThat(api.post(undo, Map.of()).status()).as("undone once only").isEqualTo(409);
        JsonNode again = api.promote(c, "email,Plans\nada@example.com,Coworking Plan\n", false);
        assertThat(again.get("promoted").asInt()).isEqualTo(1);
    }

    @Test
    void billDaysForNewAndExistingTeams() {
        long c = billingCommunity(20);
        idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Desk", "monthlyPrice", "100.00",
                "currency", "USD")));
        idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Old Team", "billDay", 5)));
        lead(c, "a@example.com", "New Team");
        lead(c, "b@example.com", "New Team");
        lead(c, "c@example.com", "Old Team");
        lead(c, "d@example.com", "Other");

        JsonNode p = api.promote(c, "email,Plans,Monthly Bill Date\n"
                + "a@example.com,Desk,\n"
                + "b@example.com,Desk,\n"
                + "c@example.com,Desk,\n"
                + "d@example.com,Desk,\n", false);

        // New team, community default day 20, uploaded May 15: that day of next month.
        assertThat(row(p, 1).get("memberships").get(0).get("firstBillDate").asText()).isEqualTo("2026-06-20");
        // A later row of the same new team is billed alike.
        assertThat(row(p, 2).get("memberships").get(0).get("billDay").asInt()).isEqualTo(20);
        assertThat(row(p, 2).get("memberships").get(0).get("firstBillDate").asText()).isEqualTo("2026-06-20");
        // Existing team with bill day 5, uploaded May 15: next occurrence strictly after today.
        assertThat(row(p, 3).get("memberships").get(0).get("billDay").asInt()).isEqualTo(5);
        assertThat(row(p, 3).get("memberships").get(0).get("firstBillDate").asText()).isEqualTo("2026-06-05");
        assertThat(row(p, 4).get("proratedInvoice").isNull()).isTrue();
        JsonNode teams = api.get("/api/communities/" + c + "/teams").json();
        for (JsonNode t : teams) {
            if (t.get("name").asText().equals("New Team")) {
                assertThat(t.get("billDay").asInt()).as("a new team takes its creating row's bill day").isEqualTo(20);
            }
        }
    }

    /** API.md's teams {@code billDay}, which billing keeps in its own table and adds to the teams API and CSV. */
    @Test
    void theTeamsApiShowsAndTakesBillingsBillDay() {
        long c = billingCommunity(1);
        long acme = idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Acme", "billDay", 15)));
        long plain = idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Plain")));
        assertThat(api.post("/api/communities/" + c + "/teams", Map.of("name", "Bad", "billDay", 32)).status())
                .isEqualTo(422);

        JsonNode teams = api.get("/api/communities/" + c + "/teams").json();
        assertThat(teams).hasSize(2);
        assertThat(teams.get(0).get("id").asLong()).isEqualTo(acme);
        assertThat(teams.get(0).get("billDay").asInt()).isEqualTo(15);
        assertThat(teams.get(1).has("billDay")).isTrue();
        assertThat(teams.get(1).get("billDay").isNull()).isTrue();
        assertThat(api.get("/api/communities/" + c + "/teams.csv").body().split("\r?\n")).containsExactly(
                "id,name,admin_member_id,admin_email,members,bill_day", acme + ",Acme,,,0,15", plain + ",Plain,,,0,");
    }

    @Test
    void aFileWithoutPlansIsRejectedAndBadRowsFail() {
        long c = billingCommunity(1);
        lead(c, "a@example.com", "T");
        var r = api.upload("/api/communities/" + c + "/promotions", "x.csv",
                "email\na@example.com\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), Map.of());
        assertThat(r.status()).as("%s", r).isEqualTo(400);
        assertThat(r.json().get("message").asText()).contains("Plans");

        JsonNode p = api.promote(c, "email,Plans,Billing Start Date\na@example.com,Gold,2026-06-20\n", false);
        assertThat(p.get("failed").asInt()).isEqualTo(1);
        String messages = row(p, 1).get("messages").toString();
        assertThat(messages).contains("Gold").contains("MM/DD/YYYY");
        assertThat(api.get("/api/communities/" + c + "/members").json().size()).isZero();
        assertThat(api.get("/api/communities/" + c + "/teams").json().size()).isZero();
    }
}
