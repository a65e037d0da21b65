package com.promote.app.communities;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.AdminDao;
import com.promote.app.auth.CommunityGuard;
import com.promote.engine.communities.Community;
import com.promote.engine.communities.CommunityDao;
import com.promote.engine.communities.NewCommunity;
import com.promote.engine.errors.PromoteException;
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
import java.util.List;
import org.jdbi.v3.core.Jdbi;

// Root "/api", shared with PeopleResource and AdminResource: JAX-RS routes a request to the
// root resource with the longest literal path first, so a root "/api/communities" or
// "/api/communities/{c}" would hide every other class's "/api/communities/{c}/..." method.
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class CommunityResource {
    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public CommunityResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    /** The creator is bound to the new community in the same transaction. */
    @POST
    @Path("/communities")
    public Response create(@Context SecurityContext context, NewCommunity body) {
        if (body == null) {
            throw PromoteException.invalid("a JSON body {name, timeZone, billingEnabled, defaultBillingDay} is required");
        }
        NewCommunity valid = body.validated();
        long adminId = CommunityGuard.admin(context).id();
        Community created = jdbi.inTransaction(h -> {
            long id = h.attach(CommunityDao.class).insert(valid);
            h.attach(AdminDao.class).bind(id, adminId);
            activity.record(h, context.getUserPrincipal(), id, ActivityAction.COMMUNITY_CREATED,
                    "community '" + valid.name() + "'", "timeZone " + valid.timeZone() + ", billingEnabled "
                            + valid.billingEnabled() + ", defaultBillingDay " + valid.defaultBillingDay());
            return h.attach(CommunityDao.class).find(id).orElseThrow();
        });
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/communities")
    public List<Community> mine(@Context SecurityContext context) {
        return jdbi.withExtension(AdminDao.class, dao -> dao.communitiesOf(CommunityGuard.admin(context).id()));
    }

    @GET
    @Path("/communities/{c}")
    public Community get(@Context SecurityContext context, @PathParam("c") long communityId) {
        return guard.require(context, communityId);
    }
}
