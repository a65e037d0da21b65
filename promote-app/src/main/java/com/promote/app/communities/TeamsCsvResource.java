package com.promote.app.communities;

import com.promote.app.auth.CommunityGuard;
import com.promote.app.downloads.TableDownload;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Every team of a community as CSV or Excel (the page lists only the first 200), a page at a time. */
@Path("/api/communities/{c}/teams.{format: " + TableDownload.FORMATS + "}")
public final class TeamsCsvResource {
    private static final List<String> HEADERS = List.of("id", "name", "admin_member_id", "admin_email", "members",
            "bill_day");
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final CommunityGuard guard;

    public TeamsCsvResource(Jdbi jdbi, CommunityGuard guard) {
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response download(@Context SecurityContext context, @PathParam("c") long communityId,
                             @PathParam("format") String format) {
        guard.require(context, communityId);
        return TableDownload.of("teams", format, HEADERS, out -> {
            long after = 0;
            while (true) {
                long from = after;
                List<List<String>> page = jdbi.withHandle(h -> h.createQuery(
                                "SELECT t.id, t.name, t.admin_member_id, a.email,"
                                        + " (SELECT COUNT(*) FROM members m WHERE m.team_id = t.id), t.bill_day"
                                        + " FROM teams t LEFT JOIN members a ON a.id = t.admin_member_id"
                                        + " WHERE t.community_id = :c AND t.id > :after ORDER BY t.id LIMIT :limit")
                        .bind("c", communityId).bind("after", from).bind("limit", PAGE)
                        .map((rs, ctx) -> {
                            List<String> cells = new ArrayList<>();
                            for (int i = 1; i <= HEADERS.size(); i++) {
                                cells.add(rs.getString(i));
                            }
                            return cells;
                        }).list());
                for (List<String> row : page) {
                    out.row(row);
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = Long.parseLong(page.get(page.size() - 1).get(0));
            }
        });
    }
}
