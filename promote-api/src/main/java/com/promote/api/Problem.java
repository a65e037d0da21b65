package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a file or a row, for a person to read and fix.
 *
 * @param row     1-based data row number, or 0 for the header / the whole file
 * @param column  the header as written in the file, or null when no single column is at fault
 * @param code    stable, lower snake_case, for tools ({@code unknown_group})
 * @param message plain words: what is wrong and what would be right
 * @param suggestion a value for {@code column}'s cell that fixes this problem, or null; see
 *                   {@link #suggesting}
 */
public record Problem(int row, String column, String code, String message, Suggestion suggestion) {
    public Problem {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }

    public Problem(int row, String column, String code, String message) {
        this(row, column, code, message, null);
    }

    /**
     * This problem with a suggested fix for its cell: {@code value} is what the whole cell would
     * become, {@code message} what the admin reads ({@code "Did you mean Group Blue?"}). The row
     * shows it as a suggestion the admin may accept; the row still fails until they do.
     */
    public Problem suggesting(String value, String message) {
        return new Problem(row, column, code, this.message, new Suggestion(value, message));
    }

    public static Problem inRow(RowCells cells, String column, String code, String message) {
        return new Problem(cells.rowNumber(), cells.headerAsWritten(column), code, message);
    }

    public static Problem inHeader(String column, String code, String message) {
        return new Problem(0, column, code, message);
    }
}
