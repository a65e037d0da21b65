package com.promote.api;

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

    /** The header of that column as written in the file, for messages; the given name if absent. */
    String headerAsWritten(String column);

    /**
     * For the extension that {@link RowExtension#takesUnclaimedColumns()}: header as written
     * (trimmed) to trimmed cell, in file order, blank cells included as "".
     */
    Map<String, String> unclaimed();
}
