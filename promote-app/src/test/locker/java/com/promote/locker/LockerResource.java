package com.promote.locker;

import com.promote.api.CommunityAccess;
import com.promote.api.CommunityInfo;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** A member's lockers: {@code [{number, floor}]}. */
@Path("/api/communities/{communityId}/members/{memberId}/lockers")
@Produces(MediaType.APPLICATION_JSON)
public final class LockerResource {
    private final Jdbi jdbi;
    private final CommunityAccess access;

    @Inject
    public LockerResource(Jdbi jdbi, CommunityAccess access) {
        this.jdbi = jdbi;
        this.access = access;
    }

    @GET
    public List<Map<String, Object>> list(@Context SecurityContext security, @PathParam("communityId") long communityId,
                                          @PathParam("memberId") long memberId) {
        CommunityInfo community = access.find(security.getUserPrincipal(), communityId)
                .orElseThrow(NotFoundException::new);
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT locker FROM test_lockers WHERE community_id = :c AND member_id = :m ORDER BY locker")
                .bind("c", community.id()).bind("m", memberId).mapTo(String.class).list())
                .stream().map(l -> Map.<String, Object>of("number", l, "floor", LockerExtension.floor(l))).toList();
    }
}
