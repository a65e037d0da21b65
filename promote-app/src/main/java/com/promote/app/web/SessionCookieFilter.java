package com.promote.app.web;

import com.promote.app.auth.ApiAuthFilter;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;

/**
 * Runs before {@link ApiAuthFilter}: turns a valid session cookie on an {@code /api} request
 * into {@link ApiAuthFilter#PAGE_SESSION}, which that filter then accepts (with its CSRF rule).
 * Requests with an {@code Authorization} header are left to HTTP Basic untouched.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class SessionCookieFilter implements ContainerRequestFilter {
    private final WebSessions sessions;

    SessionCookieFilter(WebSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("api") || path.startsWith("api/") || path.startsWith("/api"))
                || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return;
        }
        Cookie cookie = request.getCookies().get(ApiAuthFilter.SESSION_COOKIE);
        if (cookie != null) {
            sessions.find(cookie.getValue()).ifPresent(s -> request.setProperty(ApiAuthFilter.PAGE_SESSION, s));
        }
    }
}
