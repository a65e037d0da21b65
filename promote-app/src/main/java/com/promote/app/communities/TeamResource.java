package com.promote.app.communities;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.teams.Team;
import com.promote.engine.teams.TeamDao;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{c}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TeamResource {
    public record NewTeam(String name, Integer billDay) {
    }

    public record TeamView(long id, String name, Long adminMemberId, List<Long> memberIds, Integer billDay) {
    }

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public TeamResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @POST
    public Response create(@Context SecurityContext context, @PathParam("c") long communityId, NewTeam body) {
        guard.require(context, communityId);
        String name = body == null || body.name() == null ? "" : body.name().trim();
        if (name.isEmpty() || name.length() > 300) {
            throw PromoteException.invalid("name is required (at most 300 characters)");
        }
        Integer billDay = body.billDay();
        if (billDay != null && (billDay < 1 || billDay > 31)) {
            throw PromoteException.invalid("billDay must be a whole number from 1 to 31");
        }
        long id = jdbi.inTransaction(h -> {
            TeamDao dao = h.attach(TeamDao.class);
            if (dao.findByName(communityId, name).isPresent()) {
                throw PromoteException.conflict("a team named '" + name + "' already exists");
            }
            long created = dao.insert(communityId, name, billDay, null);
            activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.TEAM_CREATED,
                    "team " + created + " '" + name + "'", billDay == null ? null : "bill day " + billDay);
            return created;
        });
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", id, "name", name)).build();
    }

    @GET
    public List<TeamView> list(@Context SecurityContext context, @PathParam("c") long communityId,
                               @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        guard.require(context, communityId);
        Paging paging = Paging.of(offset, limit);
        return jdbi.withHandle(h -> {
            List<Team> teams = h.attach(TeamDao.class).page(communityId, paging.offset(), paging.limit());
            if (teams.isEmpty()) {
                return List.<TeamView>of();
            }
            // One query for the members of the whole page, not one per team.
            Map<Long, List<Long>> members = new HashMap<>();
            h.createQuery("SELECT team_id, id FROM members WHERE team_id IN (<ids>) ORDER BY id")
                    .bindList("ids", teams.stream().map(Team::id).toList())
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            return teams.stream().map(t -> new TeamView(t.id(), t.name(), t.adminMemberId(),
                    members.getOrDefault(t.id(), List.of()), t.billDay())).toList();
        });
    }
}
