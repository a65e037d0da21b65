package com.promote.app.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** For {@link HtmlPage} resources: the session cookie, or the sign-in form. */
@Priority(Priorities.AUTHENTICATION)
final class PageSignInFilter implements ContainerRequestFilter {
    private final SessionLookup sessions;

    PageSignInFilter(SessionLookup sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        PageSession session = SessionCookieAuthFilter.find(sessions, request).orElseThrow(() ->
                new WebApplicationException(Response.seeOther(URI.create("/login")).build()));
        SessionCookieAuthFilter.signIn(request, session);
    }
}
