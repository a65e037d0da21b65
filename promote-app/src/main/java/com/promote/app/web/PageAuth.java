package com.promote.app.web;

import com.promote.app.auth.PageSession;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** The pages' two checks: signed in (else to the sign-in form), and the right CSRF token on a change. */
final class PageAuth {
    static final String FORBIDDEN_MESSAGE = "Refused: this form did not carry the page's security token (CSRF)."
            + " Go back, reload the page and try again.";

    private PageAuth() {
    }

    /**
     * The session {@code AdminsOnly}'s page filter already found for this request (one lookup a
     * request); without one, the sign-in form.
     */
    static PageSession require(ContainerRequestContext request) {
        return PageSession.of(request).orElseThrow(() ->
                new WebApplicationException(Response.seeOther(URI.create("/login")).build()));
    }

    static void requireCsrf(PageSession session, String formToken) {
        if (!session.csrfMatches(formToken)) {
            throw forbidden();
        }
    }

    static WebApplicationException forbidden() {
        return new WebApplicationException(Response.status(Response.Status.FORBIDDEN)
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8")).entity(FORBIDDEN_MESSAGE).build());
    }
}
