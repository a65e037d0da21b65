package com.promote.billing;

import static java.util.Objects.requireNonNull;

/**
 * A cell read as a value, or why it could not be: readers return this instead of throwing so
 * the planner can collect every problem of a row.
 */
public record Parsed<T>(T value, BillingErrorCode error, String message) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(requireNonNull(value, "value is null"), null, null);
    }

    public static <T> Parsed<T> error(BillingErrorCode error, String message) {
        return new Parsed<>(null, requireNonNull(error, "error is null"), requireNonNull(message, "message is null"));
    }

    public boolean isOk() {
        return error == null;
    }

    /** The error's code for a {@code Problem}; null when the cell was read. */
    public String code() {
        return error == null ? null : error.code();
    }
}
