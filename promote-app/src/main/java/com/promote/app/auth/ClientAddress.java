package com.promote.app.auth;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;

/**
 * Leaves the caller's address on every request as {@link #PROPERTY}, for the sign-in throttle
 * (whose filters are not Jersey providers and so get nothing injected). With
 * {@code PROMOTE_TRUST_PROXY_HEADERS} Jetty has already put the proxy's client there.
 */
@Priority(Priorities.AUTHENTICATION - 100)
public final class ClientAddress implements ContainerRequestFilter {
    public static final String PROPERTY = "promote.clientAddress";

    @Context
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(PROPERTY, servletRequest == null ? "" : servletRequest.getRemoteAddr());
    }

    public static String of(ContainerRequestContext request) {
        return request.getProperty(PROPERTY) instanceof String address ? address : "";
    }
}
