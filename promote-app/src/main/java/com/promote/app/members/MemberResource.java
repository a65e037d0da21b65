package com.promote.app.members;

import com.promote.app.auth.CommunityGuard;
import com.promote.app.communities.Paging;
import com.promote.engine.errors.PromoteException;
import com.promote.engine.members.MemberReader;
import com.promote.engine.members.MemberView;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

@Path("/api/communities/{c}/members")
@Produces(MediaType.APPLICATION_JSON)
public final class MemberResource {
    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final MemberReader reader;

    public MemberResource(Jdbi jdbi, CommunityGuard guard, MemberReader reader) {
        this.jdbi = jdbi;
        this.guard = guard;
        this.reader = reader;
    }

    @GET
    public List<MemberView> list(@Context SecurityContext context, @PathParam("c") long communityId,
                                 @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit) {
        guard.require(context, communityId);
        Paging paging = Paging.of(offset, limit);
        return jdbi.withHandle(h -> reader.page(h, communityId, paging.offset(), paging.limit()));
    }

    @GET
    @Path("/{m}")
    public MemberView get(@Context SecurityContext context, @PathParam("c") long communityId,
                          @PathParam("m") long memberId) {
        guard.require(context, communityId);
        return jdbi.withHandle(h -> reader.find(h, communityId, memberId))
                .orElseThrow(() -> PromoteException.notFound("Member " + memberId));
    }
}
