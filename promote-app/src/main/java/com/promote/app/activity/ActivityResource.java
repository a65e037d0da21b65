package com.promote.app.activity;

import com.promote.app.auth.CommunityGuard;
import com.promote.app.communities.Paging;
import com.promote.app.downloads.TableDownload;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Arrays;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/**
 * A community's activity log, newest first, as JSON and as CSV; and the signed-in admin's own
 * record. Read-only by design: no route edits or deletes an entry.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public final class ActivityResource {
    private static final List<String> HEADERS = List.of("id", "at", "admin", "address", "action", "target", "details");
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final CommunityGuard guard;

    public ActivityResource(Jdbi jdbi, CommunityGuard guard) {
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @GET
    @Path("/communities/{c}/activity")
    public List<ActivityEntry> community(@Context SecurityContext context, @PathParam("c") long communityId,
                                         @QueryParam("offset") Integer offset, @QueryParam("limit") Integer limit,
                                         @QueryParam("action") String action, @QueryParam("admin") String admin) {
        guard.require(context, communityId);
        Paging paging = Paging.of(offset, limit);
        return jdbi.withHandle(h -> ActivityReader.community(h, communityId, new ActivityReader.Filter(action, admin),
                paging.offset(), paging.limit()));
    }

    @GET
    @Path("/communities/{c}/activity.{format: " + TableDownload.FORMATS + "}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response download(@Context SecurityContext context, @PathParam("c") long communityId,
                             @PathParam("format") String format,
                             @QueryParam("action") String action, @QueryParam("admin") String admin) {
        guard.require(context, communityId);
        ActivityReader.Filter filter = new ActivityReader.Filter(action, admin);
        return TableDownload.of("activity", format, HEADERS, out -> {
            int offset = 0;
            List<ActivityEntry> page;
            do {
                int from = offset;
                page = jdbi.withHandle(h -> ActivityReader.community(h, communityId, filter, from, PAGE));
                for (ActivityEntry e : page) {
                    out.row(Arrays.asList(String.valueOf(e.id()), e.at().toString(), e.admin(), e.address(), e.action(),
                            e.target(), e.details()));
                }
                offset += page.size();
            } while (page.size() == PAGE);
        });
    }

    @GET
    @Path("/admins/me/activity")
    public List<ActivityEntry> own(@Context SecurityContext context, @QueryParam("offset") Integer offset,
                                   @QueryParam("limit") Integer limit) {
        Paging paging = Paging.of(offset, limit);
        long adminId = CommunityGuard.admin(context).id();
        return jdbi.withHandle(h -> ActivityReader.own(h, adminId, paging.offset(), paging.limit()));
    }
}
