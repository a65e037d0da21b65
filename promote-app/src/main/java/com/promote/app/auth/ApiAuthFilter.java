package com.promote.app.auth;

import com.promote.app.activity.SignInLog;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.Principal;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * HTTP Basic for every path under {@code /api}, extension resources included (they cannot
 * see this class, so the check is a filter rather than an annotation they would have to use).
 *
 * <p>The admin page's JavaScript calls the same API with its session cookie instead: the web
 * feature's filter, which runs first, resolves the cookie and leaves the {@link PageSession} in
 * the request property {@link #PAGE_SESSION}. Such a request is accepted only without an
 * {@code Authorization} header (Basic always wins, so tools behave exactly as before), and any
 * method other than GET, HEAD or OPTIONS must carry the session's token in {@code X-CSRF-Token}.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public final class ApiAuthFilter implements ContainerRequestFilter {
    /** The admin page's session cookie. */
    public static final String SESSION_COOKIE = "promote_session";
    /** Request property holding the {@link PageSession} of a valid session cookie. */
    public static final String PAGE_SESSION = "promote.pageSession";
    public static final String CSRF_HEADER = "X-CSRF-Token";
    public static final String SESSION_AUTH = "SESSION";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    /** A signed-in page session: who, and the token its changing requests must carry. */
    public record PageSession(Admin admin, String csrfToken) {
        /** Constant-time, so the comparison leaks nothing about the token. */
        public boolean csrfMatches(String candidate) {
            return candidate != null && MessageDigest.isEqual(
                    csrfToken.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final long DRAIN_LIMIT = 1024 * 1024;
    private final AdminAuthenticator authenticator;
    private final SignInLog signIns;
    @Context
    private HttpServletRequest servletRequest;

    public ApiAuthFilter(AdminAuthenticator authenticator, SignInLog signIns) {
        this.authenticator = authenticator;
        this.signIns = signIns;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!(path.equals("api") || path.startsWith("api/") || path.startsWith("/api"))) {
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null && request.getProperty(PAGE_SESSION) instanceof PageSession session) {
            if (!SAFE_METHODS.contains(request.getMethod()) && !session.csrfMatches(request.getHeaderString(CSRF_HEADER))) {
                refuse(request, Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(Map.of("code", 403, "message", "This request did not carry the page's CSRF token"
                                + " (header " + CSRF_HEADER + "); reload the page and try again."))
                        .build());
                return;
            }
            request.setSecurityContext(new AdminSecurityContext(session.admin(), secure, SESSION_AUTH));
            return;
        }
        Optional<Admin> admin;
        Optional<String[]> pair = credentials(authorization);
        try {
            String client = servletRequest == null ? "" : servletRequest.getRemoteAddr();
            admin = pair.flatMap(p -> authenticator.authenticate(p[0], p[1], client));
            if (admin.isEmpty() && pair.isPresent()) {
                signIns.failed(pair.get()[0], "API (HTTP Basic): wrong password");
            }
        } catch (SignInThrottle.Throttled e) {
            signIns.failed(pair.get()[0], "API (HTTP Basic): held back by the sign-in throttle");
            refuse(request, Response.status(429).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("code", 429, "message", e.getMessage())).build());
            return;
        }
        if (admin.isEmpty()) {
            Response.ResponseBuilder refusal = Response.status(Response.Status.UNAUTHORIZED);
            if (authorization != null || !request.getCookies().containsKey(SESSION_COOKIE)) {
                // Not for an expired page session: the browser would pop up its own sign-in box.
                refusal.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"promote\", charset=\"UTF-8\"");
            }
            refuse(request, refusal.type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("code", 401, "message", "Sign in with an admin's username and password (HTTP Basic)."))
                    .build());
            return;
        }
        request.setSecurityContext(new AdminSecurityContext(admin.get(), secure, SecurityContext.BASIC_AUTH));
    }

    /**
     * Answers without running the resource. The unread request body is drained first (up to a
     * limit): a connection left with unread bytes is closed by the server after the answer, and a
     * client reusing it would see its next request fail. A larger body gets Connection: close.
     */
    private static void refuse(ContainerRequestContext request, Response response) {
        boolean drained = true;
        if (request.hasEntity()) {
            try (InputStream body = request.getEntityStream()) {
                drained = body.skip(DRAIN_LIMIT) < DRAIN_LIMIT && body.read() < 0;
            } catch (IOException e) {
                drained = false;
            }
        }
        if (!drained) {
            response.getHeaders().putSingle("Connection", "close");
        }
        request.abortWith(response);
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
    public record AdminSecurityContext(Admin admin, boolean secure, String scheme) implements SecurityContext {
        public AdminSecurityContext(Admin admin, boolean secure) {
            this(admin, secure, SecurityContext.BASIC_AUTH);
        }

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
}
