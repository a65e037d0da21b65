package com.promote.app.communities;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.engine.communities.Community;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{c}/teams")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TeamResource {
    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final TeamExtras extras;
    private final ActivityLog activity;

    public TeamResource(Jdbi jdbi, CommunityGuard guard, TeamExtras extras, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
        this.extras = extras;
    }

    /** {@code {name, ...}}: the fields installed extensions add to a team are theirs to check and store. */
    @POST
    public Response create(@Context SecurityContext context, @PathParam("c") long communityId, Map<String, Object> body) {
        Community community = guard.require(context, communityId);
        Object given = body == null ? null : body.get("name");
        String name = given instanceof String s ? s.trim() : "";
        if (name.isEmpty() || name.length() > 300) {
            throw PromoteException.invalid("name is required (at most 300 characters)");
        }
        List<String> unknown = body.keySet().stream().filter(k -> !k.equals("name") && !extras.names().contains(k))
                .toList();
        if (!unknown.isEmpty()) {
            // Said rather than dropped: a value nobody stores would be lost without a word.
            throw PromoteException.invalid("unknown team field(s) " + unknown + ": a team takes name"
                    + (extras.names().isEmpty() ? "" : " and " + String.join(", ", extras.names()))
                    + " on this server");
        }
        List<String> problems = extras.check(body);
        if (!problems.isEmpty()) {
            throw PromoteException.invalid(String.join("; ", problems));
        }
        long id = jdbi.inTransaction(h -> {
            TeamDao dao = h.attach(TeamDao.class);
            if (dao.findByName(communityId, name).isPresent()) {
                throw PromoteException.conflict("a team named '" + name + "' already exists");
            }
            long created = dao.insert(communityId, name, null);
            extras.store(h, community.info(), created, body);
            activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.TEAM_CREATED,
                    "team " + created + " '" + name + "'", null);
            return created;
        });
        return Response.status(Response.Status.CREATED)
                .entity(Map.of("id", id, "name", name)).build();
    }

    /** {@code [{id, name, adminMemberId, memberIds, ...}]}, then the fields extensions add. */
    @GET
    public List<Map<String, Object>> list(@Context SecurityContext context, @PathParam("c") long communityId,
                                          @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        Community community = guard.require(context, communityId);
        Paging paging = Paging.of(offset, limit);
        return jdbi.withHandle(h -> {
            List<Team> teams = h.attach(TeamDao.class).page(communityId, paging.offset(), paging.limit());
            if (teams.isEmpty()) {
                return List.<Map<String, Object>>of();
            }
            List<Long> ids = teams.stream().map(Team::id).toList();
            // One query for the members of the whole page, not one per team.
            Map<Long, List<Long>> members = new HashMap<>();
            h.createQuery("SELECT team_id, id FROM members WHERE team_id IN (<ids>) ORDER BY id")
                    .bindList("ids", ids)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getLong(2)))
                    .forEach(e -> members.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
            Map<Long, Map<String, Object>> added = extras.read(h, community.info(), ids);
            return teams.stream().map(t -> {
                Map<String, Object> view = new LinkedHashMap<>();
                view.put("id", t.id());
                view.put("name", t.name());
                view.put("adminMemberId", t.adminMemberId());
                view.put("memberIds", members.getOrDefault(t.id(), List.of()));
                view.putAll(added.get(t.id()));
                return view;
            }).toList();
        });
    }
}
