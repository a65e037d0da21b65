package com.promote.app.errors;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A unique key that fires despite the checks in code (two requests at once) is a 409;
 * anything else from the database is logged in full and answered without internals.
 */
public final class DatabaseExceptionMapper implements ExceptionMapper<JdbiException> {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseExceptionMapper.class);

    @Override
    public Response toResponse(JdbiException e) {
        if (isUniqueViolation(e)) {
            return respond(409, "That already exists (another request may have just created it).");
        }
        LOG.error("Database error", e);
        return respond(503, "The database could not complete the request; try again shortly.");
    }

    public static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true; // H2's unique violation
            }
            if (t instanceof SQLException sql && sql.getErrorCode() == 1062) {
                return true; // MySQL/MariaDB duplicate entry
            }
        }
        return false;
    }

    private static Response respond(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(status, message)).build();
    }
}
