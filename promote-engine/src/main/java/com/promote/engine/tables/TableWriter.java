package com.promote.engine.tables;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** Writes a downloadable list row by row, streaming, in one {@link TableFormat}; nulls are empty cells. */
public interface TableWriter extends Closeable {
    void row(List<String> cells) throws IOException;

    /** Finishes the file; the stream it writes to stays open. */
    @Override
    void close() throws IOException;
}
