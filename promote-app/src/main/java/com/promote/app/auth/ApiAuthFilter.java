package com.promote.app.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP Basic for every path under {@code /api}, extension resources included (they cannot
 * see this class, so the check is a filter rather than an annotation they would have to use).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ApiAuthFilter implements ContainerRequestFilter {
    private final AdminAuthenticator authenticator;

    public ApiAuthFilter(AdminAuthenticator authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("api") || path.startsWith("api/") || path.startsWith("/api"))) {
            return;
        }
        Optional<Admin> admin = credentials(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .flatMap(pair -> authenticator.authenticate(pair[0], pair[1]));
        if (admin.isEmpty()) {
            request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"promote\", charset=\"UTF-8\"")
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("code", 401, "message", "Sign in with an admin's username and password (HTTP Basic)."))
                    .build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new AdminSecurityContext(admin.get(), secure));
    }

    private static Optional<String[]> credentials(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Carries the admin to resources as {@code @Context SecurityContext}. */
    public record AdminSecurityContext(Admin admin, boolean secure) implements SecurityContext {
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
            return BASIC_AUTH;
        }
    }
}
