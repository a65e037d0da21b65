package com.promote.app.web;

import com.promote.app.activity.ActivityReader;
import com.promote.app.auth.AdminDao;
import com.promote.app.auth.PageSession;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.auth.HtmlPage;
import com.promote.app.communities.TeamExtras;
import com.promote.engine.communities.Community;
import com.promote.engine.members.MemberReader;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * The admin page: the admin's communities, then one community's tabs. Pages only read;
 * every change goes through the JSON API (the page's script) or a form with the CSRF token.
 */
@HtmlPage
@Path("/communities")
@Produces(MediaType.TEXT_HTML)
public final class CommunityPages {
    private static final int PAGE_SIZE = 50;

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final TeamExtras teamExtras;
    private final ExtensionPages extensions;
    private final MemberReader members;

    CommunityPages(Jdbi jdbi, CommunityGuard guard, TeamExtras teamExtras, MemberReader members,
                   ExtensionPages extensions) {
        this.members = members;
        this.teamExtras = teamExtras;
        this.jdbi = jdbi;
        this.guard = guard;
        this.extensions = extensions;
    }

    @GET
    public CommunitiesPage communities(@Context ContainerRequestContext request) {
        PageSession session = PageAuth.require(request);
        return new CommunitiesPage(session,
                jdbi.withExtension(AdminDao.class, dao -> dao.communitiesOf(session.admin().id())));
    }

    @GET
    @Path("{c}")
    public Response community(@Context ContainerRequestContext request, @PathParam("c") long c) {
        community(PageAuth.require(request), c);
        return Response.seeOther(URI.create("/communities/" + c + "/crm")).build();
    }

    @GET
    @Path("{c}/crm")
    public CrmPage crm(@Context ContainerRequestContext request, @PathParam("c") long c,
                       @QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("page") Integer page) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        String personType = "lead".equals(type) || "contact".equals(type) ? type : null;
        String pattern = PageDao.containsPattern(q);
        int pageNo = pageNumber(page);
        return jdbi.withExtension(PageDao.class, dao -> {
            var people = dao.search(c, personType, pattern, pageNo * PAGE_SIZE, PAGE_SIZE);
            int total = dao.count(c, personType, pattern);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", q == null ? null : q.trim());
            params.put("type", personType);
            return new CrmPage(session, community, q, personType, people,
                    PageText.Pager.of("/communities/" + c + "/crm", params, pageNo, PAGE_SIZE, total, people.size()));
        });
    }

    @GET
    @Path("{c}/reports")
    public ReportsPage reports(@Context ContainerRequestContext request, @PathParam("c") long c) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        return jdbi.withExtension(PageDao.class, dao ->
                new ReportsPage(session, community, dao.count(c, "lead", null), dao.count(c, "contact", null)));
    }

    @GET
    @Path("{c}/migrations")
    public MigrationsPage migrations(@Context ContainerRequestContext request, @PathParam("c") long c) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        return new MigrationsPage(session, community, extensions.forCommunity(community));
    }

    /** The example file for this community: the columns of the extensions that are on in it. */
    @GET
    @Path("{c}/migrations/" + ExampleFile.NAME)
    @Produces("text/csv")
    public Response example(@Context ContainerRequestContext request, @PathParam("c") long c) {
        Community community = community(PageAuth.require(request), c);
        return Response.ok(ExampleFile.csv(extensions.forCommunity(community)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + ExampleFile.NAME + "\"").build();
    }

    @GET
    @Path("{c}/members")
    public MembersPage members(@Context ContainerRequestContext request, @PathParam("c") long c,
                               @QueryParam("page") Integer page) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        int pageNo = pageNumber(page);
        return jdbi.withHandle(h -> {
            PageDao dao = h.attach(PageDao.class);
            var list = members.page(h, c, pageNo * PAGE_SIZE, PAGE_SIZE);
            var pager = PageText.Pager.of("/communities/" + c + "/members", Map.of(), pageNo, PAGE_SIZE,
                    dao.memberCount(c), list.size());
            List<PageDao.TeamSummary> teams = dao.teams(c, 0, 200);
            var added = teamExtras.read(h, community.info(), teams.stream().map(PageDao.TeamSummary::id).toList());
            return new MembersPage(session, community, list, members.addedNames(), pager, teams, added,
                    teamExtras.names(), dao.teamCount(c));
        });
    }

    @GET
    @Path("{c}/activity")
    public ActivityPage activity(@Context ContainerRequestContext request, @PathParam("c") long c,
                                 @QueryParam("action") String action, @QueryParam("admin") String admin,
                                 @QueryParam("page") Integer page) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        int pageNo = pageNumber(page);
        ActivityReader.Filter filter = new ActivityReader.Filter(action, admin);
        return jdbi.withHandle(h -> {
            var entries = ActivityReader.community(h, c, filter, pageNo * PAGE_SIZE, PAGE_SIZE);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("action", filter.action());
            params.put("admin", filter.admin());
            var pager = PageText.Pager.of("/communities/" + c + "/activity", params, pageNo, PAGE_SIZE,
                    ActivityReader.count(h, c, filter), entries.size());
            return new ActivityPage(session, community, entries, ActivityReader.actions(h, c),
                    ActivityReader.admins(h, c), filter, pager);
        });
    }

    @GET
    @Path("{c}/members/{m}")
    public MemberPage member(@Context ContainerRequestContext request, @PathParam("c") long c,
                             @PathParam("m") long m) {
        PageSession session = PageAuth.require(request);
        Community community = community(session, c);
        return new MemberPage(session, community, jdbi.withHandle(h -> members.find(h, c, m))
                .orElseThrow(() -> notFound("No such member.")), extensions.forCommunity(community));
    }

    /** Another community's pages look exactly like a missing one's. */
    private Community community(PageSession session, long c) {
        return guard.find(session.admin(), c).orElseThrow(() -> notFound("No such community."));
    }

    private static NotFoundException notFound(String message) {
        return new NotFoundException(Response.status(404).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message).build());
    }

    /** A page number a person or a pager link could send; far past the end simply shows an empty page. */
    private static int pageNumber(Integer page) {
        return page == null || page < 0 ? 0 : Math.min(page, Integer.MAX_VALUE / PAGE_SIZE - 1);
    }
}
