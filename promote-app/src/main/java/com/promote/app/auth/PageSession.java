package com.promote.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A signed-in page session: who, and the token its changing requests must carry. */
public record PageSession(Admin admin, String csrfToken) {
    /** The admin page's session cookie. */
    public static final String COOKIE = "promote_session";
    /** The header the page's script sends the CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** The session a sign-in filter found for this request, if it found one. */
    public static java.util.Optional<PageSession> of(jakarta.ws.rs.container.ContainerRequestContext request) {
        return request.getProperty(SessionCookieAuthFilter.PROPERTY) instanceof PageSession session
                ? java.util.Optional.of(session) : java.util.Optional.empty();
    }

    /** Constant-time, so the comparison leaks nothing about the token. */
    public boolean csrfMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
