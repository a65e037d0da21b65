package com.promote.app.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.glassfish.jersey.server.ParamException;

/**
 * A parameter Jersey could not convert ({@code ?offset=abc}, {@code ?page=99999999999}) is the
 * client's mistake: 400 naming the parameter, not Jersey's bare 404. A path segment that is no
 * id ({@code /communities/abc}) names nothing that exists: 404.
 */
public final class ParamExceptionMapper implements ExceptionMapper<ParamException> {
    @Override
    public Response toResponse(ParamException e) {
        if (e instanceof ParamException.PathParamException) {
            return respond(404, "Not found: '" + e.getParameterName() + "' in the path must be a whole number"
                    + " that names something of yours.");
        }
        return respond(400, kind(e) + " '" + e.getParameterName() + "' has a value that cannot be read"
                + expected(e) + ".");
    }

    private static String kind(ParamException e) {
        if (e instanceof ParamException.QueryParamException) {
            return "Query parameter";
        }
        if (e instanceof ParamException.FormParamException) {
            return "Form field";
        }
        if (e instanceof ParamException.HeaderParamException) {
            return "Header";
        }
        if (e instanceof ParamException.CookieParamException) {
            return "Cookie";
        }
        return "Parameter";
    }

    private static String expected(ParamException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof NumberFormatException)) {
            cause = cause.getCause();
        }
        return cause != null ? ": expected a whole number in range" : "";
    }

    private static Response respond(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, message)).build();
    }
}
