package com.promote.billing;

import static java.util.Objects.requireNonNull;

/**
 * A cell read as a value, or why it could not be: readers return this instead of throwing so
 * the planner can collect every problem of a row.
 */
public record Parsed<T>(T value, String code, String message) {

    public static <T> Parsed<T> ok(T value) {
        return new Parsed<>(requireNonNull(value, "value is null"), null, null);
    }

    public static <T> Parsed<T> error(String code, String message) {
        return new Parsed<>(null, requireNonNull(code, "code is null"), requireNonNull(message, "message is null"));
    }

    public boolean isOk() {
        return code == null;
    }
}
