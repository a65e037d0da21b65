package com.promote.app.errors;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.text.ParseException;
import org.jvnet.mimepull.MIMEParsingException;

/**
 * Jersey's own 400s carry no message (a multipart body cut short, a part header it cannot
 * parse). Say what could not be read, so a client knows what to fix; keep any answer that
 * already says so.
 */
public final class BadRequestMapper implements ExceptionMapper<BadRequestException> {
    @Override
    public Response toResponse(BadRequestException e) {
        if (e.getResponse() != null && e.getResponse().hasEntity()) {
            return e.getResponse();
        }
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(400, message(e))).build();
    }

    private static String message(BadRequestException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof MIMEParsingException) {
                return "The multipart form could not be read (" + t.getMessage() + "): send the file as a complete"
                        + " multipart/form-data part named 'file', with its boundary in the Content-Type header.";
            }
            if (t instanceof ParseException) {
                return "A part's Content-Disposition header could not be read (" + t.getMessage()
                        + "): give the file part a plain filename=\"name.csv\".";
            }
        }
        return "The request could not be read: check its Content-Type and body.";
    }
}
