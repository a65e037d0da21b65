package com.promote.api;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The cells of one data row that an extension may read. Values are trimmed. */
public interface RowCells {
    /** 1-based data row number (header not counted). */
    int rowNumber();

    /** Whether the file has this column (matched normalised). */
    boolean hasColumn(String column);

    /** The trimmed cell of an owned column; empty when the column is absent or the cell blank. */
    Optional<String> get(String column);

    /**
     * The date of an owned column's cell when the file itself stored a date there (a date cell of
     * a workbook, where no month/day order can be mistaken); empty for text, even text that looks
     * like a date, and for every CSV cell. {@link #get} then gives the date as {@code YYYY-MM-DD}.
     */
    default Optional<LocalDate> date(String column) {
        return Optional.empty();
    }

    /** The header of that column as written in the file, for messages; the given name if absent. */
    String headerAsWritten(String column);

    /**
     * For the extension that {@link RowExtension#takesUnclaimedColumns()}: header as written
     * (trimmed) to trimmed cell, in file order, blank cells included as "".
     */
    Map<String, String> unclaimed();
}
