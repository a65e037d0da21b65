package com.promote.api;

import static java.util.Objects.requireNonNull;

/**
 * Something wrong with a file or a row, for a person to read and fix.
 *
 * @param row     1-based data row number, or 0 for the header / the whole file
 * @param column  the header as written in the file, or null when no single column is at fault
 * @param code    stable, lower snake_case, for tools ({@code unknown_group})
 * @param message plain words: what is wrong and what would be right
 */
public record Problem(int row, String column, String code, String message) {
    public Problem {
        requireNonNull(code, "code is null");
        requireNonNull(message, "message is null");
    }

    public static Problem inRow(RowCells cells, String column, String code, String message) {
        return new Problem(cells.rowNumber(), cells.headerAsWritten(column), code, message);
    }

    public static Problem inHeader(String column, String code, String message) {
        return new Problem(0, column, code, message);
    }
}
