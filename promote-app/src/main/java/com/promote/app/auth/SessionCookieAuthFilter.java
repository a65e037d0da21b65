package com.promote.app.auth;

import io.dropwizard.auth.AuthFilter;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;

/**
 * The admin page's session cookie, for the page's own calls to the JSON API. It stands aside
 * when an {@code Authorization} header is present: Basic always decides for tools. The
 * session is left in {@link #PROPERTY} for {@link CsrfFilter}.
 */
final class SessionCookieAuthFilter extends AuthFilter<String, Admin> {
    static final String PROPERTY = "promote.pageSession";

    private final SessionLookup sessions;

    SessionCookieAuthFilter(SessionLookup sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            throw Refusals.unauthorized(true);
        }
        PageSession session = find(sessions, request).orElseThrow(() -> Refusals.unauthorized(false));
        signIn(request, session);
    }

    static Optional<PageSession> find(SessionLookup sessions, ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(PageSession.COOKIE);
        return cookie == null ? Optional.empty() : sessions.find(cookie.getValue());
    }

    static void signIn(ContainerRequestContext request, PageSession session) {
        request.setProperty(PROPERTY, session);
        request.setSecurityContext(new AdminSecurityContext(session.admin(),
                request.getSecurityContext().isSecure(), AdminSecurityContext.SESSION));
    }
}
