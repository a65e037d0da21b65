package com.promote.app.crm;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.app.communities.Paging;
import com.promote.app.errors.DatabaseExceptionMapper;
import com.promote.engine.crm.NewPerson;
import com.promote.engine.crm.Person;
import com.promote.engine.crm.PersonDao;
import com.promote.engine.crm.ReportExporter;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.errors.PromoteException;
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
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

// Root "/api" like CommunityResource and AdminResource (see there why).
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class PeopleResource {
    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final ActivityLog activity;

    public PeopleResource(Jdbi jdbi, CommunityGuard guard, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
    }

    @POST
    @Path("/communities/{c}/people")
    public Response create(@Context SecurityContext context, @PathParam("c") long communityId, NewPerson body) {
        guard.require(context, communityId);
        if (body == null) {
            throw PromoteException.invalid("a JSON body with type and email is required");
        }
        NewPerson person = body.validated();
        try {
            Person created = jdbi.inTransaction(h -> {
                PersonDao dao = h.attach(PersonDao.class);
                if (dao.findByEmailKey(communityId, person.emailKey()).isPresent()) {
                    throw PromoteException.conflict("a lead, contact or promoted member already has the email "
                            + person.email());
                }
                long id = dao.insert(communityId, person);
                activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.PERSON_CREATED,
                        person.type() + " " + id + " " + person.email(), null);
                return dao.find(communityId, id).orElseThrow();
            });
            return Response.status(Response.Status.CREATED).entity(created).build();
        } catch (JdbiException e) {
            if (DatabaseExceptionMapper.isUniqueViolation(e)) {
                throw PromoteException.conflict("a lead or contact already has the email " + person.email());
            }
            throw e;
        }
    }

    @GET
    @Path("/communities/{c}/people")
    public List<Person> list(@Context SecurityContext context, @PathParam("c") long communityId,
                             @QueryParam("type") String type, @QueryParam("offset") Integer offset,
                             @QueryParam("limit") Integer limit) {
        guard.require(context, communityId);
        if (type != null && !type.equals("lead") && !type.equals("contact")) {
            throw PromoteException.invalid("type must be lead or contact");
        }
        Paging paging = Paging.of(offset, limit);
        return jdbi.withExtension(PersonDao.class,
                dao -> dao.pageLive(communityId, type, paging.offset(), paging.limit()));
    }

    @GET
    @Path("/communities/{c}/reports/{type: leads|contacts}.{format: csv|xlsx}")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"})
    public Response report(@Context SecurityContext context, @PathParam("c") long communityId,
                           @PathParam("type") String type, @PathParam("format") String format) {
        guard.require(context, communityId);
        String personType = type.equals("leads") ? "lead" : "contact";
        TableFormat table = TableFormat.ofExtension(format).orElseThrow();
        StreamingOutput body = out -> new ReportExporter(jdbi).write(communityId, personType, table, out);
        return Response.ok(body, table.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + type + "." + table.extension() + "\"")
                .build();
    }
}
