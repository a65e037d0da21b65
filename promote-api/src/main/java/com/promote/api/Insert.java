package com.promote.api;

/**
 * One row an extension hands the engine to insert. Values are plain JDBC values ({@code Long},
 * {@code String}, {@code LocalDate}, ... or null); a value that is another {@code Insert} of the
 * same promoted row stands for that row's generated {@code id}, which the engine fills in after
 * inserting it.
 */
public interface Insert {
    /** Sets a column (lower snake_case, as in the table) and returns this insert. */
    Insert set(String column, Object value);
}
