package com.promote.billing.plans;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.promote.api.ActivityLog;
import com.promote.api.CommunityInfo;
import com.promote.billing.Parsed;
import com.promote.billing.web.ApiErrors;
import com.promote.billing.web.MemberScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.sql.SQLException;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.StatementException;

/** Plans are created by admins here, never by an upload. */
@Path("/api/communities/{communityId}/plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PlanResource {
    static final int MAX_NAME = 255;

    /** {@code monthlyPrice} may be a JSON string ("300.00") or number (300). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record NewPlan(String name, Object monthlyPrice, Object currency) {
    }

    public record PlanView(long id, String name, String monthlyPrice, String currency) {
        static PlanView of(Plan plan) {
            return new PlanView(plan.id(), plan.name(), Money.format(plan.monthlyPriceCents()), plan.currency());
        }
    }

    private final Jdbi jdbi;
    private final MemberScope scope;
    private final ActivityLog activity;

    @Inject
    public PlanResource(Jdbi jdbi, MemberScope scope, ActivityLog activity) {
        this.jdbi = requireNonNull(jdbi, "jdbi is null");
        this.scope = requireNonNull(scope, "scope is null");
        this.activity = requireNonNull(activity, "activity is null");
    }

    @GET
    public List<PlanView> list(@Context SecurityContext security, @PathParam("communityId") long communityId) {
        CommunityInfo community = scope.community(security, communityId);
        return jdbi.withExtension(PlanDao.class, dao -> dao.list(community.id())).stream().map(PlanView::of).toList();
    }

    @POST
    public Response create(@Context SecurityContext security, @PathParam("communityId") long communityId,
                           NewPlan body) {
        CommunityInfo community = scope.community(security, communityId);
        if (body == null) {
            throw ApiErrors.of(422, "Send a plan: {\"name\", \"monthlyPrice\", \"currency\"}.");
        }
        String name = validName(body.name());
        long cents = valid(Money.parseCents(body.monthlyPrice()));
        String currency = valid(Money.parseCurrency(body.currency()));
        Plan plan = jdbi.inTransaction(h -> {
            PlanDao dao = h.attach(PlanDao.class);
            if (dao.findByName(community.id(), name).isPresent()) {
                throw taken(name);
            }
            try {
                long id = dao.insert(community.id(), name, cents, currency);
                activity.record(h, security.getUserPrincipal(), community.id(), "plan_created",
                        "plan " + id + " '" + name + "'", Money.format(cents) + " " + currency + " a month");
                return new Plan(id, community.id(), name, cents, currency);
            } catch (StatementException e) {
                // Another request created the same name in between: the unique key says so.
                if (isUniqueViolation(e)) {
                    throw taken(name);
                }
                throw e;
            }
        });
        return Response.status(Response.Status.CREATED).entity(PlanView.of(plan)).build();
    }

    private static String validName(String raw) {
        String name = raw == null ? "" : raw.trim();
        if (name.isEmpty()) {
            throw ApiErrors.of(422, "A plan needs a name.");
        }
        if (name.length() > MAX_NAME) {
            throw ApiErrors.of(422, "A plan name has at most " + MAX_NAME + " characters.");
        }
        if (name.contains(",")) {
            // The Plans column is comma-separated, so such a plan could never be named in a file.
            throw ApiErrors.of(422, "A plan name must not contain a comma: the Plans column separates plans with commas.");
        }
        return name;
    }

    private static <T> T valid(Parsed<T> parsed) {
        if (!parsed.isOk()) {
            throw ApiErrors.of(422, parsed.message());
        }
        return parsed.value();
    }

    private static RuntimeException taken(String name) {
        return ApiErrors.of(409, "A plan named '" + name + "' already exists in this community.");
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }
}
