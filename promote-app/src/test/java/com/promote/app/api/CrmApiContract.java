package com.promote.app.api;

import static com.promote.app.api.ReferenceDataApiContract.assertError;
import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.promote.app.testing.ApiClient.ApiResponse;
import com.promote.app.testing.AppContract;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** People (the CRM), reports and members, as API.md fixes them. Runs on H2 and MariaDB. */
abstract class CrmApiContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();

    private long community() {
        return api.createCommunity("CRM " + SEQ.incrementAndGet());
    }

    private static Map<String, Object> person(String type, String email) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", type);
        p.put("email", email);
        return p;
    }

    private long addPerson(long c, Map<String, Object> body) {
        ApiResponse r = api.post("/api/communities/" + c + "/people", body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    // ---- people

    @Test
    void createsAPersonWithEveryField() {
        long c = community();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "lead");
        body.put("firstName", " Ada ");
        body.put("lastName", "Lovelace");
        body.put("email", " Ada@Analytical.Example ");
        body.put("phone", "+44 20 7946 0000");
        body.put("companyName", "Analytical Engines");
        body.put("source", "Website");
        body.put("notes", "Wants a desk by the window");
        body.put("followUpDate", "2026-06-01");
        body.put("tourDate", "2026-06-04");
        ApiResponse r = api.post("/api/communities/" + c + "/people", body);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        JsonNode p = r.json();
        assertThat(p.get("id").asLong()).isPositive();
        assertThat(p.get("type").asText()).isEqualTo("lead");
        assertThat(p.get("firstName").asText()).isEqualTo("Ada");
        assertThat(p.get("lastName").asText()).isEqualTo("Lovelace");
        assertThat(p.get("email").asText()).isEqualTo("Ada@Analytical.Example");
        assertThat(p.get("phone").asText()).isEqualTo("+44 20 7946 0000");
        assertThat(p.get("companyName").asText()).isEqualTo("Analytical Engines");
        assertThat(p.get("source").asText()).isEqualTo("Website");
        assertThat(p.get("notes").asText()).isEqualTo("Wants a desk by the window");
        assertThat(p.get("followUpDate").asText()).isEqualTo("2026-06-01");
        assertThat(p.get("tourDate").asText()).isEqualTo("2026-06-04");

        JsonNode listed = api.get("/api/communities/" + c + "/people").json();
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0)).isEqualTo(p);
    }

    @Test
    void aDuplicateEmailInAnotherCaseIs409AndAddsNothing() {
        long c = community();
        addPerson(c, person("lead", "grace@navy.example"));
        ApiResponse dup = api.post("/api/communities/" + c + "/people", person("contact", "  GRACE@Navy.Example "));
        assertError(dup, 409);
        JsonNode all = api.get("/api/communities/" + c + "/people").json();
        assertThat(all.findValuesAsText("email")).containsExactly("grace@navy.example");
        // The same email in another community is another person.
        long other = community();
        addPerson(other, person("lead", "grace@navy.example"));
    }

    @Test
    void listsByType() {
        long c = community();
        long lead = addPerson(c, person("lead", "lead@x.example"));
        long contact = addPerson(c, person("contact", "contact@x.example"));
        JsonNode leads = api.get("/api/communities/" + c + "/people?type=lead").json();
        assertThat(leads.findValuesAsText("id")).containsExactly(String.valueOf(lead));
        assertThat(leads.findValuesAsText("type")).containsExactly("lead");
        JsonNode contacts = api.get("/api/communities/" + c + "/people?type=contact").json();
        assertThat(contacts.findValuesAsText("id")).containsExactly(String.valueOf(contact));
        JsonNode both = api.get("/api/communities/" + c + "/people").json();
        assertThat(both.findValuesAsText("id")).containsExactly(String.valueOf(lead), String.valueOf(contact));
        assertError(api.get("/api/communities/" + c + "/people?type=member"), 422);
    }

    @Test
    void missingTypeAndEmailAre422WithEveryProblem() {
        long c = community();
        Map<String, Object> body = new HashMap<>();
        body.put("firstName", "Nobody");
        ApiResponse r = api.post("/api/communities/" + c + "/people", body);
        assertError(r, 422);
        assertThat(r.json().get("errors")).hasSize(2);
        assertThat(r.json().get("errors").get(0).asText()).contains("type");
        assertThat(r.json().get("errors").get(1).asText()).contains("email");
        assertError(api.post("/api/communities/" + c + "/people", person("lead", "not-an-email")), 422);
        assertError(api.post("/api/communities/" + c + "/people", person("lead", "   ")), 422);
        assertThat(api.get("/api/communities/" + c + "/people").json()).isEmpty();
    }

    @Test
    void anUnknownTypeIs422() {
        long c = community();
        ApiResponse r = api.post("/api/communities/" + c + "/people", person("prospect", "p@x.example"));
        assertError(r, 422);
        assertThat(r.json().get("message").asText()).contains("lead").contains("contact");
        assertThat(api.get("/api/communities/" + c + "/people").json()).isEmpty();
    }

    @Test
    void badJsonIs400WithTheStandardBody() {
        long c = community();
        assertError(api.post("/api/communities/" + c + "/people", "{\"type\": \"lead\", \"email\": "), 400);
        assertError(api.post("/api/communities/" + c + "/people", "[1, 2]"), 400);
        assertError(api.post("/api/communities", "{name: unquoted}"), 400);
        ApiResponse badDate = api.post("/api/communities/" + c + "/people",
                Map.of("type", "lead", "email", "d@x.example", "followUpDate", "next tuesday"));
        assertThat(badDate.status()).as("%s", badDate).isIn(400, 422);
        assertError(badDate, badDate.status());
        assertThat(api.get("/api/communities/" + c + "/people").json()).isEmpty();
    }

    @Test
    void peoplePageWithOffsetAndLimit() {
        long c = community();
        long a = addPerson(c, person("lead", "a@x.example"));
        long b = addPerson(c, person("lead", "b@x.example"));
        long d = addPerson(c, person("contact", "d@x.example"));
        assertThat(api.get("/api/communities/" + c + "/people?offset=1&limit=1").json().findValuesAsText("id"))
                .containsExactly(String.valueOf(b));
        assertThat(api.get("/api/communities/" + c + "/people?offset=0&limit=2").json().findValuesAsText("id"))
                .containsExactly(String.valueOf(a), String.valueOf(b));
        assertThat(api.get("/api/communities/" + c + "/people?offset=2&limit=1000").json().findValuesAsText("id"))
                .containsExactly(String.valueOf(d));
        assertThat(api.get("/api/communities/" + c + "/people?offset=3").json()).isEmpty();
        assertError(api.get("/api/communities/" + c + "/people?limit=1001"), 422);
        assertError(api.get("/api/communities/" + c + "/people?limit=0"), 422);
        assertError(api.get("/api/communities/" + c + "/people?offset=-1"), 422);
    }

    // ---- reports

    private static List<List<String>> csv(String text) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        try (MappingIterator<List<String>> rows = mapper.readerForListOf(String.class).readValues(text)) {
            return rows.readAll();
        }
    }

    @Test
    void leadsReportHasTheFixedHeaderAndNeutralisesFormulas() throws IOException {
        long c = community();
        Map<String, Object> risky = person("lead", "risky@x.example");
        risky.put("firstName", "Robert");
        risky.put("lastName", "=HYPERLINK(\"x\")");
        risky.put("phone", "+1 555");
        risky.put("companyName", "@Acme");
        long riskyId = addPerson(c, risky);
        Map<String, Object> plain = person("lead", "plain@x.example");
        plain.put("lastName", "Plain");
        plain.put("companyName", "Acme, Inc.");
        long plainId = addPerson(c, plain);
        addPerson(c, person("contact", "contact@x.example"));

        ApiResponse r = api.get("/api/communities/" + c + "/reports/leads.csv");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.body()).startsWith("id,type,first_name,last_name,email,company_name,phone");
        List<List<String>> rows = csv(r.body());
        assertThat(rows).hasSize(3);
        List<String> header = rows.get(0);
        assertThat(header.subList(0, 7))
                .containsExactly("id", "type", "first_name", "last_name", "email", "company_name", "phone");
        Map<String, String> first = zip(header, rows.get(1));
        assertThat(first.get("id")).isEqualTo(String.valueOf(riskyId));
        assertThat(first.get("type")).isEqualTo("lead");
        assertThat(first.get("first_name")).isEqualTo("Robert");
        assertThat(first.get("last_name")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(first.get("phone")).isEqualTo("'+1 555");
        assertThat(first.get("company_name")).isEqualTo("'@Acme");
        assertThat(first.get("email")).isEqualTo("risky@x.example");
        Map<String, String> second = zip(header, rows.get(2));
        assertThat(second.get("id")).isEqualTo(String.valueOf(plainId));
        assertThat(second.get("last_name")).isEqualTo("Plain");
        assertThat(second.get("company_name")).isEqualTo("Acme, Inc.");
        assertThat(r.body()).doesNotContain("contact@x.example");
    }

    @Test
    void contactsReportHoldsContactsOnly() throws IOException {
        long c = community();
        addPerson(c, person("lead", "lead@x.example"));
        long contact = addPerson(c, person("contact", "contact@x.example"));
        ApiResponse r = api.get("/api/communities/" + c + "/reports/contacts.csv");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).startsWith("id,type,first_name,last_name,email,company_name,phone");
        List<List<String>> rows = csv(r.body());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).get(0)).isEqualTo(String.valueOf(contact));
        assertThat(rows.get(1).get(1)).isEqualTo("contact");
        assertThat(api.get("/api/communities/" + c + "/reports/members.csv").status()).isEqualTo(404);
    }

    private static Map<String, String> zip(List<String> header, List<String> row) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < row.size() ? row.get(i) : null);
        }
        return m;
    }

    // ---- members (created only by promotions: inserted here through SQL)

    @Test
    void noMembersYet() {
        long c = community();
        assertThat(api.get("/api/communities/" + c + "/members").json()).isEmpty();
        assertError(api.get("/api/communities/" + c + "/members/1"), 404);
        assertError(api.get("/api/communities/" + c + "/members?limit=1001"), 422);
    }

    @Test
    void aMemberHasTheDocumentedShape() {
        long c = community();
        long personId = addPerson(c, person("lead", "member@x.example"));
        long teamId = idOf201(api.post("/api/communities/" + c + "/teams", Map.of("name", "Night Owls")));
        long blue = idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")));
        long memberId = app.services().jdbi().inTransaction(h -> {
            long id = h.createUpdate("INSERT INTO members (community_id, team_id, first_name, last_name, email,"
                            + " email_key, phone, source, notes, promoted_from_person_id, promotion_id, created_at,"
                            + " updated_at) VALUES (:c, :t, 'Mary', 'Member', 'Member@X.example', 'member@x.example',"
                            + " '+1 555 0100', 'Website', 'Corner desk', :p, NULL, CURRENT_TIMESTAMP(3),"
                            + " CURRENT_TIMESTAMP(3))")
                    .bind("c", c).bind("t", teamId).bind("p", personId)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            h.execute("UPDATE teams SET admin_member_id = ? WHERE id = ?", id, teamId);
            h.execute("INSERT INTO member_groups (member_id, group_id) VALUES (?, ?)", id, blue);
            h.execute("INSERT INTO member_custom_fields (member_id, name, field_value) VALUES (?, 'Key Fob', '0042')", id);
            return id;
        });

        JsonNode m = api.get("/api/communities/" + c + "/members/" + memberId).json();
        assertThat(m.get("id").asLong()).isEqualTo(memberId);
        assertThat(m.get("firstName").asText()).isEqualTo("Mary");
        assertThat(m.get("lastName").asText()).isEqualTo("Member");
        assertThat(m.get("email").asText()).isEqualTo("Member@X.example");
        assertThat(m.get("phone").asText()).isEqualTo("+1 555 0100");
        assertThat(m.get("source").asText()).isEqualTo("Website");
        assertThat(m.get("notes").asText()).isEqualTo("Corner desk");
        assertThat(m.get("teamId").asLong()).isEqualTo(teamId);
        assertThat(m.get("teamName").asText()).isEqualTo("Night Owls");
        assertThat(m.get("teamAdmin").asBoolean()).isTrue();
        assertThat(m.get("groups").isArray()).isTrue();
        assertThat(m.get("groups")).hasSize(1);
        assertThat(m.get("groups").get(0).asText()).isEqualTo("Group Blue");
        assertThat(m.get("customFields").get("Key Fob").asText()).isEqualTo("0042");
        assertThat(m.get("customFields")).hasSize(1);
        assertThat(m.get("promotedFromPersonId").asLong()).isEqualTo(personId);
        assertThat(m.get("onboardingEmailStatus").asText()).isEqualTo("none");
        assertThat(m.has("onboardingEmailSentAt")).isTrue();
        assertThat(m.get("onboardingEmailSentAt").isNull()).isTrue();
        for (String absent : List.of("followUpDate", "tourDate", "promotedDate")) {
            assertThat(m.has(absent)).as(absent).isFalse();
        }

        JsonNode list = api.get("/api/communities/" + c + "/members").json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0)).isEqualTo(m);

        JsonNode team = api.get("/api/communities/" + c + "/teams").json().get(0);
        assertThat(team.get("adminMemberId").asLong()).isEqualTo(memberId);
        assertThat(team.get("memberIds")).hasSize(1);
        assertThat(team.get("memberIds").get(0).asLong()).isEqualTo(memberId);

        // Not visible through another community, even one the same admin owns.
        long other = community();
        assertError(api.get("/api/communities/" + other + "/members/" + memberId), 404);
        assertThat(api.get("/api/communities/" + other + "/members").json()).isEmpty();
    }
}
