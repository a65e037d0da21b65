package com.promote.app.billing;

import static com.promote.app.testing.ApiClient.idOf201;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.promote.app.testing.AppContract;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * SPEC.md "Undo" through the HTTP API with billing installed: the undo answers 202 and runs as a
 * job the promotion shows; the CRM ends exactly as before (same ids, fields, dates) and what the
 * promotion made is gone (members, teams, group links, custom fields, memberships, unissued
 * invoices). 1,100 members: three batches.
 */
abstract class UndoJobContract extends AppContract {
    private static final AtomicInteger SEQ = new AtomicInteger();
    private static final int PEOPLE = 1_100;

    @Override
    protected List<Path> pluginJars() {
        return List.of(BillingPluginJar.jar());
    }

    private long community() {
        long c = idOf201(api.post("/api/communities", Map.of("name", "Undo " + SEQ.incrementAndGet(),
                "timeZone", "America/New_York", "billingEnabled", true, "defaultBillingDay", 1)));
        idOf201(api.post("/api/communities/" + c + "/plans", Map.of("name", "Desk", "monthlyPrice", "300.00",
                "currency", "USD")));
        idOf201(api.post("/api/communities/" + c + "/groups", Map.of("name", "Group Blue")));
        db.jdbi().useHandle(h -> {
            var people = h.prepareBatch("INSERT INTO people (community_id, type, first_name, last_name, email, email_key,"
                    + " phone, source, notes, follow_up_date, tour_date, created_at) VALUES (:c, :type, 'F', :n, :e, :e,"
                    + " :phone, 'web', 'n', DATE '2026-06-01', DATE '2026-04-02', TIMESTAMP '2026-01-02 03:04:05.678')");
            for (int i = 0; i < PEOPLE; i++) {
                people.bind("c", c).bind("type", i % 3 == 0 ? "contact" : "lead").bind("n", "N" + i)
                        .bind("e", "u" + i + "@x.org").bind("phone", "555-" + i).add();
            }
            people.execute();
        });
        return c;
    }

    private String file() {
        StringBuilder file = new StringBuilder("email,company_name,Plans,Room Permissions,Key Fob,Billing Start Date\n");
        for (int i = 0; i < PEOPLE; i++) {
            file.append('u').append(i).append("@x.org,Team ").append(i / 4).append(",Desk,Group Blue,F").append(i)
                    .append(',').append(i % 2 == 0 ? "06/20/2026" : "").append('\n');
        }
        return file.toString();
    }

    private List<String> crm(long c) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT id, type, first_name, last_name, email, email_key,"
                        + " phone, company_name, source, notes, follow_up_date, tour_date, promoted_date, created_at,"
                        + " archived_at, promoted_to_member_id FROM people WHERE community_id = :c ORDER BY id")
                .bind("c", c)
                .map((rs, ctx) -> {
                    StringBuilder line = new StringBuilder();
                    for (int i = 1; i <= 16; i++) {
                        line.append(rs.getString(i)).append('|');
                    }
                    return line.toString();
                })
                .list());
    }

    private int count(String sql, long c) {
        return db.jdbi().withHandle(h -> h.createQuery(sql).bind("c", c).mapTo(Integer.class).one());
    }

    @Test
    void undoAnswers202ShowsProgressAndPutsTheCrmBackExactly() {
        long c = community();
        List<String> before = crm(c);
        JsonNode p = api.promote(c, file(), false);
        assertThat(p.get("promoted").asInt()).as("%s", p.get("message")).isEqualTo(PEOPLE);
        assertThat(p.get("undo").isNull()).isTrue();
        assertThat(count("SELECT COUNT(*) FROM billing_memberships WHERE community_id = :c", c)).isEqualTo(PEOPLE);
        String unissued = "SELECT COUNT(*) FROM billing_invoices WHERE community_id = :c AND issue_date > DATE '2026-05-15'";
        String issued = "SELECT COUNT(*) FROM billing_invoices WHERE community_id = :c AND issue_date <= DATE '2026-05-15'";
        String fields = "SELECT COUNT(*) FROM member_custom_fields f JOIN members m ON m.id = f.member_id"
                + " WHERE m.community_id = :c";
        int issuedBefore = count(issued, c);
        assertThat(count(unissued, c)).as("a prorated invoice for each Billing Start Date").isEqualTo(PEOPLE / 2);
        assertThat(count(fields, c)).isEqualTo(PEOPLE);
        assertThat(count("SELECT COUNT(*) FROM teams WHERE community_id = :c", c)).isEqualTo(PEOPLE / 4);
        long id = p.get("id").asLong();
        String undo = "/api/communities/" + c + "/promotions/" + id + "/undo";

        JsonNode preview = api.post(undo, Map.of("dryRun", true)).json();
        assertThat(preview.get("dryRun").asBoolean()).isTrue();
        assertThat(preview.get("restored").asInt()).isEqualTo(PEOPLE);
        assertThat(preview.get("teamsRemoved")).hasSize(PEOPLE / 4);

        List<String> seen = new ArrayList<>();
        JsonNode done = api.undo(c, id, seen);

        assertThat(seen.get(0)).as("the 202's status").isEqualTo("queued");
        assertThat(seen).endsWith("succeeded").isSubsetOf("queued", "running", "succeeded");
        assertThat(done.get("totalMembers").asInt()).isEqualTo(PEOPLE);
        assertThat(done.get("processedMembers").asInt()).isEqualTo(PEOPLE);
        assertThat(done.get("restored").asInt()).isEqualTo(PEOPLE);
        assertThat(done.get("leftAlone")).isEmpty();
        List<String> teams = new ArrayList<>();
        done.get("teamsRemoved").forEach(t -> teams.add(t.asText()));
        assertThat(teams).hasSize(PEOPLE / 4).contains("Team 0", "Team " + (PEOPLE / 4 - 1)).doesNotHaveDuplicates();
        assertThat(done.get("startedAt").isNull()).isFalse();
        assertThat(done.get("finishedAt").isNull()).isFalse();

        assertThat(crm(c)).as("same people, ids, fields and dates").isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM members WHERE community_id = :c", c)).isZero();
        assertThat(count("SELECT COUNT(*) FROM teams WHERE community_id = :c", c)).isZero();
        assertThat(count("SELECT COUNT(*) FROM billing_memberships WHERE community_id = :c", c)).isZero();
        assertThat(count(unissued, c)).as("invoices not issued yet go").isZero();
        assertThat(count(issued, c)).as("issued invoices stay").isEqualTo(issuedBefore);
        assertThat(count("SELECT COUNT(*) FROM billing_team_bill_days WHERE community_id = :c", c)).isZero();
        assertThat(count("SELECT COUNT(*) FROM member_groups mg JOIN room_groups g ON g.id = mg.group_id"
                + " WHERE g.community_id = :c", c)).isZero();
        assertThat(count(fields, c)).isZero();
        JsonNode listed = api.get("/api/communities/" + c + "/promotions").json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(id);
        assertThat(listed.get("undoneAt").asText()).isEqualTo(done.get("finishedAt").asText());
        JsonNode activity = api.get("/api/communities/" + c + "/activity?limit=2").json();
        assertThat(activity.get(0).get("action").asText()).isEqualTo("undo");
        assertThat(activity.get(0).get("details").asText())
                .isEqualTo("restored " + PEOPLE + " members to the CRM, left 0 alone, removed " + PEOPLE / 4 + " teams");
        assertThat(activity.get(1).get("action").asText()).isEqualTo("undo_requested");

        assertThat(api.post(undo, Map.of()).status()).as("a second undo").isEqualTo(409);
        assertThat(api.post(undo, Map.of("dryRun", true)).status()).as("a preview of a second undo").isEqualTo(409);
        // The same people promoted again, as the first time.
        assertThat(api.promote(c, file(), false).get("promoted").asInt()).isEqualTo(PEOPLE);
    }

    @Test
    void aPreviewAPromotionPastThirtyDaysOrOneBeingUndoneCannotBeUndone() {
        long c = community();
        JsonNode dry = api.promote(c, "email,Plans\nu1@x.org,Desk\n", true);
        assertThat(api.post("/api/communities/" + c + "/promotions/" + dry.get("id").asLong() + "/undo", Map.of())
                .status()).as("a dry run").isEqualTo(409);

        JsonNode old = api.promote(c, "email,Plans\nu2@x.org,Desk\n", false);
        db.jdbi().useHandle(h -> h.createUpdate("UPDATE promotions SET finished_at = TIMESTAMPADD(DAY, -31, finished_at)"
                + " WHERE id = :p").bind("p", old.get("id").asLong()).execute());
        var tooOld = api.post("/api/communities/" + c + "/promotions/" + old.get("id").asLong() + "/undo", Map.of());
        assertThat(tooOld.status()).isEqualTo(409);
        assertThat(tooOld.body()).contains("30 days");

        // Two requests at once: one job, the other refused.
        JsonNode p = api.promote(c, "email,Plans\nu3@x.org,Desk\nu4@x.org,Desk\n", false);
        String undo = "/api/communities/" + c + "/promotions/" + p.get("id").asLong() + "/undo";
        List<Integer> statuses = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            Thread t = new Thread(() -> statuses.add(api.post(undo, Map.of()).status()));
            t.start();
            threads.add(t);
        }
        threads.forEach(t -> {
            try {
                t.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(statuses).containsExactlyInAnyOrder(202, 409);
        assertThat(api.post("/api/communities/" + c + "/promotions/999999/undo", Map.of()).status()).isEqualTo(404);
    }
}
