package com.promote.app.communities;

import com.promote.app.auth.CommunityGuard;
import com.promote.app.downloads.TableDownload;
import com.promote.engine.communities.Community;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Every team of a community as CSV or Excel (the page lists only the first 200), a page at a time. */
@Path("/api/communities/{c}/teams.{format: " + TableDownload.FORMATS + "}")
public final class TeamsCsvResource {
    private static final List<String> HEADERS = List.of("id", "name", "admin_member_id", "admin_email", "members");
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final TeamExtras extras;

    public TeamsCsvResource(Jdbi jdbi, CommunityGuard guard, TeamExtras extras) {
        this.jdbi = jdbi;
        this.guard = guard;
        this.extras = extras;
    }

    /** An added field's CSV header: its JSON name in snake_case ({@code fooBar} -> {@code foo_bar}). */
    static String header(String jsonName) {
        return jsonName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response download(@Context SecurityContext context, @PathParam("c") long communityId,
                             @PathParam("format") String format) {
        Community community = guard.require(context, communityId);
        List<String> headers = new ArrayList<>(HEADERS);
        extras.names().forEach(n -> headers.add(header(n)));
        return TableDownload.of("teams", format, headers, out -> {
            long after = 0;
            while (true) {
                long from = after;
                List<List<String>> page = jdbi.withHandle(h -> h.createQuery(
                                "SELECT t.id, t.name, t.admin_member_id, a.email,"
                                        + " (SELECT COUNT(*) FROM members m WHERE m.team_id = t.id)"
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
                List<Long> ids = page.stream().map(r -> Long.parseLong(r.get(0))).toList();
                Map<Long, Map<String, Object>> added = jdbi.withHandle(h -> extras.read(h, community.info(), ids));
                for (List<String> row : page) {
                    List<String> cells = new ArrayList<>(row);
                    added.get(Long.parseLong(row.get(0))).values()
                            .forEach(v -> cells.add(v == null ? null : String.valueOf(v)));
                    out.row(cells);
                }
                if (page.size() < PAGE) {
                    break;
                }
                after = Long.parseLong(page.get(page.size() - 1).get(0));
            }
        });
    }
}
