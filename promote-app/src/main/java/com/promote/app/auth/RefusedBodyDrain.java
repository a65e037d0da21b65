package com.promote.app.auth;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

/**
 * A request refused before its resource ran (401, 403, 429) leaves its body unread. Jetty then
 * closes the connection after the answer, and a client reusing it would see its next request
 * fail. So the body is read away first, up to a limit; a larger one gets {@code Connection: close}.
 */
public final class RefusedBodyDrain implements ContainerResponseFilter {
    private static final long LIMIT = 1024 * 1024;
    private static final Set<Integer> REFUSALS = Set.of(401, 403, 429);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!REFUSALS.contains(response.getStatus()) || !request.hasEntity()) {
            return;
        }
        boolean drained;
        try (InputStream body = request.getEntityStream()) {
            drained = body.skip(LIMIT) < LIMIT && body.read() < 0;
        } catch (IOException | IllegalStateException e) {
            drained = false;
        }
        if (!drained) {
            response.getHeaders().putSingle("Connection", "close");
        }
    }
}
