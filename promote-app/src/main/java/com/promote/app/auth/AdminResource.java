package com.promote.app.auth;

import com.promote.engine.activity.ActivityAction;
import com.promote.engine.activity.ActivityRecorder;
import com.promote.engine.errors.PromoteException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class AdminResource {
    public record NewAdmin(String username, String password) {
    }

    public record AdminRef(String username) {
    }

    private final Jdbi jdbi;
    private final PasswordHasher hasher;
    private final CommunityGuard guard;
    private final ActivityRecorder activity;

    public AdminResource(Jdbi jdbi, PasswordHasher hasher, CommunityGuard guard, ActivityRecorder activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.guard = guard;
    }

    @POST
    @Path("/admins")
    public Response create(@Context SecurityContext context, NewAdmin body) {
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw PromoteException.invalid("username is required");
        }
        String username = body.username().trim();
        if (username.length() > 100) {
            throw PromoteException.invalid("username is longer than 100 characters");
        }
        String hash = hasher.hash(body.password());
        long id = jdbi.inTransaction(h -> {
            AdminDao dao = h.attach(AdminDao.class);
            if (dao.findByUsername(username).isPresent()) {
                throw PromoteException.conflict("username '" + username + "' is taken");
            }
            long created = dao.insert(username, hash);
            // On the creator's own record: the new admin belongs to no community yet.
            activity.own(h, CommunityGuard.admin(context).id(), ActivityAction.ADMIN_CREATED,
                    "admin " + created + " '" + username + "'");
            return created;
        });
        return Response.status(Response.Status.CREATED).entity(Map.of("id", id, "username", username)).build();
    }

    @POST
    @Path("/communities/{c}/admins")
    public Response addToCommunity(@Context SecurityContext context, @PathParam("c") long communityId, AdminRef body) {
        guard.require(context, communityId);
        if (body == null || body.username() == null || body.username().isBlank()) {
            throw PromoteException.invalid("username is required");
        }
        String username = body.username().trim();
        jdbi.useTransaction(h -> {
            AdminDao dao = h.attach(AdminDao.class);
            var admin = dao.findByUsername(username)
                    .orElseThrow(() -> PromoteException.notFound("Admin '" + username + "'"));
            if (dao.isBound(communityId, admin.id()) == 0) {
                dao.bind(communityId, admin.id());
                activity.community(h, communityId, CommunityGuard.admin(context).id(), ActivityAction.ADMIN_ADDED,
                        "admin " + admin.id() + " '" + username + "'", null);
            }
        });
        return Response.ok(Map.of("communityId", communityId, "username", username)).build();
    }
}
