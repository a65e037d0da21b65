package com.promote.app.auth;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** Carries the signed-in admin to resources ({@code @Context SecurityContext}, {@code @Auth Admin}). */
public record AdminSecurityContext(Admin admin, boolean secure, String scheme) implements SecurityContext {
    /** The scheme of a request signed in by the page's session cookie. */
    public static final String SESSION = "SESSION";

    @Override
    public Principal getUserPrincipal() {
        return admin;
    }

    @Override
    public boolean isUserInRole(String role) {
        return "admin".equals(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
