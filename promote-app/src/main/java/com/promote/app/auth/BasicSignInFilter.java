package com.promote.app.auth;

import com.promote.app.activity.RequestAddress;
import com.promote.app.activity.SignInLog;
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
    private final AdminAuthenticator authenticator;
    private final SignInLog signIns;

    BasicSignInFilter(AdminAuthenticator authenticator, SignInLog signIns) {
        this.signIns = signIns;
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
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            throw Refusals.unauthorized(!request.getCookies().containsKey(PageSession.COOKIE));
        }
        String[] credentials = credentials(header);
        if (credentials == null) {
            throw Refusals.unauthorized(true);
        }
        String client = java.util.Objects.requireNonNullElse(RequestAddress.current(), "");
        try {
            authenticator.checkThrottle(credentials[0], credentials[1], client);
        } catch (SignInThrottle.Throttled e) {
            signIns.failed(credentials[0], "API (HTTP Basic): held back by the sign-in throttle");
            throw Refusals.throttled(e);
        }
        try {
            basic.filter(request);
        } catch (WebApplicationException e) {
            authenticator.recorded(credentials[0], credentials[1], client, false);
            signIns.failed(credentials[0], "API (HTTP Basic): wrong password");
            throw e;
        }
        authenticator.recorded(credentials[0], credentials[1], client, true);
    }

    /** The username and password of a Basic header (for the throttle), or null when it is not one. */
    private static String[] credentials(String header) {
        if (!header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
