package com.promote.app.communities;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.groups.Group;
import com.promote.engine.groups.GroupDao;
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
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{c}/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class GroupResource {
    public record NewGroup(String name) {
    }

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public GroupResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @POST
    public Response create(@Context SecurityContext context, @PathParam("c") long communityId, NewGroup body) {
        guard.require(context, communityId);
        String name = body == null || body.name() == null ? "" : body.name().trim();
        if (name.isEmpty() || name.length() > 200) {
            throw PromoteException.invalid("name is required (at most 200 characters)");
        }
        if (name.contains(",")) {
            throw PromoteException.invalid("a group name cannot contain a comma: uploads list groups comma-separated");
        }
        long id = jdbi.inTransaction(h -> {
            GroupDao dao = h.attach(GroupDao.class);
            if (dao.list(communityId).stream().anyMatch(g -> g.name().equals(name))) {
                throw PromoteException.conflict("a group named '" + name + "' already exists");
            }
            long created = dao.insert(communityId, name);
            activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.GROUP_CREATED,
                    "group " + created + " '" + name + "'", null);
            return created;
        });
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id, "name", name)).build();
    }

    @GET
    public List<Group> list(@Context SecurityContext context, @PathParam("c") long communityId) {
        guard.require(context, communityId);
        return jdbi.withExtension(GroupDao.class, dao -> dao.list(communityId));
    }
}
