package com.promote.app.downloads;

import com.promote.engine.tables.TableFormat;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A list as CSV only; a list with an Excel twin uses {@link TableDownload} directly. */
public final class CsvDownload {
    private CsvDownload() {
    }

    public static Response of(String fileName, List<String> headers, TableDownload.Rows rows) {
        return TableDownload.of(fileName.replaceFirst("\\.csv$", ""), TableFormat.CSV, headers, rows);
    }
}
