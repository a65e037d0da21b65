package com.promote.billing.web;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;

/** Errors in the API's one shape: {@code {"code": status, "message": "..."}}. */
public final class ApiErrors {
    private ApiErrors() {
    }

    public static WebApplicationException of(int status, String message) {
        return new WebApplicationException(message, response(status, message));
    }

    public static NotFoundException notFound(String message) {
        return new NotFoundException(message, response(404, message));
    }

    private static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("code", status, "message", message)).build();
    }
}
