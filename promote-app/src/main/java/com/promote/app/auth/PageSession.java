package com.promote.app.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** A signed-in page session: who, and the token its changing requests must carry. */
public record PageSession(Admin admin, String csrfToken) {
    /** The admin page's session cookie. */
    public static final String COOKIE = "promote_session";
    /** The header the page's script sends the CSRF token in. */
    public static final String CSRF_HEADER = "X-CSRF-Token";

    /** Constant-time, so the comparison leaks nothing about the token. */
    public boolean csrfMatches(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
