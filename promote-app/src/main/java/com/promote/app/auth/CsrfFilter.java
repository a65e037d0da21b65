package com.promote.app.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Set;

/**
 * A request signed in by the page's session cookie that changes something must carry the
 * session's CSRF token in {@link PageSession#CSRF_HEADER}: the browser sends the cookie on its
 * own, the token only a page of ours can know.
 */
@Priority(Priorities.AUTHORIZATION)
final class CsrfFilter implements ContainerRequestFilter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod())
                || !AdminSecurityContext.SESSION.equals(request.getSecurityContext().getAuthenticationScheme())) {
            return;
        }
        if (!PageSession.of(request).map(s -> s.csrfMatches(request.getHeaderString(PageSession.CSRF_HEADER)))
                .orElse(false)) {
            throw Refusals.csrf();
        }
    }
}
