package com.promote.app.auth;

import com.promote.app.errors.ErrorBody;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The answers of the sign-in filters, in the API's error body. */
final class Refusals {
    static final String CHALLENGE = "Basic realm=\"promote\", charset=\"UTF-8\"";

    private Refusals() {
    }

    /**
     * 401. The Basic challenge is left out for a request that came with the page's (expired)
     * session cookie: the browser would otherwise pop up its own sign-in box.
     */
    static WebApplicationException unauthorized(boolean challenge) {
        Response.ResponseBuilder response = json(401, "Sign in with an admin's username and password (HTTP Basic).");
        if (challenge) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
        }
        return new WebApplicationException(response.build());
    }

    static WebApplicationException throttled(SignInThrottle.Throttled e) {
        return new WebApplicationException(json(429, e.getMessage())
                .header(HttpHeaders.RETRY_AFTER, Math.max(1, e.retryAfter().toSeconds())).build());
    }

    static WebApplicationException csrf() {
        return new WebApplicationException(json(403, "This request did not carry the page's CSRF token"
                + " (header " + PageSession.CSRF_HEADER + "); reload the page and try again.").build());
    }

    private static Response.ResponseBuilder json(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(new ErrorBody(status, message));
    }
}
