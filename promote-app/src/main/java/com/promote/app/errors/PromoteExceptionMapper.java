package com.promote.app.errors;

import com.promote.engine.errors.PromoteException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** Turns the engine's typed failures into status codes with the standard body. */
public final class PromoteExceptionMapper implements ExceptionMapper<PromoteException> {
    @Override
    public Response toResponse(PromoteException e) {
        int status = switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case INVALID, REFUSED -> 422;
            case FILE_REJECTED -> 400;
            case FILE_TOO_LARGE -> 413;
            case UNSUPPORTED_FILE -> 415;
            case GONE -> 410;
        };
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, e.getMessage(), e.details())).build();
    }
}
