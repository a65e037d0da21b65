package com.promote.app.auth;

import io.dropwizard.auth.AuthFilter;
import io.dropwizard.auth.UnauthorizedHandler;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.auth.basic.BasicCredentials;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * HTTP Basic: Dropwizard's {@link BasicCredentialAuthFilter} with the cached password check,
 * behind the sign-in throttle (which needs the caller's address, something an
 * {@code Authenticator} never sees).
 */
final class BasicSignInFilter extends AuthFilter<BasicCredentials, Admin> {
    private final AuthFilter<BasicCredentials, Admin> basic;
    private final SignInThrottle throttle;

    BasicSignInFilter(AdminAuthenticator authenticator) {
        this.basic = new BasicCredentialAuthFilter.Builder<Admin>()
                .setAuthenticator(authenticator.passwords())
                .setRealm("promote")
                .setUnauthorizedHandler(new UnauthorizedHandler() {
                    @Override
                    public RuntimeException buildException(String prefix, String realm) {
                        return Refusals.unauthorized(true);
                    }
                })
                .buildAuthFilter();
        this.throttle = authenticator.throttle();
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            throw Refusals.unauthorized(!request.getCookies().containsKey(PageSession.COOKIE));
        }
        String username = username(header);
        if (username == null) {
            throw Refusals.unauthorized(true);
        }
        String client = ClientAddress.of(request);
        try {
            throttle.check(username, client);
        } catch (SignInThrottle.Throttled e) {
            throw Refusals.throttled(e);
        }
        try {
            basic.filter(request);
        } catch (WebApplicationException e) {
            throttle.failed(username, client);
            throw e;
        }
        throttle.succeeded(username, client);
    }

    /** The username of a Basic header, or null when it is not one. */
    private static String username(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
