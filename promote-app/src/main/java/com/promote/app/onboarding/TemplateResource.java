package com.promote.app.onboarding;

import com.promote.engine.activity.ActivityAction;
import com.promote.api.ActivityLog;
import com.promote.app.auth.CommunityGuard;
import com.promote.engine.errors.PromoteException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.jdbi.v3.core.Jdbi;

/**
 * A community's onboarding email template (Mustache: communityName, firstName, lastName,
 * fullName, greetingName, email, teamName, teamAdmin). Without one, the shipped default.
 */
@Path("/api/communities/{c}/onboarding-template")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public final class TemplateResource {
    public record TemplateView(String subject, String text, String html, boolean custom) {
    }

    /** An email, not a document: also keeps a hostile template from nesting without end. */
    static final int MAX_PART = 20_000;

    private final Jdbi jdbi;
    private final CommunityGuard guard;
    private final EmailRenderer renderer;
    private final ActivityLog activity;

    public TemplateResource(Jdbi jdbi, CommunityGuard guard, EmailRenderer renderer, ActivityLog activity) {
        this.activity = activity;
        this.jdbi = jdbi;
        this.guard = guard;
        this.renderer = renderer;
    }

    @GET
    public TemplateView get(@Context SecurityContext context, @PathParam("c") long communityId) {
        guard.require(context, communityId);
        return jdbi.withExtension(TemplateDao.class, dao -> dao.find(communityId))
                .map(t -> new TemplateView(t.subject(), t.text(), t.html(), true))
                .orElseGet(() -> {
                    OnboardingTemplate d = renderer.defaults();
                    return new TemplateView(d.subject(), d.text(), d.html(), false);
                });
    }

    @PUT
    public TemplateView put(@Context SecurityContext context, @PathParam("c") long communityId,
                            OnboardingTemplate body) {
        guard.require(context, communityId);
        if (body == null || blank(body.subject()) || blank(body.text()) || blank(body.html())) {
            throw PromoteException.invalid("subject, text and html are all required");
        }
        if (body.subject().length() > 500) {
            throw PromoteException.invalid("subject is at most 500 characters");
        }
        if (body.text().length() > MAX_PART || body.html().length() > MAX_PART) {
            throw PromoteException.invalid("text and html are at most " + MAX_PART + " characters each");
        }
        try {
            renderer.check(body);
        } catch (IllegalArgumentException e) {
            throw PromoteException.invalid(e.getMessage());
        }
        jdbi.useTransaction(h -> {
            TemplateDao dao = h.attach(TemplateDao.class);
            dao.delete(communityId);
            dao.insert(communityId, body);
            activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.TEMPLATE_CHANGE,
                    "onboarding email template", "saved; subject: " + body.subject());
        });
        return new TemplateView(body.subject(), body.text(), body.html(), true);
    }

    @DELETE
    public Response reset(@Context SecurityContext context, @PathParam("c") long communityId) {
        guard.require(context, communityId);
        jdbi.useTransaction(h -> {
            if (h.attach(TemplateDao.class).delete(communityId) > 0) {
                activity.record(h, context.getUserPrincipal(), communityId, ActivityAction.TEMPLATE_CHANGE,
                        "onboarding email template", "back to the default");
            }
        });
        return Response.noContent().build();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
