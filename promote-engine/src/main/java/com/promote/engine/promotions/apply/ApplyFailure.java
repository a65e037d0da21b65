package com.promote.engine.promotions.apply;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says in plain words why a planned row could not be written. */
public final class ApplyFailure {
    private static final Pattern TOO_LONG_COLUMN = Pattern.compile("too long for column ['\"]([A-Za-z_]+)");

    private ApplyFailure() {
    }

    public static String describe(RuntimeException e) {
        if (e instanceof BatchWriter.RowRejected) {
            return e.getMessage();
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            boolean unique = t instanceof SQLIntegrityConstraintViolationException
                    || (t instanceof SQLException sql && ("23505".equals(sql.getSQLState()) || sql.getErrorCode() == 1062));
            if (t instanceof SQLException sql && "22001".equals(sql.getSQLState())) {
                return "could not be saved: " + tooLong(sql.getMessage()) + "; nothing of this row was written";
            }
            if (unique) {
                return "could not be saved: something this row creates already exists (another upload or an admin"
                        + " may have just created it); nothing of this row was written";
            }
        }
        return "could not be saved (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); nothing of this row was written";
    }

    /** "Data too long for column 'notes'" (MySQL) or "Value too long for column "NOTES ..."" (H2), in plain words. */
    private static String tooLong(String message) {
        Matcher column = TOO_LONG_COLUMN.matcher(message == null ? "" : message);
        return column.find()
                ? "the value for " + column.group(1).toLowerCase(Locale.ROOT) + " is longer than the database allows"
                : "a value is longer than the database allows";
    }
}
