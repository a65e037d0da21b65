package com.promote.app.downloads;

import com.promote.engine.errors.PromoteException;
import com.promote.engine.tables.TableFormat;
import com.promote.engine.tables.TableWriter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.util.List;

/**
 * A list streamed to the browser as CSV or as its Excel twin, written once for both: a resource
 * maps {@code name.{format: csv|xlsx}} and hands the format it was asked for, the header and
 * the rows a writer produces page by page. The CSV guards cells against spreadsheet formulas;
 * the workbook keeps every cell as text (see {@link TableFormat}).
 */
public final class TableDownload {
    /** The path suffix a downloadable list maps: {@code @Path("members.{format: csv|xlsx}")}. */
    public static final String FORMATS = "csv|xlsx";

    /** Writes the rows; called once, while the response streams. */
    @FunctionalInterface
    public interface Rows {
        void writeTo(RowWriter out) throws IOException;
    }

    /** Takes one row of cells; nulls are written as empty cells. */
    @FunctionalInterface
    public interface RowWriter {
        void row(List<String> cells) throws IOException;
    }

    private TableDownload() {
    }

    /** {@code name} names the file (without extension) and the workbook's sheet. */
    public static Response of(String name, String format, List<String> headers, Rows rows) {
        TableFormat table = TableFormat.ofExtension(format)
                .orElseThrow(() -> PromoteException.notFound("A ." + format + " download"));
        return of(name, table, headers, rows);
    }

    public static Response of(String name, TableFormat format, List<String> headers, Rows rows) {
        StreamingOutput body = out -> {
            try (TableWriter writer = format.open(out, sheetName(name), headers)) {
                rows.writeTo(writer::row);
            }
        };
        return Response.ok(body, format.mediaType())
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension() + "\"")
                .build();
    }

    /** Excel allows 31 characters and none of []:*?/\ in a sheet name. */
    private static String sheetName(String name) {
        String cleaned = name.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }
}
