package com.promote.billing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.promote.api.CommunityAccess;
import com.promote.api.CommunityInfo;
import com.promote.api.TeamInfo;
import com.promote.billing.BillingColumns;
import com.promote.billing.DirectWrites;
import com.promote.billing.FakePlanContext;
import com.promote.billing.FakeRowCells;
import com.promote.billing.db.BillingSchema;
import com.promote.billing.invoices.InvoiceResource;
import com.promote.billing.memberships.MembershipResource;
import com.promote.billing.plans.CommunityPlans;
import com.promote.billing.plans.PlanResource;
import com.promote.billing.row.BillingRowPlan;
import com.promote.billing.row.RowPlanner;
import com.promote.testing.TestDatabase;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The billing resources through real Jersey and Jackson, on H2 with the real changelog.
 * The signed-in admin "ada" sees community 1 only; community 2 exists but is another admin's.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class BillingResourcesTest {
    private static final TestDatabase DB = BillingSchema.create(TestDatabase.Kind.H2);
    private static final Jdbi JDBI = DB.jdbi();
    private static final CommunityInfo OURS = new CommunityInfo(1, "Hive", ZoneId.of("UTC"), true, 1);
    private static final CommunityInfo THEIRS = new CommunityInfo(2, "Other", ZoneId.of("UTC"), true, 1);

    private static final CommunityAccess ACCESS = (admin, id) ->
            admin != null && admin.getName().equals("ada") && id == OURS.id() ? Optional.of(OURS) : Optional.empty();
    private static final MemberScope SCOPE = new MemberScope(ACCESS, JDBI);
    /** What the plugin asked the app's activity log to record. */
    static final java.util.List<String> ACTIVITY = new java.util.concurrent.CopyOnWriteArrayList<>();
    private static final com.promote.api.ActivityLog LOG = (handle, admin, community, action, target, details) ->
            ACTIVITY.add(admin.getName() + " " + community + " " + action + " " + target + " " + details);

    /** Stands in for the app's HTTP Basic authentication. */
    private static final ContainerRequestFilter SIGNED_IN_AS_ADA = request -> request.setSecurityContext(new SecurityContext() {
        @Override
        public Principal getUserPrincipal() {
            return () -> "ada";
        }

        @Override
        public boolean isUserInRole(String role) {
            return false;
        }

        @Override
        public boolean isSecure() {
            return false;
        }

        @Override
        public String getAuthenticationScheme() {
            return SecurityContext.BASIC_AUTH;
        }
    });

    static final ResourceExtension RESOURCES = ResourceExtension.builder()
            .addProvider(SIGNED_IN_AS_ADA)
            .addResource(new PlanResource(JDBI, SCOPE, LOG))
            .addResource(new MembershipResource(JDBI, SCOPE))
            .addResource(new InvoiceResource(JDBI, SCOPE))
            .build();

    private static long ourMember;
    private static long theirMember;

    @BeforeAll
    static void members() {
        JDBI.useHandle(h -> {
            h.execute("INSERT INTO communities (id, name) VALUES (1, 'Hive'), (2, 'Other')");
            h.execute("INSERT INTO teams (id, community_id, name) VALUES (1, 1, 'Acme'), (2, 2, 'Acme')");
            h.execute("INSERT INTO members (id, community_id, team_id, email) VALUES (11, 1, 1, 'ada@x.org'), (22, 2, 2, 'bob@x.org')");
        });
        ourMember = 11;
        theirMember = 22;
    }

    @AfterAll
    static void close() {
        DB.close();
    }

    private static Response post(long community, Object body) {
        return RESOURCES.target("/api/communities/" + community + "/plans").request().post(Entity.json(body));
    }

    private static Map<String, Object> json(Response response) {
        return response.readEntity(new GenericType<>() { });
    }

    @Test
    void createsAPlanWithAStringOrNumberPrice() {
        Response created = post(1, Map.of("name", "Gold", "monthlyPrice", "300.00", "currency", "USD"));
        assertThat(created.getStatus()).isEqualTo(201);
        Map<String, Object> gold = json(created);
        assertThat(gold).containsEntry("name", "Gold").containsEntry("monthlyPrice", "300.00").containsEntry("currency", "USD");
        assertThat(gold.get("id")).isInstanceOf(Number.class);

        Map<String, Object> locker = json(post(1, Map.of("name", "Locker", "monthlyPrice", 19.5, "currency", "usd")));
        assertThat(locker).containsEntry("monthlyPrice", "19.50").containsEntry("currency", "USD");

        List<Map<String, Object>> plans = RESOURCES.target("/api/communities/1/plans").request()
                .get(new GenericType<>() { });
        assertThat(plans).extracting(p -> p.get("name")).contains("Gold", "Locker");
        assertThat(ACTIVITY).contains("ada 1 plan_created plan " + gold.get("id") + " 'Gold' 300.00 USD a month");
    }

    @Test
    void theSameNameAgainIsAConflict() {
        assertThat(post(1, Map.of("name", "Desk", "monthlyPrice", "100", "currency", "USD")).getStatus()).isEqualTo(201);
        int logged = ACTIVITY.size();
        Response again = post(1, Map.of("name", " Desk ", "monthlyPrice", "120", "currency", "USD"));
        assertThat(again.getStatus()).isEqualTo(409);
        assertThat(ACTIVITY).as("a refused plan is not logged").hasSize(logged);
        assertThat(json(again)).containsEntry("code", 409).containsKey("message");
    }

    @Test
    void badPriceCurrencyOrNameIsUnprocessable() {
        for (Map<String, Object> body : List.<Map<String, Object>>of(
                Map.of("name", "A", "monthlyPrice", "abc", "currency", "USD"),
                Map.of("name", "B", "monthlyPrice", "-5", "currency", "USD"),
                Map.of("name", "C", "monthlyPrice", "1.005", "currency", "USD"),
                Map.of("name", "D", "monthlyPrice", "10", "currency", "DOLLARS"),
                Map.of("name", "E", "monthlyPrice", "10"),
                Map.of("name", "Gold, Silver", "monthlyPrice", "10", "currency", "USD"),
                Map.of("monthlyPrice", "10", "currency", "USD"))) {
            Response response = post(1, body);
            assertThat(response.getStatus()).as(body.toString()).isEqualTo(422);
            assertThat(json(response)).containsEntry("code", 422).containsKey("message");
        }
    }

    @Test
    void anotherAdminsCommunityIsNotFound() {
        Response response = post(2, Map.of("name", "Gold", "monthlyPrice", "1", "currency", "USD"));
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(json(response)).containsEntry("code", 404);
        assertThat(RESOURCES.target("/api/communities/2/plans").request().get().getStatus()).isEqualTo(404);
        assertThat(RESOURCES.target("/api/communities/2/members/22/memberships").request().get().getStatus()).isEqualTo(404);
    }

    @Test
    void aMemberOfAnotherCommunityIsNotFound() {
        Response memberships = RESOURCES.target("/api/communities/1/members/" + theirMember + "/memberships").request().get();
        Response invoices = RESOURCES.target("/api/communities/1/members/" + theirMember + "/invoices").request().get();
        assertThat(memberships.getStatus()).isEqualTo(404);
        assertThat(invoices.getStatus()).isEqualTo(404);
        assertThat(json(invoices)).containsEntry("code", 404);
    }

    @Test
    void showsAMembersMembershipsAndProratedInvoice() {
        post(1, Map.of("name", "Hot Desk", "monthlyPrice", "300.00", "currency", "USD"));
        CommunityPlans plans = JDBI.withHandle(h -> CommunityPlans.load(h, OURS.id()));
        BillingRowPlan plan = RowPlanner.plan(new FakeRowCells(1).with(BillingColumns.PLANS, "Hot Desk")
                        .with(BillingColumns.BILLING_START_DATE, "06/20/2026"),
                new FakePlanContext().provide(CommunityPlans.class, plans)
                        .team(TeamInfo.Origin.CREATED_BY_THIS_ROW, OptionalInt.empty())).plan();
        JDBI.useTransaction(h -> DirectWrites.write(h, plan, OURS, ourMember, 1, true));

        List<Map<String, Object>> memberships = RESOURCES.target("/api/communities/1/members/" + ourMember + "/memberships")
                .request().get(new GenericType<>() { });
        assertThat(memberships).containsExactly(Map.of("plan", "Hot Desk", "monthlyPrice", "300.00", "currency", "USD",
                "billDay", 1, "startDate", "2026-06-20", "firstBillDate", "2026-07-01"));

        List<Map<String, Object>> invoices = RESOURCES.target("/api/communities/1/members/" + ourMember + "/invoices")
                .request().get(new GenericType<>() { });
        assertThat(invoices).hasSize(1);
        assertThat(invoices.get(0)).containsEntry("issueDate", "2026-06-20").containsEntry("periodStart", "2026-06-20")
                .containsEntry("periodEnd", "2026-06-30").containsEntry("amount", "110.00")
                .containsEntry("currency", "USD").containsEntry("kind", "prorated");
    }
}
