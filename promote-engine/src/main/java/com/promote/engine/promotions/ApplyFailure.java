package com.promote.engine.promotions;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

/** Says in plain words why a planned row could not be written. */
final class ApplyFailure {
    private ApplyFailure() {
    }

    static String describe(RuntimeException e) {
        if (e instanceof RowApplier.RowRejected) {
            return e.getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean unique = t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062));
            if (unique) {
                return "could not be saved: something this row creates already exists (another upload or an admin"
                        + " may have just created it); nothing of this row was written";
            }
        }
        return "could not be saved (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); nothing of this row was written";
    }
}
