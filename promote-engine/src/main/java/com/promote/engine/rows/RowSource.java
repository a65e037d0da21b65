package com.promote.engine.rows;

import java.io.Closeable;
import java.util.List;

/**
 * The rows of an uploaded file in file order, read one at a time so a large file never sits
 * in memory: a CSV file or the first visible sheet of a workbook. Everything after reading
 * (header rules, row numbers, blank rows, results) sees only this.
 */
public interface RowSource extends Closeable {
    /** The header cells as written, or null for a file with no rows at all. */
    List<String> header();

    /** The next data row, or null at the end. */
    SourceRow next();
}
