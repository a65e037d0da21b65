package com.promote.app.errors;

import com.promote.app.promotions.UploadLimitFilter;
import io.dropwizard.jersey.errors.LoggingExceptionMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Dropwizard's catch-all (log with an id, answer 500 without internals), except for an upload
 * cut off at the size limit while Jersey was reading it: that is the client's 413.
 */
@Priority(1)
public final class UnexpectedExceptionMapper extends LoggingExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable exception) {
        if (UploadLimitFilter.isTooLarge(exception)) {
            return Response.status(413).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ErrorBody(413, "The file is larger than the upload limit; split it into smaller files."))
                    .header("Connection", "close").build();
        }
        return super.toResponse(exception);
    }
}
