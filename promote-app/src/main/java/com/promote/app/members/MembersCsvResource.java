package com.promote.app.members;

import com.promote.app.auth.CommunityGuard;
import com.promote.app.downloads.TableDownload;
import com.promote.engine.members.AddedValue;
import com.promote.engine.members.MemberReader;
import com.promote.engine.members.MemberView;
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

/** Every member of a community as CSV or Excel: the members list, downloadable, a page at a time. */
@Path("/api/communities/{c}/members.{format: " + TableDownload.FORMATS + "}")
public final class MembersCsvResource {
    /** The core's columns; what extensions add to members goes between the two. */
    private static final List<String> BEFORE = List.of("id", "first_name", "last_name", "email", "phone", "team",
            "team_admin");
    private static final List<String> AFTER = List.of("source", "notes", "onboarding_email");
    private static final int PAGE = 1_000;

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final MemberReader reader;

    public MembersCsvResource(Jdbi jdbi, CommunityGuard guard, MemberReader reader) {
        this.jdbi = jdbi;
        this.guard = guard;
        this.reader = reader;
    }

    @GET
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response download(@Context SecurityContext context, @PathParam("c") long communityId,
                             @PathParam("format") String format) {
        guard.require(context, communityId);
        List<String> headers = new ArrayList<>(BEFORE);
        reader.addedNames().forEach(n -> headers.add(AddedValue.header(n)));
        headers.addAll(AFTER);
        return TableDownload.of("members", format, headers, out -> {
            for (int offset = 0; ; offset += PAGE) {
                int from = offset;
                List<MemberView> page = jdbi.withHandle(h -> reader.page(h, communityId, from, PAGE));
                for (MemberView m : page) {
                    out.row(row(m));
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
        });
    }

    private static List<String> row(MemberView m) {
        List<String> cells = new ArrayList<>();
        cells.add(String.valueOf(m.id()));
        cells.add(m.firstName());
        cells.add(m.lastName());
        cells.add(m.email());
        cells.add(m.phone());
        cells.add(m.teamName());
        cells.add(String.valueOf(m.teamAdmin()));
        m.added().values().forEach(v -> cells.add(AddedValue.text(v)));
        cells.add(m.source());
        cells.add(m.notes());
        cells.add(m.onboardingEmailStatus());
        return cells;
    }
}
